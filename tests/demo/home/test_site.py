"""Site-wide routes: search, sitemap, robots, error pages, member-only pages, footer."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import path
from wagtail.models import Page, PageViewRestriction

from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_search_finds_pages_in_the_current_language_only(client):
    german = soup(client.get("/de/search/", {"q": "Datenschutz"}))
    urls = [a["href"] for a in german.select(".search-results a")]
    assert "/de/datenschutz/" in urls
    assert all(url.startswith("/de/") for url in urls)


@pytest.mark.parametrize("query", ['"Datenschutz', 'Datenschutz"', '"Datenschutz"'])
def test_search_with_quotes_finds_the_words(client, query):
    response = client.get("/de/search/", {"q": query})
    assert response.status_code == 200
    assert "/de/datenschutz/" in [a["href"] for a in soup(response).select(".search-results a")]


def test_search_for_a_lone_quote_finds_nothing_and_answers(client):
    response = client.get("/de/search/", {"q": '"'})
    assert response.status_code == 200
    assert not soup(response).select(".search-results")


def test_search_without_results_says_so(client):
    response = client.get("/ar/search/", {"q": "xyzzynichtvorhanden"})
    assert response.status_code == 200
    html = soup(response)
    assert html.html["dir"] == "rtl"
    assert html.select_one("[role=status]") is not None
    assert not html.select(".search-results")


def test_search_hides_member_pages_from_anonymous_visitors(client):
    members_page = Page.objects.get(locale__language_code="de", slug="mitglieder")
    query = members_page.title
    anonymous = [
        a["href"] for a in soup(client.get("/de/search/", {"q": query})).select(".search-results a")
    ]
    assert members_page.url not in anonymous


def test_search_shows_member_pages_to_members(client, user_in_group):
    members_page = Page.objects.get(locale__language_code="de", slug="mitglieder")
    client.force_login(user_in_group("mara", "Netzwerk-Mitglieder"))
    html = soup(client.get("/de/search/", {"q": members_page.title}))
    assert members_page.url in [a["href"] for a in html.select(".search-results a")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_member_page_requires_login_in_every_language(client, language):
    page = Page.objects.get(locale__language_code=language, slug="mitglieder")
    assert PageViewRestriction.objects.filter(page=page).exists()
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/login/?next=")


def test_member_page_is_readable_for_members_not_for_other_accounts(client, user_in_group):
    page = Page.objects.get(locale__language_code="de", slug="mitglieder")
    client.force_login(user_in_group("nobody"))
    # Not the login page, which would send someone logged in straight back (core.page_access).
    assert client.get(page.url).status_code == 403
    client.force_login(user_in_group("milan", "Netzwerk-Mitglieder"))
    assert client.get(page.url).status_code == 200


def test_login_page_is_translated_and_logs_in(client, user_in_group):
    user_in_group("amal", "Netzwerk-Mitglieder")
    response = client.get("/ar/login/?next=/ar/mitglieder/")
    html = soup(response)
    assert html.html["dir"] == "rtl"
    assert html.find("label", attrs={"for": "id_username"}) is not None
    bad = client.post("/ar/login/", {"username": "amal", "password": "wrong", "next": "/ar/"})
    assert bad.status_code == 200
    assert soup(bad).select_one(".form-errors")
    assert soup(bad).find("input", attrs={"name": "username"})["value"] == "amal"
    good = client.post(
        "/ar/login/", {"username": "amal", "password": "pw-amal", "next": "/ar/mitglieder/"}
    )
    assert good.status_code == 302
    assert good["Location"] == "/ar/mitglieder/"


def test_members_menu_entry_hidden_from_anonymous(client):
    html = soup(client.get("/de/"))
    menu = [a["href"] for a in html.select("nav.main-menu a")]
    assert "/de/beratung/" in menu
    assert "/de/mitglieder/" not in menu


def test_sitemap_lists_every_live_public_page_in_every_language(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {
        element.text
        for element in ET.fromstring(response.content).findall("s:url/s:loc", namespace)
    }
    public_pages = Page.objects.live().public().filter(depth__gte=2)
    assert len(locations) == public_pages.count()
    for language in LANGUAGES:
        assert f"http://testserver/{language}/" in locations or any(
            loc.endswith(f"/{language}/") for loc in locations
        )
        assert any(loc.endswith(f"/{language}/impressum/") for loc in locations)
    assert not any("/mitglieder/" in loc for loc in locations)


def test_robots_txt_points_to_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.parametrize(
    ("language", "direction", "text"),
    [("de", "ltr", "Seite nicht gefunden"), ("ar", "rtl", None), ("uk", "ltr", None)],
)
def test_not_found_page_is_translated(client, language, direction, text):
    response = client.get(f"/{language}/gibt-es-nicht/")
    assert response.status_code == 404
    html = soup(response)
    assert html.html["lang"] == language
    assert html.html["dir"] == direction
    heading = html.find("h1").get_text(strip=True)
    if text:
        assert heading == text
    else:
        assert heading != "Seite nicht gefunden"
    assert html.select_one("nav.language-switcher")


def broken_view(request):
    raise RuntimeError("boom")


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("fa", "rtl")])
def test_server_error_page_is_translated(client, language, direction):
    from django.conf.urls.i18n import i18n_patterns

    import network_site.urls as site_urls

    class URLConf:
        urlpatterns = i18n_patterns(path("kaputt/", broken_view)) + site_urls.urlpatterns

    client.raise_request_exception = False
    with override_settings(ROOT_URLCONF=URLConf):
        response = client.get(f"/{language}/kaputt/")
    assert response.status_code == 500
    html = soup(response)
    assert html.html["lang"] == language
    assert html.html["dir"] == direction
    if language == "de":
        assert html.find("h1").get_text(strip=True) == "Etwas ist schiefgelaufen"
    else:
        assert html.find("h1").get_text(strip=True) != "Etwas ist schiefgelaufen"


def test_footer_links_legal_pages_in_the_visitors_language(client):
    html = soup(client.get("/tr/"))
    footer_links = [a["href"] for a in html.select("footer .site-footer__links a")]
    assert footer_links == [
        "/tr/impressum/",
        "/tr/datenschutz/",
        "/tr/barrierefreiheit/",
        "/tr/leichte-sprache/",  # Leichte Sprache (AccessibilitySettings)
    ]


def test_base_layout_landmarks_and_skip_link(client):
    html = soup(client.get("/de/"))
    skip = html.select_one("a.skip-link")
    assert skip["href"] == "#main"
    assert html.find("main", id="main")
    assert html.find("header")
    assert html.find("footer")
    assert html.find("nav", attrs={"aria-label": True})
    assert html.find("form", attrs={"role": "search"})


def test_pages_request_nothing_from_other_hosts(client):
    for url in ["/de/", "/ar/ueber-uns/", "/de/beratung/"]:
        html = soup(client.get(url))
        for tag, attribute in [
            ("script", "src"),
            ("link", "href"),
            ("img", "src"),
            ("iframe", "src"),
            ("source", "srcset"),
        ]:
            for element in html.find_all(tag):
                value = element.get(attribute, "")
                if tag == "link" and element.get("rel") == ["alternate"]:
                    continue
                assert not value.startswith(("http://", "https://", "//")), (url, value)
        assert not html.find("iframe")


def test_privacy_follows_a_page_into_every_language(client):
    german = Page.objects.get(locale__language_code="de", slug="beratung")
    arabic = Page.objects.get(locale__language_code="ar", slug="beratung")
    assert client.get(arabic.url).status_code == 200
    PageViewRestriction.objects.create(page=german, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(arabic.url).status_code == 302
    PageViewRestriction.objects.get(page=german).delete()
    assert client.get(arabic.url).status_code == 200


def test_aliases_made_after_restricting_carry_exactly_one_restriction(client):
    """Wagtail copies restrictions onto new aliases too; no page may end up with two."""
    from django.contrib.auth.models import Group

    from core.roles import MEMBER_AREA_GROUPS
    from home.locales import add_aliases_in_other_languages
    from home.models import ContentPage

    home = Page.objects.get(locale__language_code="de", depth=2)
    page = home.add_child(instance=ContentPage(title="Nur intern", slug="nur-intern"))
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))

    add_aliases_in_other_languages(page)

    for version in page.get_translations(inclusive=True):
        restrictions = PageViewRestriction.objects.filter(page=version)
        assert restrictions.count() == 1, version.locale
        assert set(restrictions.get().groups.values_list("name", flat=True)) == set(
            MEMBER_AREA_GROUPS
        )
        assert client.get(version.url).status_code == 302


def test_deleting_a_restricted_page_keeps_its_translations_private(client):
    german = Page.objects.get(locale__language_code="de", slug="mitglieder")
    arabic = Page.objects.get(locale__language_code="ar", slug="mitglieder")
    german.delete()
    assert client.get(arabic.url).status_code == 302


def test_favicon_is_served_without_a_404(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.svg")


def test_home_hero_image_uses_its_description_as_alt_text(client):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from home.models import HomePage

    image = Image.objects.create(
        title="Treffen", file=get_test_image_file(), description="Menschen beim Netzwerktreffen"
    )
    home = HomePage.objects.get(locale__language_code="de")
    home.hero_image = image
    home.save_revision().publish()
    img = soup(client.get("/de/")).select_one("img.hero__image")
    assert img["alt"] == "Menschen beim Netzwerktreffen"
    assert img["src"].startswith("/")


def test_search_results_are_paginated(client):
    from home.models import ContentPage, HomePage

    home = HomePage.objects.get(locale__language_code="de")
    for number in range(12):
        page = ContentPage(title=f"Quittenkurs {number}", slug=f"quittenkurs-{number}")
        home.add_child(instance=page)
    first = soup(client.get("/de/search/", {"q": "Quittenkurs"}))
    assert len(first.select(".search-results li")) == 10
    next_link = first.select_one('nav.pagination a[rel="next"]')["href"]
    assert next_link == "?q=Quittenkurs&page=2"
    second = soup(client.get("/de/search/" + next_link))
    assert len(second.select(".search-results li")) == 2
