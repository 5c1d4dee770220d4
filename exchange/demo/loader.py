"""Demo board: four topics, the members-only page "Austausch" and a few conversations.

Run by home.demo.load_demo() (declared as ExchangeConfig.demo_loader), after the events demo
(INSTALLED_APPS order), so a thread can point at a demo event; without it the link is left out.
Topics and the board are written in German and translated into every language through
wagtail-localize (texts in data.py); the board is then restricted to the member area groups,
and core.privacy copies the restriction into every language.

Threads and replies are written in German, Arabic and Ukrainian by the demo members: those of
home.demo plus two members added here the same way. They are created as rows, not through
exchange.services, because loading the demo mails nobody. Dates follow from the day the demo
is loaded. Running it again changes nothing that exists (the demo users' passwords are reset,
as home.demo does it).
"""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from core import demo
from core.roles import MEMBER_AREA_GROUPS, MEMBERS
from home.demo import DEMO_PASSWORD

from ..models import EVENT_PAGE_TYPE, BoardPage, NotificationPreference, Post, Thread, Topic
from . import data

translate = partial(demo.translate, translations=data.TRANSLATIONS)


def ensure_topics(german, locales):
    topics = {}
    for slug, name in data.TOPICS:
        topic, _created = Topic.objects.get_or_create(
            slug=slug, locale=german, defaults={"name": name}
        )
        for code in data.LANGUAGES:
            translate(topic, locales[code])
        topics[slug] = topic
    return topics


def ensure_board(home, member_groups, locales):
    """The German board below the home page, translated, then restricted in every language.

    Restricted after the translations exist (home.demo does the same): core.privacy copies
    the restriction to each language version.
    """
    spec = data.BOARD
    board, created = demo.ensure_child_page(
        home,
        BoardPage,
        spec["slug"],
        title=spec["title"],
        intro=spec["intro"],
        show_in_menus=True,
    )
    if created:
        board = BoardPage.objects.get(pk=board.pk)  # read back as published
    for code in data.LANGUAGES:
        translate(board, locales[code])
    demo.restrict_page(board, member_groups)
    return board


def ensure_members(groups):
    """The extra demo members (password DEMO_PASSWORD), with emails in their language."""
    accounts = []
    for username, first_name, language, description in data.DEMO_MEMBERS:
        user = demo.ensure_user(username, first_name, DEMO_PASSWORD, groups=[groups[MEMBERS]])
        NotificationPreference.objects.get_or_create(user=user, defaults={"language": language})
        accounts.append((username, DEMO_PASSWORD, description))
    return accounts


def demo_events(german):
    """The German demo events' ids by slug, found by page type: eventpages' code stays its own."""
    slugs = {slug for spec in data.THREADS for slug in spec.get("events", [])}
    events = demo.pages_by_slug(german, slugs, EVENT_PAGE_TYPE)
    return {slug: event.pk for slug, event in events.items()}


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


def load(context):
    """Add the board demo to the site home.demo built (context: locales, home, groups)."""
    locales = context["locales"]
    german = locales[settings.LANGUAGE_CODE]
    groups = context["groups"]
    member_groups = [groups[name] for name in MEMBER_AREA_GROUPS]

    topics = ensure_topics(german, locales)
    board = ensure_board(context["home"], member_groups, locales)
    accounts = ensure_members(groups)

    boards = {
        page.locale.language_code: page
        for page in BoardPage.objects.filter(translation_key=board.translation_key).select_related(
            "locale"
        )
    }
    names = {spec["author"] for spec in data.THREADS} | {
        username for spec in data.THREADS for username, *_rest in spec["replies"]
    }
    users = {user.username: user for user in get_user_model().objects.filter(username__in=names)}
    events = demo_events(german)
    now = timezone.now()
    threads = [ensure_thread(spec, boards, topics, users, events, now)[0] for spec in data.THREADS]

    context["pages"]["austausch"] = board
    context.setdefault("accounts", []).extend(accounts)
    return {"board": board, "topics": topics, "threads": threads, "accounts": accounts}
