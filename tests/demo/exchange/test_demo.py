"""The demo board: topics and board in every language, members only, conversations in German,
Arabic and Ukrainian by the demo members, and nothing doubled or mailed when loaded again.

The session loads the demo once (tests/conftest.py); these tests read what it made.
"""

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from wagtail.models import Locale, Page, PageViewRestriction

from core.roles import MEMBER_AREA_GROUPS, MEMBERS
from directory.editors import GROUP_PREFIX as DIRECTORY_EDITORS
from exchange.demo import data as demo
from exchange.models import BoardPage, NotificationPreference, Post, Report, Thread, Topic
from home.demo import DEMO_PASSWORD, load_demo
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code in LANGUAGES if code != "de"]


@pytest.fixture
def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def board():
    return BoardPage.objects.get(locale__language_code="de", slug="austausch")


def test_topics_exist_in_every_language_with_the_same_slug_and_real_names(locales):
    for slug, german_name in demo.TOPICS:
        german = Topic.objects.get(locale=locales["de"], slug=slug)
        assert german.name == german_name
        for code in OTHER_LANGUAGES:
            version = german.get_translation(locales[code])
            assert version.slug == slug
            assert version.name == demo.TRANSLATIONS[german_name][code]
            assert version.name != german_name, (code, slug)
    assert sorted(Topic.objects.filter(locale=locales["de"]).values_list("slug", flat=True)) == [
        "anfragen",
        "angebote",
        "erfahrungen",
        "nachbereitung",
    ]


def test_board_is_below_the_german_home_page_and_translated_into_every_language(board, locales):
    assert board.get_parent().specific_class.__name__ == "HomePage"
    assert board.live
    assert board.title == "Austausch"
    for code in OTHER_LANGUAGES:
        version = board.get_translation(locales[code]).specific
        assert isinstance(version, BoardPage)
        assert version.live, code
        assert version.alias_of_id is None, code  # a translation, not an alias
        assert version.title == demo.TRANSLATIONS["Austausch"][code]
        assert version.intro == demo.TRANSLATIONS[demo.BOARD["intro"]][code]
        assert version.url == f"/{code}/austausch/"


def test_board_is_restricted_to_the_member_groups_in_every_language(board):
    for version in Page.objects.filter(translation_key=board.translation_key):
        restrictions = PageViewRestriction.objects.filter(page=version)
        assert restrictions.count() == 1, version.locale.language_code
        restriction = restrictions.get()
        assert restriction.restriction_type == PageViewRestriction.GROUPS
        assert sorted(restriction.groups.values_list("name", flat=True)) == sorted(
            MEMBER_AREA_GROUPS
        )


def test_threads_in_german_arabic_and_ukrainian_with_replies(board):
    threads = list(Thread.objects.on_board(board).for_listing())
    assert len(threads) == len(demo.THREADS)
    assert {thread.language for thread in threads} == {"de", "ar", "uk"}
    assert {thread.topic.slug for thread in threads} == {slug for slug, _name in demo.TOPICS}
    posts = Post.objects.filter(thread__in=threads)
    assert set(posts.values_list("language", flat=True)) == {"de", "ar", "uk"}
    assert set(posts.values_list("author__username", flat=True)) == {
        "mitglied",
        "koordination",
        "amira",
        "olena",
    }
    for thread in threads:
        thread_posts = list(thread.posts.all())
        assert len(thread_posts) >= 3, thread.title  # an opening post and replies
        assert thread_posts[0].author_id == thread.author_id
        assert thread_posts[0].language == thread.language
        assert thread.last_activity_at == thread_posts[-1].created_at
        assert not thread.hidden and not thread.closed
        assert all(
            post.body and not post.hidden and post.deleted_at is None for post in thread_posts
        )
    # Each thread sits on the board of its language; the board's translation key joins them.
    for thread in threads:
        assert thread.board.locale.language_code == thread.language


def test_newest_activity_first_starts_with_the_request_for_a_dari_interpreter(board):
    titles = list(Thread.objects.on_board(board).for_listing().values_list("title", flat=True))
    assert "Dari" in titles[0]
    assert titles[-1].startswith("Nachbereitung")


def test_the_follow_up_points_at_the_demo_network_meeting(board):
    thread = Thread.objects.on_board(board).get(topic__slug="nachbereitung")
    assert list(thread.events.values_list("slug", flat=True)) == ["netzwerktreffen-naumburg"]


def test_extra_demo_members_log_in_with_the_demo_password():
    for username, _first_name, language, _description in demo.DEMO_MEMBERS:
        user = authenticate(username=username, password=DEMO_PASSWORD)
        assert user is not None, username
        groups = user.groups.exclude(name__startswith=DIRECTORY_EDITORS)  # Olena's entry
        assert list(groups.values_list("name", flat=True)) == [MEMBERS]
        assert not user.is_staff and not user.is_superuser
        assert NotificationPreference.objects.get(user=user).language == language
    assert authenticate(username="mitglied", password=DEMO_PASSWORD) is not None


def test_demo_has_no_reports():
    assert not Report.objects.exists()


def test_load_demo_again_creates_nothing_and_sends_nothing(mailoutbox, board):
    models = [
        Page,
        BoardPage,
        Topic,
        Thread,
        Post,
        User,
        NotificationPreference,
        PageViewRestriction,
    ]
    before = [model.objects.count() for model in models]
    activity = dict(Thread.objects.values_list("pk", "last_activity_at"))
    revisions = dict(BoardPage.objects.values_list("pk", "latest_revision_id"))
    load_demo()
    assert [model.objects.count() for model in models] == before
    assert dict(Thread.objects.values_list("pk", "last_activity_at")) == activity
    assert dict(BoardPage.objects.values_list("pk", "latest_revision_id")) == revisions
    assert mailoutbox == []
