# ruff: noqa: E501 -- long natural-language strings are kept on one line
"""Demo board (data only): topics, the board page, two extra members and four conversations.

German is the source language of the topics and the board; threads and replies are written
in German, Arabic and Ukrainian by the demo members. TRANSLATIONS maps every translatable
German string to its translations, in the format of home/demo/data.py. People and places in
the conversations are fictitious.
"""

# Topics and the board exist in every language.
LANGUAGES = ["en", "ar", "fa", "uk", "ru", "tr"]

TOPICS = [
    # slug (the same in every language), German name
    ("anfragen", "Anfragen"),
    ("angebote", "Angebote"),
    ("erfahrungen", "Erfahrungen"),
    ("nachbereitung", "Nachbereitung von Treffen"),
]

BOARD = {
    "slug": "austausch",
    "title": "Austausch",
    "intro": "Hier tauschen sich die Mitglieder des Netzwerks aus: Fragen stellen, Hilfe anbieten, Erfahrungen teilen und Treffen nachbereiten. Nur Mitglieder können die Beiträge lesen.",
}

# Members who write in Arabic and Ukrainian, added like the demo users of home/demo/data.py.
DEMO_MEMBERS = [
    # username, first name, language of their emails, description
    ("amira", "Amira", "ar", "Netzwerk-Mitglied (schreibt Arabisch)"),
    ("olena", "Olena", "uk", "Netzwerk-Mitglied (schreibt Ukrainisch)"),
]

# Newest activity last here; `days_ago` is the thread's start, `hours` each reply's delay.
THREADS = [
    {
        "title": "Nachbereitung: Netzwerktreffen in Naumburg",
        "topic": "nachbereitung",
        "author": "koordination",
        "language": "de",
        "days_ago": 14,
        "events": ["netzwerktreffen-naumburg"],
        "body": "Danke an alle, die beim Netzwerktreffen dabei waren! Die wichtigsten Punkte:\n\n1. Der Dolmetscherpool wird größer – bitte meldet eure Sprachkenntnisse bis Monatsende.\n2. Freie Räume für Gruppen sammeln wir ab jetzt hier im Austausch.\n3. Das nächste Treffen findet in Weißenfels statt.\n\nDie Folien liegen unter https://example.org/netzwerktreffen/folien – das Protokoll kommt per E-Mail. Ergänzungen gern hier als Antwort.",
        "replies": [
            (
                "amira",
                "ar",
                5,
                "شكرًا على الملخص! أستطيع المساعدة في الترجمة إلى العربية، وكذلك في مراجعة النصوص المترجمة قبل نشرها.",
            ),
            (
                "olena",
                "uk",
                26,
                "Дякую за підсумки! Я перекладаю українською та російською. Запишіть мене, будь ласка, до пулу перекладачів.",
            ),
            (
                "koordination",
                "de",
                30,
                "Danke, Amira und Olena, ihr steht jetzt beide im Dolmetscherpool.",
            ),
        ],
    },
    {
        "title": "Досвід: група підтримки для батьків у Цайці",
        "topic": "erfahrungen",
        "author": "olena",
        "language": "uk",
        "days_ago": 9,
        "body": "Уже пів року ми проводимо щотижневі зустрічі для батьків з України в Цайці.\n\nЩо спрацювало: зустрічі в суботу зранку, догляд за дітьми в сусідній кімнаті та запрошені гості зі школи і з Jobcenter.\nЩо не спрацювало: оголошення лише у Facebook – більшість батьків дізналися про нас від знайомих.\n\nОхоче поділюся нашим планом зустрічей з іншими групами.",
        "replies": [
            (
                "mitglied",
                "de",
                3,
                "Danke für den Bericht! Wie habt ihr die Kinderbetreuung organisiert – mit Ehrenamtlichen oder über einen Träger?",
            ),
            (
                "olena",
                "uk",
                7,
                "Через волонтерів: дві студентки з Наумбурга доглядають за дітьми, а наше об'єднання виплачує їм невелику компенсацію.",
            ),
        ],
    },
    {
        "title": "غرفة مجانية لمقهى اللغة في فايسنفلس",
        "topic": "angebote",
        "author": "amira",
        "language": "ar",
        "days_ago": 5,
        "body": "لدى جمعيتنا في فايسنفلس غرفة فارغة كل يوم أربعاء من الساعة الخامسة حتى الثامنة مساءً. تتسع لعشرين شخصًا تقريبًا، وفيها مطبخ صغير وسبورة.\n\nيمكن لأي مجموعة من الشبكة استخدامها مجانًا لمقهى اللغة أو للقاءات أخرى. اكتبوا لي هنا إذا كنتم مهتمين.",
        "replies": [
            (
                "olena",
                "uk",
                4,
                "Дякую, Аміро! Наша українська група якраз шукає місце для мовного кафе. Чи можна приходити з дітьми?",
            ),
            (
                "amira",
                "ar",
                6,
                "نعم بالتأكيد، الأطفال مرحّب بهم. توجد ألعاب وكتب للأطفال في الغرفة المجاورة.",
            ),
            (
                "koordination",
                "de",
                20,
                "Ein schönes Angebot! Ich nehme den Raum in unsere Liste freier Räume auf.",
            ),
        ],
    },
    {
        "title": "Dolmetscher*in für Dari am Freitag gesucht",
        "topic": "anfragen",
        "author": "mitglied",
        "language": "de",
        "days_ago": 2,
        "body": "Hallo zusammen,\n\nam Freitag um 10 Uhr begleite ich eine afghanische Familie zur Ausländerbehörde in Naumburg. Wir brauchen jemanden, der Dari dolmetscht, für etwa zwei Stunden. Fahrtkosten übernimmt unser Verein.\n\nKann jemand helfen oder kennt jemanden?",
        "replies": [
            (
                "koordination",
                "de",
                2,
                "Im Dolmetscherpool gibt es zwei Personen für Dari. Ich frage heute noch nach und melde mich bis morgen Mittag bei dir.",
            ),
            (
                "amira",
                "ar",
                5,
                "مرحبًا ميلان، أنا لا أتكلم الدارية، لكن زميلتي في مركز الاستشارة في تسايتس تتكلمها جيدًا. هل أعطيها رقم هاتفك؟",
            ),
            (
                "mitglied",
                "de",
                22,
                "Danke euch beiden! Kim hat jemanden gefunden, der Termin am Freitag ist gesichert.",
            ),
        ],
    },
]

TRANSLATIONS = {
    # Topics
    "Anfragen": {
        "en": "Requests",
        "ar": "طلبات",
        "fa": "درخواست‌ها",
        "uk": "Запити",
        "ru": "Запросы",
        "tr": "Talepler",
    },
    "Angebote": {
        "en": "Offers",
        "ar": "عروض",
        "fa": "پیشنهادها",
        "uk": "Пропозиції",
        "ru": "Предложения",
        "tr": "Teklifler",
    },
    "Erfahrungen": {
        "en": "Experiences",
        "ar": "تجارب",
        "fa": "تجربه‌ها",
        "uk": "Досвід",
        "ru": "Опыт",
        "tr": "Deneyimler",
    },
    "Nachbereitung von Treffen": {
        "en": "Meeting follow-up",
        "ar": "متابعة الاجتماعات",
        "fa": "پیگیری جلسه‌ها",
        "uk": "Підсумки зустрічей",
        "ru": "Итоги встреч",
        "tr": "Toplantı sonrası değerlendirme",
    },
    # The board
    "Austausch": {
        "en": "Exchange",
        "ar": "منتدى التبادل",
        "fa": "تبادل نظر",
        "uk": "Обмін досвідом",
        "ru": "Обмен опытом",
        "tr": "Fikir alışverişi",
    },
    BOARD["intro"]: {
        "en": "Here the network's members talk to each other: ask questions, offer help, share experience and follow up on meetings. Only members can read the posts.",
        "ar": "هنا يتبادل أعضاء الشبكة الآراء: اطرحوا الأسئلة، واعرضوا المساعدة، وشاركوا تجاربكم، وتابعوا الاجتماعات. لا يستطيع قراءة المشاركات إلا الأعضاء.",
        "fa": "اینجا اعضای شبکه با هم گفتگو می‌کنند: پرسش بپرسید، کمک پیشنهاد دهید، تجربه‌هایتان را به اشتراک بگذارید و جلسه‌ها را پیگیری کنید. فقط اعضا می‌توانند نوشته‌ها را بخوانند.",
        "uk": "Тут учасники мережі спілкуються між собою: ставте запитання, пропонуйте допомогу, діліться досвідом і підбивайте підсумки зустрічей. Читати дописи можуть лише учасники.",
        "ru": "Здесь участники сети общаются друг с другом: задавайте вопросы, предлагайте помощь, делитесь опытом и подводите итоги встреч. Читать сообщения могут только участники.",
        "tr": "Burada ağın üyeleri birbiriyle fikir alışverişinde bulunur: soru sorun, yardım önerin, deneyimlerinizi paylaşın ve toplantıları değerlendirin. Yazıları yalnızca üyeler okuyabilir.",
    },
}
