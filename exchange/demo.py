# ruff: noqa: E501 -- long natural-language strings are kept on one line
"""Demo board: four topics, the members-only page "Austausch" and a few conversations.

Called through the `load_demo_content` hook by home.demo.load_demo(), after the events demo
(INSTALLED_APPS order), so a thread can point at a demo event; without it the link is left out.
Topics and the board are written in German and translated into every language through
wagtail-localize (as home.demo does it); the board is then restricted to the member area
groups, and core.privacy copies the restriction into every language.

Threads and replies are written in German, Arabic and Ukrainian by the demo members: those of
home.demo plus two members added here the same way. They are created as rows, not through
exchange.services, because loading the demo mails nobody. Dates follow from the day the demo
is loaded. Running it again changes nothing that exists (the demo users' passwords are reset,
as home.demo does it).
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from core.roles import MEMBER_AREA_GROUPS, MEMBERS
from home import demo as home_demo

from .models import BoardPage, NotificationPreference, Post, Thread, Topic

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

# Members who write in Arabic and Ukrainian, added like home.demo.DEMO_USERS.
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


def translate(instance, locale):
    """Translate through wagtail-localize with this app's demo texts (see home.demo)."""
    return home_demo.translate(instance, locale, TRANSLATIONS, keep=("slug",))


def ensure_topics(german, locales):
    topics = {}
    for slug, name in TOPICS:
        topic, _created = Topic.objects.get_or_create(
            slug=slug, locale=german, defaults={"name": name}
        )
        for code in LANGUAGES:
            translate(topic, locales[code])
        topics[slug] = topic
    return topics


def ensure_board(german, home, member_groups, locales):
    """The German board below the home page, translated, then restricted in every language.

    Restricted after the translations exist (home.demo does the same): core.privacy copies
    the restriction to each language version.
    """
    board = BoardPage.objects.child_of(home).filter(slug=BOARD["slug"]).first()
    if board is None:
        board = BoardPage(
            title=BOARD["title"],
            slug=BOARD["slug"],
            locale=german,
            intro=BOARD["intro"],
            show_in_menus=True,
        )
        home.add_child(instance=board)
        board.save_revision().publish()
        board = BoardPage.objects.get(pk=board.pk)
    for code in LANGUAGES:
        translate(board, locales[code])
    home_demo.restrict_to_members(board, member_groups)
    return board


def ensure_members(groups):
    """The extra demo members (password DEMO_PASSWORD), with emails in their language."""
    User = get_user_model()
    accounts = []
    for username, first_name, language, description in DEMO_MEMBERS:
        user, _created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first_name, "email": f"{username}@example.org"},
        )
        user.set_password(home_demo.DEMO_PASSWORD)
        user.save()
        user.groups.add(groups[MEMBERS])
        NotificationPreference.objects.get_or_create(user=user, defaults={"language": language})
        accounts.append((username, home_demo.DEMO_PASSWORD, description))
    return accounts


def demo_events(german):
    """The German demo events by slug, found by page type: eventpages' code stays its own."""
    slugs = {slug for spec in THREADS for slug in spec.get("events", [])}
    events = Page.objects.filter(
        locale=german,
        slug__in=slugs,
        content_type__app_label="eventpages",
        content_type__model="eventpage",
    )
    return {event.slug: event.pk for event in events}


def ensure_thread(spec, boards, topics, users, events, now):
    """One thread with its replies, unless a thread of that title is already on the board."""
    board = boards[spec["language"]]
    existing = Thread.objects.on_board(board).filter(title=spec["title"]).first()
    if existing is not None:
        return existing, False
    started = now - timedelta(days=spec["days_ago"])
    thread = Thread.objects.create(
        board=board,
        title=spec["title"],
        topic=topics[spec["topic"]],
        author=users[spec["author"]],
        language=spec["language"],
        created_at=started,
        last_activity_at=started,
    )
    thread.events.set([events[slug] for slug in spec.get("events", []) if slug in events])
    Post.objects.create(
        thread=thread,
        author=users[spec["author"]],
        body=spec["body"],
        language=spec["language"],
        created_at=started,
    )
    last = started
    for username, language, hours, body in spec["replies"]:
        last = started + timedelta(hours=hours)
        Post.objects.create(
            thread=thread, author=users[username], body=body, language=language, created_at=last
        )
    thread.last_activity_at = last
    thread.save(update_fields=["last_activity_at"])
    return thread, True


def load_demo_exchange(context):
    locales = context["locales"]
    german = locales[settings.LANGUAGE_CODE]
    groups = context["groups"]
    member_groups = [groups[name] for name in MEMBER_AREA_GROUPS]

    topics = ensure_topics(german, locales)
    board = ensure_board(german, context["home"], member_groups, locales)
    accounts = ensure_members(groups)

    boards = {
        page.locale.language_code: page
        for page in BoardPage.objects.filter(translation_key=board.translation_key).select_related(
            "locale"
        )
    }
    names = {spec["author"] for spec in THREADS} | {
        username for spec in THREADS for username, *_rest in spec["replies"]
    }
    users = {user.username: user for user in get_user_model().objects.filter(username__in=names)}
    events = demo_events(german)
    now = timezone.now()
    threads = [ensure_thread(spec, boards, topics, users, events, now)[0] for spec in THREADS]

    context["pages"]["austausch"] = board
    context.setdefault("accounts", []).extend(accounts)
    return {"board": board, "topics": topics, "threads": threads, "accounts": accounts}
