# ruff: noqa: E501 -- long natural-language strings are kept on one line
"""Demo events (data only) for the Integrationsnetzwerk Burgenlandkreis site.

German is the source language. The towns are the county's real municipalities; venues,
organisers, people, e-mail addresses (example.org) and phone numbers (…000000) are fictitious.
Dates are not fixed: each event says how its first date follows from the day the demo is
loaded (see `first_date` in eventpages/demo.py), so the calendar is never empty.

TRANSLATIONS maps every translatable German string to its translations, in the format of
home/demo_content.py. Venue names are proper nouns and stay German in every language.
Run this file directly to check that every string is translated.
"""

# Snippets (venues, categories) and the event index exist in every language.
LANGUAGES = ["en", "ar", "fa", "uk", "ru", "tr"]
# Events marked "translated" are translated into these; the other languages get aliases.
EVENT_LANGUAGES = ["en", "ar", "uk"]

MUNICIPALITIES = [
    # slug, name
    ("naumburg", "Naumburg (Saale)"),
    ("weissenfels", "Weißenfels"),
    ("zeitz", "Zeitz"),
    ("hohenmoelsen", "Hohenmölsen"),
    ("luetzen", "Lützen"),
    ("teuchern", "Teuchern"),
    ("osterfeld", "Osterfeld"),
    ("elsteraue", "Elsteraue"),
    ("droyssig", "Droyßig"),
]

ORGANISERS = [
    {
        "key": "koordination",
        "name": "Koordinierungsstelle für Integration (Beispiel)",
        "email": "integration@example.org",
        "phone": "03445 000000",
        "website": "https://www.example.org/integration",
    },
    {
        "key": "sprachbruecke",
        "name": "Sprachbrücke Naumburg e. V.",
        "email": "sprachcafe@example.org",
        "phone": "03445 000001",
        "website": "",
    },
    {
        "key": "beratung-zeitz",
        "name": "Migrationsberatung Zeitz (Beispielträger)",
        "email": "beratung-zeitz@example.org",
        "phone": "03441 000000",
        "website": "",
    },
    {
        "key": "ikv-weissenfels",
        "name": "Interkultureller Verein Weißenfels e. V.",
        "email": "ikv-weissenfels@example.org",
        "phone": "03443 000000",
        "website": "https://ikv-weissenfels.example.org",
    },
    {
        "key": "arbeit",
        "name": "Netzwerk Arbeit und Ausbildung Burgenlandkreis",
        "email": "arbeit@example.org",
        "phone": "034441 000000",
        "website": "",
    },
    {
        "key": "familie-luetzen",
        "name": "Frauen- und Familienzentrum Lützen e. V.",
        "email": "familienzentrum-luetzen@example.org",
        "phone": "034444 000000",
        "website": "",
    },
    {
        "key": "sv-osterfeld",
        "name": "Sportverein Osterfeld 1921 e. V.",
        "email": "fussball-osterfeld@example.org",
        "phone": "034422 000000",
        "website": "",
    },
]

VENUES = [
    {
        "key": "mgh-naumburg",
        "name": "Mehrgenerationenhaus Naumburg",
        "street": "Weißenfelser Straße 12",
        "postcode": "06618",
        "municipality": "naumburg",
        "latitude": "51.153420",
        "longitude": "11.820510",
        "step_free": True,
        "accessibility_notes": "Eingang ebenerdig, barrierefreies WC im Erdgeschoss.",
    },
    {
        "key": "buergerzentrum-zeitz",
        "name": "Bürgerzentrum Zeitz",
        "street": "Altmarkt 7",
        "postcode": "06712",
        "municipality": "zeitz",
        "latitude": "51.048010",
        "longitude": "12.136870",
        "step_free": True,
        "accessibility_notes": "Stufenloser Zugang über den Seiteneingang im Hof, Aufzug in alle Etagen.",
    },
    {
        "key": "markt-weissenfels",
        "name": "Marktplatz Weißenfels",
        "street": "Markt",
        "postcode": "06667",
        "municipality": "weissenfels",
        "latitude": "51.199680",
        "longitude": "11.968770",
        "step_free": True,
        "accessibility_notes": "Der Platz ist eben und gepflastert. Ein barrierefreies WC steht am Rathaus bereit.",
    },
    {
        "key": "hallenbad-weissenfels",
        "name": "Hallenbad Weißenfels",
        "street": "Beuditzstraße 30",
        "postcode": "06667",
        "municipality": "weissenfels",
        "latitude": "51.193150",
        "longitude": "11.961240",
        "step_free": True,
        "accessibility_notes": "Umkleide und Duschen sind stufenlos erreichbar, am Becken gibt es einen Lifter.",
    },
    {
        "key": "bibliothek-teuchern",
        "name": "Stadtbibliothek Teuchern",
        "street": "Markt 2",
        "postcode": "06682",
        "municipality": "teuchern",
        "latitude": "51.121560",
        "longitude": "12.023480",
        "step_free": False,
        "accessibility_notes": "Drei Stufen am Eingang, keine Rampe. Bitte melden Sie sich, wir helfen gern.",
    },
    {
        "key": "buergerhaus-hohenmoelsen",
        "name": "Bürgerhaus Hohenmölsen",
        "street": "Lützener Straße 15",
        "postcode": "06679",
        "municipality": "hohenmoelsen",
        "latitude": "51.158310",
        "longitude": "12.098120",
        "step_free": True,
        "accessibility_notes": "Rampe am Haupteingang, Veranstaltungsraum im Erdgeschoss, Induktionsschleife vorhanden.",
    },
    {
        "key": "familienzentrum-luetzen",
        "name": "Familienzentrum Lützen",
        "street": "Gustav-Adolf-Straße 4",
        "postcode": "06686",
        "municipality": "luetzen",
        "latitude": "51.258640",
        "longitude": "12.140930",
        "step_free": False,
        "accessibility_notes": "",
    },
    {
        "key": "sportplatz-osterfeld",
        "name": "Sportplatz Osterfeld",
        "street": "Am Sportplatz 1",
        "postcode": "06721",
        "municipality": "osterfeld",
        "latitude": "51.079420",
        "longitude": "11.926870",
        "step_free": True,
        "accessibility_notes": "",
    },
    {
        "key": "gemeindezentrum-elsteraue",
        "name": "Gemeindezentrum Elsteraue",
        "street": "Hauptstraße 20",
        "postcode": "06729",
        "municipality": "elsteraue",
        "latitude": "51.071260",
        "longitude": "12.196540",
        "step_free": True,
        "accessibility_notes": "Stufenloser Eingang, Küche und Tische sind auch im Rollstuhl gut erreichbar.",
    },
    {
        "key": "kita-droyssig",
        "name": "Kita Regenbogen Droyßig",
        "street": "Schloßstraße 9",
        "postcode": "06722",
        "municipality": "droyssig",
        "latitude": "51.043250",
        "longitude": "12.029870",
        "step_free": True,
        "accessibility_notes": "",
    },
]

CATEGORIES = [
    # slug (the same in every language), German name
    ("sprachcafe", "Sprachcafé"),
    ("beratung", "Beratung"),
    ("information", "Information"),
    ("fest", "Fest und Begegnung"),
    ("sport", "Sport und Bewegung"),
    ("kinder", "Kinder und Familie"),
    ("arbeit", "Arbeit und Ausbildung"),
    ("frauen", "Frauen"),
]

INDEX = {
    "slug": "veranstaltungen",
    "title": "Veranstaltungen",
    "intro": "Sprachcafés, Beratung, Feste und Kurse im ganzen Burgenlandkreis. Die meisten Angebote sind kostenlos. Wenn eine Anmeldung nötig ist, steht es bei der Veranstaltung.",
    "body": [
        (
            "info_box",
            {
                "kind": "note",
                "title": "Eine Veranstaltung eintragen",
                "text": [
                    "Mitglieder des Netzwerks können Termine im Redaktionsbereich anlegen. Die Koordinierungsstelle prüft sie vor der Veröffentlichung.",
                ],
            },
        ),
    ],
}

# "first" says how the first date follows from the loading day:
#   {"weekday": "TH", "weeks": -6}: the first Thursday after (today + 6 weeks back);
#   {"month_week": 1, "weekday": "TU"}: the next first Tuesday of a month after today;
#   {"days": 10}: today + 10 days (moved to the 28th at most, so every month has the date).
# "cancel" and "deadline" are days after (or before) the first date.
EVENTS = [
    {
        "slug": "sprachcafe-naumburg",
        "title": "Sprachcafé Naumburg",
        "teaser": "Deutsch sprechen üben bei Tee und Kuchen: jeden Donnerstagabend, ohne Anmeldung und für alle Niveaus.",
        "body": [
            "Im Sprachcafé treffen sich Menschen, die Deutsch lernen, und Menschen, die Deutsch schon gut sprechen. Wir reden in kleinen Gruppen über Alltag, Arbeit und Freizeit.",
            "Sie brauchen keine Vorkenntnisse. Ehrenamtliche helfen, wenn ein Wort fehlt, und viele von ihnen sprechen auch Arabisch, Persisch, Ukrainisch oder Russisch.",
            "Kinder sind willkommen; im Nebenraum gibt es Spielsachen.",
        ],
        "first": {"weekday": "TH", "weeks": -6},
        "time": ("18:00", "20:00"),
        "frequency": "weekly",
        "weekdays": ["TH"],
        "venue": "mgh-naumburg",
        "organiser": "sprachbruecke",
        "categories": ["sprachcafe"],
        "languages": ["de", "ar", "fa", "prs", "uk", "ru"],
        "target_groups": ["newcomers", "volunteers"],
        "translated": True,
    },
    {
        "slug": "beratungssprechstunde-zeitz",
        "title": "Beratungssprechstunde für Zugewanderte in Zeitz",
        "teaser": "Fragen zu Aufenthalt, Briefen von Ämtern, Wohnung oder Kita? Jeden ersten Dienstag im Monat beraten wir Sie kostenlos und vertraulich.",
        "body": [
            "Bringen Sie Ihre Unterlagen mit, zum Beispiel Briefe von Ämtern, Ihren Aufenthaltstitel oder Bescheide. Wir erklären, was darin steht, und helfen beim Ausfüllen von Anträgen.",
            "Eine Dolmetscherin oder ein Dolmetscher kann dazukommen. Sagen Sie uns bitte vorher Bescheid, welche Sprache Sie brauchen.",
            "Sie können ohne Termin kommen. Manchmal müssen Sie kurz warten.",
        ],
        "first": {"month_week": 1, "weekday": "TU"},
        "time": ("10:00", "12:00"),
        "frequency": "monthly_weekday",
        "venue": "buergerzentrum-zeitz",
        "organiser": "beratung-zeitz",
        "categories": ["beratung"],
        "languages": ["de", "ar", "ps", "prs", "ti", "ru"],
        "target_groups": ["newcomers", "families"],
        "interpreting": True,
        "translated": True,
    },
    {
        "slug": "online-infoabend-anerkennung",
        "title": "Online-Infoabend: Berufsabschluss anerkennen lassen",
        "teaser": "Wie wird Ihr ausländischer Abschluss in Deutschland anerkannt? Vier Abende online, jeweils mit Zeit für Ihre Fragen.",
        "body": [
            "Wir erklären Schritt für Schritt, welche Stelle für Ihren Beruf zuständig ist, welche Unterlagen Sie brauchen und was die Anerkennung kostet.",
            "Sie nehmen mit Computer oder Smartphone teil. Eine Kamera ist nicht nötig. Den Link zur Teilnahme finden Sie auf dieser Seite.",
            "Jeder Abend hat dasselbe Programm. Wählen Sie einfach einen Termin aus.",
        ],
        "first": {"weekday": "WE", "weeks": 0},
        "time": ("18:30", "20:00"),
        "frequency": "weekly",
        "interval": 2,
        "weekdays": ["WE"],
        "ends": "after_count",
        "count": 4,
        "online_url": "https://meet.example.org/infoabend-anerkennung",
        "organiser": "koordination",
        "categories": ["information", "arbeit"],
        "languages": ["de", "en", "ar", "uk"],
        "target_groups": ["newcomers", "professionals"],
        "translated": True,
    },
    {
        "slug": "interkulturelles-fest-weissenfels",
        "title": "Interkulturelles Fest Weißenfels",
        "teaser": "Musik, Tanz und Essen aus vielen Ländern auf dem Marktplatz: ein Nachmittag und Abend für die ganze Familie.",
        "body": [
            "Vereine und Nachbarschaften aus Weißenfels stellen sich vor, kochen Spezialitäten aus ihrer Heimat und laden zum Mitmachen ein.",
            "Auf der Bühne spielen Bands aus der Region. Für Kinder gibt es Kinderschminken, Spiele und eine Hüpfburg.",
            "Der Eintritt ist frei. Wer mit einem Stand dabei sein möchte, meldet sich bitte bei der Koordinierungsstelle.",
        ],
        "first": {"weekday": "SA", "weeks": 5},
        "time": ("14:00", "22:00"),
        "venue": "markt-weissenfels",
        "organiser": "ikv-weissenfels",
        "categories": ["fest", "kinder"],
        "languages": ["de", "ar", "fa", "kmr", "ti", "uk", "ru", "tr"],
        "target_groups": ["families", "children", "youth", "newcomers"],
        "translated": True,
    },
    {
        "slug": "schwimmkurs-fuer-frauen",
        "title": "Schwimmkurs für Frauen",
        "teaser": "Schwimmen lernen in geschützter Atmosphäre: acht Termine mit einer Trainerin, nur für Frauen.",
        "body": [
            "Der Kurs ist für Frauen, die nicht oder noch unsicher schwimmen. Während des Kurses ist die Halle nur für Frauen geöffnet, auch das Personal ist weiblich.",
            "Badebekleidung nach Wahl ist erlaubt, zum Beispiel ein Burkini. Bitte melden Sie sich per E-Mail an; die Plätze sind begrenzt.",
        ],
        "first": {"weekday": "SU", "weeks": 1},
        "time": ("09:00", "10:30"),
        "frequency": "weekly",
        "weekdays": ["SU"],
        "ends": "after_count",
        "count": 8,
        "venue": "hallenbad-weissenfels",
        "organiser": "ikv-weissenfels",
        "categories": ["sport", "frauen"],
        "languages": ["de", "ar", "fa", "prs", "kmr"],
        "target_groups": ["women"],
        "is_free": False,
        "cost": "40 € für acht Termine, mit Sozialpass 10 €",
        "registration_required": True,
        "registration_email": "schwimmen@example.org",
        "deadline": -5,
    },
    {
        "slug": "hausaufgabenhilfe-teuchern",
        "title": "Hausaufgabenhilfe für Kinder",
        "teaser": "Montags und mittwochs nach der Schule: Ehrenamtliche helfen Schulkindern bei den Hausaufgaben.",
        "body": [
            "Kinder der Klassen 1 bis 6 bekommen Hilfe beim Lesen, Schreiben und Rechnen. Bitte bringen Sie Hefte und Bücher mit.",
            "Eltern können dabeibleiben oder ihre Kinder bringen und abholen. Es gibt Obst und etwas zu trinken.",
        ],
        "first": {"weekday": "MO", "weeks": 0},
        "time": ("15:00", "16:30"),
        "frequency": "weekly",
        "weekdays": ["MO", "WE"],
        "ends": "on_date",
        "until_weeks": 12,
        "cancel": [16],  # the Wednesday of the third week
        "venue": "bibliothek-teuchern",
        "organiser": "sprachbruecke",
        "categories": ["kinder"],
        "languages": ["de", "ar", "uk", "ru", "tr"],
        "target_groups": ["children", "families"],
    },
    {
        "slug": "wege-in-arbeit-hohenmoelsen",
        "title": "Informationsveranstaltung: Wege in Arbeit und Ausbildung",
        "teaser": "Das Jobcenter und Betriebe aus der Region informieren über Arbeit, Ausbildung und Sprachkurse für den Beruf. Bitte melden Sie sich an.",
        "body": [
            "Mitarbeiterinnen und Mitarbeiter des Jobcenters erklären, wie die Arbeitssuche abläuft, welche Förderung es gibt und wie Sie einen Berufssprachkurs bekommen.",
            "Drei Betriebe aus Hohenmölsen und Umgebung stellen Ausbildungsplätze und offene Stellen vor. Danach ist Zeit für Einzelgespräche.",
            "Dolmetscherinnen für Arabisch, Ukrainisch und Russisch sind vor Ort. Bitte melden Sie sich bis zum Anmeldeschluss per E-Mail an.",
        ],
        "first": {"weekday": "TH", "weeks": 3},
        "time": ("09:30", "12:30"),
        "venue": "buergerhaus-hohenmoelsen",
        "organiser": "arbeit",
        "categories": ["information", "arbeit"],
        "languages": ["de", "ar", "uk", "ru"],
        "target_groups": ["newcomers", "youth"],
        "interpreting": True,
        "registration_required": True,
        "registration_email": "anmeldung-arbeit@example.org",
        "deadline": -4,
        "translated": True,
    },
    {
        "slug": "frauenfruehstueck-luetzen",
        "title": "Internationales Frauenfrühstück",
        "teaser": "Einmal im Monat frühstücken Frauen aus vielen Ländern zusammen und lernen sich kennen. Kinder unter drei Jahren dürfen mitkommen.",
        "body": [
            "Jede bringt etwas mit, wenn sie möchte: Brot, Obst, Salat oder ein Gericht aus ihrer Heimat. Kaffee und Tee stellt das Familienzentrum.",
            "Manchmal laden wir eine Fachfrau ein, zum Beispiel von der Schwangerschaftsberatung oder vom Gesundheitsamt.",
        ],
        "first": {"month_week": -1, "weekday": "FR"},
        "time": ("09:30", "11:30"),
        "frequency": "monthly_weekday",
        "venue": "familienzentrum-luetzen",
        "organiser": "familie-luetzen",
        "categories": ["frauen", "fest"],
        "languages": ["de", "ar", "fa", "ti", "tr", "ru"],
        "target_groups": ["women", "families"],
        "is_free": False,
        "cost": "2 € für Kaffee und Tee",
    },
    {
        "slug": "fussball-fuer-alle-osterfeld",
        "title": "Fußball für alle",
        "teaser": "Offenes Fußballtraining für Jugendliche ab 14 Jahren, egal woher sie kommen und wie gut sie spielen.",
        "body": [
            "Wir trainieren auf dem Rasenplatz, bei schlechtem Wetter in der Turnhalle nebenan. Sportschuhe reichen, Fußballschuhe sind nicht nötig.",
            "Das Training leiten zwei Trainer des Vereins. Wer Lust hat, kann später in einer Mannschaft mitspielen.",
        ],
        "first": {"weekday": "SA", "weeks": 0},
        "time": ("10:00", "12:00"),
        "frequency": "weekly",
        "weekdays": ["SA"],
        "venue": "sportplatz-osterfeld",
        "organiser": "sv-osterfeld",
        "categories": ["sport"],
        "languages": ["de", "ar", "ps", "ti", "so"],
        "target_groups": ["youth"],
    },
    {
        "slug": "elterncafe-droyssig",
        "title": "Elterncafé in der Kita",
        "teaser": "Eltern treffen sich bei Kaffee und Kuchen, tauschen sich aus und stellen Fragen zu Kita, Schule und Erziehung.",
        "body": [
            "Eine Erzieherin und eine Familienberaterin sind dabei und beantworten Fragen. Die Kinder spielen in der Zwischenzeit in ihrer Gruppe.",
        ],
        "first": {"month_week": 2, "weekday": "WE"},
        "time": ("15:00", "16:30"),
        "frequency": "monthly_weekday",
        "venue": "kita-droyssig",
        "organiser": "koordination",
        "categories": ["kinder", "beratung"],
        "languages": ["de", "ar", "uk", "ru"],
        "target_groups": ["families"],
        "interpreting": True,
    },
    {
        "slug": "gemeinsam-kochen-elsteraue",
        "title": "Gemeinsam kochen: Rezepte aus aller Welt",
        "teaser": "Einmal im Monat kocht eine Teilnehmerin oder ein Teilnehmer ein Lieblingsgericht aus der Heimat, und alle essen zusammen.",
        "body": [
            "Bitte melden Sie sich bis eine Woche vorher an, damit wir genug einkaufen können. Sagen Sie uns auch, wenn Sie etwas nicht essen dürfen oder möchten.",
        ],
        "first": {"days": 10},
        "time": ("17:00", "20:00"),
        "frequency": "monthly_date",
        "ends": "after_count",
        "count": 3,
        "venue": "gemeindezentrum-elsteraue",
        "organiser": "koordination",
        "categories": ["fest"],
        "languages": ["de", "ti", "ar", "uk"],
        "target_groups": ["families", "newcomers"],
        "is_free": False,
        "cost": "5 € für die Zutaten",
        "registration_required": True,
        "registration_email": "kochen@example.org",
        "deadline": -7,
    },
    {
        # Already over: gives the archive something to show.
        "slug": "netzwerktreffen-naumburg",
        "title": "Netzwerktreffen Integration",
        "teaser": "Das vierteljährliche Treffen der Netzwerkpartner: Neuigkeiten aus den Beratungsstellen, Austausch und Planung der nächsten Projekte.",
        "body": [
            "Das Treffen findet vor Ort statt und kann online verfolgt werden. Die Einladung mit der Tagesordnung kommt per E-Mail.",
        ],
        "first": {"weekday": "WE", "weeks": -4},
        "time": ("14:00", "17:00"),
        "venue": "mgh-naumburg",
        "online_url": "https://meet.example.org/netzwerktreffen",
        "organiser": "koordination",
        "categories": ["information"],
        "languages": ["de"],
        "target_groups": ["professionals", "volunteers"],
    },
]

TRANSLATIONS = {
    # ================================================================== Categories
    "Sprachcafé": {
        "en": "Language café",
        "ar": "مقهى اللغة",
        "fa": "کافه زبان",
        "uk": "Мовне кафе",
        "ru": "Языковое кафе",
        "tr": "Dil kafesi",
    },
    "Beratung": {
        "en": "Counselling",
        "ar": "استشارة",
        "fa": "مشاوره",
        "uk": "Консультації",
        "ru": "Консультации",
        "tr": "Danışmanlık",
    },
    "Information": {
        "en": "Information",
        "ar": "معلومات",
        "fa": "اطلاع‌رسانی",
        "uk": "Інформація",
        "ru": "Информация",
        "tr": "Bilgilendirme",
    },
    "Fest und Begegnung": {
        "en": "Festivals and meeting people",
        "ar": "احتفالات ولقاءات",
        "fa": "جشن و دیدار",
        "uk": "Свята й зустрічі",
        "ru": "Праздники и встречи",
        "tr": "Şenlik ve buluşma",
    },
    "Sport und Bewegung": {
        "en": "Sport and exercise",
        "ar": "رياضة وحركة",
        "fa": "ورزش و تحرک",
        "uk": "Спорт і рух",
        "ru": "Спорт и движение",
        "tr": "Spor ve hareket",
    },
    "Kinder und Familie": {
        "en": "Children and families",
        "ar": "الأطفال والعائلة",
        "fa": "کودکان و خانواده",
        "uk": "Діти й родина",
        "ru": "Дети и семья",
        "tr": "Çocuklar ve aile",
    },
    "Arbeit und Ausbildung": {
        "en": "Work and vocational training",
        "ar": "العمل والتدريب المهني",
        "fa": "کار و آموزش حرفه‌ای",
        "uk": "Робота й професійне навчання",
        "ru": "Работа и профессиональное обучение",
        "tr": "İş ve meslek eğitimi",
    },
    "Frauen": {
        "en": "Women",
        "ar": "النساء",
        "fa": "زنان",
        "uk": "Жінки",
        "ru": "Женщины",
        "tr": "Kadınlar",
    },
    # ================================================================== Venues (accessibility)
    "Eingang ebenerdig, barrierefreies WC im Erdgeschoss.": {
        "en": "Step-free entrance at street level, accessible toilet on the ground floor.",
        "ar": "المدخل على مستوى الشارع دون درجات، ومرحاض مهيأ لذوي الإعاقة في الطابق الأرضي.",
        "fa": "ورودی هم‌سطح خیابان و بدون پله است؛ سرویس بهداشتی مناسب افراد دارای معلولیت در طبقه همکف قرار دارد.",
        "uk": "Вхід на рівні вулиці без сходинок, безбар’єрний туалет на першому поверсі.",
        "ru": "Вход на уровне улицы без ступенек, туалет для людей с инвалидностью на первом этаже.",
        "tr": "Giriş sokak seviyesinde ve basamaksız; engelli tuvaleti zemin katta.",
    },
    "Stufenloser Zugang über den Seiteneingang im Hof, Aufzug in alle Etagen.": {
        "en": "Step-free access through the side entrance in the courtyard, lift to all floors.",
        "ar": "الدخول دون درجات عبر المدخل الجانبي في الفناء، ومصعد إلى جميع الطوابق.",
        "fa": "دسترسی بدون پله از ورودی کناری در حیاط، و آسانسور به همه طبقات.",
        "uk": "Вхід без сходинок через бічні двері у дворі, ліфт на всі поверхи.",
        "ru": "Вход без ступенек через боковую дверь во дворе, лифт на все этажи.",
        "tr": "Avludaki yan girişten basamaksız giriş, tüm katlara asansör.",
    },
    "Der Platz ist eben und gepflastert. Ein barrierefreies WC steht am Rathaus bereit.": {
        "en": "The square is level and paved. There is an accessible toilet at the town hall.",
        "ar": "الساحة مستوية ومرصوفة. ويتوفر مرحاض مهيأ لذوي الإعاقة عند مبنى البلدية.",
        "fa": "میدان هموار و سنگ‌فرش است. یک سرویس بهداشتی مناسب افراد دارای معلولیت کنار ساختمان شهرداری وجود دارد.",
        "uk": "Площа рівна й вимощена бруківкою. Біля ратуші є безбар’єрний туалет.",
        "ru": "Площадь ровная, вымощена брусчаткой. У ратуши есть туалет для людей с инвалидностью.",
        "tr": "Meydan düz ve taş döşelidir. Belediye binasında engelli tuvaleti vardır.",
    },
    "Umkleide und Duschen sind stufenlos erreichbar, am Becken gibt es einen Lifter.": {
        "en": "The changing room and showers are step-free, and there is a pool hoist.",
        "ar": "يمكن الوصول إلى غرفة تغيير الملابس والحمامات دون درجات، وتوجد رافعة عند حوض السباحة.",
        "fa": "رختکن و دوش‌ها بدون پله قابل دسترسی‌اند و کنار استخر بالابر وجود دارد.",
        "uk": "До роздягальні й душових можна дістатися без сходинок, біля басейну є підйомник.",
        "ru": "До раздевалки и душевых можно добраться без ступенек, у бассейна есть подъёмник.",
        "tr": "Soyunma odası ve duşlara basamaksız ulaşılır, havuz başında bir kaldırma aparatı vardır.",
    },
    "Drei Stufen am Eingang, keine Rampe. Bitte melden Sie sich, wir helfen gern.": {
        "en": "Three steps at the entrance, no ramp. Please let us know and we will be glad to help.",
        "ar": "ثلاث درجات عند المدخل ولا يوجد منحدر. أخبرونا من فضلكم، ويسعدنا أن نساعدكم.",
        "fa": "سه پله در ورودی وجود دارد و سطح شیب‌دار نیست. لطفاً به ما خبر دهید؛ با کمال میل کمک می‌کنیم.",
        "uk": "Три сходинки біля входу, пандуса немає. Будь ласка, повідомте нас — ми охоче допоможемо.",
        "ru": "У входа три ступеньки, пандуса нет. Пожалуйста, сообщите нам — мы с радостью поможем.",
        "tr": "Girişte üç basamak var, rampa yok. Lütfen bize haber verin, memnuniyetle yardım ederiz.",
    },
    "Rampe am Haupteingang, Veranstaltungsraum im Erdgeschoss, Induktionsschleife vorhanden.": {
        "en": "Ramp at the main entrance, event room on the ground floor, hearing loop available.",
        "ar": "منحدر عند المدخل الرئيسي، وقاعة الفعاليات في الطابق الأرضي، وتتوفر حلقة سمعية لمستخدمي السماعات.",
        "fa": "سطح شیب‌دار در ورودی اصلی، سالن برنامه در طبقه همکف و حلقه القایی برای کاربران سمعک.",
        "uk": "Пандус біля головного входу, зала на першому поверсі, є індукційна петля для слухових апаратів.",
        "ru": "Пандус у главного входа, зал на первом этаже, есть индукционная петля для слуховых аппаратов.",
        "tr": "Ana girişte rampa, etkinlik salonu zemin katta, işitme cihazları için indüksiyon döngüsü mevcut.",
    },
    "Stufenloser Eingang, Küche und Tische sind auch im Rollstuhl gut erreichbar.": {
        "en": "Step-free entrance; the kitchen and tables are easy to reach in a wheelchair too.",
        "ar": "مدخل دون درجات، ويسهل الوصول إلى المطبخ والطاولات بالكرسي المتحرك أيضًا.",
        "fa": "ورودی بدون پله است و آشپزخانه و میزها با ویلچر هم به‌راحتی در دسترس‌اند.",
        "uk": "Вхід без сходинок, до кухні й столів легко дістатися й на візку.",
        "ru": "Вход без ступенек, к кухне и столам легко подъехать и на инвалидной коляске.",
        "tr": "Giriş basamaksız; mutfağa ve masalara tekerlekli sandalyeyle de kolayca ulaşılır.",
    },
    # ================================================================== Event index
    "Veranstaltungen": {
        "en": "Events",
        "ar": "الفعاليات",
        "fa": "رویدادها",
        "uk": "Заходи",
        "ru": "Мероприятия",
        "tr": "Etkinlikler",
    },
    "Sprachcafés, Beratung, Feste und Kurse im ganzen Burgenlandkreis. Die meisten Angebote sind kostenlos. Wenn eine Anmeldung nötig ist, steht es bei der Veranstaltung.": {
        "en": "Language cafés, counselling, festivals and courses all over the Burgenlandkreis district. Most of them are free of charge. If you need to register, the event says so.",
        "ar": "مقاهي اللغة والاستشارات والاحتفالات والدورات في جميع أنحاء منطقة بورغنلاندكرايس. معظم العروض مجانية. وإذا كان التسجيل ضروريًا، فستجد ذلك مذكورًا في صفحة الفعالية.",
        "fa": "کافه‌های زبان، مشاوره، جشن‌ها و دوره‌ها در سراسر منطقه بورگن‌لاندکرایس. بیشتر برنامه‌ها رایگان هستند. اگر ثبت‌نام لازم باشد، در صفحه همان رویداد نوشته شده است.",
        "uk": "Мовні кафе, консультації, свята й курси по всьому району Бургенландкрайс. Більшість заходів безкоштовні. Якщо потрібна реєстрація, це зазначено на сторінці заходу.",
        "ru": "Языковые кафе, консультации, праздники и курсы по всему району Бургенландкрайс. Большинство мероприятий бесплатные. Если нужна регистрация, это указано на странице мероприятия.",
        "tr": "Burgenlandkreis bölgesinin her yerinde dil kafeleri, danışmanlık, şenlikler ve kurslar. Etkinliklerin çoğu ücretsizdir. Kayıt gerekiyorsa bu, etkinliğin sayfasında belirtilir.",
    },
    "Eine Veranstaltung eintragen": {
        "en": "Adding an event",
        "ar": "إضافة فعالية",
        "fa": "افزودن رویداد",
        "uk": "Як додати захід",
        "ru": "Как добавить мероприятие",
        "tr": "Etkinlik eklemek",
    },
    "Mitglieder des Netzwerks können Termine im Redaktionsbereich anlegen. Die Koordinierungsstelle prüft sie vor der Veröffentlichung.": {
        "en": "Network members can enter dates in the editing area. The coordination office checks them before they are published.",
        "ar": "يمكن لأعضاء الشبكة إدخال المواعيد في قسم التحرير. ويراجعها مكتب التنسيق قبل نشرها.",
        "fa": "اعضای شبکه می‌توانند تاریخ‌ها را در بخش ویرایش وارد کنند. دفتر هماهنگی پیش از انتشار آن‌ها را بررسی می‌کند.",
        "uk": "Учасники мережі можуть вносити дати в редакторському розділі. Координаційний центр перевіряє їх перед публікацією.",
        "ru": "Участники сети могут вносить даты в редакторском разделе. Координационный центр проверяет их перед публикацией.",
        "tr": "Ağın üyeleri tarihleri düzenleme alanına girebilir. Koordinasyon birimi bunları yayımlanmadan önce kontrol eder.",
    },
    # ================================================================== Sprachcafé
    "Sprachcafé Naumburg": {
        "en": "Language Café Naumburg",
        "ar": "مقهى اللغة في ناومبورغ",
        "uk": "Мовне кафе в Наумбурзі",
    },
    "Deutsch sprechen üben bei Tee und Kuchen: jeden Donnerstagabend, ohne Anmeldung und für alle Niveaus.": {
        "en": "Practise speaking German over tea and cake: every Thursday evening, no registration, all levels welcome.",
        "ar": "تدرّب على التحدث بالألمانية مع الشاي والكعك: كل مساء خميس، دون تسجيل ولجميع المستويات.",
        "uk": "Практикуйте розмовну німецьку за чаєм і тістечками: щочетверга ввечері, без реєстрації, для будь-якого рівня.",
    },
    "Im Sprachcafé treffen sich Menschen, die Deutsch lernen, und Menschen, die Deutsch schon gut sprechen. Wir reden in kleinen Gruppen über Alltag, Arbeit und Freizeit.": {
        "en": "At the language café, people who are learning German meet people who already speak it well. We talk in small groups about everyday life, work and free time.",
        "ar": "في مقهى اللغة يلتقي من يتعلمون الألمانية بمن يتحدثونها جيدًا. نتحدث في مجموعات صغيرة عن الحياة اليومية والعمل وأوقات الفراغ.",
        "uk": "У мовному кафе зустрічаються ті, хто вивчає німецьку, і ті, хто вже добре нею володіє. Ми розмовляємо в невеликих групах про повсякденне життя, роботу й дозвілля.",
    },
    "Sie brauchen keine Vorkenntnisse. Ehrenamtliche helfen, wenn ein Wort fehlt, und viele von ihnen sprechen auch Arabisch, Persisch, Ukrainisch oder Russisch.": {
        "en": "You do not need any prior knowledge. Volunteers help when a word is missing, and many of them also speak Arabic, Persian, Ukrainian or Russian.",
        "ar": "لا تحتاج إلى معرفة سابقة. يساعدك المتطوعون عندما تنقصك كلمة، وكثير منهم يتحدثون أيضًا العربية أو الفارسية أو الأوكرانية أو الروسية.",
        "uk": "Попередні знання не потрібні. Волонтери допоможуть, якщо забракне слова, і багато з них говорять також арабською, перською, українською чи російською.",
    },
    "Kinder sind willkommen; im Nebenraum gibt es Spielsachen.": {
        "en": "Children are welcome; there are toys in the room next door.",
        "ar": "الأطفال مرحَّب بهم، وتوجد ألعاب في الغرفة المجاورة.",
        "uk": "Діти — бажані гості; у сусідній кімнаті є іграшки.",
    },
    # ================================================================== Beratungssprechstunde
    "Beratungssprechstunde für Zugewanderte in Zeitz": {
        "en": "Advice Hours for Newcomers in Zeitz",
        "ar": "ساعات الاستشارة للقادمين الجدد في تسايتس",
        "uk": "Консультаційні години для новоприбулих у Цайці",
    },
    "Fragen zu Aufenthalt, Briefen von Ämtern, Wohnung oder Kita? Jeden ersten Dienstag im Monat beraten wir Sie kostenlos und vertraulich.": {
        "en": "Questions about your residence, letters from public offices, housing or childcare? On the first Tuesday of every month we give free and confidential advice.",
        "ar": "هل لديك أسئلة حول الإقامة أو رسائل الدوائر الرسمية أو السكن أو الحضانة؟ نقدم لك استشارة مجانية وسرية في أول يوم ثلاثاء من كل شهر.",
        "uk": "Маєте запитання щодо перебування, листів від установ, житла чи дитячого садка? Кожного першого вівторка місяця ми консультуємо безкоштовно й конфіденційно.",
    },
    "Bringen Sie Ihre Unterlagen mit, zum Beispiel Briefe von Ämtern, Ihren Aufenthaltstitel oder Bescheide. Wir erklären, was darin steht, und helfen beim Ausfüllen von Anträgen.": {
        "en": "Bring your documents with you, for example letters from public offices, your residence permit or official decisions. We explain what they say and help you fill in applications.",
        "ar": "أحضر معك أوراقك، مثل رسائل الدوائر الرسمية أو تصريح إقامتك أو القرارات الرسمية. نشرح لك ما فيها ونساعدك في تعبئة الطلبات.",
        "uk": "Візьміть із собою документи, наприклад листи від установ, посвідку на проживання чи рішення органів влади. Ми пояснимо, що в них написано, і допоможемо заповнити заяви.",
    },
    "Eine Dolmetscherin oder ein Dolmetscher kann dazukommen. Sagen Sie uns bitte vorher Bescheid, welche Sprache Sie brauchen.": {
        "en": "An interpreter can join us. Please let us know in advance which language you need.",
        "ar": "يمكن أن ينضم إلينا مترجم أو مترجمة. من فضلك أخبرنا مسبقًا باللغة التي تحتاجها.",
        "uk": "До нас може приєднатися перекладач або перекладачка. Будь ласка, заздалегідь повідомте, яка мова вам потрібна.",
    },
    "Sie können ohne Termin kommen. Manchmal müssen Sie kurz warten.": {
        "en": "You can come without an appointment. Sometimes you may have to wait a little.",
        "ar": "يمكنك الحضور دون موعد. وقد تضطر أحيانًا إلى الانتظار قليلًا.",
        "uk": "Можна прийти без запису. Іноді доведеться трохи почекати.",
    },
    # ================================================================== Online-Infoabend
    "Online-Infoabend: Berufsabschluss anerkennen lassen": {
        "en": "Online Information Evening: Getting Your Qualification Recognised",
        "ar": "أمسية معلومات عبر الإنترنت: الاعتراف بالشهادة المهنية",
        "uk": "Онлайн-вечір інформації: визнання професійної кваліфікації",
    },
    "Wie wird Ihr ausländischer Abschluss in Deutschland anerkannt? Vier Abende online, jeweils mit Zeit für Ihre Fragen.": {
        "en": "How is your foreign qualification recognised in Germany? Four evenings online, each with time for your questions.",
        "ar": "كيف يُعترف بشهادتك الأجنبية في ألمانيا؟ أربع أمسيات عبر الإنترنت، في كل منها وقت لأسئلتك.",
        "uk": "Як визнати ваш іноземний диплом у Німеччині? Чотири онлайн-вечори, щоразу з часом для ваших запитань.",
    },
    "Wir erklären Schritt für Schritt, welche Stelle für Ihren Beruf zuständig ist, welche Unterlagen Sie brauchen und was die Anerkennung kostet.": {
        "en": "We explain step by step which office is responsible for your profession, which documents you need and how much recognition costs.",
        "ar": "نشرح خطوة بخطوة الجهة المختصة بمهنتك، والأوراق التي تحتاجها، وتكلفة الاعتراف.",
        "uk": "Ми крок за кроком пояснимо, яка установа відповідає за вашу професію, які документи потрібні і скільки коштує визнання.",
    },
    "Sie nehmen mit Computer oder Smartphone teil. Eine Kamera ist nicht nötig. Den Link zur Teilnahme finden Sie auf dieser Seite.": {
        "en": "You take part with a computer or smartphone. You do not need a camera. You will find the link to join on this page.",
        "ar": "تشارك باستخدام الحاسوب أو الهاتف الذكي. لا تحتاج إلى كاميرا. ستجد رابط المشاركة في هذه الصفحة.",
        "uk": "Ви берете участь з комп’ютера або смартфона. Камера не потрібна. Посилання для участі ви знайдете на цій сторінці.",
    },
    "Jeder Abend hat dasselbe Programm. Wählen Sie einfach einen Termin aus.": {
        "en": "Every evening has the same programme. Simply choose one date.",
        "ar": "برنامج كل أمسية هو نفسه. ما عليك إلا أن تختار موعدًا واحدًا.",
        "uk": "Програма щоразу однакова. Просто оберіть одну дату.",
    },
    # ================================================================== Interkulturelles Fest
    "Interkulturelles Fest Weißenfels": {
        "en": "Intercultural Festival Weißenfels",
        "ar": "المهرجان متعدد الثقافات في فايسنفلس",
        "uk": "Міжкультурне свято у Вайсенфельсі",
    },
    "Musik, Tanz und Essen aus vielen Ländern auf dem Marktplatz: ein Nachmittag und Abend für die ganze Familie.": {
        "en": "Music, dance and food from many countries on the market square: an afternoon and evening for the whole family.",
        "ar": "موسيقى ورقص وأطعمة من بلدان كثيرة في ساحة السوق: بعد ظهر وأمسية للعائلة كلها.",
        "uk": "Музика, танці та страви з багатьох країн на ринковій площі: день і вечір для всієї родини.",
    },
    "Vereine und Nachbarschaften aus Weißenfels stellen sich vor, kochen Spezialitäten aus ihrer Heimat und laden zum Mitmachen ein.": {
        "en": "Associations and neighbourhoods from Weißenfels introduce themselves, cook specialities from their home countries and invite you to join in.",
        "ar": "تعرّف الجمعيات والأحياء في فايسنفلس بنفسها، وتطبخ أطباقًا مميزة من بلدانها الأصلية، وتدعوكم إلى المشاركة.",
        "uk": "Громадські організації та сусідські спільноти Вайсенфельса представляють себе, готують страви своєї батьківщини та запрошують долучитися.",
    },
    "Auf der Bühne spielen Bands aus der Region. Für Kinder gibt es Kinderschminken, Spiele und eine Hüpfburg.": {
        "en": "Bands from the region play on stage. For children there is face painting, games and a bouncy castle.",
        "ar": "تعزف فرق موسيقية من المنطقة على المسرح. وللأطفال رسم على الوجوه وألعاب وقلعة نطاطة.",
        "uk": "На сцені грають гурти з регіону. Для дітей — аквагрим, ігри та надувний батут.",
    },
    "Der Eintritt ist frei. Wer mit einem Stand dabei sein möchte, meldet sich bitte bei der Koordinierungsstelle.": {
        "en": "Admission is free. If you would like to have a stall, please contact the coordination office.",
        "ar": "الدخول مجاني. ومن يرغب في المشاركة بكشك، يُرجى منه التواصل مع مكتب التنسيق.",
        "uk": "Вхід вільний. Якщо ви хочете мати свій стенд, зверніться, будь ласка, до координаційного центру.",
    },
    # ================================================================== Wege in Arbeit
    "Informationsveranstaltung: Wege in Arbeit und Ausbildung": {
        "en": "Information Event: Pathways into Work and Training",
        "ar": "فعالية إعلامية: طرق إلى العمل والتدريب المهني",
        "uk": "Інформаційний захід: шляхи до роботи та професійного навчання",
    },
    "Das Jobcenter und Betriebe aus der Region informieren über Arbeit, Ausbildung und Sprachkurse für den Beruf. Bitte melden Sie sich an.": {
        "en": "The job centre and local companies give information about work, vocational training and job-related language courses. Please register.",
        "ar": "يقدّم مركز العمل (جوب سنتر) وشركات من المنطقة معلومات عن العمل والتدريب المهني ودورات اللغة المهنية. يُرجى التسجيل.",
        "uk": "Джобцентр і підприємства регіону розповідають про роботу, професійне навчання та професійні мовні курси. Будь ласка, зареєструйтеся.",
    },
    "Mitarbeiterinnen und Mitarbeiter des Jobcenters erklären, wie die Arbeitssuche abläuft, welche Förderung es gibt und wie Sie einen Berufssprachkurs bekommen.": {
        "en": "Job centre staff explain how looking for work goes, what support is available and how you can get a job-related German course.",
        "ar": "يشرح موظفو وموظفات مركز العمل كيف يسير البحث عن عمل، وما أشكال الدعم المتاحة، وكيف يمكنك الحصول على دورة لغة مهنية.",
        "uk": "Працівники джобцентру пояснюють, як відбувається пошук роботи, яка підтримка існує і як потрапити на професійний курс німецької мови.",
    },
    "Drei Betriebe aus Hohenmölsen und Umgebung stellen Ausbildungsplätze und offene Stellen vor. Danach ist Zeit für Einzelgespräche.": {
        "en": "Three companies from Hohenmölsen and the surrounding area present apprenticeships and vacancies. Afterwards there is time for one-to-one conversations.",
        "ar": "تعرض ثلاث شركات من هوهنمولزن والمناطق المحيطة بها أماكن للتدريب المهني ووظائف شاغرة. وبعد ذلك يتوفر وقت لمحادثات فردية.",
        "uk": "Три підприємства з Гоенмельзена та околиць представляють місця для професійного навчання й вакансії. Після цього буде час для індивідуальних розмов.",
    },
    "Dolmetscherinnen für Arabisch, Ukrainisch und Russisch sind vor Ort. Bitte melden Sie sich bis zum Anmeldeschluss per E-Mail an.": {
        "en": "Interpreters for Arabic, Ukrainian and Russian will be there. Please register by e-mail before the registration deadline.",
        "ar": "تحضر مترجمات للعربية والأوكرانية والروسية. يُرجى التسجيل عبر البريد الإلكتروني قبل انتهاء موعد التسجيل.",
        "uk": "На місці будуть перекладачки з арабської, української та російської. Будь ласка, зареєструйтеся електронною поштою до кінцевого терміну реєстрації.",
    },
}


if __name__ == "__main__":
    # Self-check: every translatable German string has a translation in the languages it needs.
    problems = []
    needed = {}  # German string -> languages

    def need(text, languages, where):
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty or not a string: {text!r}")
            return
        needed.setdefault(text, set()).update(languages)

    for _slug, name in CATEGORIES:
        need(name, LANGUAGES, f"category {name}")
    for venue in VENUES:
        if venue["accessibility_notes"]:
            need(venue["accessibility_notes"], LANGUAGES, f"venue {venue['key']}")
    need(INDEX["title"], LANGUAGES, "index.title")
    need(INDEX["intro"], LANGUAGES, "index.intro")
    for _type, value in INDEX["body"]:
        need(value["title"], LANGUAGES, "index.body")
        for text in value["text"]:
            need(text, LANGUAGES, "index.body")
    slugs = [event["slug"] for event in EVENTS]
    if len(slugs) != len(set(slugs)):
        problems.append("duplicate event slugs")
    for event in EVENTS:
        if event.get("translated"):
            for text in [event["title"], event["teaser"], *event["body"]]:
                need(text, EVENT_LANGUAGES, event["slug"])
            if event.get("cost"):
                need(event["cost"], EVENT_LANGUAGES, event["slug"])
    for text, languages in needed.items():
        entry = TRANSLATIONS.get(text, {})
        for language in sorted(languages):
            if not entry.get(language, "").strip():
                problems.append(f"MISSING {language}: {text!r}")
            elif entry[language] == text and language != "en":
                problems.append(f"IDENTICAL {language}: {text!r}")
    unused = [text for text in TRANSLATIONS if text not in needed]
    print(f"{len(EVENTS)} events, {len(VENUES)} venues, {len(needed)} translatable strings")
    for line in problems:
        print("ERROR:", line)
    for text in unused:
        print("WARNING: unused translation:", repr(text))
    print("OK: nothing missing" if not problems else f"{len(problems)} problem(s)")
