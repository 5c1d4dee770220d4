# ruff: noqa: E501 -- long natural-language strings are kept on one line
"""Demo documents (data only): categories, the two libraries, the documents and their files.

German is the source language. The files are in docpages/demo/files/ (made by
scripts/make_demo_documents.py); a document's title and description are in its own language.
People, addresses and numbers are fictitious (example.org, …000000).

TRANSLATIONS maps every translatable German string to its translations, in the format of
home/demo/data.py. docpages/demo/checks.py checks that every string is translated.
"""

from pathlib import Path

# The documents' files: real small documents, committed (see scripts/make_demo_documents.py).
FILES = Path(__file__).resolve().parent / "files"

# Categories exist in every language.
LANGUAGES = ["en", "ar", "fa", "uk", "ru", "tr"]
# The public library is translated into these; the other languages get aliases.
LIBRARY_LANGUAGES = ["en", "ar", "uk"]

CATEGORIES = [
    # slug (the same in every language), German name
    ("formulare", "Formulare"),
    ("ratgeber", "Ratgeber"),
    ("flyer", "Flyer"),
    ("berichte", "Berichte"),
    ("protokolle", "Protokolle"),
]

PUBLIC_COLLECTION = "Öffentliche Dokumente"
MEMBERS_COLLECTION = "Mitgliederbereich"

LIBRARY = {
    "parent": "home",
    "slug": "dokumente",
    "title": "Dokumente und Formulare",
    "intro": "Formulare, Ratgeber und Flyer des Netzwerks zum Herunterladen, viele davon in mehreren Sprachen.",
    "body": [
        (
            "paragraph",
            [
                "Suchen Sie nach einem Stichwort oder filtern Sie nach Kategorie und Sprache. Die Suche findet auch Wörter im Text von PDF-Dateien.",
                "Fehlt ein Dokument oder ist eines veraltet? Schreiben Sie uns an integration@example.org.",
            ],
        )
    ],
    "collection": PUBLIC_COLLECTION,
}

MEMBERS_LIBRARY = {
    "parent": "mitglieder",
    "slug": "protokolle",
    "title": "Protokolle für Mitglieder",
    "intro": "Protokolle der Netzwerktreffen und Arbeitsunterlagen, nur für Mitglieder des Netzwerks.",
    "body": [
        (
            "paragraph",
            [
                "Bitte geben Sie diese Unterlagen nicht weiter: Sie enthalten Absprachen, die noch nicht öffentlich sind.",
            ],
        )
    ],
    "collection": MEMBERS_COLLECTION,
    # Public documents the members' library shows as well (picked one by one).
    "picks": ["antrag-fahrtkostenzuschuss", "fahrtkosten-abrechnung"],
}

COORDINATION_OFFICE = "Koordinierungsstelle für Integration (Beispiel)"

# "file" is the name in files/; "original" the key of the document this one translates.
DOCUMENTS = [
    {
        "key": "anmeldeformular-sprachcafe",
        "file": "anmeldeformular-sprachcafe.pdf",
        "title": "Anmeldeformular Sprachcafé",
        "description": "Zum Ausdrucken: Anmeldung zum Sprachcafé in Naumburg, mit Wunsch nach Kinderbetreuung.",
        "category": "formulare",
        "language": "de",
        "publisher": "Sprachbrücke Naumburg e. V.",
        "as_of": "2026-02-01",
        "tags": ["Sprachcafé", "Anmeldung"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "antrag-fahrtkostenzuschuss",
        "file": "antrag-fahrtkostenzuschuss.docx",
        "title": "Antrag Fahrtkostenzuschuss für Ehrenamtliche",
        "description": "Word-Formular zum Ausfüllen: 0,30 Euro je Kilometer, höchstens 50 Euro im Monat.",
        "category": "formulare",
        "language": "de",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-07-01",
        "tags": ["Ehrenamt", "Fahrtkosten"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "fahrtkosten-abrechnung",
        "file": "fahrtkosten-abrechnung.xlsx",
        "title": "Fahrtkosten-Abrechnung",
        "description": "Tabelle für die gefahrenen Kilometer eines Monats; rechnet den Betrag aus. Gehört zum Antrag auf Fahrtkostenzuschuss.",
        "category": "formulare",
        "language": "de",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-07-01",
        "tags": ["Ehrenamt", "Fahrtkosten"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "wegweiser",
        "file": "wegweiser-beratungsstellen-de.pdf",
        "title": "Wegweiser Beratungsstellen im Burgenlandkreis",
        "description": "Welche Stelle hilft bei Aufenthalt, Arbeit, Schule und Schulden? Mit Telefonnummern.",
        "category": "ratgeber",
        "language": "de",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-10-01",
        "tags": ["Beratung", "Ankommen"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "wegweiser-en",
        "original": "wegweiser",
        "file": "wegweiser-beratungsstellen-en.pdf",
        "title": "Guide to counselling services in the Burgenlandkreis",
        "description": "Which service helps with residence, work, school and debts? With phone numbers.",
        "category": "ratgeber",
        "language": "en",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-10-01",
        "tags": ["Beratung", "Ankommen"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "wegweiser-ar",
        "original": "wegweiser",
        "file": "wegweiser-beratungsstellen-ar.pdf",
        "title": "دليل مراكز الاستشارة في منطقة بورغنلاند",
        "description": "أي مركز يساعد في الإقامة والعمل والمدرسة والديون؟ مع أرقام الهواتف.",
        "category": "ratgeber",
        "language": "ar",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-10-01",
        "tags": ["Beratung", "Ankommen"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "wegweiser-uk",
        "original": "wegweiser",
        "file": "wegweiser-beratungsstellen-uk.pdf",
        "title": "Путівник: консультаційні служби в районі Бургенланд",
        "description": "Яка служба допоможе з питаннями перебування, роботи, школи та боргів? З номерами телефонів.",
        "category": "ratgeber",
        "language": "uk",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-10-01",
        "tags": ["Beratung", "Ankommen"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "flyer-iwo",
        "file": "flyer-interkulturelle-woche-2026-de.pdf",
        "title": "Flyer Interkulturelle Woche 2026",
        "description": "Das Programm vom 20. bis 27. September: Eröffnungsfest, Kochabend, Fußballturnier.",
        "category": "flyer",
        "language": "de",
        "publisher": "Integrationsnetzwerk Burgenlandkreis",
        "as_of": "2026-08-15",
        "tags": ["Interkulturelle Woche"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "flyer-iwo-ar",
        "original": "flyer-iwo",
        "file": "flyer-interkulturelle-woche-2026-ar.pdf",
        "title": "نشرة الأسبوع بين الثقافات 2026",
        "description": "البرنامج من 20 إلى 27 سبتمبر: حفل الافتتاح وأمسية الطبخ ودوري كرة القدم.",
        "category": "flyer",
        "language": "ar",
        "publisher": "Integrationsnetzwerk Burgenlandkreis",
        "as_of": "2026-08-15",
        "tags": ["Interkulturelle Woche"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "flyer-iwo-fa",
        "original": "flyer-iwo",
        "file": "flyer-interkulturelle-woche-2026-fa.pdf",
        "title": "بروشور هفته بین‌فرهنگی ۲۰۲۶",
        "description": "برنامه ۲۰ تا ۲۷ سپتامبر: جشن افتتاحیه، شب آشپزی، مسابقه فوتبال.",
        "category": "flyer",
        "language": "fa",
        "publisher": "Integrationsnetzwerk Burgenlandkreis",
        "as_of": "2026-08-15",
        "tags": ["Interkulturelle Woche"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "flyer-iwo-ru",
        "original": "flyer-iwo",
        "file": "flyer-interkulturelle-woche-2026-ru.pdf",
        "title": "Флаер Межкультурной недели 2026",
        "description": "Программа с 20 по 27 сентября: праздник открытия, кулинарный вечер, футбольный турнир.",
        "category": "flyer",
        "language": "ru",
        "publisher": "Integrationsnetzwerk Burgenlandkreis",
        "as_of": "2026-08-15",
        "tags": ["Interkulturelle Woche"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "flyer-iwo-tr",
        "original": "flyer-iwo",
        "file": "flyer-interkulturelle-woche-2026-tr.pdf",
        "title": "Kültürlerarası Hafta 2026 el ilanı",
        "description": "20-27 Eylül programı: açılış şenliği, yemek akşamı, futbol turnuvası.",
        "category": "flyer",
        "language": "tr",
        "publisher": "Integrationsnetzwerk Burgenlandkreis",
        "as_of": "2026-08-15",
        "tags": ["Interkulturelle Woche"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "plakat-iwo",
        "file": "flyer-interkulturelle-woche-2026.png",
        "title": "Interkulturelle Woche 2026 – Bild für soziale Medien",
        "description": "Das Programm als Bild (PNG, 800 × 1000 Pixel) zum Teilen in Messengern und sozialen Netzwerken.",
        "category": "flyer",
        "language": "de",
        "publisher": "Integrationsnetzwerk Burgenlandkreis",
        "as_of": "2026-08-15",
        "tags": ["Interkulturelle Woche"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "checkliste",
        "file": "checkliste-erste-schritte.odt",
        "title": "Checkliste: Die ersten Wochen im Burgenlandkreis",
        "description": "Wohnsitz anmelden, Krankenversicherung, Konto, Kita und Schule, Integrationskurs: zum Abhaken.",
        "category": "ratgeber",
        "language": "de",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-05-04",
        "tags": ["Ankommen"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "sprachcafe-leichte-sprache",
        "file": "sprachcafe-leichte-sprache.txt",
        "title": "Das Sprachcafé in Leichter Sprache",
        "description": "Wann und wo ist das Sprachcafé? Kurz und einfach erklärt.",
        "category": "ratgeber",
        "language": "de-simple",
        "publisher": "Sprachbrücke Naumburg e. V.",
        "as_of": "2026-04-20",
        "tags": ["Sprachcafé", "Leichte Sprache"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "sprachkurse",
        "file": "uebersicht-sprachkurse.ods",
        "title": "Übersicht Sprachkurse im Burgenlandkreis",
        "description": "Integrations-, Berufs- und Alltagskurse nach Ort, mit Niveau, Zeiten und Kinderbetreuung.",
        "category": "ratgeber",
        "language": "de",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-10-01",
        "tags": ["Sprachkurs"],
        "collection": PUBLIC_COLLECTION,
    },
    {
        "key": "jahresbericht-2025",
        "file": "jahresbericht-2025.pdf",
        "title": "Jahresbericht 2025 des Integrationsnetzwerks",
        "description": "Das Netzwerk in Zahlen, Schwerpunkte des Jahres und der Ausblick auf 2026.",
        "category": "berichte",
        "language": "de",
        "publisher": "Integrationsnetzwerk Burgenlandkreis",
        "as_of": "2026-03-31",
        "tags": ["Netzwerk"],
        "collection": PUBLIC_COLLECTION,
    },
    # ------------------------------------------------------------ members only
    {
        "key": "protokoll-2026-03",
        "file": "protokoll-netzwerktreffen-2026-03.pdf",
        "title": "Protokoll Netzwerktreffen März 2026",
        "description": "Rückblick Winter, Dolmetscherpool, Planung der Interkulturellen Woche.",
        "category": "protokolle",
        "language": "de",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-03-11",
        "tags": ["Netzwerktreffen"],
        "collection": MEMBERS_COLLECTION,
    },
    {
        "key": "protokoll-2026-06",
        "file": "protokoll-netzwerktreffen-2026-06.docx",
        "title": "Protokoll Netzwerktreffen Juni 2026",
        "description": "Fahrtkostenzuschuss bewilligt, Programm der Interkulturellen Woche.",
        "category": "protokolle",
        "language": "de",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-06-10",
        "tags": ["Netzwerktreffen"],
        "collection": MEMBERS_COLLECTION,
    },
    {
        "key": "protokoll-2026-09",
        "file": "protokoll-netzwerktreffen-2026-09.odt",
        "title": "Protokoll Netzwerktreffen September 2026",
        "description": "Letzte Absprachen zur Interkulturellen Woche, zwei neue Mitglieder.",
        "category": "protokolle",
        "language": "de",
        "publisher": COORDINATION_OFFICE,
        "as_of": "2026-09-09",
        "tags": ["Netzwerktreffen"],
        "collection": MEMBERS_COLLECTION,
    },
]

# Shared by the demo member (see home/demo/data.py, DEMO_USERS) and waiting for a coordinator.
PENDING = {
    "file": "einladung-elterncafe-zeitz.pdf",
    "title": "Einladung zum Elterncafé in Zeitz",
    "description": "Jeden ersten Freitag im Monat im Bürgerzentrum Zeitz, auf Deutsch, Ukrainisch und Arabisch.",
    "category": "flyer",
    "language": "de",
    "publisher": "Ukrainische Elterninitiative Zeitz",
    "submitted_by": "mitglied",
}

TRANSLATIONS = {
    # ================================================================== Categories
    "Formulare": {
        "en": "Forms",
        "ar": "استمارات",
        "fa": "فرم‌ها",
        "uk": "Бланки",
        "ru": "Бланки",
        "tr": "Formlar",
    },
    "Ratgeber": {
        "en": "Guides",
        "ar": "أدلة إرشادية",
        "fa": "راهنماها",
        "uk": "Довідники",
        "ru": "Справочники",
        "tr": "Rehberler",
    },
    "Flyer": {
        "en": "Flyers",
        "ar": "نشرات",
        "fa": "بروشورها",
        "uk": "Листівки",
        "ru": "Листовки",
        "tr": "El ilanları",
    },
    "Berichte": {
        "en": "Reports",
        "ar": "تقارير",
        "fa": "گزارش‌ها",
        "uk": "Звіти",
        "ru": "Отчёты",
        "tr": "Raporlar",
    },
    "Protokolle": {
        "en": "Minutes",
        "ar": "محاضر الاجتماعات",
        "fa": "صورت‌جلسه‌ها",
        "uk": "Протоколи",
        "ru": "Протоколы",
        "tr": "Toplantı tutanakları",
    },
    # ================================================================== Public library
    "Dokumente und Formulare": {
        "en": "Documents and forms",
        "ar": "وثائق واستمارات",
        "uk": "Документи та бланки",
    },
    "Formulare, Ratgeber und Flyer des Netzwerks zum Herunterladen, viele davon in mehreren Sprachen.": {
        "en": "The network's forms, guides and flyers to download, many of them in several languages.",
        "ar": "استمارات الشبكة وأدلتها ونشراتها للتنزيل، وكثير منها بعدة لغات.",
        "uk": "Бланки, довідники та листівки мережі для завантаження, багато з них кількома мовами.",
    },
    "Suchen Sie nach einem Stichwort oder filtern Sie nach Kategorie und Sprache. Die Suche findet auch Wörter im Text von PDF-Dateien.": {
        "en": "Search for a keyword or filter by category and language. The search also finds words inside PDF files.",
        "ar": "ابحث بكلمة مفتاحية أو صفِّ النتائج حسب الفئة واللغة. يجد البحث أيضًا الكلمات داخل نصوص ملفات PDF.",
        "uk": "Шукайте за ключовим словом або фільтруйте за категорією та мовою. Пошук знаходить і слова в тексті PDF-файлів.",
    },
    "Fehlt ein Dokument oder ist eines veraltet? Schreiben Sie uns an integration@example.org.": {
        "en": "Is a document missing or out of date? Write to us at integration@example.org.",
        "ar": "هل ينقص مستند أو أصبح أحدها قديمًا؟ راسلونا على integration@example.org.",
        "uk": "Бракує документа або якийсь застарів? Напишіть нам на integration@example.org.",
    },
}
