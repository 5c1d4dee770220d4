# ruff: noqa: E501 -- long natural-language strings are kept on one line
"""Demo news (data only): categories, authors, the news index and ten posts.

German is the source language. Towns and events are those of the events demo
(eventpages/demo/data.py), documents those of the documents demo; people, associations,
addresses and numbers are fictitious (example.org, …000000). Dates are not fixed: each post
says how many days before the loading day it appeared, so the archive always has several
recent months. Texts name no month or year for the same reason.

TRANSLATIONS maps every translatable German string to its translations, in the format of
home/demo/data.py. Proper names of places and associations stay as they are.
blogpages/demo/checks.py checks that every string is translated.
"""

# Categories, authors and the news index exist in every language.
LANGUAGES = ["en", "ar", "fa", "uk", "ru", "tr"]
# Posts marked "translated" are translated into these; the other languages get aliases.
POST_LANGUAGES = ["en", "ar", "uk"]

CATEGORIES = [
    # slug (the same in every language), German name
    ("aus-dem-netzwerk", "Aus dem Netzwerk"),
    ("foerderprogramme", "Förderprogramme"),
    ("veranstaltungsrueckblick", "Veranstaltungsrückblick"),
    ("sprache-und-bildung", "Sprache und Bildung"),
    ("arbeit-und-ausbildung", "Arbeit und Ausbildung"),
]

# The name stays the same in every language; role and organisation are translated.
AUTHORS = [
    {
        "key": "koordination",
        "name": "Kim Muster",
        "role": "Koordinatorin für Integration",
        "organisation": "Koordinierungsstelle für Integration",
    },
    {
        "key": "mbe",
        "name": "Leyla Musterfrau",
        "role": "Migrationsberatung für Erwachsene",
        "organisation": "Beratungsstelle Naumburg (Beispielträger e. V.)",
    },
    {
        "key": "ikv",
        "name": "Samira Haddad",
        "role": "Vorsitzende",
        "organisation": "Interkultureller Verein Weißenfels e. V.",
    },
    {
        "key": "arbeit",
        "name": "Thomas Weber",
        "role": "Projektleitung",
        "organisation": "Netzwerk Arbeit und Ausbildung Burgenlandkreis",
    },
]

INDEX = {
    "slug": "neuigkeiten",
    "title": "Neuigkeiten",
    "intro": "Nachrichten aus dem Integrationsnetzwerk: neue Angebote, Förderprogramme und Rückblicke auf Veranstaltungen im Burgenlandkreis. Sie können die Neuigkeiten auch als Feed oder per E-Mail in Ihrer Sprache abonnieren.",
}

# A confirmed subscriber, created after the posts are out, so loading the demo mails nobody.
SUBSCRIBER = {"email": "abo@example.org", "language": "ar"}

# "days_ago": the post's date, counted back from the loading day; posts are published oldest
# first. "events" are slugs of German demo events, "documents" titles of public demo documents;
# both are left out quietly when that demo is not there.
POSTS = [
    {
        "slug": "rueckblick-ausbildungsmesse-weissenfels",
        "picture": "werkstatt",
        "days_ago": 110,
        "title": "Ausbildungsmesse in Weißenfels: viele Gespräche, erste Praktikumsplätze",
        "teaser": "Rund 40 Betriebe aus dem Burgenlandkreis stellten sich jungen Menschen vor. Am Stand des Netzwerks halfen Sprachmittlerinnen und Sprachmittler bei den Gesprächen.",
        "body": [
            (
                "paragraph",
                [
                    "Die Ausbildungsmesse in Weißenfels war auch diesmal gut besucht. Rund 40 Betriebe aus Handwerk, Pflege, Logistik und Verwaltung stellten ihre Ausbildungsberufe vor und beantworteten Fragen von Jugendlichen und Eltern.",
                    "Am Stand des Netzwerks Arbeit und Ausbildung haben wir vor allem junge Zugewanderte beraten. Sprachmittlerinnen und Sprachmittler für Arabisch, Dari und Ukrainisch halfen, wenn im Gespräch mit den Betrieben ein Wort fehlte.",
                    "Mehrere Jugendliche haben schon einen Termin für ein Praktikum vereinbart. Wer noch einen Ausbildungsplatz sucht, kann sich weiter an uns wenden: Wir helfen bei der Bewerbung und begleiten auf Wunsch zum Vorstellungsgespräch.",
                ],
            ),
        ],
        "authors": ["arbeit"],
        "categories": ["veranstaltungsrueckblick", "arbeit-und-ausbildung"],
        "tags": ["Ausbildung", "Jugendliche", "Weißenfels"],
    },
    {
        "slug": "kleinprojektefonds-begegnung",
        "picture": "garten",
        "days_ago": 88,
        "title": "Kleinprojektefonds: bis zu 500 Euro für Begegnungsprojekte",
        "teaser": "Vereine, Initiativen und Nachbarschaftsgruppen können beim Netzwerk einen Zuschuss für kleine Projekte beantragen, die Menschen im Landkreis zusammenbringen.",
        "body": [
            (
                "paragraph",
                [
                    "Ein Kochabend im Dorfgemeinschaftshaus, ein Ausflug mit neuen Nachbarinnen und Nachbarn, Material für eine Spielgruppe: Oft fehlt für eine gute Idee nur ein kleiner Betrag. Dafür gibt es den Kleinprojektefonds des Netzwerks.",
                    "Gefördert werden Sachkosten wie Lebensmittel, Fahrtkosten, Raummiete oder Material, mit bis zu 500 Euro je Projekt. Anträge stellen können gemeinnützige Vereine und Initiativen aus dem Burgenlandkreis, auch kleine Gruppen ohne eigenen Verein, wenn ein Mitglied des Netzwerks sie unterstützt.",
                    "Der Antrag passt auf eine Seite: Was haben Sie vor, wer macht mit, was kostet es? Die Koordinierungsstelle berät Sie gern vorher, per E-Mail an integration@example.org oder telefonisch unter 03445 000000.",
                ],
            ),
        ],
        "authors": ["koordination"],
        "categories": ["foerderprogramme", "aus-dem-netzwerk"],
        "tags": ["Förderung", "Vereine", "Ehrenamt"],
    },
    {
        "slug": "rueckblick-interkulturelle-woche",
        "picture": "fest",
        "days_ago": 64,
        "title": "Rückblick: die Interkulturelle Woche im Burgenlandkreis",
        "teaser": "Ein Eröffnungsfest, ein Kochabend, ein Fußballturnier und viele Begegnungen: Eine Woche lang haben Vereine und Initiativen im ganzen Landkreis gezeigt, wie vielfältig unser Zusammenleben ist.",
        "body": [
            (
                "paragraph",
                [
                    "Zum Auftakt kamen mehrere hundert Menschen zum Eröffnungsfest nach Weißenfels. Vereine stellten sich vor, Kinder bastelten und tanzten, und am Abend spielte eine Band aus Zeitz.",
                    "Beim Kochabend in Naumburg standen Frauen aus Syrien, Afghanistan und der Ukraine gemeinsam mit Nachbarinnen aus der Stadt am Herd. Die Rezepte wollen wir bald als kleines Heft herausgeben.",
                ],
            ),
            (
                "quote",
                {
                    "text": "An einem Abend habe ich mehr Menschen aus meiner Stadt kennengelernt als im ganzen Jahr davor.",
                    "attribution": "Eine Teilnehmerin des Kochabends",
                },
            ),
            (
                "paragraph",
                [
                    "Das Fußballturnier in Osterfeld gewann eine gemischte Mannschaft aus Spielern des Sportvereins und Jugendlichen aus der Gemeinschaftsunterkunft. Allen, die mitgemacht, organisiert und geholfen haben: herzlichen Dank!",
                ],
            ),
        ],
        "authors": ["ikv"],
        "categories": ["veranstaltungsrueckblick", "aus-dem-netzwerk"],
        "tags": ["Interkulturelle Woche", "Begegnung"],
    },
    {
        "slug": "sprachcafe-naumburg-donnerstags",
        "picture": "sprachcafe",
        "days_ago": 45,
        "translated": True,
        "title": "Sprachcafé Naumburg: jetzt jeden Donnerstag im Mehrgenerationenhaus",
        "teaser": "Das Sprachcafé hat einen neuen Treffpunkt und einen festen Termin: jeden Donnerstag von 18 bis 20 Uhr im Mehrgenerationenhaus Naumburg. Eine Anmeldung ist nicht nötig.",
        "body": [
            (
                "paragraph",
                [
                    "Seit einigen Wochen trifft sich das Sprachcafé der Sprachbrücke Naumburg im Mehrgenerationenhaus in der Weißenfelser Straße. Der Raum ist größer, der Eingang ist ebenerdig, und im Nebenraum können Kinder spielen.",
                    "Wer Deutsch lernt, kann hier ohne Druck sprechen üben: über den Alltag, die Arbeit oder das Wochenende. Ehrenamtliche helfen, wenn ein Wort fehlt. Viele von ihnen sprechen auch Arabisch, Persisch, Ukrainisch oder Russisch.",
                    "Wir suchen weitere Ehrenamtliche, die Zeit und Geduld mitbringen. Kenntnisse in einer anderen Sprache brauchen Sie nicht. Kommen Sie einfach an einem Donnerstag vorbei und lernen Sie uns kennen.",
                ],
            ),
        ],
        "authors": ["koordination"],
        "categories": ["sprache-und-bildung", "aus-dem-netzwerk"],
        "tags": ["Sprachcafé", "Naumburg", "Ehrenamt"],
        "events": ["sprachcafe-naumburg"],
    },
    {
        "slug": "beratung-zeitz-erster-dienstag",
        "days_ago": 33,
        "translated": True,
        "title": "Beratung in Zeitz: offene Sprechstunde an jedem ersten Dienstag im Monat",
        "teaser": "Fragen zu Aufenthalt, Briefen von Ämtern oder zur Wohnung? Die Migrationsberatung Zeitz bietet an jedem ersten Dienstag im Monat eine Sprechstunde ohne Termin an.",
        "body": [
            (
                "paragraph",
                [
                    "Die Migrationsberatung Zeitz berät ab sofort an jedem ersten Dienstag im Monat von 10 bis 12 Uhr im Bürgerzentrum am Altmarkt. Sie können ohne Termin kommen. Die Beratung ist kostenlos und vertraulich.",
                    "Bringen Sie bitte Ihre Unterlagen mit, zum Beispiel Briefe vom Amt, Bescheide oder Ihren Aufenthaltstitel. Die Beraterinnen erklären, was darin steht, und helfen beim Ausfüllen von Anträgen.",
                    "Wenn Sie eine Dolmetscherin oder einen Dolmetscher brauchen, sagen Sie uns bitte einige Tage vorher, welche Sprache Sie sprechen. Das Bürgerzentrum erreichen Sie stufenlos über den Seiteneingang im Hof.",
                ],
            ),
        ],
        "authors": ["mbe"],
        "categories": ["aus-dem-netzwerk"],
        "tags": ["Beratung", "Zeitz"],
        "events": ["beratungssprechstunde-zeitz"],
    },
    {
        "slug": "rueckblick-netzwerktreffen-naumburg",
        "picture": "rathaus",
        "days_ago": 20,
        "title": "Rückblick: Netzwerktreffen Integration in Naumburg",
        "teaser": "Gut 30 Partnerinnen und Partner aus Beratung, Vereinen, Schulen und Verwaltung trafen sich im Mehrgenerationenhaus Naumburg, einige waren online dabei.",
        "body": [
            (
                "paragraph",
                [
                    "Die Beratungsstellen berichteten von vielen Fragen zur Anerkennung von Berufsabschlüssen und zur Suche nach Kita-Plätzen. Mehrere Partner wollen ihre Sprechstunden deshalb besser aufeinander abstimmen.",
                    "Der Dolmetscherpool des Netzwerks wächst: Inzwischen stehen Ehrenamtliche für zwölf Sprachen bereit. Mitglieder können über die Koordinierungsstelle eine Sprachmittlung für Beratungsgespräche und Elternabende anfragen.",
                    "Das Protokoll finden Mitglieder wie immer im Mitgliederbereich. Das nächste Treffen ist in drei Monaten; die Einladung kommt rechtzeitig per E-Mail.",
                ],
            ),
        ],
        "authors": ["koordination"],
        "categories": ["veranstaltungsrueckblick", "aus-dem-netzwerk"],
        "tags": ["Netzwerktreffen", "Naumburg"],
        "events": ["netzwerktreffen-naumburg"],
    },
    {
        "slug": "anerkennung-berufsabschluss-infoabende",
        "days_ago": 14,
        "translated": True,
        "title": "Berufsabschluss aus dem Ausland: Infoabende zur Anerkennung",
        "teaser": "Wer im Ausland einen Beruf gelernt oder studiert hat, kann den Abschluss in Deutschland anerkennen lassen. Vier Online-Infoabende und eine Veranstaltung in Hohenmölsen erklären, wie das geht.",
        "body": [
            (
                "paragraph",
                [
                    "Viele Menschen im Burgenlandkreis arbeiten unter ihrer Qualifikation, weil ihr Abschluss in Deutschland nicht anerkannt ist. Dabei lohnt sich der Antrag oft: Mit der Anerkennung finden Sie leichter eine Arbeit, die zu Ihrer Ausbildung passt, und verdienen meist mehr.",
                    "An vier Abenden erklären wir online, welche Stelle für Ihren Beruf zuständig ist, welche Unterlagen Sie brauchen und welche Kosten übernommen werden können. Jeder Abend hat dasselbe Programm, und es bleibt Zeit für Ihre Fragen.",
                    "Wer lieber persönlich kommt: Bei der Informationsveranstaltung „Wege in Arbeit und Ausbildung“ in Hohenmölsen beraten wir ebenfalls zur Anerkennung. Dort sind auch Dolmetscherinnen für Arabisch, Ukrainisch und Russisch vor Ort.",
                ],
            ),
        ],
        "authors": ["arbeit", "koordination"],
        "categories": ["arbeit-und-ausbildung"],
        "tags": ["Anerkennung", "Beruf"],
        "events": ["online-infoabend-anerkennung", "wege-in-arbeit-hohenmoelsen"],
    },
    {
        "slug": "interkulturelles-fest-staende-gesucht",
        "picture": "kochen",
        "days_ago": 9,
        "title": "Interkulturelles Fest in Weißenfels: Vereine für Stände gesucht",
        "teaser": "Musik, Tanz und Essen aus vielen Ländern auf dem Marktplatz: Für das Interkulturelle Fest suchen wir noch Vereine und Gruppen, die mit einem Stand dabei sein möchten.",
        "body": [
            (
                "paragraph",
                [
                    "Das Interkulturelle Fest auf dem Marktplatz Weißenfels ist jedes Mal ein Höhepunkt im Jahr des Netzwerks. Vereine und Nachbarschaften kochen Spezialitäten aus ihrer Heimat, auf der Bühne spielen Bands aus der Region, und für Kinder gibt es Spiele und eine Hüpfburg.",
                    "Sie möchten Ihren Verein vorstellen, etwas zu essen anbieten oder eine Mitmachaktion für Kinder gestalten? Melden Sie sich bis spätestens drei Wochen vor dem Fest bei der Koordinierungsstelle. Tische, Bänke und Strom stellen wir.",
                    "Für Lebensmittel gelten die üblichen Hygieneregeln. Ein Merkblatt dazu schicken wir Ihnen mit der Bestätigung Ihrer Anmeldung.",
                ],
            ),
        ],
        "authors": ["ikv"],
        "categories": ["aus-dem-netzwerk"],
        "tags": ["Fest", "Weißenfels", "Vereine"],
        "events": ["interkulturelles-fest-weissenfels"],
    },
    {
        "slug": "uebersicht-sprachkurse",
        "picture": "buecher",
        "days_ago": 5,
        "title": "Neue Übersicht: Sprachkurse im Burgenlandkreis",
        "teaser": "Wo gibt es einen Integrationskurs mit Kinderbetreuung, wo einen Berufssprachkurs am Abend? Unsere aktualisierte Übersicht zeigt alle Kurse nach Ort, Niveau und Uhrzeit.",
        "body": [
            (
                "paragraph",
                [
                    "Die Kursträger im Landkreis haben uns ihre Angebote für die nächsten Monate gemeldet. In der Übersicht finden Sie Integrationskurse, Berufssprachkurse und Alltagskurse in Naumburg, Weißenfels, Zeitz, Hohenmölsen und Teuchern.",
                    "Bei jedem Kurs steht, welches Sprachniveau er voraussetzt, wann er stattfindet und ob es eine Kinderbetreuung gibt. Sie können die Übersicht unten herunterladen und ausdrucken.",
                    "Sie wissen nicht, welcher Kurs der richtige ist, oder brauchen eine Berechtigung für den Integrationskurs? Die Migrationsberatungen helfen Ihnen weiter.",
                ],
            ),
        ],
        "authors": ["mbe"],
        "categories": ["sprache-und-bildung"],
        "tags": ["Sprachkurs", "Integrationskurs"],
        "documents": ["Übersicht Sprachkurse im Burgenlandkreis"],
    },
    {
        "slug": "fahrtkostenzuschuss-ehrenamt",
        "days_ago": 2,
        "translated": True,
        "title": "Fahrtkostenzuschuss für Ehrenamtliche: So stellen Sie den Antrag",
        "teaser": "Wer sich ehrenamtlich im Netzwerk engagiert, bekommt Fahrtkosten erstattet: 30 Cent pro Kilometer, bis zu 50 Euro im Monat. Das Antragsformular und die Abrechnung finden Sie hier.",
        "body": [
            (
                "paragraph",
                [
                    "Viele Ehrenamtliche fahren mit dem eigenen Auto zum Sprachcafé oder zur Hausaufgabenhilfe oder begleiten Menschen zu Terminen bei Ämtern. Gerade in den Dörfern des Landkreises sind die Wege oft weit. Deshalb erstattet das Netzwerk diese Fahrten.",
                    "Sie bekommen 30 Cent pro gefahrenem Kilometer, höchstens 50 Euro im Monat. Den Antrag auf Fahrtkostenzuschuss stellen Sie nur einmal. Danach tragen Sie Ihre Fahrten jeden Monat in die Abrechnungstabelle ein und schicken sie an die Koordinierungsstelle.",
                ],
            ),
            (
                "info_box",
                {
                    "kind": "note",
                    "title": "Bitte beachten",
                    "text": [
                        "Reichen Sie die Abrechnung spätestens drei Monate nach der Fahrt ein. Fahrten mit Bus und Bahn erstatten wir gegen Vorlage der Fahrkarte.",
                    ],
                },
            ),
        ],
        "authors": ["koordination"],
        "categories": ["foerderprogramme", "aus-dem-netzwerk"],
        "tags": ["Ehrenamt", "Fahrtkosten"],
        "documents": [
            "Antrag Fahrtkostenzuschuss für Ehrenamtliche",
            "Fahrtkosten-Abrechnung",
        ],
    },
]

TRANSLATIONS = {
    # ================================================================== Categories
    "Aus dem Netzwerk": {
        "en": "From the network",
        "ar": "من أخبار الشبكة",
        "fa": "خبرهای شبکه",
        "uk": "Новини мережі",
        "ru": "Новости сети",
        "tr": "Ağdan haberler",
    },
    "Förderprogramme": {
        "en": "Funding programmes",
        "ar": "برامج التمويل",
        "fa": "برنامه‌های حمایت مالی",
        "uk": "Програми фінансування",
        "ru": "Программы финансирования",
        "tr": "Destek programları",
    },
    "Veranstaltungsrückblick": {
        "en": "Event reports",
        "ar": "تقارير عن الفعاليات",
        "fa": "گزارش رویدادها",
        "uk": "Огляди заходів",
        "ru": "Отчёты о мероприятиях",
        "tr": "Etkinliklerden izlenimler",
    },
    "Sprache und Bildung": {
        "en": "Language and education",
        "ar": "اللغة والتعليم",
        "fa": "زبان و آموزش",
        "uk": "Мова та освіта",
        "ru": "Язык и образование",
        "tr": "Dil ve eğitim",
    },
    "Arbeit und Ausbildung": {
        "en": "Work and vocational training",
        "ar": "العمل والتدريب المهني",
        "fa": "کار و آموزش حرفه‌ای",
        "uk": "Робота й професійне навчання",
        "ru": "Работа и профессиональное обучение",
        "tr": "İş ve meslek eğitimi",
    },
    # ================================================================== Authors
    "Koordinatorin für Integration": {
        "en": "Integration coordinator",
        "ar": "منسّقة شؤون الاندماج",
        "fa": "هماهنگ‌کننده امور ادغام",
        "uk": "Координаторка з питань інтеграції",
        "ru": "Координатор по вопросам интеграции",
        "tr": "Entegrasyon koordinatörü",
    },
    "Koordinierungsstelle für Integration": {
        "en": "Coordination Office for Integration",
        "ar": "مكتب تنسيق الاندماج",
        "fa": "دفتر هماهنگی ادغام",
        "uk": "Координаційний центр з питань інтеграції",
        "ru": "Координационный центр по вопросам интеграции",
        "tr": "Entegrasyon Koordinasyon Birimi",
    },
    "Migrationsberatung für Erwachsene": {
        "en": "Migration counselling for adults",
        "ar": "استشارة الهجرة للبالغين",
        "fa": "مشاوره مهاجرت برای بزرگسالان",
        "uk": "Міграційна консультація для дорослих",
        "ru": "Миграционная консультация для взрослых",
        "tr": "Yetişkinler için göç danışmanlığı",
    },
    "Beratungsstelle Naumburg (Beispielträger e. V.)": {
        "en": "Naumburg counselling centre (Beispielträger e. V.)",
        "ar": "مركز الاستشارة في ناومبورغ (Beispielträger e. V.)",
        "fa": "مرکز مشاوره ناومبورگ (Beispielträger e. V.)",
        "uk": "Консультаційний центр у Наумбурзі (Beispielträger e. V.)",
        "ru": "Консультационный центр в Наумбурге (Beispielträger e. V.)",
        "tr": "Naumburg Danışma Merkezi (Beispielträger e. V.)",
    },
    "Vorsitzende": {
        "en": "Chair",
        "ar": "رئيسة الجمعية",
        "fa": "رئیس انجمن",
        "uk": "Голова товариства",
        "ru": "Председатель общества",
        "tr": "Dernek başkanı",
    },
    "Interkultureller Verein Weißenfels e. V.": {
        "en": "Intercultural Association Weißenfels (Interkultureller Verein Weißenfels e. V.)",
        "ar": "الجمعية متعددة الثقافات في فايسنفلس (Interkultureller Verein Weißenfels e. V.)",
        "fa": "انجمن بین‌فرهنگی وایسنفلس (Interkultureller Verein Weißenfels e. V.)",
        "uk": "Міжкультурне товариство Вайсенфельса (Interkultureller Verein Weißenfels e. V.)",
        "ru": "Межкультурное общество Вайсенфельса (Interkultureller Verein Weißenfels e. V.)",
        "tr": "Weißenfels Kültürlerarası Derneği (Interkultureller Verein Weißenfels e. V.)",
    },
    "Projektleitung": {
        "en": "Project lead",
        "ar": "إدارة المشروع",
        "fa": "مدیریت پروژه",
        "uk": "Керівник проєкту",
        "ru": "Руководитель проекта",
        "tr": "Proje yöneticisi",
    },
    "Netzwerk Arbeit und Ausbildung Burgenlandkreis": {
        "en": "Burgenlandkreis Work and Training Network",
        "ar": "شبكة العمل والتدريب المهني في بورغنلاندكرايس",
        "fa": "شبکه کار و آموزش حرفه‌ای بورگن‌لاندکرایس",
        "uk": "Мережа «Робота й професійне навчання» Бургенландкрайсу",
        "ru": "Сеть «Работа и профессиональное обучение» Бургенландкрайса",
        "tr": "Burgenlandkreis İş ve Meslek Eğitimi Ağı",
    },
    # ================================================================== Index
    "Neuigkeiten": {
        "en": "News",
        "ar": "الأخبار",
        "fa": "اخبار",
        "uk": "Новини",
        "ru": "Новости",
        "tr": "Haberler",
    },
    "Nachrichten aus dem Integrationsnetzwerk: neue Angebote, Förderprogramme und Rückblicke auf Veranstaltungen im Burgenlandkreis. Sie können die Neuigkeiten auch als Feed oder per E-Mail in Ihrer Sprache abonnieren.": {
        "en": "News from the integration network: new services, funding programmes and reports on events in the Burgenlandkreis. You can also subscribe to the news as a feed or by e-mail, in your language.",
        "ar": "أخبار من شبكة الاندماج: عروض جديدة وبرامج تمويل وتقارير عن الفعاليات في بورغنلاندكرايس. يمكنك أيضًا الاشتراك في الأخبار عبر خلاصة الأخبار (Feed) أو بالبريد الإلكتروني بلغتك.",
        "fa": "اخبار شبکه ادغام: خدمات تازه، برنامه‌های حمایت مالی و گزارش رویدادها در بورگن‌لاندکرایس. می‌توانید اخبار را به زبان خودتان از طریق فید یا ایمیل هم دریافت کنید.",
        "uk": "Новини інтеграційної мережі: нові пропозиції, програми фінансування та огляди заходів у Бургенландкрайсі. Ви також можете підписатися на новини своєю мовою через стрічку (feed) або електронною поштою.",
        "ru": "Новости интеграционной сети: новые предложения, программы финансирования и отчёты о мероприятиях в Бургенландкрайсе. Вы также можете подписаться на новости на своём языке через ленту (feed) или по электронной почте.",
        "tr": "Entegrasyon ağından haberler: Burgenlandkreis'teki yeni hizmetler, destek programları ve etkinliklerden izlenimler. Haberlere kendi dilinizde haber akışı (feed) ya da e-posta ile de abone olabilirsiniz.",
    },
    # ================================================================== Sprachcafé Naumburg
    "Sprachcafé Naumburg: jetzt jeden Donnerstag im Mehrgenerationenhaus": {
        "en": "Language Café Naumburg: now every Thursday at the Mehrgenerationenhaus",
        "ar": "مقهى اللغة في ناومبورغ: الآن كل يوم خميس في بيت الأجيال",
        "uk": "Мовне кафе в Наумбурзі: тепер щочетверга в Домі поколінь",
    },
    "Das Sprachcafé hat einen neuen Treffpunkt und einen festen Termin: jeden Donnerstag von 18 bis 20 Uhr im Mehrgenerationenhaus Naumburg. Eine Anmeldung ist nicht nötig.": {
        "en": "The Language Café has a new meeting place and a regular time: every Thursday from 6 to 8 pm at the Mehrgenerationenhaus (multi-generation house) in Naumburg. You do not need to register.",
        "ar": "لمقهى اللغة مكان لقاء جديد وموعد ثابت: كل يوم خميس من الساعة السادسة حتى الثامنة مساءً في بيت الأجيال (Mehrgenerationenhaus) في ناومبورغ. لا حاجة إلى التسجيل.",
        "uk": "Мовне кафе має нове місце зустрічей і постійний час: щочетверга з 18:00 до 20:00 у Домі поколінь (Mehrgenerationenhaus) у Наумбурзі. Реєстрація не потрібна.",
    },
    "Seit einigen Wochen trifft sich das Sprachcafé der Sprachbrücke Naumburg im Mehrgenerationenhaus in der Weißenfelser Straße. Der Raum ist größer, der Eingang ist ebenerdig, und im Nebenraum können Kinder spielen.": {
        "en": "For a few weeks now, the Language Café run by Sprachbrücke Naumburg has been meeting at the Mehrgenerationenhaus on Weißenfelser Straße. The room is bigger, the entrance is step-free, and children can play in the room next door.",
        "ar": "منذ بضعة أسابيع يلتقي مقهى اللغة التابع لجمعية Sprachbrücke Naumburg في بيت الأجيال في شارع Weißenfelser Straße. القاعة أوسع، والمدخل بلا درجات، ويستطيع الأطفال اللعب في الغرفة المجاورة.",
        "uk": "Уже кілька тижнів мовне кафе товариства Sprachbrücke Naumburg збирається в Домі поколінь на вулиці Weißenfelser Straße. Приміщення більше, вхід без сходинок, а в сусідній кімнаті можуть гратися діти.",
    },
    "Wer Deutsch lernt, kann hier ohne Druck sprechen üben: über den Alltag, die Arbeit oder das Wochenende. Ehrenamtliche helfen, wenn ein Wort fehlt. Viele von ihnen sprechen auch Arabisch, Persisch, Ukrainisch oder Russisch.": {
        "en": "If you are learning German, you can practise speaking here without pressure: about everyday life, work or the weekend. Volunteers help when a word is missing. Many of them also speak Arabic, Persian, Ukrainian or Russian.",
        "ar": "من يتعلم الألمانية يستطيع هنا أن يتدرب على الكلام دون ضغط: عن الحياة اليومية أو العمل أو عطلة نهاية الأسبوع. ويساعد المتطوعون والمتطوعات عندما تغيب عنك كلمة. وكثيرون منهم يتحدثون أيضًا العربية أو الفارسية أو الأوكرانية أو الروسية.",
        "uk": "Хто вивчає німецьку, може тут без напруги практикувати розмову: про повсякденне життя, роботу чи вихідні. Волонтери допоможуть, якщо бракує слова. Багато з них також говорять арабською, перською, українською або російською.",
    },
    "Wir suchen weitere Ehrenamtliche, die Zeit und Geduld mitbringen. Kenntnisse in einer anderen Sprache brauchen Sie nicht. Kommen Sie einfach an einem Donnerstag vorbei und lernen Sie uns kennen.": {
        "en": "We are looking for more volunteers with time and patience. You do not need to know another language. Just drop in on a Thursday and get to know us.",
        "ar": "نبحث عن مزيد من المتطوعين والمتطوعات ممن لديهم الوقت والصبر. لا يلزمك إتقان لغة أخرى. تفضّل بزيارتنا في أي يوم خميس وتعرّف علينا.",
        "uk": "Ми шукаємо нових волонтерів, які мають час і терпіння. Знати іншу мову не обов’язково. Просто приходьте в будь-який четвер і познайомтеся з нами.",
    },
    # ================================================================== Beratung Zeitz
    "Beratung in Zeitz: offene Sprechstunde an jedem ersten Dienstag im Monat": {
        "en": "Advice in Zeitz: drop-in hours on the first Tuesday of every month",
        "ar": "الاستشارة في تسايتس: ساعات استشارة مفتوحة في أول يوم ثلاثاء من كل شهر",
        "uk": "Консультації в Цайці: прийом без запису в перший вівторок кожного місяця",
    },
    "Fragen zu Aufenthalt, Briefen von Ämtern oder zur Wohnung? Die Migrationsberatung Zeitz bietet an jedem ersten Dienstag im Monat eine Sprechstunde ohne Termin an.": {
        "en": "Questions about your residence status, letters from public offices or your flat? The migration counselling service in Zeitz offers drop-in hours on the first Tuesday of every month, no appointment needed.",
        "ar": "هل لديك أسئلة عن الإقامة أو رسائل الدوائر الرسمية أو السكن؟ يقدّم مركز استشارة الهجرة في تسايتس في أول يوم ثلاثاء من كل شهر ساعات استشارة دون موعد مسبق.",
        "uk": "Маєте питання про перебування, листи від установ чи житло? Міграційна консультація в Цайці в перший вівторок кожного місяця приймає без попереднього запису.",
    },
    "Die Migrationsberatung Zeitz berät ab sofort an jedem ersten Dienstag im Monat von 10 bis 12 Uhr im Bürgerzentrum am Altmarkt. Sie können ohne Termin kommen. Die Beratung ist kostenlos und vertraulich.": {
        "en": "From now on, the migration counselling service in Zeitz gives advice on the first Tuesday of every month from 10 am to 12 noon at the Bürgerzentrum (community centre) on the Altmarkt. You can come without an appointment. The advice is free and confidential.",
        "ar": "يقدّم مركز استشارة الهجرة في تسايتس اعتبارًا من الآن استشاراته في أول يوم ثلاثاء من كل شهر من الساعة العاشرة حتى الثانية عشرة ظهرًا في المركز المجتمعي (Bürgerzentrum) في ساحة Altmarkt. يمكنك الحضور دون موعد. الاستشارة مجانية وسرية.",
        "uk": "Відтепер міграційна консультація в Цайці приймає в перший вівторок кожного місяця з 10:00 до 12:00 у громадському центрі (Bürgerzentrum) на площі Altmarkt. Приходити можна без запису. Консультація безкоштовна й конфіденційна.",
    },
    "Bringen Sie bitte Ihre Unterlagen mit, zum Beispiel Briefe vom Amt, Bescheide oder Ihren Aufenthaltstitel. Die Beraterinnen erklären, was darin steht, und helfen beim Ausfüllen von Anträgen.": {
        "en": "Please bring your documents with you, for example letters from public offices, official decisions or your residence permit. The advisers explain what they say and help you fill in applications.",
        "ar": "يُرجى إحضار أوراقك معك، مثل رسائل الدوائر الرسمية أو القرارات الإدارية أو تصريح إقامتك. تشرح لك المستشارات ما ورد فيها، ويساعدنك في تعبئة الطلبات.",
        "uk": "Будь ласка, візьміть із собою документи, наприклад листи від установ, рішення чи ваш дозвіл на проживання. Консультантки пояснять, що в них написано, і допоможуть заповнити заяви.",
    },
    "Wenn Sie eine Dolmetscherin oder einen Dolmetscher brauchen, sagen Sie uns bitte einige Tage vorher, welche Sprache Sie sprechen. Das Bürgerzentrum erreichen Sie stufenlos über den Seiteneingang im Hof.": {
        "en": "If you need an interpreter, please tell us a few days in advance which language you speak. There is step-free access to the Bürgerzentrum through the side entrance in the courtyard.",
        "ar": "إذا كنت بحاجة إلى مترجم أو مترجمة، فيُرجى إبلاغنا قبل بضعة أيام باللغة التي تتحدثها. يمكنك الوصول إلى المركز المجتمعي دون درجات عبر المدخل الجانبي في الفناء.",
        "uk": "Якщо вам потрібен перекладач або перекладачка, будь ласка, повідомте нам за кілька днів, якою мовою ви розмовляєте. До громадського центру можна потрапити без сходинок через бічний вхід у дворі.",
    },
    # ================================================================== Anerkennung
    "Berufsabschluss aus dem Ausland: Infoabende zur Anerkennung": {
        "en": "Qualifications from abroad: information evenings on recognition",
        "ar": "شهادات مهنية من الخارج: أمسيات معلومات حول الاعتراف بها",
        "uk": "Професійна освіта з-за кордону: інформаційні вечори про визнання",
    },
    "Wer im Ausland einen Beruf gelernt oder studiert hat, kann den Abschluss in Deutschland anerkennen lassen. Vier Online-Infoabende und eine Veranstaltung in Hohenmölsen erklären, wie das geht.": {
        "en": "If you trained for a profession or studied abroad, you can have your qualification recognised in Germany. Four online information evenings and an event in Hohenmölsen explain how.",
        "ar": "من تعلّم مهنة أو درس في الخارج يمكنه أن يطلب الاعتراف بشهادته في ألمانيا. أربع أمسيات معلومات عبر الإنترنت وفعالية في هوهنمولزن تشرح كيف يتم ذلك.",
        "uk": "Якщо ви здобули професію або навчалися за кордоном, ваш диплом можна визнати в Німеччині. Чотири онлайн-вечори та захід у Гоенмельзені пояснять, як це зробити.",
    },
    "Viele Menschen im Burgenlandkreis arbeiten unter ihrer Qualifikation, weil ihr Abschluss in Deutschland nicht anerkannt ist. Dabei lohnt sich der Antrag oft: Mit der Anerkennung finden Sie leichter eine Arbeit, die zu Ihrer Ausbildung passt, und verdienen meist mehr.": {
        "en": "Many people in the Burgenlandkreis work below their qualifications because their degree or certificate is not recognised in Germany. Yet applying is often worthwhile: with recognition, it is easier to find work that matches your training, and you usually earn more.",
        "ar": "كثير من الناس في بورغنلاندكرايس يعملون في وظائف أدنى من مؤهلاتهم، لأن شهاداتهم غير معترف بها في ألمانيا. مع أن تقديم الطلب يستحق العناء في أغلب الأحيان: فمع الاعتراف تجد بسهولة أكبر عملًا يناسب تأهيلك، وتحصل في الغالب على أجر أعلى.",
        "uk": "Багато людей у Бургенландкрайсі працюють нижче своєї кваліфікації, бо їхній диплом не визнано в Німеччині. А подати заяву часто варто: з визнанням легше знайти роботу за фахом, і зазвичай ви заробляєте більше.",
    },
    "An vier Abenden erklären wir online, welche Stelle für Ihren Beruf zuständig ist, welche Unterlagen Sie brauchen und welche Kosten übernommen werden können. Jeder Abend hat dasselbe Programm, und es bleibt Zeit für Ihre Fragen.": {
        "en": "On four evenings we explain online which authority is responsible for your profession, which documents you need and which costs can be covered. Every evening has the same programme, and there is time for your questions.",
        "ar": "نشرح عبر الإنترنت على مدى أربع أمسيات أيّ جهة مسؤولة عن مهنتك، وما الأوراق التي تحتاجها، وما التكاليف التي يمكن تغطيتها. برنامج كل أمسية هو نفسه، ويبقى وقت لأسئلتكم.",
        "uk": "Протягом чотирьох вечорів ми онлайн пояснюємо, яка установа відповідає за вашу професію, які документи потрібні і які витрати можуть бути покриті. Програма щоразу однакова, і залишається час на ваші запитання.",
    },
    "Wer lieber persönlich kommt: Bei der Informationsveranstaltung „Wege in Arbeit und Ausbildung“ in Hohenmölsen beraten wir ebenfalls zur Anerkennung. Dort sind auch Dolmetscherinnen für Arabisch, Ukrainisch und Russisch vor Ort.": {
        "en": "If you prefer to come in person: at the information event “Pathways into Work and Training” in Hohenmölsen we also give advice on recognition. Interpreters for Arabic, Ukrainian and Russian will be there too.",
        "ar": "ومن يفضّل الحضور شخصيًا: نقدّم الاستشارة حول الاعتراف أيضًا في الفعالية الإعلامية «طرق إلى العمل والتدريب المهني» في هوهنمولزن. وستحضر هناك أيضًا مترجمات للعربية والأوكرانية والروسية.",
        "uk": "Якщо вам зручніше прийти особисто: на інформаційному заході «Шляхи до роботи та професійного навчання» в Гоенмельзені ми також консультуємо щодо визнання. Там будуть і перекладачки з арабської, української та російської.",
    },
    # ================================================================== Fahrtkostenzuschuss
    "Fahrtkostenzuschuss für Ehrenamtliche: So stellen Sie den Antrag": {
        "en": "Travel allowance for volunteers: how to apply",
        "ar": "بدل تكاليف التنقل للمتطوعين: هكذا تقدّم الطلب",
        "uk": "Компенсація проїзду для волонтерів: як подати заяву",
    },
    "Wer sich ehrenamtlich im Netzwerk engagiert, bekommt Fahrtkosten erstattet: 30 Cent pro Kilometer, bis zu 50 Euro im Monat. Das Antragsformular und die Abrechnung finden Sie hier.": {
        "en": "If you volunteer in the network, you can claim back your travel costs: 30 cents per kilometre, up to 50 euros a month. You will find the application form and the claim sheet here.",
        "ar": "من يتطوع في الشبكة تُعوَّض له تكاليف التنقل: 30 سنتًا عن كل كيلومتر، وحتى 50 يورو في الشهر. تجد هنا استمارة الطلب وجدول الحساب.",
        "uk": "Якщо ви волонтерите в мережі, вам відшкодують витрати на проїзд: 30 центів за кілометр, до 50 євро на місяць. Бланк заяви та таблицю для розрахунку ви знайдете тут.",
    },
    "Viele Ehrenamtliche fahren mit dem eigenen Auto zum Sprachcafé oder zur Hausaufgabenhilfe oder begleiten Menschen zu Terminen bei Ämtern. Gerade in den Dörfern des Landkreises sind die Wege oft weit. Deshalb erstattet das Netzwerk diese Fahrten.": {
        "en": "Many volunteers drive their own cars to the language café or the homework club, or accompany people to appointments at public offices. In the county's villages especially, distances are often long. That is why the network pays for these journeys.",
        "ar": "كثير من المتطوعين يقودون سياراتهم الخاصة إلى مقهى اللغة أو إلى المساعدة في الواجبات المدرسية، أو يرافقون أشخاصًا إلى مواعيدهم لدى الدوائر الرسمية. والمسافات طويلة في الغالب، خاصةً في قرى المقاطعة. لذلك تعوّض الشبكة تكاليف هذه الرحلات.",
        "uk": "Багато волонтерів їздять власним автомобілем до мовного кафе чи на допомогу з домашніми завданнями або супроводжують людей на прийоми до установ. Особливо в селах району дорога часто неблизька. Тому мережа відшкодовує ці поїздки.",
    },
    "Sie bekommen 30 Cent pro gefahrenem Kilometer, höchstens 50 Euro im Monat. Den Antrag auf Fahrtkostenzuschuss stellen Sie nur einmal. Danach tragen Sie Ihre Fahrten jeden Monat in die Abrechnungstabelle ein und schicken sie an die Koordinierungsstelle.": {
        "en": "You receive 30 cents per kilometre driven, up to 50 euros a month. You apply for the travel allowance only once. After that, enter your journeys in the claim sheet every month and send it to the coordination office.",
        "ar": "تحصل على 30 سنتًا عن كل كيلومتر تقطعه، وبحد أقصى 50 يورو في الشهر. تقدّم طلب بدل تكاليف التنقل مرة واحدة فقط. بعد ذلك تسجّل رحلاتك كل شهر في جدول الحساب وترسله إلى مكتب التنسيق.",
        "uk": "Ви отримуєте 30 центів за кожен проїханий кілометр, але не більше 50 євро на місяць. Заяву на компенсацію проїзду потрібно подати лише один раз. Після цього щомісяця вносьте свої поїздки до таблиці розрахунку й надсилайте її до координаційного центру.",
    },
    "Bitte beachten": {
        "en": "Please note",
        "ar": "يُرجى الانتباه",
        "uk": "Зверніть увагу",
    },
    "Reichen Sie die Abrechnung spätestens drei Monate nach der Fahrt ein. Fahrten mit Bus und Bahn erstatten wir gegen Vorlage der Fahrkarte.": {
        "en": "Please hand in your claim no later than three months after the journey. We pay for bus and train journeys when you show us the ticket.",
        "ar": "قدّم جدول الحساب في موعد أقصاه ثلاثة أشهر بعد الرحلة. ونعوّض تكاليف رحلات الحافلة والقطار عند تقديم التذكرة.",
        "uk": "Подайте розрахунок не пізніше ніж через три місяці після поїздки. Поїздки автобусом і потягом ми відшкодовуємо за пред’явлення квитка.",
    },
}
