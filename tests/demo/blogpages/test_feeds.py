"""RSS 2.0 and Atom feeds: valid, per language, per category and tag, only public live posts."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import feedparser
import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag

from blogpages.feeds import ITEMS
from blogpages.models import BlogPage
from core.models import TagLabel
from home.locales import add_aliases_in_other_languages
from tests.blogpages.conftest import (
    INDEX_URL,
    restrict_to_members,
    today,
    translate_post,
    version_in,
)

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
KINDS = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


def get_feed(client, kind, language="de", **params):
    response = client.get(f"/{language}/nachrichten-test/{kind}/", params)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith(KINDS[kind])
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def titles(feed):
    return [entry.title for entry in feed.entries]


@pytest.fixture
def posts(make_post, blog_category, blog_author):
    """Two categories, tags, an English translation, aliases, a draft and a members-only post."""
    course = blog_category("Sprache", "sprache", {"en": "Language"})
    work = blog_category("Arbeit", "arbeit", {"en": "Work"})
    anna = blog_author("Anna Beispiel")
    ben = blog_author("Ben Muster")
    course_post = make_post(
        title="Neuer Sprachkurs",
        date=today() - timedelta(days=3),
        categories=[course],
        tags=["Kita"],
        authors=[anna, ben],
    )
    translate_post(course_post, "en", "New language course", teaser="In brief: a new course.")
    job = make_post(
        title="Jobmesse", date=today(), categories=[work], tags=["Beruf"], authors=[ben]
    )
    internal = make_post(title="Nur für Mitglieder", date=today(), categories=[work])
    make_post(title="Entwurf", date=today(), categories=[course], publish=False)
    for post in (course_post, job, internal):
        add_aliases_in_other_languages(post)
    restrict_to_members(internal)
    return {"course": course_post, "job": job}


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_german_feed(client, posts, kind):
    feed = get_feed(client, kind)
    assert titles(feed) == ["Jobmesse", "Neuer Sprachkurs"]
    assert feed.feed.language == "de"
    assert feed.feed.title == "Nachrichten im Test – Integrationsnetzwerk Burgenlandkreis"
    assert feed.feed.link == f"http://testserver{INDEX_URL}"
    course = feed.entries[1]
    assert course.link == f"http://testserver{INDEX_URL}{posts['course'].slug}/"
    assert course.summary == "Kurz gesagt: Neuer Sprachkurs."
    assert course.author == "Anna Beispiel, Ben Muster"
    # categories, then tags (core.tag_labels)
    assert [tag.term for tag in course.tags] == ["Sprache", "Kita"]
    assert course.id.startswith("urn:uuid:")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_english_feed_has_translations_and_aliases(client, posts, kind):
    # The demo labels "Beruf" too (home.demo.data.TAG_LABELS): this test's label wins.
    TagLabel.objects.update_or_create(
        tag=Tag.objects.get(name="Beruf"), language="en", defaults={"label": "Jobs"}
    )
    feed = get_feed(client, kind, language="en")
    assert titles(feed) == ["Jobmesse", "New language course"]
    course = feed.entries[1]
    assert course.summary == "In brief: a new course."
    # tags in English where labelled, else in German
    assert [tag.term for tag in course.tags] == ["Language", "Kita"]
    assert [tag.term for tag in feed.entries[0].tags] == ["Work", "Jobs"]
    assert course.link.startswith("http://testserver/en/nachrichten-test/")
    german_ids = {entry.id for entry in get_feed(client, kind).entries}
    assert not german_ids & {entry.id for entry in feed.entries}  # one id per language


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_language(client, posts, kind):
    assert get_feed(client, kind, language="en").feed.language == "en"
    assert get_feed(client, kind, language="ar").feed.language == "ar"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_per_category_and_tag(client, posts, kind):
    assert titles(get_feed(client, kind, category="sprache")) == ["Neuer Sprachkurs"]
    assert titles(get_feed(client, kind, category="arbeit")) == ["Jobmesse"]
    assert titles(get_feed(client, kind, tag="beruf")) == ["Jobmesse"]
    english = get_feed(client, kind, language="en", category="sprache")
    assert titles(english) == ["New language course"]
    assert "Language" in english.feed.title
    assert get_feed(client, kind, tag="kita").feed.link == (
        f"http://testserver{INDEX_URL}?tag=kita"
    )


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("params", [{"category": "gibt-es-nicht"}, {"tag": "gibt-es-nicht"}])
def test_unknown_category_or_tag_not_found(client, posts, kind, params):
    assert client.get(f"{INDEX_URL}{kind}/", params).status_code == 404


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_drafts_and_private_posts_never_appear(client, posts, kind, user_in_group):
    for language in ("de", "en", "tr"):
        found = titles(get_feed(client, kind, language=language))
        assert "Jobmesse" in found  # the feed is there, with the public posts
        assert "Entwurf" not in found
        assert "Nur für Mitglieder" not in found


def test_item_dates(client, make_post):
    """The first publication when it was on the post's date, else noon in Berlin."""
    today_post = make_post(title="Heute")
    older = make_post(title="Älter", date=date(2025, 3, 14))
    entries = {entry.title: entry for entry in get_feed(client, "atom").entries}
    published = datetime(*entries["Heute"].published_parsed[:6], tzinfo=UTC)
    assert abs(published - today_post.first_published_at) < timedelta(seconds=1)
    noon = datetime.combine(date(2025, 3, 14), time(12), tzinfo=BERLIN)
    assert datetime(*entries["Älter"].published_parsed[:6], tzinfo=UTC) == noon
    rss = {entry.title: entry for entry in get_feed(client, "rss").entries}
    assert datetime(*rss["Älter"].published_parsed[:6], tzinfo=UTC) == noon
    assert older.first_published_at.date() != older.date


def test_alias_dated_by_its_original(client, make_post):
    post = make_post(title="Heute", aliases=True)
    alias = version_in(post, "tr")
    BlogPage.objects.filter(pk=alias.pk).update(
        first_published_at=post.first_published_at + timedelta(hours=3)
    )
    entry = get_feed(client, "atom", language="tr").entries[0]
    published = datetime(*entry.published_parsed[:6], tzinfo=UTC)
    assert abs(published - post.first_published_at) < timedelta(seconds=1)


def test_twenty_newest(client, make_post):
    for number in range(ITEMS + 2):
        make_post(title=f"Nachricht {number}", date=today() - timedelta(days=number))
    feed = get_feed(client, "rss")
    assert titles(feed) == [f"Nachricht {number}" for number in range(ITEMS)]


def test_feed_without_posts_is_valid(client, blog_index):
    for kind in ("rss", "atom"):
        assert get_feed(client, kind).entries == []


def test_autodiscovery_on_index_and_post(client, posts):
    for url in (INDEX_URL, posts["job"].url, "/en/nachrichten-test/"):
        html = BeautifulSoup(client.get(url).content.decode(), "html.parser")
        for kind, content_type in KINDS.items():
            link = html.select_one(f'head link[rel="alternate"][type="{content_type}"]')
            assert link["href"].endswith(f"/nachrichten-test/{kind}/"), url
            assert link["title"]
            get_feed(client, kind, language=link["href"].split("/")[1])
