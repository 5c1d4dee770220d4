# ruff: noqa: E501 -- long natural-language strings are kept on one line
"""Make the sample files of the demo libraries in docpages/demo/files/ (development only).

    apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-core
    .venv/bin/python scripts/make_demo_documents.py

The site never runs this: the files it makes are committed and docpages/demo/ loads them.
Texts are written here as OpenDocument text in pure Python; LibreOffice turns them into PDF
(with the Noto fonts, so Arabic and Persian are shaped and their text stays extractable) and
DOCX. Spreadsheets are written with openpyxl (a Wagtail dependency) and converted to ODS by
LibreOffice; the flyer picture is drawn with Pillow. All people, addresses and numbers are
fictitious (example.org, …000000).
"""

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docpages" / "demo" / "files"
FONTS = Path("/usr/share/fonts/truetype/noto")
RTL = {"ar", "fa"}
COUNTRIES = {"de": "DE", "en": "GB", "ar": "SY", "fa": "IR", "uk": "UA", "ru": "RU", "tr": "TR"}

# Each text: a file name, its language, the formats to write, then its lines: the first is the
# title (a heading), "## " starts a sub-heading, "- " a list item, anything else a paragraph.
TEXTS = [
    {
        "name": "anmeldeformular-sprachcafe",
        "language": "de",
        "formats": ["pdf"],
        "lines": [
            "Anmeldung zum Sprachcafé",
            "Sprachbrücke Naumburg e. V. – jeden Dienstag von 16 bis 18 Uhr im Mehrgenerationenhaus Naumburg, Weißenfelser Straße 12.",
            "Name, Vorname: ______________________________",
            "Telefon oder E-Mail: __________________________",
            "Meine Sprachen: ______________________________",
            "Ich möchte:   [  ] Deutsch üben   [  ] beim Gespräch helfen   [  ] die Kinderbetreuung nutzen",
            "Datum, Unterschrift: ___________________________",
            "Wir nutzen Ihre Angaben nur, um das Sprachcafé zu organisieren, und geben sie nicht weiter. Sie können Ihre Einwilligung jederzeit widerrufen: sprachcafe@example.org.",
        ],
    },
    {
        "name": "antrag-fahrtkostenzuschuss",
        "language": "de",
        "formats": ["docx"],
        "lines": [
            "Antrag auf Fahrtkostenzuschuss für Ehrenamtliche",
            "Ehrenamtliche im Integrationsnetzwerk Burgenlandkreis erhalten für Fahrten zu Begleitungen, Sprachcafés und Netzwerktreffen 0,30 Euro je gefahrenem Kilometer, höchstens 50 Euro im Monat.",
            "## Antragstellerin / Antragsteller",
            "Name, Vorname: ______________________________",
            "Anschrift: __________________________________",
            "IBAN: ______________________________________",
            "Verein oder Initiative: ________________________",
            "## Zeitraum und Betrag",
            "Monat: ____________   Gefahrene Kilometer: ________   Betrag: ________ Euro",
            "Bitte legen Sie die ausgefüllte Fahrtkosten-Abrechnung bei.",
            "Ort, Datum, Unterschrift: ________________________",
            "An: Koordinierungsstelle für Integration, Landratsamt Burgenlandkreis (Beispiel), integration@example.org",
        ],
    },
    {
        "name": "wegweiser-beratungsstellen-de",
        "language": "de",
        "formats": ["pdf"],
        "lines": [
            "Wegweiser: Beratungsstellen im Burgenlandkreis",
            "Die Beratung ist kostenlos und vertraulich. Viele Stellen vermitteln Dolmetscherinnen und Dolmetscher. Bitte vereinbaren Sie einen Termin.",
            "## Migrationsberatung für Erwachsene",
            "Aufenthalt, Arbeit, Wohnung, Sprachkurse. In Naumburg, Weißenfels und Zeitz. Telefon 03445 000000.",
            "## Jugendmigrationsdienst",
            "Für junge Menschen von 12 bis 27 Jahren: Schule, Ausbildung und Beruf. Telefon 03443 000000.",
            "## Sozial- und Schuldnerberatung",
            "Hilfe bei Anträgen, Briefen von Ämtern und Schulden. Telefon 03441 000000.",
            "## Koordinierungsstelle für Integration",
            "Landratsamt Burgenlandkreis, Naumburg. Sie hilft Ihnen, die richtige Stelle zu finden: integration@example.org.",
            "Stand: Oktober 2026. Alle Angaben in diesem Beispiel sind erfunden.",
        ],
    },
    {
        "name": "wegweiser-beratungsstellen-en",
        "language": "en",
        "formats": ["pdf"],
        "lines": [
            "Guide: counselling services in the Burgenlandkreis",
            "Counselling is free and confidential. Many services can arrange an interpreter. Please make an appointment.",
            "## Migration counselling for adults",
            "Residence, work, housing, language courses. In Naumburg, Weißenfels and Zeitz. Phone 03445 000000.",
            "## Youth migration service",
            "For young people aged 12 to 27: school, vocational training and work. Phone 03443 000000.",
            "## Social and debt counselling",
            "Help with applications, letters from authorities and debts. Phone 03441 000000.",
            "## Integration coordination office",
            "District office of the Burgenlandkreis, Naumburg. It helps you find the right service: integration@example.org.",
            "As of October 2026. All details in this example are fictitious.",
        ],
    },
    {
        "name": "wegweiser-beratungsstellen-ar",
        "language": "ar",
        "formats": ["pdf"],
        "lines": [
            "دليل مراكز الاستشارة في منطقة بورغنلاند",
            "الاستشارة مجانية وسرية. يمكن لكثير من المراكز توفير مترجم. يُرجى حجز موعد مسبقًا.",
            "## استشارة الهجرة للبالغين",
            "الإقامة والعمل والسكن ودورات اللغة. في ناومبورغ وفايسنفلس وتسايتس. الهاتف 03445 000000.",
            "## خدمة هجرة الشباب",
            "للشباب من عمر 12 إلى 27 عامًا: المدرسة والتدريب المهني والعمل. الهاتف 03443 000000.",
            "## الاستشارة الاجتماعية واستشارة الديون",
            "المساعدة في الطلبات ورسائل الدوائر الرسمية والديون. الهاتف 03441 000000.",
            "## مكتب تنسيق الاندماج",
            "مكتب إدارة المنطقة في ناومبورغ. يساعدك في العثور على المركز المناسب: integration@example.org",
            "الحالة: أكتوبر 2026. جميع البيانات في هذا المثال خيالية.",
        ],
    },
    {
        "name": "wegweiser-beratungsstellen-uk",
        "language": "uk",
        "formats": ["pdf"],
        "lines": [
            "Путівник: консультаційні служби в районі Бургенланд",
            "Консультації безкоштовні та конфіденційні. Багато служб можуть запросити перекладача. Будь ласка, домовтеся про зустріч.",
            "## Міграційна консультація для дорослих",
            "Перебування, робота, житло, мовні курси. У Наумбурзі, Вайсенфельсі та Цайці. Телефон 03445 000000.",
            "## Молодіжна міграційна служба",
            "Для молоді від 12 до 27 років: школа, професійне навчання та робота. Телефон 03443 000000.",
            "## Соціальна консультація та консультація щодо боргів",
            "Допомога із заявами, листами від установ і боргами. Телефон 03441 000000.",
            "## Координаційний центр з питань інтеграції",
            "Районна адміністрація Бургенланду, Наумбург. Допоможе знайти потрібну службу: integration@example.org.",
            "Станом на жовтень 2026 року. Усі дані в цьому прикладі вигадані.",
        ],
    },
    {
        "name": "flyer-interkulturelle-woche-2026-de",
        "language": "de",
        "formats": ["pdf"],
        "lines": [
            "Interkulturelle Woche 2026 im Burgenlandkreis",
            "Vom 20. bis 27. September feiern wir gemeinsam. Der Eintritt ist frei, alle sind willkommen!",
            "- Sonntag, 20. September, 14 Uhr: Eröffnungsfest auf dem Marktplatz Weißenfels",
            "- Mittwoch, 23. September, 18 Uhr: Internationaler Kochabend im Bürgerzentrum Zeitz",
            "- Samstag, 26. September, 10 Uhr: Fußballturnier für alle auf dem Sportplatz Osterfeld",
            "Veranstalter: Integrationsnetzwerk Burgenlandkreis, integration@example.org",
        ],
    },
    {
        "name": "flyer-interkulturelle-woche-2026-ar",
        "language": "ar",
        "formats": ["pdf"],
        "lines": [
            "الأسبوع بين الثقافات 2026 في منطقة بورغنلاند",
            "من 20 إلى 27 سبتمبر نحتفل معًا. الدخول مجاني والجميع مرحب بهم!",
            "- الأحد 20 سبتمبر، الساعة 14: حفل الافتتاح في ساحة السوق في فايسنفلس",
            "- الأربعاء 23 سبتمبر، الساعة 18: أمسية طبخ دولية في المركز المدني في تسايتس",
            "- السبت 26 سبتمبر، الساعة 10: دوري كرة قدم للجميع في ملعب أوسترفيلد",
            "الجهة المنظمة: شبكة الاندماج في منطقة بورغنلاند، integration@example.org",
        ],
    },
    {
        "name": "flyer-interkulturelle-woche-2026-fa",
        "language": "fa",
        "formats": ["pdf"],
        "lines": [
            "هفته بین‌فرهنگی ۲۰۲۶ در منطقه بورگن‌لند",
            "از ۲۰ تا ۲۷ سپتامبر با هم جشن می‌گیریم. ورود رایگان است و همه خوش آمدید!",
            "- یکشنبه ۲۰ سپتامبر، ساعت ۱۴: جشن افتتاحیه در میدان بازار وایسنفلس",
            "- چهارشنبه ۲۳ سپتامبر، ساعت ۱۸: شب آشپزی بین‌المللی در مرکز شهروندی تسایتس",
            "- شنبه ۲۶ سپتامبر، ساعت ۱۰: مسابقه فوتبال برای همه در زمین ورزش اوسترفلد",
            "برگزارکننده: شبکه ادغام منطقه بورگن‌لند، integration@example.org",
        ],
    },
    {
        "name": "flyer-interkulturelle-woche-2026-ru",
        "language": "ru",
        "formats": ["pdf"],
        "lines": [
            "Межкультурная неделя 2026 в районе Бургенланд",
            "С 20 по 27 сентября мы празднуем вместе. Вход свободный, приглашаются все!",
            "- Воскресенье, 20 сентября, 14:00: праздник открытия на Рыночной площади Вайсенфельса",
            "- Среда, 23 сентября, 18:00: международный кулинарный вечер в Гражданском центре Цайца",
            "- Суббота, 26 сентября, 10:00: футбольный турнир для всех на стадионе Остерфельда",
            "Организатор: Сеть интеграции района Бургенланд, integration@example.org",
        ],
    },
    {
        "name": "flyer-interkulturelle-woche-2026-tr",
        "language": "tr",
        "formats": ["pdf"],
        "lines": [
            "Kültürlerarası Hafta 2026 Burgenlandkreis'te",
            "20-27 Eylül tarihleri arasında birlikte kutluyoruz. Giriş ücretsizdir, herkes davetlidir!",
            "- Pazar, 20 Eylül, saat 14: Weißenfels Pazar Meydanı'nda açılış şenliği",
            "- Çarşamba, 23 Eylül, saat 18: Zeitz Vatandaş Merkezi'nde uluslararası yemek akşamı",
            "- Cumartesi, 26 Eylül, saat 10: Osterfeld spor sahasında herkes için futbol turnuvası",
            "Düzenleyen: Burgenlandkreis Entegrasyon Ağı, integration@example.org",
        ],
    },
    {
        "name": "checkliste-erste-schritte",
        "language": "de",
        "formats": ["odt"],
        "lines": [
            "Checkliste: Die ersten Wochen im Burgenlandkreis",
            "Diese Schritte helfen Ihnen beim Ankommen. Haken Sie ab, was erledigt ist.",
            "- [  ] Wohnsitz anmelden: beim Bürgeramt Ihrer Stadt oder Gemeinde, innerhalb von zwei Wochen nach dem Einzug",
            "- [  ] Krankenversicherung klären und die Versichertenkarte beantragen",
            "- [  ] Ein Konto eröffnen: Jede Bank muss ein Basiskonto anbieten",
            "- [  ] Kinder in der Kita oder Schule anmelden",
            "- [  ] Integrationskurs: Fragen Sie bei der Ausländerbehörde oder dem Jobcenter nach der Berechtigung",
            "- [  ] Beratung nutzen: Adressen finden Sie im Wegweiser Beratungsstellen",
        ],
    },
    {
        "name": "jahresbericht-2025",
        "language": "de",
        "formats": ["pdf"],
        "lines": [
            "Jahresbericht 2025 des Integrationsnetzwerks Burgenlandkreis",
            "## Das Netzwerk in Zahlen",
            "- 42 Mitgliedsorganisationen: Vereine, Beratungsstellen, Migrantenorganisationen und Behörden",
            "- 6 Netzwerktreffen mit durchschnittlich 18 Teilnehmenden",
            "- 118 Veranstaltungen im gemeinsamen Kalender, davon 35 mit Sprachmittlung",
            "- Sprachcafés an fünf Orten: Naumburg, Weißenfels, Zeitz, Hohenmölsen und Teuchern",
            "## Schwerpunkte",
            "Im Jahr 2025 hat das Netzwerk den Dolmetscherpool erweitert, die Interkulturelle Woche in drei Städten ausgerichtet und gemeinsam mit dem Jobcenter eine Sprechstunde zur Anerkennung ausländischer Abschlüsse eingerichtet.",
            "## Ausblick 2026",
            "Für 2026 plant das Netzwerk eine Beratungsstelle im ländlichen Raum um Elsteraue und mehr Angebote für Frauen mit kleinen Kindern.",
        ],
    },
    {
        "name": "protokoll-netzwerktreffen-2026-03",
        "language": "de",
        "formats": ["pdf"],
        "lines": [
            "Protokoll Netzwerktreffen am 11. März 2026",
            "Ort: Bürgerzentrum Zeitz. Beginn 16:00 Uhr, Ende 18:10 Uhr. Anwesend: 17 Personen aus 13 Organisationen. Protokoll: Koordinierungsstelle.",
            "## TOP 1: Rückblick Winter",
            "Die Sprachcafés in Naumburg und Zeitz waren gut besucht. In Teuchern fehlt ein Raum mit stufenlosem Zugang; die Stadtbibliothek prüft eine Rampe.",
            "## TOP 2: Dolmetscherpool",
            "Der Pool hat jetzt 23 Sprachmittlerinnen und Sprachmittler in 11 Sprachen. Anfragen bitte mindestens eine Woche vorher an die Koordinierungsstelle.",
            "## TOP 3: Interkulturelle Woche 2026",
            "Eine Arbeitsgruppe aus fünf Organisationen plant das Programm. Ideen bitte bis 30. April einreichen.",
            "## Beschlüsse",
            "- Das Netzwerk beantragt Mittel für einen Fahrtkostenzuschuss für Ehrenamtliche.",
            "- Nächstes Treffen: 10. Juni 2026 in Weißenfels.",
        ],
    },
    {
        "name": "protokoll-netzwerktreffen-2026-06",
        "language": "de",
        "formats": ["docx"],
        "lines": [
            "Protokoll Netzwerktreffen am 10. Juni 2026",
            "Ort: Interkultureller Verein Weißenfels e. V. Beginn 16:00 Uhr, Ende 17:45 Uhr. Anwesend: 15 Personen aus 12 Organisationen.",
            "## TOP 1: Fahrtkostenzuschuss",
            "Der Zuschuss ist bewilligt: 0,30 Euro je Kilometer, höchstens 50 Euro im Monat. Antrag und Abrechnung stehen in der Dokumentenbibliothek.",
            "## TOP 2: Programm der Interkulturellen Woche",
            "Eröffnungsfest in Weißenfels, Kochabend in Zeitz, Fußballturnier in Osterfeld. Flyer in fünf Sprachen; Übersetzungen bis 15. Juli.",
            "## TOP 3: Verschiedenes",
            "Das Familienzentrum Lützen sucht Ehrenamtliche für die Hausaufgabenhilfe.",
            "- Nächstes Treffen: 9. September 2026 in Naumburg.",
        ],
    },
    {
        "name": "protokoll-netzwerktreffen-2026-09",
        "language": "de",
        "formats": ["odt"],
        "lines": [
            "Protokoll Netzwerktreffen am 9. September 2026",
            "Ort: Mehrgenerationenhaus Naumburg. Beginn 16:00 Uhr, Ende 18:00 Uhr. Anwesend: 19 Personen aus 14 Organisationen.",
            "## TOP 1: Letzte Absprachen zur Interkulturellen Woche",
            "Alle Flyer sind gedruckt und in der Bibliothek. Für das Eröffnungsfest fehlen noch Helferinnen und Helfer für den Aufbau.",
            "## TOP 2: Neue Mitglieder",
            "Der Frauenverein Elsteraue und eine ukrainische Elterninitiative aus Zeitz treten dem Netzwerk bei.",
            "- Nächstes Treffen: 11. November 2026 in Zeitz.",
        ],
    },
    {
        "name": "einladung-elterncafe-zeitz",
        "language": "de",
        "formats": ["pdf"],
        "lines": [
            "Einladung zum Elterncafé in Zeitz",
            "Jeden ersten Freitag im Monat, 15 bis 17 Uhr, im Bürgerzentrum Zeitz, Altmarkt 7.",
            "Eltern aus allen Ländern treffen sich, trinken Kaffee und tauschen sich über Kita, Schule und Freizeit aus. Die Kinder spielen nebenan.",
            "Wir sprechen Deutsch, Ukrainisch und Arabisch. Eine Anmeldung ist nicht nötig.",
        ],
    },
]

LEICHTE_SPRACHE = """Das Sprachcafé
In Leichter Sprache

Im Sprachcafé sprechen wir Deutsch.
Sie können Deutsch üben.
Sie müssen nichts bezahlen.

Wann ist das Sprachcafé?
Jeden Dienstag.
Von 16 Uhr bis 18 Uhr.

Wo ist das Sprachcafé?
Im Mehrgenerationenhaus in Naumburg.
Weißenfelser Straße 12.

Sie können Ihre Kinder mitbringen.
Jemand passt auf die Kinder auf.

Sie haben Fragen?
Rufen Sie an: 03445 000001.
Oder schreiben Sie eine E-Mail: sprachcafe@example.org.
"""

SPRACHKURSE = {
    "name": "uebersicht-sprachkurse",
    "title": "Sprachkurse im Burgenlandkreis (Stand Oktober 2026, Beispieldaten)",
    "header": ["Ort", "Träger", "Kurs", "Niveau", "Zeiten", "Kinderbetreuung"],
    "rows": [
        [
            "Naumburg",
            "Volkshochschule (Beispiel)",
            "Integrationskurs",
            "A1–B1",
            "Mo–Fr 8:30–12:45",
            "ja",
        ],
        [
            "Weißenfels",
            "Sprachschule am Markt (Beispiel)",
            "Integrationskurs mit Alphabetisierung",
            "A1–B1",
            "Mo–Fr 8:30–13:00",
            "nein",
        ],
        [
            "Zeitz",
            "Bildungswerk Zeitz (Beispiel)",
            "Berufssprachkurs",
            "B1–B2",
            "Mo–Do 16:00–19:15",
            "nein",
        ],
        [
            "Hohenmölsen",
            "Bürgerhaus Hohenmölsen",
            "Deutsch für den Alltag (ehrenamtlich)",
            "A1",
            "Mi 10:00–11:30",
            "ja",
        ],
        [
            "Lützen",
            "Familienzentrum Lützen",
            "Elternkurs Deutsch",
            "A1–A2",
            "Di und Do 9:00–11:00",
            "ja",
        ],
        [
            "Teuchern",
            "Stadtbibliothek Teuchern",
            "Lesen und Schreiben üben",
            "A1",
            "Fr 14:00–15:30",
            "nein",
        ],
    ],
}


# ---------------------------------------------------------------------------------- ODT


def paragraph_style(name, language, parent):
    rtl = language in RTL
    country = COUNTRIES.get(language, "DE")
    paragraph = (
        '<style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="start"/>'
        if rtl
        else ""
    )
    if rtl:
        text = (
            f'<style:text-properties style:language-complex="{language}" '
            f'style:country-complex="{country}"/>'
        )
    else:
        text = f'<style:text-properties fo:language="{language}" fo:country="{country}"/>'
    return (
        f'<style:style style:name="{name}" style:family="paragraph" '
        f'style:parent-style-name="{parent}">{paragraph}{text}</style:style>'
    )


NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls>
<style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'"/>
<style:font-face style:name="Noto Naskh Arabic" svg:font-family="'Noto Naskh Arabic'"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:text-properties style:font-name="Noto Sans" fo:font-size="11pt" style:font-name-complex="Noto Naskh Arabic" style:font-size-complex="13pt"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="130%"/>
</style:style>
<style:style style:name="List_Item" style:display-name="List Item" style:family="paragraph" style:parent-style-name="Standard">
<style:paragraph-properties fo:margin-left="0.6cm" fo:margin-right="0cm" fo:text-indent="-0.4cm"/>
</style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
<style:paragraph-properties fo:margin-bottom="0.5cm"/>
<style:text-properties fo:font-size="19pt" fo:color="#1d4f6e" style:font-size-complex="21pt"/>
</style:style>
<style:style style:name="Heading_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
<style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm"/>
<style:text-properties fo:font-size="13.5pt" fo:color="#1d4f6e" style:font-size-complex="15pt"/>
</style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1">
<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
</style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>
"""

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def odt_content(lines, language):
    styles = "".join(
        paragraph_style(name, language, parent)
        for name, parent in (
            ("T", "Title"),
            ("H", "Heading_2"),
            ("P", "Standard"),
            ("L", "List_Item"),
        )
    )
    # The bullet in the Latin font: the Arabic one has none, and a third font costs bytes.
    styles += (
        '<style:style style:name="B" style:family="text"><style:text-properties '
        'style:font-name-complex="Noto Sans"/></style:style>'
    )
    body = [f'<text:h text:style-name="T" text:outline-level="1">{escape(lines[0])}</text:h>']
    for line in lines[1:]:
        if line.startswith("## "):
            body.append(
                f'<text:h text:style-name="H" text:outline-level="2">{escape(line[3:])}</text:h>'
            )
        elif line.startswith("- "):
            body.append(
                f'<text:p text:style-name="L"><text:span text:style-name="B">•</text:span>'
                f"<text:tab/>{escape(line[2:])}</text:p>"
            )
        else:
            body.append(f'<text:p text:style-name="P">{escape(line)}</text:p>')
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document-content>\n"
    )


def odt_meta(title, language):
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
        f"<dc:title>{escape(title)}</dc:title><dc:language>{language}</dc:language>"
        "<meta:generator>Integrationsnetzwerk Burgenlandkreis, Beispieldokument</meta:generator>"
        "</office:meta></office:document-meta>\n"
    )


def write_odt(path, lines, language):
    """An OpenDocument text: the mimetype stored first and uncompressed, as the format wants."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            zipfile.ZIP_STORED,
        )
        for name, data in (
            ("content.xml", odt_content(lines, language)),
            ("styles.xml", STYLES),
            ("meta.xml", odt_meta(lines[0], language)),
            ("META-INF/manifest.xml", MANIFEST),
        ):
            archive.writestr(name, data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------------------------- others


def write_spreadsheet(path):
    """The travel-cost sheet: one line per trip, the amount computed from the kilometres."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Abrechnung"
    sheet["A1"] = "Fahrtkosten-Abrechnung für Ehrenamtliche"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Name:"
    sheet["A3"] = "Monat:"
    sheet["A4"] = "Kilometerpauschale (Euro):"
    sheet["C4"] = 0.30
    header = ["Datum", "Anlass", "Von", "Nach", "Kilometer", "Betrag (Euro)"]
    for column, text in enumerate(header, start=1):
        sheet.cell(row=6, column=column, value=text).font = Font(bold=True)
    example = ["03.11.2026", "Begleitung zur Ausländerbehörde", "Teuchern", "Naumburg", 38]
    for column, value in enumerate(example, start=1):
        sheet.cell(row=7, column=column, value=value)
    for row in range(7, 17):
        sheet.cell(row=row, column=6, value=f"=E{row}*$C$4")
        sheet.cell(row=row, column=6).number_format = "0.00"
    sheet["E18"] = "Summe:"
    sheet["F18"] = "=MIN(SUM(F7:F16),50)"
    sheet["F18"].number_format = "0.00"
    sheet["A20"] = "Höchstens 50 Euro im Monat. Bitte mit dem Antrag an die Koordinierungsstelle."
    for column, width in zip("ABCDEF", (12, 34, 14, 14, 11, 14), strict=True):
        sheet.column_dimensions[column].width = width
    book.properties.title = "Fahrtkosten-Abrechnung"
    book.properties.creator = "Integrationsnetzwerk Burgenlandkreis"
    book.save(path)


def write_course_table(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Sprachkurse"
    sheet["A1"] = SPRACHKURSE["title"]
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(SPRACHKURSE["header"])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in SPRACHKURSE["rows"]:
        sheet.append(row)
    for column, width in zip("ABCDEF", (13, 32, 38, 9, 22, 16), strict=True):
        sheet.column_dimensions[column].width = width
    book.properties.title = "Sprachkurse im Burgenlandkreis"
    book.save(path)


def write_flyer_picture(path):
    """The flyer as a picture for social media (German), small thanks to a short palette."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = 800, 1000
    image = Image.new("RGB", (width, height), "#fdf6e3")
    draw = ImageDraw.Draw(image)
    bold = ImageFont.truetype(str(FONTS / "NotoSans-Bold.ttf"), 54)
    medium = ImageFont.truetype(str(FONTS / "NotoSans-Bold.ttf"), 30)
    regular = ImageFont.truetype(str(FONTS / "NotoSans-Regular.ttf"), 28)
    colours = ["#1d4f6e", "#e07a1f", "#3a8d5c", "#b8336a", "#f2c14e"]
    for number, colour in enumerate(colours):
        draw.rectangle([number * 160, 0, number * 160 + 159, 40], fill=colour)
        left, top = 540 + number * 25, 90 + number * 35
        draw.ellipse([left, top, left + 140, top + 140], outline=colour, width=9)
    y = 110
    for line in ("Interkulturelle", "Woche 2026"):
        draw.text((60, y), line, font=bold, fill="#1d4f6e")
        y += 70
    for line in ("im Burgenlandkreis", "20. bis 27. September"):
        draw.text((60, y + 10), line, font=medium, fill="#e07a1f")
        y += 42
    y += 70
    for day, what, place in (
        ("So 20.9., 14 Uhr", "Eröffnungsfest", "Marktplatz Weißenfels"),
        ("Mi 23.9., 18 Uhr", "Internationaler Kochabend", "Bürgerzentrum Zeitz"),
        ("Sa 26.9., 10 Uhr", "Fußballturnier für alle", "Sportplatz Osterfeld"),
    ):
        draw.rectangle([60, y, 72, y + 100], fill="#3a8d5c")
        draw.text((95, y), day, font=medium, fill="#333333")
        draw.text((95, y + 36), what, font=regular, fill="#333333")
        draw.text((95, y + 68), place, font=regular, fill="#666666")
        y += 135
    draw.text((60, y + 10), "Eintritt frei · Alle sind willkommen!", font=medium, fill="#b8336a")
    draw.text(
        (60, height - 110), "Integrationsnetzwerk Burgenlandkreis", font=regular, fill="#1d4f6e"
    )
    draw.text((60, height - 72), "integration@example.org", font=regular, fill="#1d4f6e")
    image.quantize(colors=32).save(path, optimize=True)


# ---------------------------------------------------------------------------------- main


def convert(soffice, source, target_format, directory, profile):
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(directory),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    return directory / f"{source.stem}.{target_format.split(':')[0]}"


def without_extras(path):
    """Drop LibreOffice's thumbnail and empty configuration folders: bytes nobody needs."""
    extras = ("Thumbnails/", "Configurations2/")
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            if info.filename.startswith(extras):
                continue
            if info.filename == "META-INF/manifest.xml":
                data = re.sub(
                    rb'<manifest:file-entry manifest:full-path="(?:Thumbnails|Configurations2)/[^>]*/>',
                    b"",
                    data,
                )
            target.writestr(info, data, info.compress_type)


def main():
    soffice = shutil.which("soffice")
    if soffice is None or not FONTS.is_dir():
        sys.exit("Needs LibreOffice and the Noto fonts: see the docstring of this script.")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        profile = scratch / "profile"
        for spec in TEXTS:
            source = scratch / f"{spec['name']}.odt"
            write_odt(source, spec["lines"], spec["language"])
            for file_format in spec["formats"]:
                if file_format == "odt":
                    made = source
                else:
                    made = convert(soffice, source, file_format, scratch, profile)
                shutil.copyfile(made, OUT / f"{spec['name']}.{file_format}")
        write_spreadsheet(OUT / "fahrtkosten-abrechnung.xlsx")
        courses = scratch / f"{SPRACHKURSE['name']}.xlsx"
        write_course_table(courses)
        table = OUT / f"{SPRACHKURSE['name']}.ods"
        shutil.copyfile(convert(soffice, courses, "ods", scratch, profile), table)
        without_extras(table)
    (OUT / "sprachcafe-leichte-sprache.txt").write_text(LEICHTE_SPRACHE, encoding="utf-8")
    write_flyer_picture(OUT / "flyer-interkulturelle-woche-2026.png")
    total = 0
    for path in sorted(OUT.iterdir()):
        total += path.stat().st_size
        print(f"{path.stat().st_size / 1024:7.1f} KB  {path.name}")
    print(f"{total / 1024:7.1f} KB  in all")


if __name__ == "__main__":
    main()
