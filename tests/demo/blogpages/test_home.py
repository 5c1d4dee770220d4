"""The home page shows the latest posts: in the visitor's language, live and visible only."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from blogpages.models import BlogIndexPage
from core.roles import MEMBERS
from home.locales import add_aliases_in_other_languages
from home.models import HomePage
from tests.blogpages.conftest import restrict_to_members, today, translate_post

pytestmark = pytest.mark.django_db


def latest(client, language="de"):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    section = html.select_one(".latest-posts")
    assert section is not None
    return section


def titles(section):
    return [link.get_text(strip=True) for link in section.select(".latest-posts__title a")]


def ahead(days):
    """Dates after the demo's posts, so the test's posts are the latest."""
    return today() + timedelta(days=days)


def test_three_latest_posts_newest_first(client, make_post):
    for number in range(1, 5):
        make_post(title=f"Meldung {number}", date=ahead(number))
    make_post(title="Entwurf", date=ahead(10), publish=False)
    section = latest(client)
    assert titles(section) == ["Meldung 4", "Meldung 3", "Meldung 2"]
    first = section.select_one(".latest-posts__item")
    assert first.select_one("time")["datetime"] == ahead(4).isoformat()
    assert first.select_one(".latest-posts__teaser").get_text() == "Kurz gesagt: Meldung 4."
    first_index = (
        BlogIndexPage.objects.live().filter(locale__language_code="de").order_by("path").first()
    )
    assert section.select_one(".latest-posts__more a")["href"] == first_index.url


def test_after_the_upcoming_events(client, make_post):
    make_post(title="Meldung", date=ahead(1))
    content = client.get("/de/").content.decode()
    events = content.find('id="upcoming-events-heading"')
    posts = content.find('id="latest-posts-heading"')
    assert -1 < events < posts


def test_in_english_translation_or_alias(client, make_post):
    translated = make_post(title="Übersetzt", date=ahead(2))
    translate_post(translated, "en", "Translated")
    make_post(title="Nur Deutsch", date=ahead(1), aliases=True)
    section = latest(client, "en")
    assert titles(section)[:2] == ["Translated", "Nur Deutsch"]
    alias_link = section.select(".latest-posts__title a")[1]
    assert (alias_link["lang"], alias_link["dir"]) == ("de", "ltr")
    assert section.select_one(".latest-posts__title a").get("lang") is None
    assert len(section.select(".blog-notice")) >= 1


def test_members_only_posts_and_indexes_left_out(client, make_post, blog_index, user_in_group):
    make_post(title="Öffentlich", date=ahead(1))
    internal = make_post(title="Nur für Mitglieder", date=ahead(2), aliases=True)
    restrict_to_members(internal)
    closed = BlogIndexPage(title="Interne Nachrichten", slug="interne-nachrichten")
    HomePage.objects.get(locale__language_code="de").add_child(instance=closed)
    closed.save_revision().publish()
    add_aliases_in_other_languages(closed)
    make_post(closed, title="Aus dem internen Bereich", date=ahead(3))
    restrict_to_members(closed)
    assert titles(latest(client))[0] == "Öffentlich"
    assert "Nur für Mitglieder" not in titles(latest(client, "en"))
    client.force_login(user_in_group("mara", MEMBERS))
    assert titles(latest(client)) == [
        "Aus dem internen Bereich",
        "Nur für Mitglieder",
        "Öffentlich",
    ]
