"""The news index: order, pages, filters, search, archive, languages, drafts and privacy."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from home.languages import SPOKEN_LANGUAGE_NAMES

from .conftest import INDEX_URL, restrict_to_members, today

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def titles(html):
    return [link.get_text(strip=True) for link in html.select(".post-card__title a")]


def errors(html):
    return html.select(".blog-filter .form-errors, .blog-filter .errorlist")


# -- Order and pages ----------------------------------------------------------------------


@pytest.fixture
def twelve_posts(make_post):
    """Twelve posts a day apart: "Nachricht 1" is the newest."""
    return [
        make_post(title=f"Nachricht {number}", date=today() - timedelta(days=number))
        for number in range(1, 13)
    ]


def test_newest_first_ten_to_a_page(client, twelve_posts):
    first = soup(client.get(INDEX_URL))
    assert titles(first) == [f"Nachricht {number}" for number in range(1, 11)]
    assert "12 Nachrichten" in first.select_one(".blog-count").get_text()
    assert first.select_one('.pagination a[rel="next"]')["href"] == "?page=2"
    second = soup(client.get(INDEX_URL, {"page": 2}))
    assert titles(second) == ["Nachricht 11", "Nachricht 12"]
    assert second.select_one('.pagination a[rel="prev"]')["href"] == "?page=1"


def test_same_date_newest_created_first(client, make_post):
    make_post(title="Früher angelegt")
    make_post(title="Später angelegt")
    assert titles(soup(client.get(INDEX_URL))) == ["Später angelegt", "Früher angelegt"]


@pytest.mark.parametrize(("number", "expected"), [("abc", 1), ("0", 1), ("-3", 1), ("99", 2)])
def test_wrong_page_numbers_show_a_page(client, twelve_posts, number, expected):
    html = soup(client.get(INDEX_URL, {"page": number}))
    assert len(titles(html)) == (10 if expected == 1 else 2)


def test_page_links_keep_the_filters(client, make_post, blog_category):
    course = blog_category("Sprache", "sprache")
    for number in range(11):
        make_post(title=f"Kurs {number}", categories=[course])
    html = soup(client.get(INDEX_URL, {"category": "sprache"}))
    assert html.select_one('.pagination a[rel="next"]')["href"] == "?category=sprache&page=2"


# -- Filters -------------------------------------------------------------------------------


@pytest.fixture
def topics(make_post, blog_category):
    course = blog_category("Sprache", "sprache")
    work = blog_category("Arbeit", "arbeit")
    return {
        "course": make_post(title="Neuer Sprachkurs", categories=[course], tags=["Kita"]),
        "job": make_post(title="Jobmesse", categories=[work], tags=["Beruf", "Kita"]),
        "both": make_post(title="Berufssprachkurs", categories=[course, work], tags=["Beruf"]),
    }


def test_filter_by_category(client, topics):
    html = soup(client.get(INDEX_URL, {"category": "sprache"}))
    assert titles(html) == ["Berufssprachkurs", "Neuer Sprachkurs"]
    assert not errors(html)
    options = [option["value"] for option in html.select("#id_category option")]
    assert {"", "sprache", "arbeit"} <= set(options)


def test_filter_by_tag(client, topics):
    assert titles(soup(client.get(INDEX_URL, {"tag": "kita"}))) == ["Jobmesse", "Neuer Sprachkurs"]
    both = soup(client.get(INDEX_URL, {"tag": "beruf", "category": "sprache"}))
    assert titles(both) == ["Berufssprachkurs"]


def test_tag_on_a_card_links_to_the_filter(client, topics):
    html = soup(client.get(INDEX_URL))
    links = {a.get_text(strip=True): a["href"] for a in html.select(".post-card .blog-tags a")}
    assert links["Sprache"] == f"{INDEX_URL}?category=sprache"


@pytest.mark.parametrize("params", [{"category": "gibt-es-nicht"}, {"tag": "<script>"}])
def test_unknown_filter_values_are_named_not_an_error(client, topics, params):
    html = soup(client.get(INDEX_URL, params))
    assert errors(html)
    # The invalid filter is left out: every post is listed.
    assert len(titles(html)) == 3
    assert "<script>" not in str(html.select_one(".blog-filter"))


def test_feed_links_follow_the_selection(client, topics):
    html = soup(client.get(INDEX_URL, {"category": "sprache", "q": "kurs"}))
    rss = html.select_one('head link[type="application/rss+xml"]')
    atom = html.select_one('head link[type="application/atom+xml"]')
    assert rss["href"] == f"{INDEX_URL}rss/?category=sprache"
    assert atom["href"] == f"{INDEX_URL}atom/?category=sprache"
    assert "Sprache" in rss["title"]
    both = soup(client.get(INDEX_URL, {"category": "sprache", "tag": "kita"}))
    title = both.select_one('head link[type="application/rss+xml"]')["title"]
    assert "Sprache, Kita" in title
    unfiltered = soup(client.get(INDEX_URL))
    assert unfiltered.select_one('head link[type="application/rss+xml"]')["href"] == (
        f"{INDEX_URL}rss/"
    )


# -- Search --------------------------------------------------------------------------------


def test_search_within_the_blog(client, topics, make_post, blog_index):
    from blogpages.models import BlogIndexPage
    from home.models import HomePage

    other = BlogIndexPage(title="Andere Nachrichten", slug="andere-nachrichten")
    HomePage.objects.get(locale__language_code="de").add_child(instance=other)
    other.save_revision().publish()
    make_post(other, title="Sprachkurs woanders")
    html = soup(client.get(INDEX_URL, {"q": "Sprachkurs"}))
    assert titles(html) == ["Neuer Sprachkurs"]
    assert titles(soup(client.get(INDEX_URL, {"q": "Jobmesse", "category": "sprache"}))) == []


@pytest.mark.parametrize(
    "query",
    ['"Sprachkurs', 'Sprachkurs"', '"Neuer Sprachkurs"', "Sprachkurs*", "(Sprachkurs", "Neuer:"],
)
def test_search_with_quotes_and_signs(client, topics, query):
    html = soup(client.get(INDEX_URL, {"q": query}))
    assert "Neuer Sprachkurs" in titles(html)


@pytest.mark.parametrize("query", ['"', "***", "NOT", "a OR", "' OR 1=1 --", "x" * 300])
def test_odd_searches_do_not_fail(client, topics, query):
    response = client.get(INDEX_URL, {"q": query})
    assert response.status_code == 200


def test_search_finds_the_teaser_and_pages(client, make_post):
    for number in range(12):
        make_post(title=f"Meldung {number}", teaser="Neues vom Quittenbaum.")
    make_post(title="Anderes", teaser="Nichts dazu.")
    first = soup(client.get(INDEX_URL, {"q": "Quittenbaum"}))
    assert len(titles(first)) == 10
    assert "12 Nachrichten" in first.select_one(".blog-count").get_text()
    second = soup(client.get(INDEX_URL, {"q": "Quittenbaum", "page": 2}))
    assert titles(second) == ["Meldung 1", "Meldung 0"]


# -- Archive -------------------------------------------------------------------------------


@pytest.fixture
def months(make_post):
    make_post(title="Januar eins", date=date(2025, 1, 5))
    make_post(title="Januar zwei", date=date(2025, 1, 31))
    make_post(title="März", date=date(2025, 3, 1))
    make_post(title="Dezember", date=date(2024, 12, 24))
    make_post(title="Entwurf im März", date=date(2025, 3, 2), publish=False)


def archive_entries(html):
    return [
        (link["href"], " ".join(item.get_text(" ", strip=True).split()))
        for item in html.select(".blog-archive li")
        for link in item.select("a")
    ]


def test_archive_months_newest_first_with_counts(client, months):
    html = soup(client.get(INDEX_URL))
    assert archive_entries(html) == [
        (f"{INDEX_URL}archive/2025/03/", "März 2025 (1 Nachricht)"),
        (f"{INDEX_URL}archive/2025/01/", "Januar 2025 (2 Nachrichten)"),
        (f"{INDEX_URL}archive/2024/12/", "Dezember 2024 (1 Nachricht)"),
    ]
    assert [year.get_text() for year in html.select(".blog-archive__year")] == ["2025", "2024"]


def test_archive_month_lists_its_posts(client, months):
    html = soup(client.get(f"{INDEX_URL}archive/2025/01/"))
    assert titles(html) == ["Januar zwei", "Januar eins"]
    assert "Januar 2025" in html.h1.get_text()
    current = html.select_one('.blog-archive a[aria-current="page"]')
    assert current["href"] == f"{INDEX_URL}archive/2025/01/"
    assert titles(soup(client.get(f"{INDEX_URL}archive/2025/1/"))) == ["Januar zwei", "Januar eins"]


def test_archive_month_without_posts(client, months):
    html = soup(client.get(f"{INDEX_URL}archive/2025/02/"))
    assert titles(html) == []
    assert html.select_one(".blog-empty")


@pytest.mark.parametrize("path", ["2025/13/", "2025/00/", "2025/0/", "0000/01/", "25/01/"])
def test_archive_invalid_month_not_found(client, months, path):
    assert client.get(f"{INDEX_URL}archive/{path}").status_code == 404


# -- Languages, drafts and privacy ----------------------------------------------------------


def test_untranslated_post_in_turkish(client, make_post):
    make_post(title="Nur auf Deutsch", aliases=True)
    html = soup(client.get("/tr/nachrichten-test/"))
    card = html.select_one(".post-card")
    link = card.select_one(".post-card__title a")
    assert link.get_text(strip=True) == "Nur auf Deutsch"
    assert (link["lang"], link["dir"]) == ("de", "ltr")
    assert card.select_one(".post-card__teaser")["lang"] == "de"
    with translation.override("tr"):
        notice = gettext("Nur auf %(language)s verfügbar") % {
            "language": SPOKEN_LANGUAGE_NAMES["de"]
        }
    assert card.select_one(".blog-notice").get_text(strip=True) == notice
    assert notice != "Nur auf Deutsch verfügbar"


def test_untranslated_post_in_arabic_is_marked_left_to_right(client, make_post):
    make_post(title="Nur auf Deutsch", aliases=True)
    html = soup(client.get("/ar/nachrichten-test/"))
    assert html.html["dir"] == "rtl"
    assert html.select_one(".post-card__title a")["dir"] == "ltr"


def test_drafts_are_never_listed(client, make_post):
    make_post(title="Veröffentlicht")
    make_post(title="Entwurf", publish=False)
    html = soup(client.get(INDEX_URL))
    assert titles(html) == ["Veröffentlicht"]
    assert "Entwurf" not in titles(soup(client.get(INDEX_URL, {"q": "Entwurf"})))


def test_members_only_post_hidden_from_anonymous(client, make_post, user_in_group):
    make_post(title="Öffentlich")
    internal = make_post(title="Nur für Mitglieder", aliases=True)
    restrict_to_members(internal)
    assert titles(soup(client.get(INDEX_URL))) == ["Öffentlich"]
    assert titles(soup(client.get(INDEX_URL, {"q": "Mitglieder"}))) == []
    assert titles(soup(client.get("/en/nachrichten-test/"))) == []  # not even its alias
    client.force_login(user_in_group("mara", "Netzwerk-Mitglieder"))
    assert titles(soup(client.get(INDEX_URL))) == ["Nur für Mitglieder", "Öffentlich"]


def test_members_only_index_asks_anonymous_to_log_in(client, blog_index, make_post):
    make_post(title="Intern")
    restrict_to_members(blog_index)
    for path in ["", "archive/2025/01/", "rss/", "atom/"]:
        response = client.get(INDEX_URL + path)
        assert response.status_code == 302, path
        assert "/login/" in response["Location"]


def test_links_to_feeds_and_email_subscription(client, topics):
    html = soup(client.get(INDEX_URL, {"tag": "kita"}))
    links = [a["href"] for a in html.select(".blog-feeds a")]
    assert links == [
        f"{INDEX_URL}rss/?tag=kita",
        f"{INDEX_URL}atom/?tag=kita",
        reverse("blog_subscribe"),
    ]
