"""Fictional organisations of the county for the directory demo (German; every other language
gets aliases, as the admin would create them). Any likeness to real services is unintended.

The directory page, topics and audiences are translated into every language (TRANSLATIONS, in
the format of home/demo/data.py), as the other demos' indexes and categories are.
"""

LANGUAGES = ["en", "ar", "fa", "uk", "ru", "tr"]

INDEX = {
    "slug": "wegweiser",
    "title": "Wegweiser",
    "intro": "Wer hilft wo, in welcher Sprache: Beratung, Kurse und Vereine im Landkreis.",
}

TOPICS = [
    ("aufenthalt", "Aufenthalt und Asyl"),
    ("arbeit", "Arbeit und Ausbildung"),
    ("wohnen", "Wohnen"),
    ("gesundheit", "Gesundheit"),
    ("familie", "Familie und Kinder"),
    ("sprachkurs", "Sprachkurs"),
    ("freizeit", "Freizeit und Begegnung"),
]
AUDIENCES = [
    ("frauen", "Frauen"),
    ("familien", "Familien"),
    ("jugendliche", "Jugendliche"),
    ("neu-angekommene", "Neu Angekommene"),
    ("aeltere", "Ältere Menschen"),
]
MUNICIPALITIES = [
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

# Where the places are, for the map view (latitude, longitude): points in the towns' centres
# near such an address, not surveyed. The map itself stays off in the demo (MapSettings empty).
COORDINATES = {
    ("zeitz", "Altmarkt 3"): (51.047800, 12.138300),
    ("zeitz", "Rossmarkt 2"): (51.046400, 12.136200),
    ("zeitz", "Schützenplatz 1"): (51.051200, 12.131800),
    ("zeitz", "Wendische Straße 14"): (51.049300, 12.140700),
    ("weissenfels", "Große Burgstraße 5"): (51.199800, 11.969900),
    ("weissenfels", "Nikolaistraße 12"): (51.198900, 11.967100),
    ("weissenfels", "Friedrichstraße 20"): (51.196600, 11.965800),
    ("naumburg", "Domplatz 8"): (51.154500, 11.804000),
    ("naumburg", "Schönburger Straße 41"): (51.147400, 11.817000),
    ("naumburg", "Lindenring 7"): (51.155200, 11.812600),
    ("hohenmoelsen", "Markt 1"): (51.157300, 12.098500),
    ("luetzen", "Markt 4"): (51.258600, 12.141300),
    ("teuchern", "Bahnhofstraße 9"): (51.120800, 12.023600),
    ("osterfeld", "Am Sportplatz 1"): (51.080300, 11.926200),
    ("elsteraue", "Hauptstraße 30"): (51.082000, 12.176000),
    ("droyssig", "Schlossstraße 2"): (51.043600, 12.028300),
}

# Opening hours: (weekday 0 = Monday, opens, closes).
WEEKDAY_MORNINGS = [(day, "09:00", "12:00") for day in range(5)]
TUESDAY_THURSDAY = [(1, "09:00", "12:00"), (3, "13:00", "17:00")]


def offer(title, topic, languages, audiences=(), **flags):
    return {"title": title, "topic": topic, "languages": languages, "audiences": audiences, **flags}


ORGANISATIONS = [
    {
        "slug": "migrationsberatung-zeitz",
        "title": "Migrationsberatung Zeitz",
        "kind": "counselling",
        "member": True,
        "phone": "03441 100100",
        "email": "mbe-zeitz@example.org",
        "text": "Wir beraten Erwachsene, die neu hier sind, zu Aufenthalt, Arbeit und Alltag.",
        "places": [("Beratungsbüro am Markt", "Altmarkt 3", "06712", "zeitz", TUESDAY_THURSDAY)],
        # Closed on a day soon: an opening hours exception.
        "closed_in_days": 2,
        "offers": [
            offer(
                "Beratung zum Aufenthalt",
                "aufenthalt",
                ["ar", "de", "kmr"],
                ["neu-angekommene"],
                by_phone=True,
                access="both",
            ),
            offer("Hilfe bei Anträgen", "arbeit", ["de", "ru", "uk"], access="walk_in"),
        ],
    },
    {
        "slug": "jugendmigrationsdienst-weissenfels",
        "title": "Jugendmigrationsdienst Weißenfels",
        "kind": "counselling",
        "member": True,
        "phone": "03443 200200",
        "email": "jmd@example.org",
        "text": "Begleitung für junge Menschen von 12 bis 27 Jahren: Schule, Ausbildung, Beruf.",
        "places": [("Jugendhaus", "Große Burgstraße 5", "06667", "weissenfels", WEEKDAY_MORNINGS)],
        "offers": [
            offer(
                "Ausbildung finden",
                "arbeit",
                ["de", "ar", "fa", "prs"],
                ["jugendliche"],
                online=True,
            ),
            offer("Hausaufgabenhilfe", "familie", ["de", "uk"], ["jugendliche"], access="walk_in"),
        ],
    },
    {
        "slug": "frauentreff-naumburg",
        "title": "Frauentreff Naumburg",
        "kind": "club",
        "member": True,
        "email": "frauentreff@example.org",
        "text": "Ein Ort für Frauen aus aller Welt: reden, lernen, Kinder mitbringen.",
        "places": [
            ("Treffpunkt Domplatz", "Domplatz 8", "06618", "naumburg", [(2, "14:00", "17:00")])
        ],
        "offers": [
            offer(
                "Deutschkurs für Frauen mit Kinderbetreuung",
                "sprachkurs",
                ["de", "ar", "ti"],
                ["frauen", "familien"],
            ),
            offer(
                "Frauencafé",
                "freizeit",
                ["de", "fa", "uk", "so"],
                ["frauen"],
                access="walk_in",
                cost="kostenlos, Spenden willkommen",
            ),
        ],
    },
    {
        "slug": "auslaenderbehoerde",
        "title": "Ausländerbehörde des Landkreises",
        "kind": "authority",
        "phone": "03445 300300",
        "website": "https://example.org/auslaenderbehoerde",
        "text": "Aufenthaltstitel, Verlängerungen und Arbeitserlaubnisse; bitte mit Termin.",
        "places": [
            ("Kreisverwaltung", "Schönburger Straße 41", "06618", "naumburg", TUESDAY_THURSDAY)
        ],
        "closed_in_days": 5,
        "offers": [
            offer("Termine für Aufenthaltstitel", "aufenthalt", ["de", "en"], access="appointment")
        ],
    },
    {
        "slug": "jobcenter-hohenmoelsen",
        "title": "Jobcenter, Außenstelle Hohenmölsen",
        "kind": "authority",
        "phone": "034441 40400",
        "text": "Leistungen zum Lebensunterhalt, Vermittlung in Arbeit und Sprachkurse.",
        "places": [("Außenstelle", "Markt 1", "06679", "hohenmoelsen", WEEKDAY_MORNINGS)],
        "offers": [
            offer(
                "Beratung zu Arbeit und Leistungen",
                "arbeit",
                ["de", "ar", "uk", "ru"],
                by_phone=True,
            )
        ],
    },
    {
        "slug": "afghanischer-kulturverein",
        "title": "Afghanischer Kulturverein",
        "kind": "migrant",
        "member": True,
        "messenger": "Signal: 0151 0000 0001",
        "text": "Wir feiern Nouruz, kochen zusammen und helfen Neuen beim Ankommen.",
        "places": [
            ("Vereinsraum", "Nikolaistraße 12", "06667", "weissenfels", [(5, "15:00", "19:00")])
        ],
        "offers": [
            offer(
                "Begleitung zu Ämtern",
                "aufenthalt",
                ["prs", "ps", "fa", "de"],
                ["neu-angekommene"],
                home_visits=True,
            ),
            offer(
                "Kochabend", "freizeit", ["prs", "de"], access="walk_in", cost="5 Euro für Zutaten"
            ),
        ],
    },
    {
        "slug": "ukrainische-gemeinde",
        "title": "Ukrainische Gemeinde im Burgenlandkreis",
        "kind": "migrant",
        "member": True,
        "text": "Selbsthilfe und Begegnung für Menschen aus der Ukraine.",
        "places": [("Gemeindehaus", "Rossmarkt 2", "06712", "zeitz", [(0, "16:00", "19:00")])],
        "offers": [
            offer(
                "Sprechstunde für Neuankommende",
                "aufenthalt",
                ["uk", "ru", "de"],
                ["neu-angekommene"],
                online=True,
            ),
            offer("Kinderclub am Samstag", "familie", ["uk", "de"], ["familien"]),
        ],
    },
    {
        "slug": "volkshochschule",
        "title": "Kreisvolkshochschule",
        "kind": "education",
        "phone": "03443 500500",
        "website": "https://example.org/vhs",
        "text": "Integrationskurse, Alphabetisierung und Berufssprachkurse.",
        "places": [
            ("Haus Weißenfels", "Friedrichstraße 20", "06667", "weissenfels", WEEKDAY_MORNINGS),
            ("Haus Zeitz", "Schützenplatz 1", "06712", "zeitz", TUESDAY_THURSDAY),
        ],
        "offers": [
            offer(
                "Integrationskurs",
                "sprachkurs",
                ["de"],
                ["neu-angekommene"],
                cost="Kostenlos mit Berechtigung des BAMF",
            ),
            offer("Alphabetisierungskurs", "sprachkurs", ["de", "ar", "ti"]),
        ],
    },
    {
        "slug": "sprachschule-luetzen",
        "title": "Sprachschule Lützen",
        "kind": "education",
        "text": "Kleine Gruppen am Abend, für alle, die tagsüber arbeiten.",
        "places": [
            (
                "Schulhaus",
                "Markt 4",
                "06686",
                "luetzen",
                [(1, "17:00", "20:00"), (3, "17:00", "20:00")],
            )
        ],
        "offers": [
            offer(
                "Deutsch am Abend",
                "sprachkurs",
                ["de", "en", "tr"],
                cost="40 Euro im Monat",
                online=True,
            )
        ],
    },
    {
        "slug": "familienzentrum-teuchern",
        "title": "Familienzentrum Teuchern",
        "kind": "counselling",
        "member": True,
        "phone": "034443 60600",
        "text": "Beratung und Treffpunkt für Familien mit kleinen Kindern.",
        "places": [("Familienzentrum", "Bahnhofstraße 9", "06682", "teuchern", WEEKDAY_MORNINGS)],
        "closed_in_days": 1,
        "offers": [
            offer(
                "Elterncafé", "familie", ["de", "ar", "ro", "bg"], ["familien"], access="walk_in"
            ),
            offer("Hebammensprechstunde", "gesundheit", ["de", "en"], ["frauen", "familien"]),
        ],
    },
    {
        "slug": "gesundheitslotsen",
        "title": "Gesundheitslotsen Burgenland",
        "kind": "club",
        "text": "Ehrenamtliche erklären das Gesundheitssystem in vielen Sprachen.",
        "places": [
            ("Stadtteilladen", "Lindenring 7", "06618", "naumburg", [(3, "10:00", "13:00")])
        ],
        "offers": [
            offer(
                "Begleitung zum Arzt",
                "gesundheit",
                ["ar", "fa", "ti", "so", "tr", "de"],
                home_visits=True,
            ),
            offer(
                "Telefonberatung Gesundheit",
                "gesundheit",
                ["ar", "uk", "ru"],
                by_phone=True,
                at_places=False,
            ),
        ],
    },
    {
        "slug": "wohnungsnotfallhilfe",
        "title": "Beratung bei Wohnungsnot",
        "kind": "counselling",
        "phone": "03441 700700",
        "text": "Wenn die Wohnung gekündigt ist oder keine Wohnung in Sicht: wir helfen weiter.",
        "places": [
            (
                "Beratungsstelle",
                "Wendische Straße 14",
                "06712",
                "zeitz",
                [(0, "13:00", "16:00"), (2, "09:00", "12:00")],
            )
        ],
        "offers": [
            offer("Wohnungssuche und Mietfragen", "wohnen", ["de", "ar", "ro"], by_phone=True)
        ],
    },
    {
        "slug": "sportverein-osterfeld",
        "title": "SV Osterfeld, Abteilung Fußball",
        "kind": "club",
        "text": "Jeder kann mitspielen, Schuhe leihen wir.",
        "places": [
            ("Sportplatz", "Am Sportplatz 1", "06721", "osterfeld", [(4, "17:00", "19:00")])
        ],
        "offers": [
            offer(
                "Offenes Training",
                "freizeit",
                ["de", "ar", "fa", "uk"],
                ["jugendliche"],
                access="walk_in",
            )
        ],
    },
    {
        "slug": "seniorentreff-elsteraue",
        "title": "Seniorentreff Elsteraue",
        "kind": "other",
        "text": "Kaffee, Spiele und Gespräche für Ältere, auch mit wenig Deutsch.",
        "places": [
            ("Gemeindezentrum", "Hauptstraße 30", "06729", "elsteraue", [(2, "14:00", "16:00")])
        ],
        "offers": [
            offer("Kaffeenachmittag", "freizeit", ["de", "ru"], ["aeltere"], access="walk_in")
        ],
    },
    {
        "slug": "kirchengemeinde-droyssig",
        "title": "Begegnungscafé Droyßig",
        "kind": "club",
        "text": "Einmal im Monat kochen Alteingesessene und Neuangekommene zusammen.",
        "places": [("Pfarrhaus", "Schlossstraße 2", "06722", "droyssig", [(6, "15:00", "18:00")])],
        "offers": [
            offer(
                "Begegnungscafé",
                "freizeit",
                ["de", "ar", "uk"],
                ["neu-angekommene", "familien"],
                access="walk_in",
            )
        ],
    },
]


TRANSLATIONS = {
    "Wegweiser": {
        "en": "Directory",
        "ar": "دليل الخدمات",
        "fa": "راهنمای خدمات",
        "uk": "Довідник",
        "ru": "Справочник",
        "tr": "Rehber",
    },
    "Wer hilft wo, in welcher Sprache: Beratung, Kurse und Vereine im Landkreis.": {
        "en": "Who helps where, in which language: counselling, courses and clubs in the county.",
        "ar": "من يساعد أين وبأي لغة: استشارات ودورات وجمعيات في المقاطعة.",
        "fa": "چه کسی کجا و به چه زبانی کمک می‌کند: مشاوره، دوره‌ها و انجمن‌ها در شهرستان.",
        "uk": "Хто де допомагає і якою мовою: консультації, курси та об'єднання в окрузі.",
        "ru": "Кто где помогает и на каком языке: консультации, курсы и объединения в районе.",
        "tr": "Kim nerede, hangi dilde yardım ediyor: ilçedeki danışmanlık, kurslar ve dernekler.",
    },
    "Aufenthalt und Asyl": {
        "en": "Residence and asylum",
        "ar": "الإقامة واللجوء",
        "fa": "اقامت و پناهندگی",
        "uk": "Перебування та притулок",
        "ru": "Пребывание и убежище",
        "tr": "Oturum ve iltica",
    },
    "Arbeit und Ausbildung": {
        "en": "Work and training",
        "ar": "العمل والتدريب المهني",
        "fa": "کار و آموزش حرفه‌ای",
        "uk": "Робота та навчання",
        "ru": "Работа и обучение",
        "tr": "İş ve meslek eğitimi",
    },
    "Wohnen": {
        "en": "Housing",
        "ar": "السكن",
        "fa": "مسکن",
        "uk": "Житло",
        "ru": "Жильё",
        "tr": "Konut",
    },
    "Gesundheit": {
        "en": "Health",
        "ar": "الصحة",
        "fa": "سلامت",
        "uk": "Здоров'я",
        "ru": "Здоровье",
        "tr": "Sağlık",
    },
    "Familie und Kinder": {
        "en": "Family and children",
        "ar": "الأسرة والأطفال",
        "fa": "خانواده و کودکان",
        "uk": "Сім'я та діти",
        "ru": "Семья и дети",
        "tr": "Aile ve çocuklar",
    },
    "Sprachkurs": {
        "en": "Language course",
        "ar": "دورة لغة",
        "fa": "دوره زبان",
        "uk": "Мовний курс",
        "ru": "Языковой курс",
        "tr": "Dil kursu",
    },
    "Freizeit und Begegnung": {
        "en": "Leisure and meeting people",
        "ar": "أوقات الفراغ والتعارف",
        "fa": "اوقات فراغت و دیدار",
        "uk": "Дозвілля та зустрічі",
        "ru": "Досуг и встречи",
        "tr": "Boş zaman ve buluşma",
    },
    "Frauen": {
        "en": "Women",
        "ar": "النساء",
        "fa": "زنان",
        "uk": "Жінки",
        "ru": "Женщины",
        "tr": "Kadınlar",
    },
    "Familien": {
        "en": "Families",
        "ar": "العائلات",
        "fa": "خانواده‌ها",
        "uk": "Сім'ї",
        "ru": "Семьи",
        "tr": "Aileler",
    },
    "Jugendliche": {
        "en": "Young people",
        "ar": "الشباب",
        "fa": "نوجوانان",
        "uk": "Молодь",
        "ru": "Молодёжь",
        "tr": "Gençler",
    },
    "Neu Angekommene": {
        "en": "Newcomers",
        "ar": "الوافدون الجدد",
        "fa": "تازه‌واردان",
        "uk": "Новоприбулі",
        "ru": "Новоприбывшие",
        "tr": "Yeni gelenler",
    },
    "Ältere Menschen": {
        "en": "Older people",
        "ar": "كبار السن",
        "fa": "سالمندان",
        "uk": "Літні люди",
        "ru": "Пожилые люди",
        "tr": "Yaşlılar",
    },
}
