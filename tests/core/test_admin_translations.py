"""One-language admin listings (core.admin_translations), on a translatable snippet: one row
per item in German, the other languages as badges, a language filter, wagtail-localize's row
buttons, constant queries (core.translation_states, core.localize_buttons)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from core.translation_states import (
    INCOMPLETE,
    MISSING,
    OUTDATED,
    SOURCE,
    TRANSLATED,
    translation_states,
)
from eventpages.models import EventCategory
from tests.localize_helpers import localize, sync, translate_segments

pytestmark = pytest.mark.django_db
URL = "/admin/snippets/eventpages/eventcategory/"


def locale(code):
    return Locale.objects.get(language_code=code)


def category(name, slug):
    return EventCategory.objects.create(name=name, slug=slug, locale=locale("de"))


def listing(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def rows(page):
    return page.select("table.listing tbody tr")


def badges(row):
    return {b["data-language"]: b["data-state"] for b in row.select(".cn-lang-badge")}


def test_one_row_per_category_with_its_languages(admin_client):
    course = category("Sprachkurs", "sprachkurs")
    category("Fest", "fest")
    for language in ["en", "ar", "fa"]:
        localize(course, language)
    page = listing(admin_client)
    assert len(rows(page)) == 2
    assert "2 Veranstaltungskategorien" in " ".join(page.get_text().split())
    row = next(row for row in rows(page) if "Sprachkurs" in row.get_text())
    assert badges(row) == {
        "en": TRANSLATED,
        "ar": TRANSLATED,
        "fa": TRANSLATED,
        "uk": MISSING,
        "ru": MISSING,
        "tr": MISSING,
    }
    missing = row.select_one('[data-language="uk"]')
    assert missing.name == "span" and missing["title"] == "Ukrainisch: fehlt"
    # wagtail-localize's buttons, answered from the listing's own reading
    assert "Übersetzen" in row.get_text() or "Translate" in row.get_text()
    assert row.select_one('a[href*="/update/"]') is not None  # sync translated snippets


def test_a_changed_german_category_makes_its_translations_outdated(admin_client):
    course = category("Sprachkurs", "sprachkurs")
    localize(course, "ar")
    course.name = "Sprachkurse"
    course.save()
    states = {v.language_code: v.state for v in translation_states([course])[course.pk].versions}
    assert states["ar"] == OUTDATED
    assert badges(rows(listing(admin_client))[0])["ar"] == OUTDATED
    sync(course)
    states = {v.language_code: v.state for v in translation_states([course])[course.pk].versions}
    assert states["ar"] == INCOMPLETE  # in step, but "Sprachkurse" is not translated yet
    source = TranslationSource.objects.get(object_id=course.translation_key)
    translate_segments(source, Locale.objects.get(language_code="ar"))
    states = {v.language_code: v.state for v in translation_states([course])[course.pk].versions}
    assert states["ar"] == TRANSLATED


def test_the_language_filter_shows_one_other_language(admin_client):
    course = category("Sprachkurs", "sprachkurs")
    arabic = localize(course, "ar")
    arabic.name = "دورة لغة"
    arabic.save()
    category("Fest", "fest")
    page = listing(admin_client, locale="ar")
    assert [row.select_one("td a").get_text(strip=True) for row in rows(page)] == ["دورة لغة"]
    assert badges(rows(page)[0])["de"] == SOURCE
    assert page.select_one('input[name="locale"][value="ar"]').has_attr("checked")
    # no "all languages" choice: that is the listing of copies
    values = [radio["value"] for radio in page.select('input[name="locale"]')]
    assert values == ["de", "en", "ar", "fa", "uk", "ru", "tr"]


def test_badges_of_a_page_of_rows_take_three_queries():
    items = [category(f"K{n}", f"k{n}") for n in range(5)]
    localize(items[0], "ar")
    with CaptureQueriesContext(connection) as few:
        translation_states(items[:1])
    with CaptureQueriesContext(connection) as many:
        translation_states(items)
    assert len(few) == len(many) == 3


@pytest.mark.slow
def test_listing_queries_do_not_grow_from_10_to_1000_categories(admin_client):
    german = locale("de")
    first = category("Aaa übersetzt", "aaa")
    localize(first, "ar")
    EventCategory.objects.bulk_create(
        EventCategory(name=f"Kategorie {n:04}", slug=f"k{n}", locale=german) for n in range(9)
    )
    listing(admin_client)  # the site and what else is kept per content generation (core.memo)
    with CaptureQueriesContext(connection) as few:
        assert len(rows(listing(admin_client))) == 10
    EventCategory.objects.bulk_create(
        EventCategory(name=f"Kategorie {n:04}", slug=f"k{n}", locale=german) for n in range(9, 999)
    )
    with CaptureQueriesContext(connection) as many:
        page = listing(admin_client)
    assert len(rows(page)) > 10
    assert "1000 Veranstaltungskategorien" in " ".join(page.get_text().split()).replace(".", "")
    assert len(many) == len(few)
