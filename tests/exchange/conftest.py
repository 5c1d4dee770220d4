"""Board fixtures: a members-only board below the German home page (with its aliases in the
other languages), topics in German with translations, members and a way to write posts.

Other helpers' tests may use these too; add fixtures only at the end of the file.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from core.roles import MEMBERS
from exchange import services
from exchange.models import BoardPage, Post, Thread, Topic
from home.locales import add_aliases_in_other_languages
from home.models import HomePage
from tests.blogpages.conftest import restrict_to_members
from tests.factories import BOARD_SLUG

BOARD_URL = f"/de/{BOARD_SLUG}/"
TOPICS = [
    # key, slug, German name, translations (the demo's topics: reused where they exist)
    ("anfragen", "anfragen", "Anfragen", {"en": "Requests", "ar": "طلبات"}),
    ("angebote", "angebote", "Angebote", {"en": "Offers"}),
    ("erfahrungen", "erfahrungen", "Erfahrungen", {}),
]


def locale(code):
    return Locale.objects.get(language_code=code)


def board_url(language="de"):
    return BOARD_URL.replace("/de/", f"/{language}/", 1)


@pytest.fixture
def board(db):
    """A live board below the German home page, restricted to members, in every language.

    The minimal site has it (tests/factories.py); on the demo it is made for the test.
    """
    home = HomePage.objects.get(locale__language_code="de", depth=2)
    existing = BoardPage.objects.child_of(home).filter(slug=BOARD_SLUG).first()
    if existing is not None:
        return existing
    page = BoardPage(title="Austausch im Test", slug=BOARD_SLUG, intro="Unter uns.")
    home.add_child(instance=page)
    page.save_revision().publish()
    add_aliases_in_other_languages(page)
    restrict_to_members(page)
    return BoardPage.objects.get(pk=page.pk)


@pytest.fixture
def board_in(board):
    """The board's page in another language (its alias)."""

    def get(language):
        return BoardPage.objects.get(translation_key=board.translation_key, locale=locale(language))

    return get


@pytest.fixture
def topics(db):
    """{key: German topic}; translations into English (and Arabic for one) exist."""
    made = {}
    for key, slug, name, translations in TOPICS:
        topic, _created = Topic.objects.get_or_create(
            slug=slug, locale=locale("de"), defaults={"name": name}
        )
        for language, translated in translations.items():
            if not topic.has_translation(locale(language)):
                copy = topic.copy_for_translation(locale(language))
                copy.name = translated
                copy.save()
        made[key] = topic
    return made


@pytest.fixture
def untranslated_topic(db):
    """A German topic without any translation."""
    return Topic.objects.create(slug="nur-deutsch", name="Nur auf Deutsch", locale=locale("de"))


@pytest.fixture
def member(user_in_group):
    """A member with a full name (how members see each other)."""
    return user_in_group("amina", MEMBERS, first_name="Amina", last_name="Haddad")


@pytest.fixture
def other_member(user_in_group):
    return user_in_group("jonas", MEMBERS, first_name="Jonas", last_name="Berg")


@pytest.fixture
def outsider(user_in_group):
    """Logged in, but in no member group."""
    return user_in_group("gast")


@pytest.fixture
def make_thread(board, topics, member):
    """Start a thread through the services (as the views do); `age` moves it into the past."""

    def make(
        title="Wer dolmetscht Dari am Freitag?",
        *,
        author=None,
        topic="anfragen",
        body="Wir suchen Unterstützung.",
        language="de",
        on=None,
        age=None,
        **fields,
    ):
        thread = services.start_thread(
            on or board,
            author or member,
            title=title,
            topic=topics[topic] if isinstance(topic, str) else topic,
            body=body,
            language=language,
        )
        if age is not None:
            then = timezone.now() - age
            Thread.objects.filter(pk=thread.pk).update(created_at=then, last_activity_at=then)
            Post.objects.filter(thread=thread).update(created_at=then)
        if fields:
            Thread.objects.filter(pk=thread.pk).update(**fields)
        return Thread.objects.get(pk=thread.pk)

    return make


@pytest.fixture
def make_reply(other_member):
    """A reply written directly (no notification task): `age` moves it into the past."""

    def make(thread, body="Ich kann helfen.", *, author=None, language="de", age=None, **fields):
        created = timezone.now() - (age or timedelta(0))
        post = Post.objects.create(
            thread=thread,
            author=author or other_member,
            body=body,
            language=language,
            created_at=created,
            **fields,
        )
        Thread.objects.filter(pk=thread.pk).update(last_activity_at=created)
        return post

    return make


def thread_form(topics, **fields):
    """What the new-thread form posts; fields given replace the defaults."""
    data = {
        "title": "Wer dolmetscht Dari?",
        "topic": topics["anfragen"].pk,
        "body": "Am Freitag im Rathaus.",
        "language": "de",
    }
    return data | fields


@pytest.fixture
def logged_in(client, member, board):
    """The test client, logged in as a member, with the test board there."""
    client.force_login(member)
    return client


def board_threads():
    """The test board's threads (the demo has a board of its own)."""
    return Thread.objects.filter(
        board__translation_key__in=BoardPage.objects.filter(slug=BOARD_SLUG).values(
            "translation_key"
        )
    )


def opening_post(thread):
    return thread.posts.order_by("created_at", "pk").first()
