# ruff: noqa: E501 -- long natural-language strings are kept on one line
"""Demo content (data only) for the Integrationsnetzwerk Burgenlandkreis site.

German is the source language. PAGES lists the German pages (parents before children),
TRANSLATIONS maps every translatable German string to its translations.
All names of people, phone numbers and e-mail addresses are fictitious.
Run this file directly to check that every string is translated.
"""

LANGUAGES = ["en", "ar", "fa", "uk", "ru", "tr"]

PAGES = [
    # ------------------------------------------------------------------ Startseite
    {
        "key": "home",
        "type": "home",
        "parent": None,
        "slug": "startseite",
        "title": "Integrationsnetzwerk Burgenlandkreis",
        "show_in_menus": False,
        "members_only": False,
        "hero_heading": "Ankommen, mitmachen, sich vernetzen",
        "hero_intro": "Wir bringen Menschen, Vereine und Beratungsstellen im Burgenlandkreis zusammen. Hier finden Sie Hilfe, Kontakte und Möglichkeiten zum Mitmachen.",
        "body": [
            ("heading", {"text": "Was ist das Integrationsnetzwerk?", "level": "h2"}),
            (
                "paragraph",
                [
                    "Das Integrationsnetzwerk ist ein Zusammenschluss von Beratungsstellen, Vereinen, Migrantenorganisationen, Ehrenamtlichen und Behörden im Burgenlandkreis.",
                    "Die Koordinierungsstelle für Integration im Landratsamt begleitet das Netzwerk und ist Ihre erste Ansprechpartnerin.",
                ],
            ),
            ("heading", {"text": "Für wen ist diese Seite?", "level": "h2"}),
            (
                "paragraph",
                [
                    "Für Menschen, die neu in den Burgenlandkreis gekommen sind und Rat suchen.",
                    "Für alle, die sich engagieren möchten: Ehrenamtliche, Vereine, Beratungsstellen und Migrantenselbstorganisationen.",
                ],
            ),
            ("cta", {"label": "Beratung und Hilfe finden", "page": "beratung"}),
            ("cta", {"label": "Im Netzwerk mitmachen", "page": "mitmachen"}),
            (
                "info_box",
                {
                    "kind": "note",
                    "title": "Diese Seite in Ihrer Sprache",
                    "text": [
                        "Sie können diese Seite auf Deutsch, Englisch, Arabisch, Persisch, Ukrainisch, Russisch und Türkisch lesen. Wählen Sie oben Ihre Sprache.",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Über das Netzwerk
    {
        "key": "ueber-uns",
        "type": "content",
        "parent": "home",
        "slug": "ueber-uns",
        "title": "Über das Netzwerk",
        "show_in_menus": True,
        "members_only": False,
        "intro": "Im Integrationsnetzwerk arbeiten viele Partner zusammen. Gemeinsam wollen wir, dass alle Menschen im Burgenlandkreis gut ankommen und teilhaben können.",
        "body": [
            ("heading", {"text": "Unsere Ziele", "level": "h2"}),
            (
                "paragraph",
                [
                    "Wir verbinden Angebote für Zugewanderte, damit niemand lange suchen muss.",
                    "Wir stärken Ehrenamt und Migrantenselbstorganisationen.",
                    "Wir machen auf Probleme aufmerksam und suchen gemeinsam nach Lösungen.",
                ],
            ),
            ("heading", {"text": "Wer koordiniert das Netzwerk?", "level": "h2"}),
            (
                "paragraph",
                [
                    "Die Koordinierungsstelle für Integration im Landratsamt Burgenlandkreis organisiert die Netzwerktreffen, informiert über neue Angebote und ist Ansprechpartnerin für Fragen rund um Integration.",
                    "Das Netzwerk trifft sich viermal im Jahr, abwechselnd in Naumburg, Weißenfels und Zeitz.",
                ],
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "title": "Das Integrationsnetzwerk stellt sich vor",
                    "caption": "Beispielvideo. Das Video wird erst nach einem Klick von YouTube geladen.",
                },
            ),
            ("cta", {"label": "Im Netzwerk mitmachen", "page": "mitmachen"}),
        ],
    },
    # ------------------------------------------------------------------ Beratung und Hilfe
    {
        "key": "beratung",
        "type": "content",
        "parent": "home",
        "slug": "beratung",
        "title": "Beratung und Hilfe",
        "show_in_menus": True,
        "members_only": False,
        "intro": "Sie sind neu im Burgenlandkreis und haben Fragen? Hier finden Sie Antworten und Menschen, die Ihnen helfen.",
        "body": [
            (
                "paragraph",
                [
                    "Die Beratung ist kostenlos und vertraulich. Sie können auch eine Person mitbringen, die für Sie übersetzt.",
                ],
            ),
            (
                "accordion",
                {
                    "title": "Häufige Fragen",
                    "items": [
                        {
                            "question": "Wie kann ich meinen Berufsabschluss anerkennen lassen?",
                            "answer": [
                                "Ausländische Abschlüsse können in Deutschland anerkannt werden. Welche Stelle zuständig ist, hängt von Ihrem Beruf ab.",
                                "Die IQ-Beratung zur Anerkennung hilft Ihnen kostenlos. Bringen Sie Ihre Zeugnisse mit, wenn möglich mit Übersetzung.",
                            ],
                        },
                        {
                            "question": "Wo kann ich Deutsch lernen?",
                            "answer": [
                                "Integrationskurse gibt es an Volkshochschulen und anderen Sprachschulen im Kreis, zum Beispiel in Naumburg, Weißenfels und Zeitz.",
                                "Ob Sie den Kurs kostenlos besuchen können, klärt die Ausländerbehörde oder das Bundesamt für Migration und Flüchtlinge (BAMF). Wir helfen Ihnen bei der Anmeldung.",
                            ],
                        },
                        {
                            "question": "Ich habe einen Brief vom Amt bekommen und verstehe ihn nicht. Wer hilft mir?",
                            "answer": [
                                "Die Migrationsberatung für Erwachsene (MBE) und der Jugendmigrationsdienst (JMD) erklären Ihnen Briefe und helfen bei Formularen.",
                                "<b>Wichtig:</b> Viele Briefe haben eine Frist. Kommen Sie bitte schnell in die Beratung und bringen Sie den Brief mit.",
                            ],
                        },
                        {
                            "question": "Wie finde ich einen Kita-Platz für mein Kind?",
                            "answer": [
                                "In Sachsen-Anhalt hat jedes Kind einen Anspruch auf einen Platz in einer Kita oder bei einer Tagesmutter.",
                                "Melden Sie Ihr Kind früh bei Ihrer Stadt oder Gemeinde an. Die Beratungsstellen helfen Ihnen beim Antrag.",
                            ],
                        },
                        {
                            "question": "Brauche ich einen Termin?",
                            "answer": [
                                "Am besten rufen Sie vorher an oder schreiben eine E-Mail. Dann hat die Beraterin oder der Berater Zeit für Sie.",
                                "In dringenden Fällen kommen Sie in die offene Sprechstunde am Dienstag von 9 bis 12 Uhr.",
                            ],
                        },
                    ],
                },
            ),
            ("heading", {"text": "Ihre Ansprechpersonen", "level": "h2"}),
            (
                "contact_card",
                {
                    "name": "Leyla Musterfrau",
                    "role": "Migrationsberatung für Erwachsene",
                    "organisation": "Beratungsstelle Naumburg (Beispielträger e. V.)",
                    "phone": "03445 000010",
                    "email": "mbe@example.org",
                    "address": "Musterstraße 1, 06618 Naumburg (Saale)",
                    "languages": "Deutsch, Arabisch, Englisch",
                },
            ),
            (
                "contact_card",
                {
                    "name": "Jonas Beispiel",
                    "role": "Jugendmigrationsdienst (12 bis 27 Jahre)",
                    "organisation": "Beratungsstelle Weißenfels (Beispielträger e. V.)",
                    "phone": "03443 000020",
                    "email": "jmd@example.org",
                    "address": "Musterweg 5, 06667 Weißenfels",
                    "languages": "Deutsch, Russisch, Ukrainisch",
                },
            ),
            (
                "info_box",
                {
                    "kind": "warning",
                    "title": "Im Notfall",
                    "text": [
                        "Bei Gefahr für Leben und Gesundheit rufen Sie sofort den Notruf <b>112</b> an. Die Polizei erreichen Sie unter <b>110</b>.",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Mitmachen
    {
        "key": "mitmachen",
        "type": "content",
        "parent": "home",
        "slug": "mitmachen",
        "title": "Mitmachen",
        "show_in_menus": True,
        "members_only": False,
        "intro": "Das Netzwerk lebt vom Engagement vieler Menschen. Es gibt viele Wege, sich einzubringen – mit viel oder wenig Zeit.",
        "body": [
            ("heading", {"text": "Als Ehrenamtliche oder Ehrenamtlicher", "level": "h2"}),
            (
                "paragraph",
                [
                    "Sie können zum Beispiel Menschen zu Behörden begleiten, beim Deutschlernen helfen oder in einem Sprachcafé mitmachen.",
                    "Wir vermitteln Sie an ein passendes Projekt in Ihrer Nähe. Für Ehrenamtliche gibt es Schulungen und regelmäßige Treffen.",
                ],
            ),
            (
                "quote",
                {
                    "text": "Beim Sprachcafé in Zeitz habe ich Menschen aus sechs Ländern kennengelernt. Ich lerne dort genauso viel wie die anderen.",
                    "attribution": "Monika, ehrenamtlich aktiv seit 2019",
                },
            ),
            ("heading", {"text": "Als Organisation im Netzwerk", "level": "h2"}),
            (
                "paragraph",
                [
                    "Vereine, Beratungsstellen, Migrantenselbstorganisationen, Schulen und Unternehmen können Mitglied im Netzwerk werden. Die Mitgliedschaft ist kostenlos.",
                    "Mitglieder erhalten Einladungen zu den Netzwerktreffen und Zugang zum Mitgliederbereich dieser Website.",
                ],
            ),
            (
                "info_box",
                {
                    "kind": "note",
                    "title": "So werden Sie Mitglied",
                    "text": [
                        "Schreiben Sie eine kurze E-Mail an integration@example.org. Nennen Sie Ihre Organisation und eine Ansprechperson. Wir melden uns bei Ihnen.",
                    ],
                },
            ),
            ("cta", {"label": "Mehr über das Netzwerk", "page": "ueber-uns"}),
        ],
    },
    # ------------------------------------------------------------------ Mitgliederbereich
    {
        "key": "mitglieder",
        "type": "content",
        "parent": "home",
        "slug": "mitglieder",
        "title": "Mitgliederbereich",
        "show_in_menus": True,
        "members_only": True,
        "intro": "Willkommen im Mitgliederbereich! Diese Seite ist nur für angemeldete Mitglieder des Netzwerks sichtbar.",
        "body": [
            ("heading", {"text": "Aktuelles für Mitglieder", "level": "h2"}),
            (
                "paragraph",
                [
                    "Hier finden Sie künftig Protokolle der Netzwerktreffen, Termine und Materialien für Ihre Arbeit.",
                    "Das nächste Netzwerktreffen findet im Frühjahr in Weißenfels statt. Die Einladung kommt per E-Mail.",
                ],
            ),
            (
                "info_box",
                {
                    "kind": "note",
                    "title": "Bitte vertraulich behandeln",
                    "text": [
                        "Inhalte im Mitgliederbereich sind nur für die Arbeit im Netzwerk gedacht. Bitte geben Sie sie nicht ohne Rücksprache weiter.",
                    ],
                },
            ),
            ("cta", {"label": "Mehr über die Koordinierungsstelle", "page": "ueber-uns"}),
        ],
    },
    # ------------------------------------------------------------------ Impressum
    {
        "key": "impressum",
        "type": "content",
        "parent": "home",
        "slug": "impressum",
        "title": "Impressum",
        "show_in_menus": False,
        "members_only": False,
        "intro": "Angaben zum Anbieter dieser Website nach § 5 Digitale-Dienste-Gesetz (DDG).",
        "body": [
            ("heading", {"text": "Anbieter", "level": "h2"}),
            (
                "paragraph",
                [
                    "Der Burgenlandkreis ist eine Körperschaft des öffentlichen Rechts. Er wird vertreten durch den Landrat.",
                    "Landratsamt Burgenlandkreis, Schönburger Straße 41, 06618 Naumburg (Saale)",
                ],
            ),
            (
                "contact_card",
                {
                    "name": "Koordinierungsstelle für Integration",
                    "role": "Redaktion dieser Website",
                    "organisation": "Landratsamt Burgenlandkreis",
                    "phone": "03445 000000",
                    "email": "integration@example.org",
                    "address": "Schönburger Straße 41, 06618 Naumburg (Saale)",
                    "languages": "Deutsch, Englisch",
                },
            ),
            ("heading", {"text": "Verantwortlich für den Inhalt", "level": "h2"}),
            (
                "paragraph",
                [
                    "Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag ist die Leitung der Koordinierungsstelle für Integration, Anschrift wie oben.",
                    "Zuständige Aufsichtsbehörde ist das Landesverwaltungsamt Sachsen-Anhalt in Halle (Saale).",
                ],
            ),
            (
                "info_box",
                {
                    "kind": "note",
                    "title": "Hinweis: Demo-Inhalt",
                    "text": [
                        "Diese Website ist eine Demonstration. Namen von Personen, Telefonnummern und E-Mail-Adressen sind erfunden.",
                    ],
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Datenschutz
    {
        "key": "datenschutz",
        "type": "content",
        "parent": "home",
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "show_in_menus": False,
        "members_only": False,
        "intro": "Hier erklären wir, welche Daten beim Besuch dieser Website verarbeitet werden. Wir erheben so wenig Daten wie möglich.",
        "body": [
            ("heading", {"text": "Verantwortliche Stelle", "level": "h2"}),
            (
                "paragraph",
                [
                    "Verantwortlich für die Datenverarbeitung ist der Burgenlandkreis, Landratsamt, Schönburger Straße 41, 06618 Naumburg (Saale).",
                    "Sie erreichen unseren Datenschutzbeauftragten unter datenschutz@example.org.",
                ],
            ),
            ("heading", {"text": "Keine Tracking-Cookies, keine fremden Server", "level": "h2"}),
            (
                "paragraph",
                [
                    "Diese Website setzt <b>keine Tracking-Cookies</b> und nutzt keine Analyse-Werkzeuge.",
                    "Schriften, Bilder und Skripte werden nur von unserem eigenen Server geladen. Es werden keine Inhalte von anderen Anbietern nachgeladen.",
                ],
            ),
            (
                "info_box",
                {
                    "kind": "note",
                    "title": "Videos erst nach einem Klick",
                    "text": [
                        "Eingebettete Videos von YouTube werden erst geladen, wenn Sie auf das Video klicken. Erst dann werden Daten, zum Beispiel Ihre IP-Adresse, an YouTube (Google) übertragen.",
                    ],
                },
            ),
            (
                "accordion",
                {
                    "title": "Weitere Informationen",
                    "items": [
                        {
                            "question": "Wofür gibt es das Sprach-Cookie?",
                            "answer": [
                                "Wenn Sie eine Sprache auswählen, speichern wir Ihre Auswahl in einem kleinen Cookie. So zeigt die Website beim nächsten Besuch direkt Ihre Sprache.",
                                "Das Cookie enthält nur das Sprachkürzel, zum Beispiel „ar“. Es ist technisch notwendig (§ 25 Abs. 2 Nr. 2 TDDDG).",
                            ],
                        },
                        {
                            "question": "Welche Daten speichert der Server?",
                            "answer": [
                                "Bei jedem Aufruf speichert der Server automatisch technische Daten: IP-Adresse, Datum und Uhrzeit, aufgerufene Seite und Browser-Typ.",
                                "Wir brauchen diese Daten für den sicheren Betrieb der Website (Art. 6 Abs. 1 lit. e DSGVO). Sie werden nach 14 Tagen gelöscht.",
                            ],
                        },
                        {
                            "question": "Welche Rechte habe ich?",
                            "answer": [
                                "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie das Recht auf Widerspruch und Datenübertragbarkeit (Art. 15 bis 21 DSGVO).",
                                "Sie können sich außerdem bei der Aufsichtsbehörde beschweren. Das ist der Landesbeauftragte für den Datenschutz Sachsen-Anhalt in Magdeburg.",
                            ],
                        },
                    ],
                },
            ),
            (
                "contact_card",
                {
                    "name": "Datenschutzbeauftragter des Landratsamtes",
                    "role": "Fragen zum Datenschutz",
                    "organisation": "Landratsamt Burgenlandkreis",
                    "phone": "03445 000001",
                    "email": "datenschutz@example.org",
                    "address": "Schönburger Straße 41, 06618 Naumburg (Saale)",
                    "languages": "Deutsch, Englisch",
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ Barrierefreiheit
    {
        "key": "barrierefreiheit",
        "type": "content",
        "parent": "home",
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "show_in_menus": False,
        "members_only": False,
        "intro": "Der Burgenlandkreis möchte, dass alle Menschen diese Website gut nutzen können. Diese Erklärung gilt für die Website des Integrationsnetzwerks.",
        "body": [
            ("heading", {"text": "Stand der Vereinbarkeit", "level": "h2"}),
            (
                "paragraph",
                [
                    "Diese Website ist <b>teilweise barrierefrei</b>. Sie erfüllt die Anforderungen der BITV 2.0 und der WCAG 2.1 (Stufe AA) noch nicht vollständig.",
                    "Die Erklärung wurde am 1. März 2025 auf Grundlage einer Selbstbewertung erstellt.",
                ],
            ),
            ("heading", {"text": "Was noch nicht barrierefrei ist", "level": "h2"}),
            (
                "paragraph",
                [
                    "Einige ältere PDF-Dokumente sind nicht barrierefrei. Bitte fragen Sie uns, wenn Sie ein Dokument in einer anderen Form brauchen.",
                    "Nicht alle Videos haben Untertitel in allen Sprachen.",
                ],
            ),
            ("heading", {"text": "Barrieren melden", "level": "h2"}),
            (
                "paragraph",
                [
                    "Haben Sie eine Barriere gefunden? Dann schreiben Sie uns bitte. Wir antworten so schnell wie möglich, spätestens nach sechs Wochen.",
                ],
            ),
            (
                "contact_card",
                {
                    "name": "Koordinierungsstelle für Integration",
                    "role": "Kontakt für Barrierefreiheit",
                    "organisation": "Landratsamt Burgenlandkreis",
                    "phone": "03445 000000",
                    "email": "barrierefreiheit@example.org",
                    "address": "Schönburger Straße 41, 06618 Naumburg (Saale)",
                    "languages": "Deutsch, Englisch",
                },
            ),
            (
                "info_box",
                {
                    "kind": "note",
                    "title": "Schlichtungsverfahren",
                    "text": [
                        "Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie einen Antrag bei der Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz (BGG) stellen. Das Verfahren ist kostenlos.",
                        "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz, Mauerstraße 53, 10117 Berlin",
                    ],
                },
            ),
        ],
    },
]

TRANSLATIONS = {
    # ================================================================== Startseite
    "Integrationsnetzwerk Burgenlandkreis": {
        "en": "Burgenlandkreis Integration Network",
        "ar": "شبكة الاندماج في منطقة بورغنلاندكرايس",
        "fa": "شبکه ادغام منطقه بورگن‌لاندکرایس",
        "uk": "Інтеграційна мережа району Бургенландкрайс",
        "ru": "Интеграционная сеть района Бургенландкрайс",
        "tr": "Burgenlandkreis Entegrasyon Ağı",
    },
    "Ankommen, mitmachen, sich vernetzen": {
        "en": "Arrive, get involved, connect",
        "ar": "الاستقرار والمشاركة والتواصل",
        "fa": "رسیدن، مشارکت کردن، ارتباط گرفتن",
        "uk": "Приїхати, долучитися, налагодити зв’язки",
        "ru": "Приехать, участвовать, налаживать связи",
        "tr": "Yerleşin, katılın, bağlantı kurun",
    },
    "Wir bringen Menschen, Vereine und Beratungsstellen im Burgenlandkreis zusammen. Hier finden Sie Hilfe, Kontakte und Möglichkeiten zum Mitmachen.": {
        "en": "We bring together people, associations and counselling services in the Burgenlandkreis district. Here you will find help, contacts and ways to get involved.",
        "ar": "نجمع بين الناس والجمعيات ومراكز الاستشارة في منطقة بورغنلاندكرايس. ستجد هنا المساعدة وجهات الاتصال وفرصًا للمشاركة.",
        "fa": "ما مردم، انجمن‌ها و مراکز مشاوره را در منطقه بورگن‌لاندکرایس به هم پیوند می‌دهیم. در اینجا کمک، راه‌های تماس و فرصت‌هایی برای مشارکت پیدا می‌کنید.",
        "uk": "Ми об’єднуємо людей, громадські організації та консультаційні служби району Бургенландкрайс. Тут ви знайдете допомогу, контакти та можливості долучитися.",
        "ru": "Мы объединяем людей, общественные организации и консультационные службы района Бургенландкрайс. Здесь вы найдёте помощь, контакты и возможности принять участие.",
        "tr": "Burgenlandkreis bölgesindeki insanları, dernekleri ve danışma merkezlerini bir araya getiriyoruz. Burada yardım, iletişim bilgileri ve katılım olanakları bulabilirsiniz.",
    },
    "Was ist das Integrationsnetzwerk?": {
        "en": "What is the integration network?",
        "ar": "ما هي شبكة الاندماج؟",
        "fa": "شبکه ادغام چیست؟",
        "uk": "Що таке інтеграційна мережа?",
        "ru": "Что такое интеграционная сеть?",
        "tr": "Entegrasyon ağı nedir?",
    },
    "Das Integrationsnetzwerk ist ein Zusammenschluss von Beratungsstellen, Vereinen, Migrantenorganisationen, Ehrenamtlichen und Behörden im Burgenlandkreis.": {
        "en": "The integration network is an alliance of counselling services, associations, migrant organisations, volunteers and public authorities in the Burgenlandkreis district.",
        "ar": "شبكة الاندماج هي تحالف يضم مراكز الاستشارة والجمعيات ومنظمات المهاجرين والمتطوعين والجهات الرسمية في منطقة بورغنلاندكرايس.",
        "fa": "شبکه ادغام اتحادی از مراکز مشاوره، انجمن‌ها، سازمان‌های مهاجران، داوطلبان و ادارات دولتی در منطقه بورگن‌لاندکرایس است.",
        "uk": "Інтеграційна мережа — це об’єднання консультаційних служб, громадських організацій, організацій мігрантів, волонтерів і державних установ району Бургенландкрайс.",
        "ru": "Интеграционная сеть — это объединение консультационных служб, общественных организаций, организаций мигрантов, волонтёров и государственных учреждений района Бургенландкрайс.",
        "tr": "Entegrasyon ağı, Burgenlandkreis bölgesindeki danışma merkezlerinin, derneklerin, göçmen örgütlerinin, gönüllülerin ve resmî kurumların oluşturduğu bir birliktir.",
    },
    "Die Koordinierungsstelle für Integration im Landratsamt begleitet das Netzwerk und ist Ihre erste Ansprechpartnerin.": {
        "en": "The Coordination Office for Integration at the district office (Landratsamt) supports the network and is your first point of contact.",
        "ar": "يرافق مكتب تنسيق الاندماج في إدارة المقاطعة (Landratsamt) عمل الشبكة، وهو أول جهة يمكنك التواصل معها.",
        "fa": "دفتر هماهنگی ادغام در اداره منطقه (Landratsamt) همراه و پشتیبان شبکه است و نخستین مرجع تماس برای شماست.",
        "uk": "Координаційний центр з питань інтеграції при районній адміністрації (Landratsamt) супроводжує роботу мережі і є першим, до кого ви можете звернутися.",
        "ru": "Координационный центр по вопросам интеграции при районной администрации (Landratsamt) сопровождает работу сети, и к нему вы можете обратиться в первую очередь.",
        "tr": "Bölge idaresindeki (Landratsamt) Entegrasyon Koordinasyon Birimi ağa eşlik eder ve ilk başvuracağınız yerdir.",
    },
    "Für wen ist diese Seite?": {
        "en": "Who is this website for?",
        "ar": "لمن هذا الموقع؟",
        "fa": "این سایت برای چه کسانی است؟",
        "uk": "Для кого цей сайт?",
        "ru": "Для кого этот сайт?",
        "tr": "Bu site kimler için?",
    },
    "Für Menschen, die neu in den Burgenlandkreis gekommen sind und Rat suchen.": {
        "en": "For people who are new to the Burgenlandkreis district and are looking for advice.",
        "ar": "للأشخاص الذين وصلوا حديثًا إلى منطقة بورغنلاندكرايس ويبحثون عن المشورة.",
        "fa": "برای کسانی که تازه به منطقه بورگن‌لاندکرایس آمده‌اند و به دنبال راهنمایی هستند.",
        "uk": "Для людей, які нещодавно приїхали до району Бургенландкрайс і шукають поради.",
        "ru": "Для людей, которые недавно приехали в район Бургенландкрайс и ищут совета.",
        "tr": "Burgenlandkreis bölgesine yeni gelmiş ve danışmanlık arayan kişiler için.",
    },
    "Für alle, die sich engagieren möchten: Ehrenamtliche, Vereine, Beratungsstellen und Migrantenselbstorganisationen.": {
        "en": "For everyone who wants to get involved: volunteers, associations, counselling services and migrant self-organisations.",
        "ar": "لكل من يرغب في المشاركة: المتطوعون والجمعيات ومراكز الاستشارة ومنظمات المهاجرين الذاتية.",
        "fa": "برای همه کسانی که می‌خواهند فعالیت کنند: داوطلبان، انجمن‌ها، مراکز مشاوره و سازمان‌های خودگردان مهاجران.",
        "uk": "Для всіх, хто хоче долучитися: волонтерів, громадських організацій, консультаційних служб і самоорганізацій мігрантів.",
        "ru": "Для всех, кто хочет участвовать: волонтёров, общественных организаций, консультационных служб и самоорганизаций мигрантов.",
        "tr": "Katkıda bulunmak isteyen herkes için: gönüllüler, dernekler, danışma merkezleri ve göçmen öz örgütleri.",
    },
    "Beratung und Hilfe finden": {
        "en": "Find advice and help",
        "ar": "ابحث عن الاستشارة والمساعدة",
        "fa": "مشاوره و کمک پیدا کنید",
        "uk": "Знайти консультацію та допомогу",
        "ru": "Найти консультацию и помощь",
        "tr": "Danışmanlık ve yardım bulun",
    },
    "Im Netzwerk mitmachen": {
        "en": "Join the network",
        "ar": "شارك في الشبكة",
        "fa": "در شبکه مشارکت کنید",
        "uk": "Долучитися до мережі",
        "ru": "Присоединиться к сети",
        "tr": "Ağa katılın",
    },
    "Diese Seite in Ihrer Sprache": {
        "en": "This website in your language",
        "ar": "هذا الموقع بلغتك",
        "fa": "این سایت به زبان شما",
        "uk": "Цей сайт вашою мовою",
        "ru": "Этот сайт на вашем языке",
        "tr": "Bu site sizin dilinizde",
    },
    "Sie können diese Seite auf Deutsch, Englisch, Arabisch, Persisch, Ukrainisch, Russisch und Türkisch lesen. Wählen Sie oben Ihre Sprache.": {
        "en": "You can read this website in German, English, Arabic, Persian, Ukrainian, Russian and Turkish. Choose your language at the top of the page.",
        "ar": "يمكنك قراءة هذا الموقع باللغات الألمانية والإنجليزية والعربية والفارسية والأوكرانية والروسية والتركية. اختر لغتك في أعلى الصفحة.",
        "fa": "شما می‌توانید این سایت را به زبان‌های آلمانی، انگلیسی، عربی، فارسی، اوکراینی، روسی و ترکی بخوانید. زبان خود را در بالای صفحه انتخاب کنید.",
        "uk": "Ви можете читати цей сайт німецькою, англійською, арабською, перською, українською, російською та турецькою мовами. Оберіть свою мову вгорі сторінки.",
        "ru": "Вы можете читать этот сайт на немецком, английском, арабском, персидском, украинском, русском и турецком языках. Выберите свой язык вверху страницы.",
        "tr": "Bu siteyi Almanca, İngilizce, Arapça, Farsça, Ukraynaca, Rusça ve Türkçe okuyabilirsiniz. Dilinizi sayfanın üst kısmından seçin.",
    },
    # ================================================================== Über das Netzwerk
    "Über das Netzwerk": {
        "en": "About the network",
        "ar": "عن الشبكة",
        "fa": "درباره شبکه",
        "uk": "Про мережу",
        "ru": "О сети",
        "tr": "Ağ hakkında",
    },
    "Im Integrationsnetzwerk arbeiten viele Partner zusammen. Gemeinsam wollen wir, dass alle Menschen im Burgenlandkreis gut ankommen und teilhaben können.": {
        "en": "Many partners work together in the integration network. Together we want everyone in the Burgenlandkreis district to settle in well and be able to take part in community life.",
        "ar": "يعمل كثير من الشركاء معًا في شبكة الاندماج. نريد معًا أن يستقر جميع الناس في منطقة بورغنلاندكرايس استقرارًا جيدًا وأن يتمكنوا من المشاركة في الحياة العامة.",
        "fa": "در شبکه ادغام شرکای زیادی با هم همکاری می‌کنند. ما با هم می‌خواهیم که همه مردم در منطقه بورگن‌لاندکرایس به‌خوبی جا بیفتند و بتوانند در زندگی اجتماعی مشارکت کنند.",
        "uk": "В інтеграційній мережі співпрацює багато партнерів. Разом ми прагнемо, щоб усі люди в районі Бургенландкрайс добре облаштувалися і могли брати участь у житті громади.",
        "ru": "В интеграционной сети сотрудничает множество партнёров. Вместе мы стремимся к тому, чтобы все люди в районе Бургенландкрайс хорошо обустроились и могли участвовать в общественной жизни.",
        "tr": "Entegrasyon ağında birçok ortak birlikte çalışıyor. Burgenlandkreis bölgesindeki herkesin iyi uyum sağlamasını ve toplumsal hayata katılabilmesini birlikte istiyoruz.",
    },
    "Unsere Ziele": {
        "en": "Our goals",
        "ar": "أهدافنا",
        "fa": "اهداف ما",
        "uk": "Наші цілі",
        "ru": "Наши цели",
        "tr": "Hedeflerimiz",
    },
    "Wir verbinden Angebote für Zugewanderte, damit niemand lange suchen muss.": {
        "en": "We link up services for immigrants so that nobody has to search for long.",
        "ar": "نربط بين الخدمات المقدَّمة للمهاجرين حتى لا يضطر أحد إلى البحث طويلًا.",
        "fa": "ما خدمات ویژه مهاجران را به هم مرتبط می‌کنیم تا کسی مجبور نباشد مدت زیادی جست‌وجو کند.",
        "uk": "Ми поєднуємо пропозиції для іммігрантів, щоб нікому не доводилося довго шукати.",
        "ru": "Мы связываем между собой предложения для иммигрантов, чтобы никому не приходилось долго искать.",
        "tr": "Göçmenlere yönelik hizmetleri birbirine bağlıyoruz; böylece kimse uzun süre aramak zorunda kalmıyor.",
    },
    "Wir stärken Ehrenamt und Migrantenselbstorganisationen.": {
        "en": "We strengthen volunteering and migrant self-organisations.",
        "ar": "ندعم العمل التطوعي ومنظمات المهاجرين الذاتية.",
        "fa": "ما از کار داوطلبانه و سازمان‌های خودگردان مهاجران حمایت می‌کنیم.",
        "uk": "Ми підтримуємо волонтерство та самоорганізації мігрантів.",
        "ru": "Мы поддерживаем волонтёрство и самоорганизации мигрантов.",
        "tr": "Gönüllülüğü ve göçmen öz örgütlerini güçlendiriyoruz.",
    },
    "Wir machen auf Probleme aufmerksam und suchen gemeinsam nach Lösungen.": {
        "en": "We draw attention to problems and look for solutions together.",
        "ar": "نلفت الانتباه إلى المشكلات ونبحث معًا عن حلول.",
        "fa": "ما مشکلات را مطرح می‌کنیم و با هم به دنبال راه‌حل می‌گردیم.",
        "uk": "Ми звертаємо увагу на проблеми і разом шукаємо рішення.",
        "ru": "Мы обращаем внимание на проблемы и вместе ищем решения.",
        "tr": "Sorunlara dikkat çekiyor ve birlikte çözüm arıyoruz.",
    },
    "Wer koordiniert das Netzwerk?": {
        "en": "Who coordinates the network?",
        "ar": "من ينسّق الشبكة؟",
        "fa": "چه کسی شبکه را هماهنگ می‌کند؟",
        "uk": "Хто координує мережу?",
        "ru": "Кто координирует сеть?",
        "tr": "Ağı kim koordine ediyor?",
    },
    "Die Koordinierungsstelle für Integration im Landratsamt Burgenlandkreis organisiert die Netzwerktreffen, informiert über neue Angebote und ist Ansprechpartnerin für Fragen rund um Integration.": {
        "en": "The Coordination Office for Integration at the Burgenlandkreis district office (Landratsamt) organises the network meetings, provides information about new services and is the contact point for all questions about integration.",
        "ar": "ينظّم مكتب تنسيق الاندماج في إدارة مقاطعة بورغنلاندكرايس (Landratsamt) لقاءات الشبكة، ويقدّم معلومات عن الخدمات الجديدة، وهو الجهة المختصة بكل الأسئلة المتعلقة بالاندماج.",
        "fa": "دفتر هماهنگی ادغام در اداره منطقه بورگن‌لاندکرایس (Landratsamt) نشست‌های شبکه را برگزار می‌کند، درباره خدمات جدید اطلاع‌رسانی می‌کند و مرجع پاسخ به همه پرسش‌های مربوط به ادغام است.",
        "uk": "Координаційний центр з питань інтеграції при районній адміністрації Бургенландкрайсу (Landratsamt) організовує зустрічі мережі, інформує про нові пропозиції та відповідає на всі питання щодо інтеграції.",
        "ru": "Координационный центр по вопросам интеграции при районной администрации Бургенландкрайса (Landratsamt) организует встречи сети, информирует о новых предложениях и отвечает на все вопросы, связанные с интеграцией.",
        "tr": "Burgenlandkreis Bölge İdaresindeki (Landratsamt) Entegrasyon Koordinasyon Birimi ağ toplantılarını düzenler, yeni hizmetler hakkında bilgi verir ve entegrasyonla ilgili tüm sorular için başvuru noktasıdır.",
    },
    "Das Netzwerk trifft sich viermal im Jahr, abwechselnd in Naumburg, Weißenfels und Zeitz.": {
        "en": "The network meets four times a year, taking turns in Naumburg, Weißenfels and Zeitz.",
        "ar": "تجتمع الشبكة أربع مرات في السنة، بالتناوب في ناومبورغ وفايسنفلس وتسايتس.",
        "fa": "شبکه سالی چهار بار، به‌نوبت در ناومبورگ، وایسنفلس و سایتس تشکیل جلسه می‌دهد.",
        "uk": "Мережа збирається чотири рази на рік, по черзі в Наумбурзі, Вайсенфельсі та Цайці.",
        "ru": "Сеть собирается четыре раза в год, поочерёдно в Наумбурге, Вайсенфельсе и Цайце.",
        "tr": "Ağ yılda dört kez, sırayla Naumburg, Weißenfels ve Zeitz’ta toplanır.",
    },
    "Das Integrationsnetzwerk stellt sich vor": {
        "en": "Introducing the integration network",
        "ar": "تعرّف على شبكة الاندماج",
        "fa": "معرفی شبکه ادغام",
        "uk": "Знайомтеся: інтеграційна мережа",
        "ru": "Знакомьтесь: интеграционная сеть",
        "tr": "Entegrasyon ağı kendini tanıtıyor",
    },
    "Beispielvideo. Das Video wird erst nach einem Klick von YouTube geladen.": {
        "en": "Sample video. The video is only loaded from YouTube after you click on it.",
        "ar": "فيديو تجريبي. لا يتم تحميل الفيديو من يوتيوب إلا بعد النقر عليه.",
        "fa": "ویدئوی نمونه. ویدئو فقط پس از کلیک شما از یوتیوب بارگذاری می‌شود.",
        "uk": "Приклад відео. Відео завантажується з YouTube лише після натискання.",
        "ru": "Пример видео. Видео загружается с YouTube только после нажатия.",
        "tr": "Örnek video. Video ancak tıkladıktan sonra YouTube’dan yüklenir.",
    },
    # ================================================================== Beratung und Hilfe
    "Beratung und Hilfe": {
        "en": "Advice and help",
        "ar": "الاستشارة والمساعدة",
        "fa": "مشاوره و کمک",
        "uk": "Консультації та допомога",
        "ru": "Консультации и помощь",
        "tr": "Danışmanlık ve yardım",
    },
    "Sie sind neu im Burgenlandkreis und haben Fragen? Hier finden Sie Antworten und Menschen, die Ihnen helfen.": {
        "en": "Are you new to the Burgenlandkreis district and have questions? Here you will find answers and people who can help you.",
        "ar": "هل وصلت حديثًا إلى منطقة بورغنلاندكرايس ولديك أسئلة؟ ستجد هنا إجابات وأشخاصًا يساعدونك.",
        "fa": "تازه به منطقه بورگن‌لاندکرایس آمده‌اید و سؤال دارید؟ در اینجا پاسخ‌ها و افرادی را پیدا می‌کنید که به شما کمک می‌کنند.",
        "uk": "Ви нещодавно в районі Бургенландкрайс і маєте запитання? Тут ви знайдете відповіді та людей, які вам допоможуть.",
        "ru": "Вы недавно в районе Бургенландкрайс и у вас есть вопросы? Здесь вы найдёте ответы и людей, которые вам помогут.",
        "tr": "Burgenlandkreis bölgesine yeni mi geldiniz ve sorularınız mı var? Burada yanıtlar ve size yardım edecek insanlar bulabilirsiniz.",
    },
    "Die Beratung ist kostenlos und vertraulich. Sie können auch eine Person mitbringen, die für Sie übersetzt.": {
        "en": "Counselling is free of charge and confidential. You can also bring someone along to interpret for you.",
        "ar": "الاستشارة مجانية وسرّية. يمكنك أيضًا أن تحضر معك شخصًا يترجم لك.",
        "fa": "مشاوره رایگان و محرمانه است. می‌توانید کسی را هم همراه خود بیاورید که برایتان ترجمه کند.",
        "uk": "Консультація безкоштовна та конфіденційна. Ви також можете прийти з людиною, яка перекладатиме для вас.",
        "ru": "Консультация бесплатная и конфиденциальная. Вы также можете прийти с человеком, который будет для вас переводить.",
        "tr": "Danışmanlık ücretsiz ve gizlidir. Size tercümanlık yapacak birini de yanınızda getirebilirsiniz.",
    },
    "Häufige Fragen": {
        "en": "Frequently asked questions",
        "ar": "أسئلة شائعة",
        "fa": "پرسش‌های متداول",
        "uk": "Поширені запитання",
        "ru": "Часто задаваемые вопросы",
        "tr": "Sık sorulan sorular",
    },
    "Wie kann ich meinen Berufsabschluss anerkennen lassen?": {
        "en": "How can I get my professional qualification recognised?",
        "ar": "كيف يمكنني الحصول على الاعتراف بمؤهلي المهني؟",
        "fa": "برای به رسمیت شناختن مدرک حرفه‌ای‌ام چه باید بکنم؟",
        "uk": "Як домогтися визнання моєї професійної кваліфікації?",
        "ru": "Как добиться признания моей профессиональной квалификации?",
        "tr": "Mesleki diplomamın denkliğini nasıl alabilirim?",
    },
    "Ausländische Abschlüsse können in Deutschland anerkannt werden. Welche Stelle zuständig ist, hängt von Ihrem Beruf ab.": {
        "en": "Foreign qualifications can be recognised in Germany. Which authority is responsible depends on your profession.",
        "ar": "يمكن الاعتراف بالشهادات الأجنبية في ألمانيا. وتتوقف الجهة المختصة على مهنتك.",
        "fa": "مدارک خارجی را می‌توان در آلمان به رسمیت شناخت. اینکه کدام اداره مسئول است، به شغل شما بستگی دارد.",
        "uk": "Іноземні дипломи можуть бути визнані в Німеччині. Яка установа за це відповідає, залежить від вашої професії.",
        "ru": "Иностранные дипломы могут быть признаны в Германии. Какое ведомство этим занимается, зависит от вашей профессии.",
        "tr": "Yabancı diplomalar Almanya’da tanınabilir. Hangi kurumun yetkili olduğu mesleğinize bağlıdır.",
    },
    "Die IQ-Beratung zur Anerkennung hilft Ihnen kostenlos. Bringen Sie Ihre Zeugnisse mit, wenn möglich mit Übersetzung.": {
        "en": "The IQ recognition counselling service helps you free of charge. Bring your certificates with you, with a translation if possible.",
        "ar": "تساعدك خدمة الاستشارة IQ الخاصة بالاعتراف بالشهادات مجانًا. أحضر شهاداتك معك، ومعها ترجمة إن أمكن.",
        "fa": "مرکز مشاوره IQ برای به رسمیت شناختن مدارک به‌طور رایگان به شما کمک می‌کند. مدارک خود را، در صورت امکان همراه با ترجمه، بیاورید.",
        "uk": "Консультаційна служба IQ з питань визнання допоможе вам безкоштовно. Візьміть із собою свої документи про освіту, за можливості з перекладом.",
        "ru": "Консультационная служба IQ по вопросам признания поможет вам бесплатно. Возьмите с собой свои документы об образовании, по возможности с переводом.",
        "tr": "IQ denklik danışmanlığı size ücretsiz yardımcı olur. Belgelerinizi, mümkünse tercümeleriyle birlikte yanınızda getirin.",
    },
    "Wo kann ich Deutsch lernen?": {
        "en": "Where can I learn German?",
        "ar": "أين يمكنني تعلّم اللغة الألمانية؟",
        "fa": "کجا می‌توانم آلمانی یاد بگیرم؟",
        "uk": "Де я можу вивчати німецьку мову?",
        "ru": "Где я могу выучить немецкий язык?",
        "tr": "Almancayı nerede öğrenebilirim?",
    },
    "Integrationskurse gibt es an Volkshochschulen und anderen Sprachschulen im Kreis, zum Beispiel in Naumburg, Weißenfels und Zeitz.": {
        "en": "Integration courses are offered by adult education centres (Volkshochschulen) and other language schools in the district, for example in Naumburg, Weißenfels and Zeitz.",
        "ar": "تُقدَّم دورات الاندماج في مراكز تعليم الكبار (Volkshochschule) ومدارس لغات أخرى في المقاطعة، مثلًا في ناومبورغ وفايسنفلس وتسايتس.",
        "fa": "کلاس‌های ادغام در مراکز آموزش بزرگسالان (Volkshochschule) و دیگر آموزشگاه‌های زبان در این منطقه برگزار می‌شوند، برای مثال در ناومبورگ، وایسنفلس و سایتس.",
        "uk": "Інтеграційні курси проводять народні університети (Volkshochschule) та інші мовні школи району, наприклад у Наумбурзі, Вайсенфельсі та Цайці.",
        "ru": "Интеграционные курсы проводят народные университеты (Volkshochschule) и другие языковые школы района, например в Наумбурге, Вайсенфельсе и Цайце.",
        "tr": "Entegrasyon kursları, bölgedeki halk eğitim merkezlerinde (Volkshochschule) ve diğer dil okullarında verilir; örneğin Naumburg, Weißenfels ve Zeitz’ta.",
    },
    "Ob Sie den Kurs kostenlos besuchen können, klärt die Ausländerbehörde oder das Bundesamt für Migration und Flüchtlinge (BAMF). Wir helfen Ihnen bei der Anmeldung.": {
        "en": "Whether you can attend the course free of charge is decided by the immigration office (Ausländerbehörde) or the Federal Office for Migration and Refugees (BAMF). We will help you register.",
        "ar": "تحدّد دائرة شؤون الأجانب (Ausländerbehörde) أو المكتب الاتحادي للهجرة واللاجئين (BAMF) ما إذا كان بإمكانك حضور الدورة مجانًا. ونحن نساعدك في التسجيل.",
        "fa": "اینکه آیا می‌توانید به‌طور رایگان در کلاس شرکت کنید، توسط اداره اتباع خارجی (Ausländerbehörde) یا اداره فدرال مهاجرت و پناهندگان (BAMF) مشخص می‌شود. ما در ثبت‌نام به شما کمک می‌کنیم.",
        "uk": "Чи можете ви відвідувати курс безкоштовно, вирішує відомство у справах іноземців (Ausländerbehörde) або Федеральне відомство з питань міграції та біженців (BAMF). Ми допоможемо вам із реєстрацією.",
        "ru": "Можете ли вы посещать курс бесплатно, решает ведомство по делам иностранцев (Ausländerbehörde) или Федеральное ведомство по делам миграции и беженцев (BAMF). Мы поможем вам записаться.",
        "tr": "Kursa ücretsiz katılıp katılamayacağınızı Yabancılar Dairesi (Ausländerbehörde) veya Federal Göç ve Mülteciler Dairesi (BAMF) belirler. Kayıt sırasında size yardımcı oluruz.",
    },
    "Ich habe einen Brief vom Amt bekommen und verstehe ihn nicht. Wer hilft mir?": {
        "en": "I have received a letter from a public authority and don’t understand it. Who can help me?",
        "ar": "وصلتني رسالة من دائرة حكومية ولا أفهمها. من يساعدني؟",
        "fa": "نامه‌ای از یک اداره دریافت کرده‌ام و آن را نمی‌فهمم. چه کسی به من کمک می‌کند؟",
        "uk": "Мені прийшов лист з установи, і я його не розумію. Хто мені допоможе?",
        "ru": "Мне пришло письмо из ведомства, и я его не понимаю. Кто мне поможет?",
        "tr": "Bir resmî daireden mektup aldım ve anlamıyorum. Bana kim yardım eder?",
    },
    "Die Migrationsberatung für Erwachsene (MBE) und der Jugendmigrationsdienst (JMD) erklären Ihnen Briefe und helfen bei Formularen.": {
        "en": "The Migration Counselling Service for Adults (MBE) and the Youth Migration Service (JMD) explain letters to you and help with forms.",
        "ar": "تشرح لك خدمة استشارة الهجرة للبالغين (MBE) وخدمة الهجرة للشباب (JMD) الرسائل وتساعدك في ملء الاستمارات.",
        "fa": "مشاوره مهاجرت برای بزرگسالان (MBE) و خدمات مهاجرت جوانان (JMD) نامه‌ها را برای شما توضیح می‌دهند و در پر کردن فرم‌ها کمک می‌کنند.",
        "uk": "Міграційна консультація для дорослих (MBE) та Молодіжна міграційна служба (JMD) пояснять вам листи й допоможуть заповнити формуляри.",
        "ru": "Миграционная консультация для взрослых (MBE) и Молодёжная миграционная служба (JMD) объяснят вам письма и помогут заполнить бланки.",
        "tr": "Yetişkinler için Göç Danışmanlığı (MBE) ve Gençlik Göç Hizmeti (JMD) size mektupları açıklar ve formlarda yardımcı olur.",
    },
    "<b>Wichtig:</b> Viele Briefe haben eine Frist. Kommen Sie bitte schnell in die Beratung und bringen Sie den Brief mit.": {
        "en": "<b>Important:</b> Many letters have a deadline. Please come to the counselling service quickly and bring the letter with you.",
        "ar": "<b>مهم:</b> كثير من الرسائل لها مهلة محددة. يُرجى الحضور إلى الاستشارة بسرعة وإحضار الرسالة معك.",
        "fa": "<b>مهم:</b> بسیاری از نامه‌ها مهلت دارند. لطفاً هرچه زودتر به مشاوره بیایید و نامه را همراه خود بیاورید.",
        "uk": "<b>Важливо:</b> у багатьох листах є строк. Будь ласка, якнайшвидше прийдіть на консультацію і візьміть лист із собою.",
        "ru": "<b>Важно:</b> во многих письмах указан срок. Пожалуйста, как можно скорее приходите на консультацию и возьмите письмо с собой.",
        "tr": "<b>Önemli:</b> Birçok mektupta bir süre sınırı vardır. Lütfen hemen danışmanlığa gelin ve mektubu yanınızda getirin.",
    },
    "Wie finde ich einen Kita-Platz für mein Kind?": {
        "en": "How do I find a childcare place for my child?",
        "ar": "كيف أجد مكانًا لطفلي في روضة الأطفال (Kita)؟",
        "fa": "چگونه برای فرزندم در مهدکودک (Kita) جا پیدا کنم؟",
        "uk": "Як знайти місце в дитячому садку (Kita) для моєї дитини?",
        "ru": "Как найти место в детском саду (Kita) для моего ребёнка?",
        "tr": "Çocuğum için kreşte (Kita) nasıl yer bulurum?",
    },
    "In Sachsen-Anhalt hat jedes Kind einen Anspruch auf einen Platz in einer Kita oder bei einer Tagesmutter.": {
        "en": "In Saxony-Anhalt, every child is entitled to a place in a daycare centre (Kita) or with a childminder (Tagesmutter).",
        "ar": "في ولاية ساكسونيا أنهالت يحق لكل طفل الحصول على مكان في روضة أطفال (Kita) أو لدى مربية أطفال نهارية (Tagesmutter).",
        "fa": "در ایالت زاکسن-آنهالت هر کودک حق دارد در مهدکودک (Kita) یا نزد یک مراقب کودک (Tagesmutter) جا داشته باشد.",
        "uk": "У Саксонії-Ангальт кожна дитина має право на місце в дитячому садку (Kita) або в денної няні (Tagesmutter).",
        "ru": "В Саксонии-Анхальт каждый ребёнок имеет право на место в детском саду (Kita) или у дневной няни (Tagesmutter).",
        "tr": "Saksonya-Anhalt’ta her çocuğun kreşte (Kita) ya da bir gündüz bakıcısının (Tagesmutter) yanında yer alma hakkı vardır.",
    },
    "Melden Sie Ihr Kind früh bei Ihrer Stadt oder Gemeinde an. Die Beratungsstellen helfen Ihnen beim Antrag.": {
        "en": "Register your child early with your town or municipality. The counselling services will help you with the application.",
        "ar": "سجّل طفلك مبكرًا لدى مدينتك أو بلديتك. تساعدك مراكز الاستشارة في تقديم الطلب.",
        "fa": "فرزندتان را زود در شهر یا شهرداری محل سکونت خود ثبت‌نام کنید. مراکز مشاوره در تهیه درخواست به شما کمک می‌کنند.",
        "uk": "Якомога раніше зареєструйте дитину у вашому місті чи громаді. Консультаційні служби допоможуть вам із заявою.",
        "ru": "Заранее запишите ребёнка в вашем городе или общине. Консультационные службы помогут вам с заявлением.",
        "tr": "Çocuğunuzu erkenden şehrinize veya belediyenize kaydettirin. Danışma merkezleri başvuruda size yardımcı olur.",
    },
    "Brauche ich einen Termin?": {
        "en": "Do I need an appointment?",
        "ar": "هل أحتاج إلى موعد؟",
        "fa": "آیا به وقت قبلی نیاز دارم؟",
        "uk": "Чи потрібно записуватися заздалегідь?",
        "ru": "Нужно ли записываться заранее?",
        "tr": "Randevu almam gerekiyor mu?",
    },
    "Am besten rufen Sie vorher an oder schreiben eine E-Mail. Dann hat die Beraterin oder der Berater Zeit für Sie.": {
        "en": "It is best to call or send an email beforehand. Then the counsellor will have time for you.",
        "ar": "من الأفضل أن تتصل مسبقًا أو ترسل بريدًا إلكترونيًا. عندها يكون لدى المستشارة أو المستشار وقت لك.",
        "fa": "بهتر است از قبل تماس بگیرید یا ایمیل بفرستید. در این صورت مشاور برای شما وقت خواهد داشت.",
        "uk": "Найкраще заздалегідь зателефонуйте або напишіть електронного листа. Тоді консультантка чи консультант матиме для вас час.",
        "ru": "Лучше всего заранее позвоните или напишите электронное письмо. Тогда у консультанта будет для вас время.",
        "tr": "En iyisi önceden arayın ya da e-posta yazın. Böylece danışmanın size ayıracak zamanı olur.",
    },
    "In dringenden Fällen kommen Sie in die offene Sprechstunde am Dienstag von 9 bis 12 Uhr.": {
        "en": "In urgent cases, come to the open consultation hours on Tuesdays from 9 am to 12 noon.",
        "ar": "في الحالات العاجلة تعال إلى ساعات الاستشارة المفتوحة يوم الثلاثاء من الساعة 9 حتى الساعة 12 ظهرًا.",
        "fa": "در موارد فوری، سه‌شنبه‌ها از ساعت ۹ تا ۱۲ به ساعت مشاوره آزاد (بدون وقت قبلی) بیایید.",
        "uk": "У термінових випадках приходьте на відкритий прийом щовівторка з 9:00 до 12:00.",
        "ru": "В срочных случаях приходите на открытый приём по вторникам с 9:00 до 12:00.",
        "tr": "Acil durumlarda salı günleri saat 9.00 ile 12.00 arasındaki randevusuz görüşme saatine gelin.",
    },
    "Ihre Ansprechpersonen": {
        "en": "Your contacts",
        "ar": "الأشخاص الذين يمكنك التواصل معهم",
        "fa": "افرادی که می‌توانید با آن‌ها تماس بگیرید",
        "uk": "Ваші контактні особи",
        "ru": "Ваши контактные лица",
        "tr": "İrtibat kişileriniz",
    },
    "Leyla Musterfrau": {
        "en": "Leyla Musterfrau",
        "ar": "Leyla Musterfrau",
        "fa": "Leyla Musterfrau",
        "uk": "Leyla Musterfrau",
        "ru": "Leyla Musterfrau",
        "tr": "Leyla Musterfrau",
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
    "03445 000010": {
        "en": "03445 000010",
        "ar": "03445 000010",
        "fa": "03445 000010",
        "uk": "03445 000010",
        "ru": "03445 000010",
        "tr": "03445 000010",
    },
    "mbe@example.org": {
        "en": "mbe@example.org",
        "ar": "mbe@example.org",
        "fa": "mbe@example.org",
        "uk": "mbe@example.org",
        "ru": "mbe@example.org",
        "tr": "mbe@example.org",
    },
    "Musterstraße 1, 06618 Naumburg (Saale)": {
        "en": "Musterstraße 1, 06618 Naumburg (Saale)",
        "ar": "Musterstraße 1, 06618 Naumburg (Saale)",
        "fa": "Musterstraße 1, 06618 Naumburg (Saale)",
        "uk": "Musterstraße 1, 06618 Naumburg (Saale)",
        "ru": "Musterstraße 1, 06618 Naumburg (Saale)",
        "tr": "Musterstraße 1, 06618 Naumburg (Saale)",
    },
    "Deutsch, Arabisch, Englisch": {
        "en": "German, Arabic, English",
        "ar": "الألمانية، العربية، الإنجليزية",
        "fa": "آلمانی، عربی، انگلیسی",
        "uk": "німецька, арабська, англійська",
        "ru": "немецкий, арабский, английский",
        "tr": "Almanca, Arapça, İngilizce",
    },
    "Jonas Beispiel": {
        "en": "Jonas Beispiel",
        "ar": "Jonas Beispiel",
        "fa": "Jonas Beispiel",
        "uk": "Jonas Beispiel",
        "ru": "Jonas Beispiel",
        "tr": "Jonas Beispiel",
    },
    "Jugendmigrationsdienst (12 bis 27 Jahre)": {
        "en": "Youth Migration Service (ages 12 to 27)",
        "ar": "خدمة الهجرة للشباب (من 12 إلى 27 عامًا)",
        "fa": "خدمات مهاجرت جوانان (۱۲ تا ۲۷ سال)",
        "uk": "Молодіжна міграційна служба (від 12 до 27 років)",
        "ru": "Молодёжная миграционная служба (от 12 до 27 лет)",
        "tr": "Gençlik Göç Hizmeti (12-27 yaş)",
    },
    "Beratungsstelle Weißenfels (Beispielträger e. V.)": {
        "en": "Weißenfels counselling centre (Beispielträger e. V.)",
        "ar": "مركز الاستشارة في فايسنفلس (Beispielträger e. V.)",
        "fa": "مرکز مشاوره وایسنفلس (Beispielträger e. V.)",
        "uk": "Консультаційний центр у Вайсенфельсі (Beispielträger e. V.)",
        "ru": "Консультационный центр в Вайсенфельсе (Beispielträger e. V.)",
        "tr": "Weißenfels Danışma Merkezi (Beispielträger e. V.)",
    },
    "03443 000020": {
        "en": "03443 000020",
        "ar": "03443 000020",
        "fa": "03443 000020",
        "uk": "03443 000020",
        "ru": "03443 000020",
        "tr": "03443 000020",
    },
    "jmd@example.org": {
        "en": "jmd@example.org",
        "ar": "jmd@example.org",
        "fa": "jmd@example.org",
        "uk": "jmd@example.org",
        "ru": "jmd@example.org",
        "tr": "jmd@example.org",
    },
    "Musterweg 5, 06667 Weißenfels": {
        "en": "Musterweg 5, 06667 Weißenfels",
        "ar": "Musterweg 5, 06667 Weißenfels",
        "fa": "Musterweg 5, 06667 Weißenfels",
        "uk": "Musterweg 5, 06667 Weißenfels",
        "ru": "Musterweg 5, 06667 Weißenfels",
        "tr": "Musterweg 5, 06667 Weißenfels",
    },
    "Deutsch, Russisch, Ukrainisch": {
        "en": "German, Russian, Ukrainian",
        "ar": "الألمانية، الروسية، الأوكرانية",
        "fa": "آلمانی، روسی، اوکراینی",
        "uk": "німецька, російська, українська",
        "ru": "немецкий, русский, украинский",
        "tr": "Almanca, Rusça, Ukraynaca",
    },
    "Im Notfall": {
        "en": "In an emergency",
        "ar": "في حالات الطوارئ",
        "fa": "در مواقع اضطراری",
        "uk": "У надзвичайній ситуації",
        "ru": "В экстренной ситуации",
        "tr": "Acil durumda",
    },
    "Bei Gefahr für Leben und Gesundheit rufen Sie sofort den Notruf <b>112</b> an. Die Polizei erreichen Sie unter <b>110</b>.": {
        "en": "If life or health is in danger, call the emergency number <b>112</b> immediately. You can reach the police on <b>110</b>.",
        "ar": "إذا كانت الحياة أو الصحة في خطر، اتصل فورًا برقم الطوارئ <b>112</b>. ويمكنك الاتصال بالشرطة على الرقم <b>110</b>.",
        "fa": "اگر جان یا سلامتی در خطر است، فوراً با شماره اضطراری <b>112</b> تماس بگیرید. شماره پلیس <b>110</b> است.",
        "uk": "Якщо під загрозою життя чи здоров’я, негайно телефонуйте на номер екстреної допомоги <b>112</b>. Поліція доступна за номером <b>110</b>.",
        "ru": "Если под угрозой жизнь или здоровье, немедленно звоните по номеру экстренной помощи <b>112</b>. Полиция доступна по номеру <b>110</b>.",
        "tr": "Hayati tehlike ya da ciddi bir sağlık tehlikesi varsa hemen <b>112</b> acil numarasını arayın. Polise <b>110</b> numarasından ulaşabilirsiniz.",
    },
    # ================================================================== Mitmachen
    "Mitmachen": {
        "en": "Get involved",
        "ar": "شارك معنا",
        "fa": "مشارکت کنید",
        "uk": "Долучайтеся",
        "ru": "Участвуйте",
        "tr": "Katılın",
    },
    "Das Netzwerk lebt vom Engagement vieler Menschen. Es gibt viele Wege, sich einzubringen – mit viel oder wenig Zeit.": {
        "en": "The network thrives on the commitment of many people. There are many ways to get involved – whether you have a lot of time or only a little.",
        "ar": "تقوم الشبكة على التزام كثير من الناس. وهناك طرق عديدة للمشاركة، سواء كان لديك وقت كثير أو قليل.",
        "fa": "شبکه با همت و تعهد افراد بسیاری زنده است. راه‌های زیادی برای مشارکت وجود دارد – چه وقت زیادی داشته باشید، چه کم.",
        "uk": "Мережа тримається на активності багатьох людей. Є багато способів долучитися – незалежно від того, скільки у вас часу.",
        "ru": "Сеть живёт благодаря участию многих людей. Есть много способов внести свой вклад – независимо от того, сколько у вас времени.",
        "tr": "Ağ, pek çok insanın katkısıyla ayakta duruyor. Çok ya da az zamanınız olsun, katkıda bulunmanın birçok yolu var.",
    },
    "Als Ehrenamtliche oder Ehrenamtlicher": {
        "en": "As a volunteer",
        "ar": "كمتطوعة أو متطوع",
        "fa": "به‌عنوان داوطلب",
        "uk": "Як волонтерка або волонтер",
        "ru": "В качестве волонтёра",
        "tr": "Gönüllü olarak",
    },
    "Sie können zum Beispiel Menschen zu Behörden begleiten, beim Deutschlernen helfen oder in einem Sprachcafé mitmachen.": {
        "en": "For example, you can accompany people to appointments with public authorities, help them learn German or take part in a language café.",
        "ar": "يمكنك مثلًا مرافقة الناس إلى الدوائر الرسمية، أو المساعدة في تعلّم اللغة الألمانية، أو المشاركة في مقهى لغوي.",
        "fa": "برای مثال می‌توانید افراد را در مراجعه به ادارات همراهی کنید، در یادگیری زبان آلمانی کمک کنید یا در یک کافه زبان شرکت کنید.",
        "uk": "Наприклад, ви можете супроводжувати людей до установ, допомагати вивчати німецьку мову або долучитися до мовного кафе.",
        "ru": "Например, вы можете сопровождать людей в учреждения, помогать в изучении немецкого языка или участвовать в языковом кафе.",
        "tr": "Örneğin insanlara resmî dairelerde eşlik edebilir, Almanca öğrenmelerine yardım edebilir ya da bir dil kafesine katılabilirsiniz.",
    },
    "Wir vermitteln Sie an ein passendes Projekt in Ihrer Nähe. Für Ehrenamtliche gibt es Schulungen und regelmäßige Treffen.": {
        "en": "We will put you in touch with a suitable project near you. Training courses and regular meetings are offered for volunteers.",
        "ar": "نوصلك بمشروع مناسب بالقرب منك. وتتوفر للمتطوعين دورات تدريبية ولقاءات منتظمة.",
        "fa": "ما شما را به پروژه‌ای مناسب در نزدیکی محل زندگی‌تان معرفی می‌کنیم. برای داوطلبان دوره‌های آموزشی و نشست‌های منظم برگزار می‌شود.",
        "uk": "Ми підберемо для вас відповідний проєкт поблизу. Для волонтерів проводяться навчання та регулярні зустрічі.",
        "ru": "Мы подберём для вас подходящий проект поблизости. Для волонтёров проводятся обучающие занятия и регулярные встречи.",
        "tr": "Sizi yakınınızdaki uygun bir projeye yönlendiriyoruz. Gönüllüler için eğitimler ve düzenli buluşmalar var.",
    },
    "Beim Sprachcafé in Zeitz habe ich Menschen aus sechs Ländern kennengelernt. Ich lerne dort genauso viel wie die anderen.": {
        "en": "At the language café in Zeitz I have met people from six countries. I learn just as much there as everyone else.",
        "ar": "في المقهى اللغوي في تسايتس تعرّفت إلى أشخاص من ستة بلدان. وأنا أتعلّم هناك بقدر ما يتعلّم الآخرون.",
        "fa": "در کافه زبان در سایتس با آدم‌هایی از شش کشور آشنا شدم. من هم آنجا به اندازه بقیه یاد می‌گیرم.",
        "uk": "У мовному кафе в Цайці я познайомилася з людьми з шести країн. Я вчуся там так само багато, як і інші.",
        "ru": "В языковом кафе в Цайце я познакомилась с людьми из шести стран. Я учусь там так же многому, как и остальные.",
        "tr": "Zeitz’taki dil kafesinde altı ülkeden insanlarla tanıştım. Orada ben de diğerleri kadar çok şey öğreniyorum.",
    },
    "Monika, ehrenamtlich aktiv seit 2019": {
        "en": "Monika, volunteer since 2019",
        "ar": "مونيكا، متطوعة منذ عام 2019",
        "fa": "مونیکا، داوطلب از سال ۲۰۱۹",
        "uk": "Моніка, волонтерка з 2019 року",
        "ru": "Моника, волонтёр с 2019 года",
        "tr": "Monika, 2019’dan beri gönüllü",
    },
    "Als Organisation im Netzwerk": {
        "en": "As an organisation in the network",
        "ar": "كمنظمة في الشبكة",
        "fa": "به‌عنوان سازمان عضو شبکه",
        "uk": "Як організація в мережі",
        "ru": "В качестве организации в сети",
        "tr": "Ağda bir kuruluş olarak",
    },
    "Vereine, Beratungsstellen, Migrantenselbstorganisationen, Schulen und Unternehmen können Mitglied im Netzwerk werden. Die Mitgliedschaft ist kostenlos.": {
        "en": "Associations, counselling services, migrant self-organisations, schools and companies can become members of the network. Membership is free of charge.",
        "ar": "يمكن للجمعيات ومراكز الاستشارة ومنظمات المهاجرين الذاتية والمدارس والشركات أن تصبح أعضاء في الشبكة. العضوية مجانية.",
        "fa": "انجمن‌ها، مراکز مشاوره، سازمان‌های خودگردان مهاجران، مدارس و شرکت‌ها می‌توانند عضو شبکه شوند. عضویت رایگان است.",
        "uk": "Членами мережі можуть стати громадські організації, консультаційні служби, самоорганізації мігрантів, школи та підприємства. Членство безкоштовне.",
        "ru": "Членами сети могут стать общественные организации, консультационные службы, самоорганизации мигрантов, школы и предприятия. Членство бесплатное.",
        "tr": "Dernekler, danışma merkezleri, göçmen öz örgütleri, okullar ve şirketler ağa üye olabilir. Üyelik ücretsizdir.",
    },
    "Mitglieder erhalten Einladungen zu den Netzwerktreffen und Zugang zum Mitgliederbereich dieser Website.": {
        "en": "Members receive invitations to the network meetings and access to the members’ area of this website.",
        "ar": "يحصل الأعضاء على دعوات إلى لقاءات الشبكة وعلى إمكانية الدخول إلى قسم الأعضاء في هذا الموقع.",
        "fa": "اعضا برای نشست‌های شبکه دعوت‌نامه دریافت می‌کنند و به بخش اعضای این سایت دسترسی دارند.",
        "uk": "Члени отримують запрошення на зустрічі мережі та доступ до розділу для членів на цьому сайті.",
        "ru": "Члены получают приглашения на встречи сети и доступ к разделу для членов на этом сайте.",
        "tr": "Üyeler ağ toplantılarına davet edilir ve bu sitenin üye alanına erişim hakkı kazanır.",
    },
    "So werden Sie Mitglied": {
        "en": "How to become a member",
        "ar": "كيف تصبح عضوًا",
        "fa": "چگونه عضو شوید",
        "uk": "Як стати членом мережі",
        "ru": "Как стать членом сети",
        "tr": "Nasıl üye olunur?",
    },
    "Schreiben Sie eine kurze E-Mail an integration@example.org. Nennen Sie Ihre Organisation und eine Ansprechperson. Wir melden uns bei Ihnen.": {
        "en": "Send a short email to integration@example.org. Tell us the name of your organisation and a contact person. We will get back to you.",
        "ar": "أرسل رسالة قصيرة عبر البريد الإلكتروني إلى integration@example.org. اذكر اسم منظمتك وشخصًا للتواصل. وسنتواصل معك.",
        "fa": "یک ایمیل کوتاه به integration@example.org بفرستید. نام سازمان خود و یک فرد رابط را ذکر کنید. ما با شما تماس خواهیم گرفت.",
        "uk": "Напишіть короткого листа на адресу integration@example.org. Вкажіть назву вашої організації та контактну особу. Ми з вами зв’яжемося.",
        "ru": "Напишите короткое письмо на адрес integration@example.org. Укажите название вашей организации и контактное лицо. Мы свяжемся с вами.",
        "tr": "integration@example.org adresine kısa bir e-posta yazın. Kuruluşunuzun adını ve bir irtibat kişisini belirtin. Size geri dönüş yapacağız.",
    },
    "Mehr über das Netzwerk": {
        "en": "More about the network",
        "ar": "المزيد عن الشبكة",
        "fa": "اطلاعات بیشتر درباره شبکه",
        "uk": "Більше про мережу",
        "ru": "Подробнее о сети",
        "tr": "Ağ hakkında daha fazlası",
    },
    # ================================================================== Mitgliederbereich
    "Mitgliederbereich": {
        "en": "Members’ area",
        "ar": "قسم الأعضاء",
        "fa": "بخش اعضا",
        "uk": "Розділ для членів",
        "ru": "Раздел для членов",
        "tr": "Üye alanı",
    },
    "Willkommen im Mitgliederbereich! Diese Seite ist nur für angemeldete Mitglieder des Netzwerks sichtbar.": {
        "en": "Welcome to the members’ area! This page is only visible to logged-in members of the network.",
        "ar": "مرحبًا بك في قسم الأعضاء! هذه الصفحة مرئية فقط لأعضاء الشبكة الذين سجّلوا الدخول.",
        "fa": "به بخش اعضا خوش آمدید! این صفحه فقط برای اعضای شبکه که وارد حساب خود شده‌اند قابل مشاهده است.",
        "uk": "Ласкаво просимо до розділу для членів! Ця сторінка доступна лише членам мережі, які увійшли в систему.",
        "ru": "Добро пожаловать в раздел для членов! Эта страница видна только членам сети, которые вошли в систему.",
        "tr": "Üye alanına hoş geldiniz! Bu sayfayı yalnızca giriş yapmış ağ üyeleri görebilir.",
    },
    "Aktuelles für Mitglieder": {
        "en": "News for members",
        "ar": "مستجدات للأعضاء",
        "fa": "اخبار تازه برای اعضا",
        "uk": "Новини для членів",
        "ru": "Новости для членов",
        "tr": "Üyeler için güncel bilgiler",
    },
    "Hier finden Sie künftig Protokolle der Netzwerktreffen, Termine und Materialien für Ihre Arbeit.": {
        "en": "In future you will find minutes of the network meetings, dates and materials for your work here.",
        "ar": "ستجد هنا مستقبلًا محاضر لقاءات الشبكة والمواعيد والمواد المفيدة لعملك.",
        "fa": "از این پس صورت‌جلسه‌های نشست‌های شبکه، تاریخ‌ها و مطالب مورد نیاز کارتان را اینجا پیدا می‌کنید.",
        "uk": "Незабаром тут будуть протоколи зустрічей мережі, дати заходів і матеріали для вашої роботи.",
        "ru": "В будущем здесь появятся протоколы встреч сети, даты мероприятий и материалы для вашей работы.",
        "tr": "Gelecekte burada ağ toplantılarının tutanaklarını, tarihleri ve çalışmalarınız için materyalleri bulacaksınız.",
    },
    "Das nächste Netzwerktreffen findet im Frühjahr in Weißenfels statt. Die Einladung kommt per E-Mail.": {
        "en": "The next network meeting will take place in Weißenfels in the spring. The invitation will be sent by email.",
        "ar": "سيُعقد لقاء الشبكة القادم في الربيع في فايسنفلس. وستصلكم الدعوة عبر البريد الإلكتروني.",
        "fa": "نشست بعدی شبکه در بهار در وایسنفلس برگزار می‌شود. دعوت‌نامه از طریق ایمیل ارسال می‌شود.",
        "uk": "Наступна зустріч мережі відбудеться навесні у Вайсенфельсі. Запрошення надійде електронною поштою.",
        "ru": "Следующая встреча сети состоится весной в Вайсенфельсе. Приглашение придёт по электронной почте.",
        "tr": "Bir sonraki ağ toplantısı ilkbaharda Weißenfels’te yapılacak. Davet e-posta ile gönderilecek.",
    },
    "Bitte vertraulich behandeln": {
        "en": "Please treat as confidential",
        "ar": "يُرجى التعامل معها بسرّية",
        "fa": "لطفاً محرمانه نگه دارید",
        "uk": "Будь ласка, дотримуйтеся конфіденційності",
        "ru": "Пожалуйста, соблюдайте конфиденциальность",
        "tr": "Lütfen gizli tutun",
    },
    "Inhalte im Mitgliederbereich sind nur für die Arbeit im Netzwerk gedacht. Bitte geben Sie sie nicht ohne Rücksprache weiter.": {
        "en": "Content in the members’ area is intended only for work within the network. Please do not pass it on without checking with us first.",
        "ar": "المحتويات في قسم الأعضاء مخصّصة للعمل داخل الشبكة فقط. يُرجى عدم مشاركتها مع الآخرين دون الرجوع إلينا.",
        "fa": "مطالب بخش اعضا فقط برای کار در شبکه در نظر گرفته شده‌اند. لطفاً آن‌ها را بدون هماهنگی در اختیار دیگران قرار ندهید.",
        "uk": "Матеріали розділу для членів призначені лише для роботи в мережі. Будь ласка, не передавайте їх іншим без погодження.",
        "ru": "Материалы раздела для членов предназначены только для работы в сети. Пожалуйста, не передавайте их другим без согласования.",
        "tr": "Üye alanındaki içerikler yalnızca ağ içindeki çalışmalar içindir. Lütfen bunları bize danışmadan başkalarıyla paylaşmayın.",
    },
    "Mehr über die Koordinierungsstelle": {
        "en": "More about the Coordination Office",
        "ar": "المزيد عن مكتب التنسيق",
        "fa": "اطلاعات بیشتر درباره دفتر هماهنگی",
        "uk": "Більше про координаційний центр",
        "ru": "Подробнее о координационном центре",
        "tr": "Koordinasyon Birimi hakkında daha fazlası",
    },
    # ================================================================== Impressum
    "Impressum": {
        "en": "Legal notice",
        "ar": "البيانات القانونية (Impressum)",
        "fa": "اطلاعات حقوقی (Impressum)",
        "uk": "Вихідні дані (Impressum)",
        "ru": "Выходные данные (Impressum)",
        "tr": "Künye (Impressum)",
    },
    "Angaben zum Anbieter dieser Website nach § 5 Digitale-Dienste-Gesetz (DDG).": {
        "en": "Information about the provider of this website in accordance with Section 5 of the German Digital Services Act (DDG).",
        "ar": "معلومات عن مقدّم هذا الموقع وفقًا للمادة 5 من قانون الخدمات الرقمية الألماني (DDG).",
        "fa": "اطلاعات مربوط به ارائه‌دهنده این وب‌سایت طبق بند ۵ قانون خدمات دیجیتال آلمان (DDG).",
        "uk": "Відомості про власника цього сайту відповідно до § 5 Закону Німеччини про цифрові послуги (DDG).",
        "ru": "Сведения о владельце этого сайта в соответствии с § 5 Закона Германии о цифровых услугах (DDG).",
        "tr": "Almanya Dijital Hizmetler Kanunu (DDG) madde 5 uyarınca bu web sitesinin sağlayıcısına ilişkin bilgiler.",
    },
    "Anbieter": {
        "en": "Provider",
        "ar": "مقدّم الموقع",
        "fa": "ارائه‌دهنده",
        "uk": "Власник сайту",
        "ru": "Владелец сайта",
        "tr": "Sağlayıcı",
    },
    "Der Burgenlandkreis ist eine Körperschaft des öffentlichen Rechts. Er wird vertreten durch den Landrat.": {
        "en": "The Burgenlandkreis district is a corporation under public law. It is represented by the District Administrator (Landrat).",
        "ar": "منطقة بورغنلاندكرايس هيئة خاضعة للقانون العام، ويمثّلها رئيس المقاطعة (Landrat).",
        "fa": "منطقه بورگن‌لاندکرایس یک نهاد حقوق عمومی است و رئیس منطقه (Landrat) نماینده قانونی آن است.",
        "uk": "Бургенландкрайс є публічно-правовою корпорацією. Його представляє голова району (Landrat).",
        "ru": "Бургенландкрайс является публично-правовой корпорацией. Его представляет глава района (Landrat).",
        "tr": "Burgenlandkreis bir kamu tüzel kişisidir. Bölge yöneticisi (Landrat) tarafından temsil edilir.",
    },
    "Landratsamt Burgenlandkreis, Schönburger Straße 41, 06618 Naumburg (Saale)": {
        "en": "Burgenlandkreis District Office (Landratsamt), Schönburger Straße 41, 06618 Naumburg (Saale)",
        "ar": "إدارة مقاطعة بورغنلاندكرايس (Landratsamt Burgenlandkreis)، Schönburger Straße 41, 06618 Naumburg (Saale)",
        "fa": "اداره منطقه بورگن‌لاندکرایس (Landratsamt Burgenlandkreis)، Schönburger Straße 41, 06618 Naumburg (Saale)",
        "uk": "Районна адміністрація Бургенландкрайсу (Landratsamt Burgenlandkreis), Schönburger Straße 41, 06618 Naumburg (Saale)",
        "ru": "Районная администрация Бургенландкрайса (Landratsamt Burgenlandkreis), Schönburger Straße 41, 06618 Naumburg (Saale)",
        "tr": "Burgenlandkreis Bölge İdaresi (Landratsamt Burgenlandkreis), Schönburger Straße 41, 06618 Naumburg (Saale)",
    },
    "Koordinierungsstelle für Integration": {
        "en": "Coordination Office for Integration",
        "ar": "مكتب تنسيق الاندماج",
        "fa": "دفتر هماهنگی ادغام",
        "uk": "Координаційний центр з питань інтеграції",
        "ru": "Координационный центр по вопросам интеграции",
        "tr": "Entegrasyon Koordinasyon Birimi",
    },
    "Redaktion dieser Website": {
        "en": "Editorial team of this website",
        "ar": "فريق تحرير هذا الموقع",
        "fa": "تحریریه این وب‌سایت",
        "uk": "Редакція цього сайту",
        "ru": "Редакция этого сайта",
        "tr": "Bu web sitesinin editörlüğü",
    },
    "Landratsamt Burgenlandkreis": {
        "en": "Burgenlandkreis District Office (Landratsamt)",
        "ar": "إدارة مقاطعة بورغنلاندكرايس (Landratsamt)",
        "fa": "اداره منطقه بورگن‌لاندکرایس (Landratsamt)",
        "uk": "Районна адміністрація Бургенландкрайсу (Landratsamt)",
        "ru": "Районная администрация Бургенландкрайса (Landratsamt)",
        "tr": "Burgenlandkreis Bölge İdaresi (Landratsamt)",
    },
    "03445 000000": {
        "en": "03445 000000",
        "ar": "03445 000000",
        "fa": "03445 000000",
        "uk": "03445 000000",
        "ru": "03445 000000",
        "tr": "03445 000000",
    },
    "integration@example.org": {
        "en": "integration@example.org",
        "ar": "integration@example.org",
        "fa": "integration@example.org",
        "uk": "integration@example.org",
        "ru": "integration@example.org",
        "tr": "integration@example.org",
    },
    "Schönburger Straße 41, 06618 Naumburg (Saale)": {
        "en": "Schönburger Straße 41, 06618 Naumburg (Saale)",
        "ar": "Schönburger Straße 41, 06618 Naumburg (Saale)",
        "fa": "Schönburger Straße 41, 06618 Naumburg (Saale)",
        "uk": "Schönburger Straße 41, 06618 Naumburg (Saale)",
        "ru": "Schönburger Straße 41, 06618 Naumburg (Saale)",
        "tr": "Schönburger Straße 41, 06618 Naumburg (Saale)",
    },
    "Deutsch, Englisch": {
        "en": "German, English",
        "ar": "الألمانية، الإنجليزية",
        "fa": "آلمانی، انگلیسی",
        "uk": "німецька, англійська",
        "ru": "немецкий, английский",
        "tr": "Almanca, İngilizce",
    },
    "Verantwortlich für den Inhalt": {
        "en": "Responsible for the content",
        "ar": "المسؤول عن المحتوى",
        "fa": "مسئول محتوا",
        "uk": "Відповідальність за зміст",
        "ru": "Ответственность за содержание",
        "tr": "İçerikten sorumlu",
    },
    "Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag ist die Leitung der Koordinierungsstelle für Integration, Anschrift wie oben.": {
        "en": "The person responsible for the content under Section 18(2) of the German Interstate Media Treaty (Medienstaatsvertrag) is the head of the Coordination Office for Integration, address as above.",
        "ar": "المسؤول عن المحتوى وفقًا للمادة 18 الفقرة 2 من معاهدة الإعلام بين الولايات الألمانية (Medienstaatsvertrag) هو رئاسة مكتب تنسيق الاندماج، والعنوان كما هو مذكور أعلاه.",
        "fa": "مسئول محتوا طبق بند ۱۸ پاراگراف ۲ پیمان رسانه‌ای ایالت‌های آلمان (Medienstaatsvertrag)، مدیریت دفتر هماهنگی ادغام است؛ نشانی مانند بالا.",
        "uk": "Відповідальним за зміст згідно з § 18 абз. 2 Міжземельного договору про медіа (Medienstaatsvertrag) є керівництво Координаційного центру з питань інтеграції, адреса зазначена вище.",
        "ru": "Ответственным за содержание согласно § 18 абз. 2 Межземельного договора о СМИ (Medienstaatsvertrag) является руководство Координационного центра по вопросам интеграции, адрес указан выше.",
        "tr": "Medya Eyaletlerarası Antlaşması (Medienstaatsvertrag) madde 18 fıkra 2 uyarınca içerikten sorumlu olan, Entegrasyon Koordinasyon Birimi yönetimidir; adres yukarıdaki gibidir.",
    },
    "Zuständige Aufsichtsbehörde ist das Landesverwaltungsamt Sachsen-Anhalt in Halle (Saale).": {
        "en": "The competent supervisory authority is the Saxony-Anhalt State Administration Office (Landesverwaltungsamt) in Halle (Saale).",
        "ar": "الجهة الرقابية المختصة هي مكتب الإدارة في ولاية ساكسونيا أنهالت (Landesverwaltungsamt) في مدينة هاله (Saale).",
        "fa": "نهاد نظارتی مسئول، اداره کل اداری ایالت زاکسن-آنهالت (Landesverwaltungsamt) در شهر هاله (Saale) است.",
        "uk": "Компетентним наглядовим органом є Земельне адміністративне управління Саксонії-Ангальт (Landesverwaltungsamt) у Галле (Заале).",
        "ru": "Компетентным надзорным органом является Земельное административное управление Саксонии-Анхальт (Landesverwaltungsamt) в Галле (Зале).",
        "tr": "Yetkili denetim makamı, Halle (Saale) şehrindeki Saksonya-Anhalt Eyalet İdare Dairesi’dir (Landesverwaltungsamt).",
    },
    "Hinweis: Demo-Inhalt": {
        "en": "Note: demo content",
        "ar": "ملاحظة: محتوى تجريبي",
        "fa": "توجه: محتوای نمایشی",
        "uk": "Примітка: демонстраційний вміст",
        "ru": "Примечание: демонстрационное содержимое",
        "tr": "Not: Demo içeriği",
    },
    "Diese Website ist eine Demonstration. Namen von Personen, Telefonnummern und E-Mail-Adressen sind erfunden.": {
        "en": "This website is a demonstration. Names of people, telephone numbers and email addresses are fictitious.",
        "ar": "هذا الموقع نموذج تجريبي. أسماء الأشخاص وأرقام الهواتف وعناوين البريد الإلكتروني من وحي الخيال.",
        "fa": "این وب‌سایت یک نمونه نمایشی است. نام افراد، شماره تلفن‌ها و نشانی‌های ایمیل ساختگی هستند.",
        "uk": "Цей сайт є демонстраційним. Імена людей, номери телефонів та адреси електронної пошти вигадані.",
        "ru": "Этот сайт является демонстрационным. Имена людей, номера телефонов и адреса электронной почты вымышлены.",
        "tr": "Bu web sitesi bir demodur. Kişi adları, telefon numaraları ve e-posta adresleri hayalîdir.",
    },
    # ================================================================== Datenschutz
    "Datenschutzerklärung": {
        "en": "Privacy policy",
        "ar": "سياسة الخصوصية",
        "fa": "سیاست حفظ حریم خصوصی",
        "uk": "Політика конфіденційності",
        "ru": "Политика конфиденциальности",
        "tr": "Gizlilik politikası",
    },
    "Hier erklären wir, welche Daten beim Besuch dieser Website verarbeitet werden. Wir erheben so wenig Daten wie möglich.": {
        "en": "Here we explain which data is processed when you visit this website. We collect as little data as possible.",
        "ar": "نوضّح هنا البيانات التي تُعالَج عند زيارة هذا الموقع. نحن نجمع أقل قدر ممكن من البيانات.",
        "fa": "در اینجا توضیح می‌دهیم که هنگام بازدید از این وب‌سایت چه داده‌هایی پردازش می‌شوند. ما تا حد امکان داده کمتری جمع‌آوری می‌کنیم.",
        "uk": "Тут ми пояснюємо, які дані обробляються під час відвідування цього сайту. Ми збираємо якомога менше даних.",
        "ru": "Здесь мы объясняем, какие данные обрабатываются при посещении этого сайта. Мы собираем как можно меньше данных.",
        "tr": "Burada bu web sitesini ziyaret ettiğinizde hangi verilerin işlendiğini açıklıyoruz. Mümkün olduğunca az veri topluyoruz.",
    },
    "Verantwortliche Stelle": {
        "en": "Controller",
        "ar": "الجهة المسؤولة",
        "fa": "نهاد مسئول",
        "uk": "Відповідальна установа",
        "ru": "Ответственная организация",
        "tr": "Sorumlu kurum",
    },
    "Verantwortlich für die Datenverarbeitung ist der Burgenlandkreis, Landratsamt, Schönburger Straße 41, 06618 Naumburg (Saale).": {
        "en": "The controller responsible for data processing is the Burgenlandkreis district, District Office (Landratsamt), Schönburger Straße 41, 06618 Naumburg (Saale).",
        "ar": "الجهة المسؤولة عن معالجة البيانات هي منطقة بورغنلاندكرايس، إدارة المقاطعة (Landratsamt)، Schönburger Straße 41, 06618 Naumburg (Saale).",
        "fa": "مسئول پردازش داده‌ها منطقه بورگن‌لاندکرایس، اداره منطقه (Landratsamt)، به نشانی Schönburger Straße 41, 06618 Naumburg (Saale) است.",
        "uk": "Відповідальним за обробку даних є район Бургенландкрайс, районна адміністрація (Landratsamt), Schönburger Straße 41, 06618 Naumburg (Saale).",
        "ru": "Ответственным за обработку данных является район Бургенландкрайс, районная администрация (Landratsamt), Schönburger Straße 41, 06618 Naumburg (Saale).",
        "tr": "Veri işlemeden sorumlu kurum: Burgenlandkreis, Bölge İdaresi (Landratsamt), Schönburger Straße 41, 06618 Naumburg (Saale).",
    },
    "Sie erreichen unseren Datenschutzbeauftragten unter datenschutz@example.org.": {
        "en": "You can contact our data protection officer at datenschutz@example.org.",
        "ar": "يمكنك التواصل مع مسؤول حماية البيانات لدينا عبر datenschutz@example.org.",
        "fa": "می‌توانید از طریق datenschutz@example.org با مسئول حفاظت از داده‌های ما تماس بگیرید.",
        "uk": "Зв’язатися з нашим уповноваженим із захисту даних можна за адресою datenschutz@example.org.",
        "ru": "Связаться с нашим уполномоченным по защите данных можно по адресу datenschutz@example.org.",
        "tr": "Veri koruma görevlimize datenschutz@example.org adresinden ulaşabilirsiniz.",
    },
    "Keine Tracking-Cookies, keine fremden Server": {
        "en": "No tracking cookies, no third-party servers",
        "ar": "لا ملفات تعريف ارتباط للتتبع ولا خوادم خارجية",
        "fa": "بدون کوکی‌های ردیابی، بدون سرورهای خارجی",
        "uk": "Жодних відстежувальних cookie, жодних сторонніх серверів",
        "ru": "Никаких отслеживающих cookie, никаких сторонних серверов",
        "tr": "İzleme çerezi yok, üçüncü taraf sunucu yok",
    },
    "Diese Website setzt <b>keine Tracking-Cookies</b> und nutzt keine Analyse-Werkzeuge.": {
        "en": "This website sets <b>no tracking cookies</b> and uses no analytics tools.",
        "ar": "لا يستخدم هذا الموقع <b>أي ملفات تعريف ارتباط للتتبع</b> ولا أي أدوات تحليل.",
        "fa": "این وب‌سایت <b>هیچ کوکی ردیابی</b> ذخیره نمی‌کند و از هیچ ابزار تحلیلی استفاده نمی‌کند.",
        "uk": "Цей сайт <b>не використовує відстежувальних cookie</b> та жодних інструментів аналітики.",
        "ru": "Этот сайт <b>не использует отслеживающие cookie</b> и какие-либо инструменты веб-аналитики.",
        "tr": "Bu web sitesi <b>izleme çerezleri</b> kullanmaz ve analiz araçlarından yararlanmaz.",
    },
    "Schriften, Bilder und Skripte werden nur von unserem eigenen Server geladen. Es werden keine Inhalte von anderen Anbietern nachgeladen.": {
        "en": "Fonts, images and scripts are loaded only from our own server. No content is loaded from other providers.",
        "ar": "يتم تحميل الخطوط والصور والبرمجيات النصية من خادمنا الخاص فقط. ولا يتم تحميل أي محتوى من مزوّدين آخرين.",
        "fa": "فونت‌ها، تصاویر و اسکریپت‌ها فقط از سرور خود ما بارگذاری می‌شوند. هیچ محتوایی از ارائه‌دهندگان دیگر بارگذاری نمی‌شود.",
        "uk": "Шрифти, зображення та скрипти завантажуються лише з нашого власного сервера. Жоден вміст не завантажується від інших постачальників.",
        "ru": "Шрифты, изображения и скрипты загружаются только с нашего собственного сервера. Никакое содержимое не подгружается с серверов других поставщиков.",
        "tr": "Yazı tipleri, görseller ve betikler yalnızca kendi sunucumuzdan yüklenir. Başka sağlayıcılardan hiçbir içerik yüklenmez.",
    },
    "Videos erst nach einem Klick": {
        "en": "Videos only after a click",
        "ar": "الفيديوهات لا تُحمَّل إلا بعد النقر",
        "fa": "ویدئوها فقط پس از کلیک",
        "uk": "Відео лише після натискання",
        "ru": "Видео только после нажатия",
        "tr": "Videolar yalnızca tıkladıktan sonra",
    },
    "Eingebettete Videos von YouTube werden erst geladen, wenn Sie auf das Video klicken. Erst dann werden Daten, zum Beispiel Ihre IP-Adresse, an YouTube (Google) übertragen.": {
        "en": "Embedded YouTube videos are only loaded when you click on the video. Only then is data, such as your IP address, transmitted to YouTube (Google).",
        "ar": "لا يتم تحميل مقاطع فيديو يوتيوب المضمّنة إلا عندما تنقر على الفيديو. وعندها فقط تُنقل بيانات، مثل عنوان IP الخاص بك، إلى يوتيوب (Google).",
        "fa": "ویدئوهای جاسازی‌شده یوتیوب تنها زمانی بارگذاری می‌شوند که روی ویدئو کلیک کنید. فقط در آن هنگام داده‌هایی مانند نشانی IP شما به یوتیوب (Google) منتقل می‌شود.",
        "uk": "Вбудовані відео з YouTube завантажуються лише тоді, коли ви натискаєте на відео. Тільки тоді дані, наприклад ваша IP-адреса, передаються до YouTube (Google).",
        "ru": "Встроенные видео с YouTube загружаются только после того, как вы нажмёте на видео. Только тогда данные, например ваш IP-адрес, передаются в YouTube (Google).",
        "tr": "Yerleştirilmiş YouTube videoları ancak videoya tıkladığınızda yüklenir. Ancak o zaman IP adresiniz gibi veriler YouTube’a (Google) aktarılır.",
    },
    "Weitere Informationen": {
        "en": "Further information",
        "ar": "معلومات إضافية",
        "fa": "اطلاعات بیشتر",
        "uk": "Додаткова інформація",
        "ru": "Дополнительная информация",
        "tr": "Ek bilgiler",
    },
    "Wofür gibt es das Sprach-Cookie?": {
        "en": "What is the language cookie for?",
        "ar": "ما الغرض من ملف تعريف الارتباط الخاص باللغة؟",
        "fa": "کوکی زبان برای چیست؟",
        "uk": "Для чого потрібен мовний файл cookie?",
        "ru": "Для чего нужен языковой файл cookie?",
        "tr": "Dil çerezi ne işe yarar?",
    },
    "Wenn Sie eine Sprache auswählen, speichern wir Ihre Auswahl in einem kleinen Cookie. So zeigt die Website beim nächsten Besuch direkt Ihre Sprache.": {
        "en": "When you choose a language, we save your choice in a small cookie. That way the website shows your language straight away on your next visit.",
        "ar": "عندما تختار لغة، نحفظ اختيارك في ملف تعريف ارتباط صغير. وهكذا يعرض الموقع لغتك مباشرة في زيارتك القادمة.",
        "fa": "وقتی زبانی را انتخاب می‌کنید، انتخاب شما را در یک کوکی کوچک ذخیره می‌کنیم. به این ترتیب سایت در بازدید بعدی مستقیماً به زبان شما نمایش داده می‌شود.",
        "uk": "Коли ви обираєте мову, ми зберігаємо ваш вибір у невеликому файлі cookie. Тож під час наступного відвідування сайт одразу відкриється вашою мовою.",
        "ru": "Когда вы выбираете язык, мы сохраняем ваш выбор в небольшом файле cookie. Так при следующем посещении сайт сразу откроется на вашем языке.",
        "tr": "Bir dil seçtiğinizde, seçiminizi küçük bir çerezde saklarız. Böylece web sitesi bir sonraki ziyaretinizde doğrudan sizin dilinizde açılır.",
    },
    "Das Cookie enthält nur das Sprachkürzel, zum Beispiel „ar“. Es ist technisch notwendig (§ 25 Abs. 2 Nr. 2 TDDDG).": {
        "en": "The cookie only contains the language code, for example “ar”. It is technically necessary (Section 25(2) no. 2 TDDDG).",
        "ar": "يحتوي ملف تعريف الارتباط على رمز اللغة فقط، مثل «ar». وهو ضروري من الناحية التقنية (المادة 25 الفقرة 2 البند 2 من قانون TDDDG).",
        "fa": "این کوکی فقط کد زبان را در خود دارد، برای مثال «ar». این کوکی از نظر فنی ضروری است (بند ۲۵ پاراگراف ۲ شماره ۲ قانون TDDDG).",
        "uk": "Файл cookie містить лише код мови, наприклад «ar». Він технічно необхідний (§ 25 абз. 2 п. 2 TDDDG).",
        "ru": "Файл cookie содержит только код языка, например «ar». Он технически необходим (§ 25 абз. 2 п. 2 TDDDG).",
        "tr": "Çerez yalnızca dil kodunu içerir, örneğin “ar”. Teknik olarak zorunludur (TDDDG madde 25 fıkra 2 bent 2).",
    },
    "Welche Daten speichert der Server?": {
        "en": "What data does the server store?",
        "ar": "ما البيانات التي يحفظها الخادم؟",
        "fa": "سرور چه داده‌هایی را ذخیره می‌کند؟",
        "uk": "Які дані зберігає сервер?",
        "ru": "Какие данные сохраняет сервер?",
        "tr": "Sunucu hangi verileri saklar?",
    },
    "Bei jedem Aufruf speichert der Server automatisch technische Daten: IP-Adresse, Datum und Uhrzeit, aufgerufene Seite und Browser-Typ.": {
        "en": "Each time a page is accessed, the server automatically stores technical data: IP address, date and time, the page accessed and the browser type.",
        "ar": "عند كل زيارة يحفظ الخادم تلقائيًا بيانات تقنية: عنوان IP، والتاريخ والوقت، والصفحة التي تمّت زيارتها، ونوع المتصفح.",
        "fa": "سرور با هر بار بازدید، به‌طور خودکار داده‌های فنی را ذخیره می‌کند: نشانی IP، تاریخ و ساعت، صفحه بازدیدشده و نوع مرورگر.",
        "uk": "Під час кожного звернення сервер автоматично зберігає технічні дані: IP-адресу, дату й час, відкриту сторінку та тип браузера.",
        "ru": "При каждом обращении сервер автоматически сохраняет технические данные: IP-адрес, дату и время, открытую страницу и тип браузера.",
        "tr": "Sunucu her ziyarette otomatik olarak teknik verileri kaydeder: IP adresi, tarih ve saat, açılan sayfa ve tarayıcı türü.",
    },
    "Wir brauchen diese Daten für den sicheren Betrieb der Website (Art. 6 Abs. 1 lit. e DSGVO). Sie werden nach 14 Tagen gelöscht.": {
        "en": "We need this data to operate the website securely (Art. 6(1)(e) GDPR). It is deleted after 14 days.",
        "ar": "نحتاج إلى هذه البيانات لتشغيل الموقع بشكل آمن (المادة 6 (1) (e) من اللائحة العامة لحماية البيانات GDPR). ويتم حذفها بعد 14 يومًا.",
        "fa": "ما برای اداره امن وب‌سایت به این داده‌ها نیاز داریم (ماده ۶ بند ۱ قسمت e مقررات عمومی حفاظت از داده‌ها، GDPR). این داده‌ها پس از ۱۴ روز حذف می‌شوند.",
        "uk": "Ці дані потрібні нам для безпечної роботи сайту (ст. 6 абз. 1 літ. e GDPR). Їх видаляють через 14 днів.",
        "ru": "Эти данные нужны нам для безопасной работы сайта (ст. 6 абз. 1 лит. e GDPR). Они удаляются через 14 дней.",
        "tr": "Bu verilere web sitesinin güvenli işletimi için ihtiyaç duyarız (GDPR madde 6 fıkra 1 bent e). Veriler 14 gün sonra silinir.",
    },
    "Welche Rechte habe ich?": {
        "en": "What rights do I have?",
        "ar": "ما هي حقوقي؟",
        "fa": "چه حقوقی دارم؟",
        "uk": "Які в мене права?",
        "ru": "Какие у меня есть права?",
        "tr": "Hangi haklara sahibim?",
    },
    "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie das Recht auf Widerspruch und Datenübertragbarkeit (Art. 15 bis 21 DSGVO).": {
        "en": "You have the right of access, rectification, erasure and restriction of processing, as well as the right to object and the right to data portability (Art. 15 to 21 GDPR).",
        "ar": "لديك الحق في الاطلاع على بياناتك وتصحيحها وحذفها وتقييد معالجتها، وكذلك الحق في الاعتراض وفي نقل البيانات (المواد 15 إلى 21 من اللائحة العامة لحماية البيانات GDPR).",
        "fa": "شما حق دسترسی، اصلاح، حذف و محدود کردن پردازش داده‌ها و همچنین حق اعتراض و حق انتقال‌پذیری داده‌ها را دارید (مواد ۱۵ تا ۲۱ مقررات عمومی حفاظت از داده‌ها، GDPR).",
        "uk": "Ви маєте право на доступ до даних, їх виправлення, видалення та обмеження обробки, а також право на заперечення та перенесення даних (ст. 15–21 GDPR).",
        "ru": "Вы имеете право на получение информации, исправление, удаление и ограничение обработки данных, а также право на возражение и переносимость данных (ст. 15–21 GDPR).",
        "tr": "Bilgi alma, düzeltme, silme ve işlemenin kısıtlanmasını isteme haklarının yanı sıra itiraz etme ve veri taşınabilirliği haklarına sahipsiniz (GDPR madde 15-21).",
    },
    "Sie können sich außerdem bei der Aufsichtsbehörde beschweren. Das ist der Landesbeauftragte für den Datenschutz Sachsen-Anhalt in Magdeburg.": {
        "en": "You can also lodge a complaint with the supervisory authority. This is the State Commissioner for Data Protection of Saxony-Anhalt in Magdeburg.",
        "ar": "يمكنك أيضًا تقديم شكوى إلى الجهة الرقابية، وهي مفوّض حماية البيانات في ولاية ساكسونيا أنهالت في ماغدبورغ.",
        "fa": "همچنین می‌توانید به نهاد نظارتی شکایت کنید. این نهاد، کمیسر حفاظت از داده‌های ایالت زاکسن-آنهالت در ماگدبورگ است.",
        "uk": "Ви також можете подати скаргу до наглядового органу. Це Уповноважений із захисту даних землі Саксонія-Ангальт у Магдебурзі.",
        "ru": "Вы также можете подать жалобу в надзорный орган. Это Уполномоченный по защите данных земли Саксония-Анхальт в Магдебурге.",
        "tr": "Ayrıca denetim makamına şikâyette bulunabilirsiniz. Bu makam, Magdeburg’daki Saksonya-Anhalt Eyaleti Veri Koruma Görevlisi’dir.",
    },
    "Datenschutzbeauftragter des Landratsamtes": {
        "en": "Data protection officer of the district office",
        "ar": "مسؤول حماية البيانات في إدارة المقاطعة",
        "fa": "مسئول حفاظت از داده‌های اداره منطقه",
        "uk": "Уповноважений із захисту даних районної адміністрації",
        "ru": "Уполномоченный по защите данных районной администрации",
        "tr": "Bölge İdaresi Veri Koruma Görevlisi",
    },
    "Fragen zum Datenschutz": {
        "en": "Questions about data protection",
        "ar": "أسئلة حول حماية البيانات",
        "fa": "پرسش‌های مربوط به حفاظت از داده‌ها",
        "uk": "Питання щодо захисту даних",
        "ru": "Вопросы о защите данных",
        "tr": "Veri korumayla ilgili sorular",
    },
    "03445 000001": {
        "en": "03445 000001",
        "ar": "03445 000001",
        "fa": "03445 000001",
        "uk": "03445 000001",
        "ru": "03445 000001",
        "tr": "03445 000001",
    },
    "datenschutz@example.org": {
        "en": "datenschutz@example.org",
        "ar": "datenschutz@example.org",
        "fa": "datenschutz@example.org",
        "uk": "datenschutz@example.org",
        "ru": "datenschutz@example.org",
        "tr": "datenschutz@example.org",
    },
    # ================================================================== Barrierefreiheit
    "Erklärung zur Barrierefreiheit": {
        "en": "Accessibility statement",
        "ar": "بيان إمكانية الوصول",
        "fa": "بیانیه دسترس‌پذیری",
        "uk": "Заява про доступність",
        "ru": "Заявление о доступности",
        "tr": "Erişilebilirlik beyanı",
    },
    "Der Burgenlandkreis möchte, dass alle Menschen diese Website gut nutzen können. Diese Erklärung gilt für die Website des Integrationsnetzwerks.": {
        "en": "The Burgenlandkreis district wants everyone to be able to use this website easily. This statement applies to the website of the integration network.",
        "ar": "تريد منطقة بورغنلاندكرايس أن يتمكن جميع الناس من استخدام هذا الموقع بسهولة. ينطبق هذا البيان على موقع شبكة الاندماج.",
        "fa": "منطقه بورگن‌لاندکرایس می‌خواهد همه مردم بتوانند به‌راحتی از این وب‌سایت استفاده کنند. این بیانیه مربوط به وب‌سایت شبکه ادغام است.",
        "uk": "Бургенландкрайс прагне, щоб усі люди могли зручно користуватися цим сайтом. Ця заява стосується сайту інтеграційної мережі.",
        "ru": "Бургенландкрайс стремится к тому, чтобы все люди могли удобно пользоваться этим сайтом. Это заявление относится к сайту интеграционной сети.",
        "tr": "Burgenlandkreis, herkesin bu web sitesini rahatça kullanabilmesini istiyor. Bu beyan, entegrasyon ağının web sitesi için geçerlidir.",
    },
    "Stand der Vereinbarkeit": {
        "en": "Compliance status",
        "ar": "مدى التوافق مع المتطلبات",
        "fa": "وضعیت انطباق",
        "uk": "Стан відповідності",
        "ru": "Степень соответствия",
        "tr": "Uyumluluk durumu",
    },
    "Diese Website ist <b>teilweise barrierefrei</b>. Sie erfüllt die Anforderungen der BITV 2.0 und der WCAG 2.1 (Stufe AA) noch nicht vollständig.": {
        "en": "This website is <b>partially accessible</b>. It does not yet fully meet the requirements of BITV 2.0 and WCAG 2.1 (level AA).",
        "ar": "هذا الموقع <b>متوافق جزئيًا</b> مع متطلبات إمكانية الوصول، إذ لا يستوفي بعدُ بشكل كامل متطلبات BITV 2.0 وWCAG 2.1 (المستوى AA).",
        "fa": "این وب‌سایت <b>تا حدی دسترس‌پذیر</b> است. این سایت هنوز به‌طور کامل الزامات BITV 2.0 و WCAG 2.1 (سطح AA) را برآورده نمی‌کند.",
        "uk": "Цей сайт <b>частково доступний</b>. Він ще не повністю відповідає вимогам BITV 2.0 та WCAG 2.1 (рівень AA).",
        "ru": "Этот сайт <b>частично доступен</b>. Он пока не полностью соответствует требованиям BITV 2.0 и WCAG 2.1 (уровень AA).",
        "tr": "Bu web sitesi <b>kısmen erişilebilirdir</b>. BITV 2.0 ve WCAG 2.1 (AA düzeyi) gerekliliklerini henüz tam olarak karşılamamaktadır.",
    },
    "Die Erklärung wurde am 1. März 2025 auf Grundlage einer Selbstbewertung erstellt.": {
        "en": "This statement was prepared on 1 March 2025 on the basis of a self-assessment.",
        "ar": "أُعدّ هذا البيان في 1 مارس 2025 استنادًا إلى تقييم ذاتي.",
        "fa": "این بیانیه در ۱ مارس ۲۰۲۵ بر اساس یک خودارزیابی تهیه شده است.",
        "uk": "Цю заяву складено 1 березня 2025 року на основі самооцінки.",
        "ru": "Это заявление составлено 1 марта 2025 года на основе самооценки.",
        "tr": "Bu beyan, 1 Mart 2025 tarihinde bir öz değerlendirmeye dayanılarak hazırlanmıştır.",
    },
    "Was noch nicht barrierefrei ist": {
        "en": "What is not yet accessible",
        "ar": "ما لا يزال غير متاح للجميع",
        "fa": "مواردی که هنوز دسترس‌پذیر نیستند",
        "uk": "Що ще не є доступним",
        "ru": "Что пока не доступно",
        "tr": "Henüz erişilebilir olmayanlar",
    },
    "Einige ältere PDF-Dokumente sind nicht barrierefrei. Bitte fragen Sie uns, wenn Sie ein Dokument in einer anderen Form brauchen.": {
        "en": "Some older PDF documents are not accessible. Please ask us if you need a document in a different format.",
        "ar": "بعض مستندات PDF القديمة غير متاحة بشكل كامل للأشخاص ذوي الإعاقة. يُرجى أن تسألنا إذا كنت بحاجة إلى مستند بصيغة أخرى.",
        "fa": "برخی از اسناد PDF قدیمی‌تر دسترس‌پذیر نیستند. اگر سندی را در قالب دیگری نیاز دارید، لطفاً از ما بخواهید.",
        "uk": "Деякі старіші PDF-документи не є доступними. Будь ласка, зверніться до нас, якщо вам потрібен документ в іншому форматі.",
        "ru": "Некоторые более старые PDF-документы не являются доступными. Пожалуйста, обратитесь к нам, если вам нужен документ в другом формате.",
        "tr": "Bazı eski PDF belgeleri erişilebilir değildir. Bir belgeye başka bir biçimde ihtiyacınız varsa lütfen bize sorun.",
    },
    "Nicht alle Videos haben Untertitel in allen Sprachen.": {
        "en": "Not all videos have subtitles in all languages.",
        "ar": "ليست كل مقاطع الفيديو مزوّدة بترجمة مكتوبة بجميع اللغات.",
        "fa": "همه ویدئوها به همه زبان‌ها زیرنویس ندارند.",
        "uk": "Не всі відео мають субтитри всіма мовами.",
        "ru": "Не все видео имеют субтитры на всех языках.",
        "tr": "Tüm videoların tüm dillerde altyazısı yoktur.",
    },
    "Barrieren melden": {
        "en": "Report a barrier",
        "ar": "الإبلاغ عن العوائق",
        "fa": "گزارش موانع",
        "uk": "Повідомити про бар’єр",
        "ru": "Сообщить о барьере",
        "tr": "Engel bildirin",
    },
    "Haben Sie eine Barriere gefunden? Dann schreiben Sie uns bitte. Wir antworten so schnell wie möglich, spätestens nach sechs Wochen.": {
        "en": "Have you found a barrier? Then please write to us. We will reply as quickly as possible, within six weeks at the latest.",
        "ar": "هل وجدت عائقًا؟ يُرجى مراسلتنا. سنرد في أسرع وقت ممكن، وفي موعد أقصاه ستة أسابيع.",
        "fa": "به مانعی برخورد کرده‌اید؟ لطفاً برای ما بنویسید. ما در اسرع وقت و حداکثر ظرف شش هفته پاسخ می‌دهیم.",
        "uk": "Ви виявили бар’єр? Тоді, будь ласка, напишіть нам. Ми відповімо якомога швидше, не пізніше ніж за шість тижнів.",
        "ru": "Вы обнаружили барьер? Пожалуйста, напишите нам. Мы ответим как можно скорее, но не позднее чем через шесть недель.",
        "tr": "Bir engelle mi karşılaştınız? O zaman lütfen bize yazın. En kısa sürede, en geç altı hafta içinde yanıt veririz.",
    },
    "Kontakt für Barrierefreiheit": {
        "en": "Accessibility contact",
        "ar": "جهة الاتصال الخاصة بإمكانية الوصول",
        "fa": "رابط امور دسترس‌پذیری",
        "uk": "Контакт з питань доступності",
        "ru": "Контакт по вопросам доступности",
        "tr": "Erişilebilirlik irtibatı",
    },
    "barrierefreiheit@example.org": {
        "en": "barrierefreiheit@example.org",
        "ar": "barrierefreiheit@example.org",
        "fa": "barrierefreiheit@example.org",
        "uk": "barrierefreiheit@example.org",
        "ru": "barrierefreiheit@example.org",
        "tr": "barrierefreiheit@example.org",
    },
    "Schlichtungsverfahren": {
        "en": "Conciliation procedure",
        "ar": "إجراءات التسوية",
        "fa": "روند میانجیگری",
        "uk": "Процедура примирення",
        "ru": "Согласительная процедура",
        "tr": "Arabuluculuk süreci",
    },
    "Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie einen Antrag bei der Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz (BGG) stellen. Das Verfahren ist kostenlos.": {
        "en": "If you are not satisfied with our response, you can submit an application to the conciliation body under Section 16 of the Disability Equality Act (BGG). The procedure is free of charge.",
        "ar": "إذا لم تكن راضيًا عن ردّنا، يمكنك تقديم طلب إلى هيئة التسوية وفقًا للمادة 16 من قانون المساواة للأشخاص ذوي الإعاقة (BGG). الإجراء مجاني.",
        "fa": "اگر از پاسخ ما راضی نیستید، می‌توانید طبق بند ۱۶ قانون برابری افراد دارای معلولیت (BGG) به نهاد میانجیگری درخواست بدهید. این روند رایگان است.",
        "uk": "Якщо вас не задовольнила наша відповідь, ви можете подати заяву до органу примирення відповідно до § 16 Закону про рівноправність людей з інвалідністю (BGG). Процедура безкоштовна.",
        "ru": "Если вас не устроил наш ответ, вы можете подать заявление в согласительную комиссию согласно § 16 Закона о равноправии людей с инвалидностью (BGG). Процедура бесплатная.",
        "tr": "Yanıtımızdan memnun kalmazsanız, Engellilerin Eşitliği Kanunu (BGG) madde 16 uyarınca arabuluculuk kuruluna başvurabilirsiniz. Süreç ücretsizdir.",
    },
    "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz, Mauerstraße 53, 10117 Berlin": {
        "en": "Conciliation Body under the Disability Equality Act (Schlichtungsstelle BGG), Mauerstraße 53, 10117 Berlin",
        "ar": "هيئة التسوية وفق قانون المساواة للأشخاص ذوي الإعاقة (Schlichtungsstelle BGG)، Mauerstraße 53, 10117 Berlin",
        "fa": "نهاد میانجیگری طبق قانون برابری افراد دارای معلولیت (Schlichtungsstelle BGG)، Mauerstraße 53, 10117 Berlin",
        "uk": "Орган примирення за Законом про рівноправність людей з інвалідністю (Schlichtungsstelle BGG), Mauerstraße 53, 10117 Berlin",
        "ru": "Согласительная комиссия по Закону о равноправии людей с инвалидностью (Schlichtungsstelle BGG), Mauerstraße 53, 10117 Berlin",
        "tr": "Engellilerin Eşitliği Kanunu Arabuluculuk Kurulu (Schlichtungsstelle BGG), Mauerstraße 53, 10117 Berlin",
    },
}


if __name__ == "__main__":
    # Self-check: every translatable German string has a real translation in every language.
    VERBATIM_OK = {
        "name",
        "phone",
        "email",
        "address",
    }  # contact card fields that may stay as they are
    BLOCK_TYPES = {
        "heading",
        "paragraph",
        "info_box",
        "accordion",
        "contact_card",
        "quote",
        "cta",
        "video",
    }
    problems = []
    warnings = []
    found = {}  # German string -> True if it may stay identical

    def add(text, where, verbatim_ok=False):
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty or not a string: {text!r}")
            return
        found[text] = found.get(text, True) and verbatim_ok

    keys = [page["key"] for page in PAGES]
    if len(keys) != len(set(keys)):
        problems.append("duplicate page keys")
    seen = set()
    videos = 0
    for page in PAGES:
        key = page["key"]
        if page["type"] == "home":
            if page["parent"] is not None:
                problems.append(f"{key}: home page must not have a parent")
        elif page["parent"] not in seen:
            problems.append(f"{key}: parent {page['parent']!r} missing or listed later")
        seen.add(key)
        if page["members_only"] != (key == "mitglieder"):
            problems.append(f"{key}: members_only is wrong")
        add(page["title"], f"{key}.title")
        if page["type"] == "home":
            add(page["hero_heading"], f"{key}.hero_heading")
            add(page["hero_intro"], f"{key}.hero_intro")
        else:
            add(page["intro"], f"{key}.intro")
        if not 3 <= len(page["body"]) <= 8:
            warnings.append(f"{key}: {len(page['body'])} blocks (expected 3-8)")
        for index, (block_type, value) in enumerate(page["body"]):
            where = f"{key}.body[{index}].{block_type}"
            if block_type not in BLOCK_TYPES:
                problems.append(f"{where}: unknown block type")
            elif block_type == "heading":
                add(value["text"], where)
                if value["level"] not in ("h2", "h3"):
                    problems.append(f"{where}: bad level")
            elif block_type == "paragraph":
                for text in value:
                    add(text, where)
            elif block_type == "info_box":
                if value["kind"] not in ("note", "warning"):
                    problems.append(f"{where}: bad kind")
                add(value["title"], where)
                for text in value["text"]:
                    add(text, where)
            elif block_type == "accordion":
                add(value["title"], where)
                for item in value["items"]:
                    add(item["question"], where)
                    for text in item["answer"]:
                        add(text, where)
            elif block_type == "contact_card":
                for field in (
                    "name",
                    "role",
                    "organisation",
                    "phone",
                    "email",
                    "address",
                    "languages",
                ):
                    add(value[field], f"{where}.{field}", field in VERBATIM_OK)
            elif block_type == "quote":
                add(value["text"], where)
                add(value["attribution"], where)
            elif block_type == "cta":
                add(value["label"], where)
                if value["page"] not in keys or value["page"] == key:
                    problems.append(f"{where}: bad target page {value['page']!r}")
            elif block_type == "video":
                videos += 1
                if key != "ueber-uns":
                    problems.append(f"{where}: video only allowed on ueber-uns")
                prefix = "https://www.youtube.com/watch?v="
                if not value["url"].startswith(prefix) or len(value["url"]) - len(prefix) != 11:
                    problems.append(f"{where}: bad video url")
                add(value["title"], where)
                add(value["caption"], where)
    if videos > 1:
        problems.append("more than one video block")

    for text, verbatim_ok in found.items():
        entry = TRANSLATIONS.get(text)
        if entry is None:
            problems.append(f"MISSING: {text!r}")
            continue
        for language in LANGUAGES:
            translated = entry.get(language)
            if not translated or not translated.strip():
                problems.append(f"MISSING {language}: {text!r}")
                continue
            for tag in ("<b>", "</b>"):
                if text.count(tag) != translated.count(tag):
                    problems.append(f"TAG COUNT {tag} {language}: {text!r}")
            if translated == text and not verbatim_ok and sum(char.isalpha() for char in text) > 3:
                warnings.append(f"IDENTICAL {language}: {text!r}")
            if '"' in translated or "<" in translated.replace("<b>", "").replace("</b>", ""):
                warnings.append(f"ODD CHARACTER {language}: {translated!r}")
        extra = set(entry) - set(LANGUAGES)
        if extra:
            warnings.append(f"extra languages {sorted(extra)}: {text!r}")
    for text in TRANSLATIONS:
        if text not in found:
            warnings.append(f"UNUSED translation: {text!r}")

    print(f"{len(PAGES)} pages: {', '.join(keys)}")
    print(
        f"{len(found)} translatable strings, {len(TRANSLATIONS)} translation entries, "
        f"{len(LANGUAGES)} languages"
    )
    for line in problems:
        print("ERROR:", line)
    for line in warnings:
        print("WARNING:", line)
    print("OK: nothing missing" if not problems else f"{len(problems)} problem(s)")
