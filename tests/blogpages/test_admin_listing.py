"""The admin's news listing ("Nachrichten"): one row per post with its languages as badges,
absolute dates, filters by category and author in one language, constant queries."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.localize_helpers import localize

pytestmark = pytest.mark.django_db
URL = "/admin/news/"


def listing(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def rows(page):
    return page.select("table.listing tbody tr")


def titles(page):
    return [row.select_one("td.title a").get_text(" ", strip=True) for row in rows(page)]


def test_one_row_per_post_newest_first_with_badges(admin_client, make_post):
    older = make_post(title="Ältere Nachricht", date=date(2026, 3, 2), aliases=True)
    make_post(title="Neue Nachricht", date=date(2026, 3, 9), aliases=True)
    localize(older, "uk")
    page = listing(admin_client)
    assert titles(page) == ["Neue Nachricht", "Ältere Nachricht"]
    text = " ".join(page.get_text().split())
    assert "1-2 von 2 Nachrichten" in text
    assert "Mo., 2.3.2026" in text
    row = rows(page)[1]
    states = {b["data-language"]: b["data-state"] for b in row.select(".cn-lang-badge")}
    assert states["uk"] == "translated" and states["en"] == "alias"


def test_filters_by_category_and_author_named_once(
    admin_client, make_post, blog_category, blog_author
):
    topic = blog_category("Bildung", "bildung", translations={"en": "Education", "ar": "تعليم"})
    kim = blog_author("Kim Muster", translations={"en": {"role": "Coordinator"}})
    make_post(title="Mit Kategorie", categories=[topic])
    make_post(title="Von Kim", authors=[kim])
    page = listing(admin_client)
    assert [box["value"] for box in page.select('input[name="category"]')] == ["bildung"]
    assert [box["value"] for box in page.select('input[name="author"]')] == [
        str(kim.translation_key)
    ]
    assert titles(listing(admin_client, category="bildung")) == ["Mit Kategorie"]
    assert titles(listing(admin_client, author=str(kim.translation_key))) == ["Von Kim"]


def test_the_menu_has_nachrichten_next_to_veranstaltungen(admin_client):
    body = admin_client.get("/admin/").content.decode()
    assert body.index('"Veranstaltungen"') < body.index('"Nachrichten"')


@pytest.mark.slow
def test_query_count_does_not_grow_with_the_posts(admin_client, make_post, blog_index):
    from blogpages.models import BlogPage

    first = make_post(title="Übersetzt", aliases=True)
    localize(first, "ar")

    def add(count):
        for number in range(count):
            blog_index.add_child(
                instance=BlogPage(
                    title=f"Nachricht {number}", live=True, slug=f"n-{BlogPage.objects.count()}"
                )
            )

    add(9)
    with CaptureQueriesContext(connection) as few:
        assert len(rows(listing(admin_client))) == 10
    add(990)
    with CaptureQueriesContext(connection) as many:
        assert len(rows(listing(admin_client))) == 50
    assert len(many) == len(few)
