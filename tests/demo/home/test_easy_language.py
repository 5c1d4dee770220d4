"""Easy-to-read German (BITV 2.0): the "Leichte Sprache" page, its links in header and footer,
the sign-language (DGS) video slot behind the two-click consent, the accessibility statement
(current date, arbitration body from the settings, no literal markup) and findability in the
search (the term and a filter) and the library (a language filter)."""

import pytest
from bs4 import BeautifulSoup

from home.models import AccessibilitySettings, ContentPage

pytestmark = pytest.mark.django_db


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_the_page_explains_the_site_in_easy_german(client):
    page = get(client, "/de/leichte-sprache/")
    assert page.h1.get_text(strip=True) == "Leichte Sprache"
    headings = [h2.get_text(strip=True) for h2 in page.select("main h2")]
    for topic in ("Veranstaltungen", "Dokumente und Neuigkeiten", "Bereich für Mitglieder"):
        assert topic in headings
    assert "Sprachen" in headings and "Kontakt" in headings
    # Short sentences, one idea per line.
    sentences = [
        p.get_text(strip=True)
        for p in page.select("main p")
        if not p.find_parent(attrs={"data-video-consent": True})
    ]
    assert len(sentences) > 15
    assert max(len(sentence.split()) for sentence in sentences if sentence) <= 12
    assert page.select_one("main .easy-language-badge").get_text(strip=True) == "Leichte Sprache"


def test_the_dgs_video_waits_for_a_click(client):
    page = get(client, "/de/leichte-sprache/")
    video = page.select_one(".sign-language-video [data-video-consent]")
    assert video is not None
    assert "Gebärdensprache" in video.select_one("[data-video-load]")["data-embed-title"]
    assert page.find("iframe") is None  # nothing from the video host before the click


def test_other_languages_show_it_as_german(client):
    page = get(client, "/ar/leichte-sprache/")
    article = page.select_one("main article")
    assert (article["lang"], article["dir"]) == ("de", "ltr")


@pytest.mark.parametrize("language", ["de", "ar", "uk"])
def test_header_and_footer_link_it(client, language):
    page = get(client, f"/{language}/")
    header = page.select_one("header .easy-language-link")
    footer = page.select_one("footer .easy-language-link")
    for link in (header, footer):
        assert link.get_text(strip=True) == "Leichte Sprache"
        assert link["href"] == f"/{language}/leichte-sprache/"
        assert link.get("lang") == (None if language == "de" else "de")


def test_the_statement_is_current_and_names_the_arbitration_body(client):
    page = get(client, "/de/barrierefreiheit/")
    main = page.find("main")
    text = main.get_text(" ", strip=True)
    assert "&lt;" not in main.decode() and "<b>" not in text
    assert main.find("b") is not None  # the bold is markup, not text
    assert "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz" in text
    assert main.find("a", href="https://www.schlichtungsstelle-bgg.de")
    assert main.find("a", href="mailto:info@schlichtungsstelle-bgg.de")
    date = main.select_one(".statement-date time")
    assert date["datetime"] == "2026-12-01"
    assert "1. Dezember 2026" in date.get_text()
    assert main.find("a", href="/de/leichte-sprache/")
    assert main.select_one("[data-video-consent]")
    assert "Leichte Sprache und Gebärdensprache" in text


@pytest.mark.parametrize("language", ["en", "ar"])
def test_translated_statements_have_no_literal_markup(client, language):
    main = get(client, f"/{language}/barrierefreiheit/").find("main")
    assert "&lt;" not in main.decode()
    assert "<b>" not in main.get_text()
    assert "Schlichtungsstelle nach dem Behindertengleichstellungsgesetz" in main.get_text()


def test_the_arbitration_body_is_a_setting(client):
    chosen = AccessibilitySettings.objects.get()
    chosen.arbitration_name = "Schlichtungsstelle im Test"
    chosen.arbitration_url = ""
    chosen.save()
    text = get(client, "/de/barrierefreiheit/").find("main").get_text()
    assert "Schlichtungsstelle im Test" in text
    assert not get(client, "/de/barrierefreiheit/").find(
        "a", href="https://www.schlichtungsstelle-bgg.de"
    )


def test_search_finds_the_term(client):
    page = get(client, "/de/search/", q="Leichte Sprache")
    titles = [a.get_text(strip=True) for a in page.select(".search-results h2 a")]
    assert "Leichte Sprache" in titles
    documents = [a.get_text(strip=True) for a in page.select(".search-document__title a")]
    assert "Das Sprachcafé in Leichter Sprache" in documents


def test_search_finds_marked_pages_by_the_term_alone(client):
    """A page marked easy_language is found by "Leichte Sprache" even if its text lacks it."""
    page = ContentPage.objects.get(slug="impressum", locale__language_code="de")
    page.easy_language = True
    page.save_revision().publish()
    titles = [
        a.get_text(strip=True)
        for a in get(client, "/de/search/", q="Leichte Sprache").select(".search-results h2 a")
    ]
    assert page.title in titles


def test_search_filter_leichte_sprache(client):
    page = get(client, "/de/search/", q="", leichte_sprache="1")
    box = page.select_one("#search-easy-language")
    assert box.has_attr("checked")
    titles = [a.get_text(strip=True) for a in page.select(".search-results h2 a")]
    assert titles == ["Leichte Sprache"]
    documents = [a.get_text(strip=True) for a in page.select(".search-document__title a")]
    assert documents == ["Das Sprachcafé in Leichter Sprache"]
    # With a word: only marked pages and easy-to-read documents that match it.
    page = get(client, "/de/search/", q="Sprachcafé", leichte_sprache="1")
    assert [a.get_text(strip=True) for a in page.select(".search-document__title a")] == [
        "Das Sprachcafé in Leichter Sprache"
    ]
    assert not page.select(".search-results h2 a")


def test_the_library_filter_offers_leichte_sprache(client):
    page = get(client, "/de/dokumente/")
    option = page.select_one("select[name=language] option[value=de-simple]")
    assert option.get_text(strip=True) == "Leichte Sprache"
    page = get(client, "/de/dokumente/", language="de-simple")
    titles = [h3.get_text(strip=True) for h3 in page.select(".document__title")]
    assert titles == ["Das Sprachcafé in Leichter Sprache"]
