"""Every page in every language: language prefix, direction, switcher, alternates, redirects."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from tests.conftest import LANGUAGES, RTL_LANGUAGES

pytestmark = pytest.mark.django_db

LANGUAGE_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "uk": "Українська",
    "ru": "Русский",
    "tr": "Türkçe",
}


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_language_with_direction(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = soup(response).html
    assert html["lang"] == language
    assert html["dir"] == ("rtl" if language in RTL_LANGUAGES else "ltr")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_live_page_renders_in_its_language(client, language):
    pages = Page.objects.live().filter(locale__language_code=language, depth__gte=2).public()
    assert pages.count() >= 5
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = soup(response)
        assert html.html["lang"] == language
        assert html.find("h1").get_text(strip=True)


def test_translated_pages_show_translated_text(client):
    german = soup(client.get("/de/"))
    arabic = soup(client.get("/ar/"))
    assert german.find("h1").get_text() != arabic.find("h1").get_text()
    assert re.search(r"[\u0600-\u06FF]", arabic.find("h1").get_text())
    assert re.search(r"[\u0600-\u06FF]", arabic.find("main").get_text())


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar,en;q=0.8", "/ar/"),
        ("fa-IR,fa;q=0.9", "/fa/"),
        ("uk-UA,uk;q=0.9,ru;q=0.8", "/uk/"),
        ("tr", "/tr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fr-FR,fr;q=0.9", "/de/"),
        ("", "/de/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_prefers_remembered_language_cookie(client):
    client.cookies["django_language"] = "ru"
    response = client.get("/", headers={"accept-language": "de"})
    assert response["Location"] == "/ru/"


@pytest.mark.parametrize("language", ["de", "ar"])
def test_switcher_links_every_language_of_the_page(client, language):
    html = soup(client.get(f"/{language}/beratung/"))
    switcher = html.select_one("nav.language-switcher")
    assert switcher is not None
    links = switcher.find_all("a")
    assert [link["hreflang"] for link in links] == LANGUAGES
    for link in links:
        code = link["hreflang"]
        assert link["lang"] == code
        assert link.get_text(strip=True) == LANGUAGE_NAMES[code]
        assert link["href"] == f"/{code}/beratung/"
        assert link["dir"] == ("rtl" if code in RTL_LANGUAGES else "ltr")
    current = switcher.select('a[aria-current="true"]')
    assert [link["hreflang"] for link in current] == [language]


def test_switcher_targets_all_exist(client):
    html = soup(client.get("/de/"))
    for link in html.select("nav.language-switcher a"):
        assert client.get(link["href"]).status_code == 200


def test_switcher_leaves_out_languages_without_live_translation(client):
    english = Page.objects.get(locale__language_code="en", slug="beratung")
    english.unpublish()
    html = soup(client.get("/de/beratung/"))
    codes = [link["hreflang"] for link in html.select("nav.language-switcher a")]
    assert "en" not in codes
    assert len(codes) == 6


def test_switcher_on_search_page_keeps_the_view(client):
    html = soup(client.get("/de/search/?q=Beratung"))
    hrefs = {link["hreflang"]: link["href"] for link in html.select("nav.language-switcher a")}
    assert hrefs["ar"].startswith("/ar/search/")


def test_alternate_links_with_x_default(client):
    html = soup(client.get("/fa/beratung/"))
    alternates = {
        link["hreflang"]: link["href"]
        for link in html.find_all("link", rel="alternate")
        if link.get("hreflang")
    }
    assert set(alternates) == set(LANGUAGES) | {"x-default"}
    assert alternates["x-default"] == alternates["de"]
    assert alternates["ar"] == "http://testserver/ar/beratung/"


def test_interface_strings_are_translated(client):
    german = soup(client.get("/de/")).select_one("a.skip-link").get_text(strip=True)
    arabic = soup(client.get("/ar/")).select_one("a.skip-link").get_text(strip=True)
    ukrainian = soup(client.get("/uk/")).select_one("a.skip-link").get_text(strip=True)
    assert german == "Zum Inhalt springen"
    assert re.search(r"[\u0600-\u06FF]", arabic)
    assert re.search(r"[\u0400-\u04FF]", ukrainian)


def test_locales_and_synchronisation_exist_after_migrate():
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(LANGUAGES)
    synced = LocaleSynchronization.objects.filter(sync_from__language_code="de")
    assert sorted(synced.values_list("locale__language_code", flat=True)) == sorted(
        set(LANGUAGES) - {"de"}
    )


def test_page_created_in_admin_appears_in_every_language(admin_client):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    home = Page.objects.get(locale__language_code="de", depth=2)
    data = nested_form_data(
        {
            "title": "Sprachcafé Zeitz",
            "slug": "sprachcafe",
            "intro": "Jeden Dienstag.",
            "body": streamfield([]),
            "action-publish": "1",
        }
    )
    response = admin_client.post(f"/admin/pages/add/home/contentpage/{home.pk}/", data)
    assert response.status_code == 302
    for language in LANGUAGES:
        page = Page.objects.get(locale__language_code=language, slug="sprachcafe")
        assert page.live
        response = admin_client.get(f"/{language}/sprachcafe/")
        assert response.status_code == 200
        assert "Sprachcafé Zeitz" in response.content.decode()
