"""A visitor finds counselling on residence in Arabic in Zeitz through the directory's filters,
in German on a desktop and in Arabic on a phone, and axe finds nothing on the way.

Runs on the demo: "Migrationsberatung Zeitz" offers "Beratung zum Aufenthalt" in Arabic at
its office in Zeitz; other organisations in Zeitz speak Arabic about other topics, and other
towns have residence counselling in Arabic, so each filter has to do its part.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser]


def assert_no_axe_violations(page):
    results = Axe().run(page)
    assert results.response["violations"] == [], results.generate_report()


def expected_titles(language_code):
    """The organisations the filters should leave, read from the database the page reads."""
    from django.utils import translation

    from directory.models import OfferPage

    with translation.override(language_code):
        offers = OfferPage.objects.live().filter(
            locale__language_code="de",
            topic__slug="aufenthalt",
            languages__contains="ar",
        )
        in_zeitz = {
            offer.get_parent().specific
            for offer in offers
            if any(
                place.municipality.slug == "zeitz"
                for place in offer.get_parent().specific.places.all()
            )
        }
    return {organisation.translation_key for organisation in in_zeitz}


def card_titles(page):
    return [
        title.strip()
        for title in page.locator(".directory-list h2, .directory-list h3").all_inner_texts()
    ]


def choose(page, label, option_label):
    page.get_by_label(label, exact=True).select_option(label=option_label)


def open_filters(page):
    """On a phone the filters fold behind "Filter"; on a desktop they are always shown."""
    summary = page.locator("details.filter-disclosure > summary")
    if summary.is_visible() and page.locator("details.filter-disclosure[open]").count() == 0:
        summary.click()


def test_counselling_in_arabic_in_zeitz_in_german(page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/de/wegweiser/")
    everything = card_titles(page)
    assert "Migrationsberatung Zeitz" in everything
    assert_no_axe_violations(page)

    open_filters(page)
    choose(page, "Thema", "Aufenthalt und Asyl")
    choose(page, "Ort", "Zeitz")
    choose(page, "Sprache", "Arabisch")
    page.get_by_role("button", name="Anwenden").click()
    page.wait_for_url("**/de/wegweiser/?*")

    found = card_titles(page)
    assert "Migrationsberatung Zeitz" in found
    assert len(found) < len(everything)
    assert len(found) == len(expected_titles("de"))
    assert "topic=aufenthalt" in page.url and "municipality=zeitz" in page.url
    assert "language=ar" in page.url
    status = page.locator(".directory-count")
    assert status.get_attribute("role") == "status"
    # The card names the Arabic offer's languages, the Arabic name isolated and marked.
    card = page.locator(".directory-list li", has_text="Migrationsberatung Zeitz")
    assert card.locator('bdi[lang="ar"]').count() >= 1
    assert_no_axe_violations(page)

    card.get_by_role("link", name="Migrationsberatung Zeitz").first.click()
    page.wait_for_url("**/de/wegweiser/migrationsberatung-zeitz/")
    assert page.get_by_role("heading", level=1).inner_text() == "Migrationsberatung Zeitz"
    assert page.get_by_text("Beratung zum Aufenthalt").count() >= 1
    assert page.get_by_text("Altmarkt 3").count() >= 1
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []


def test_counselling_in_arabic_in_zeitz_in_arabic_on_a_phone(page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/ar/wegweiser/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == "دليل الخدمات"
    assert_no_axe_violations(page)

    open_filters(page)
    from django.utils import translation

    with translation.override("ar"):
        from django.utils.translation import gettext

        topic_label, town_label, language_label, apply = (
            gettext("Thema"),
            gettext("Ort"),
            gettext("Sprache"),
            gettext("Anwenden"),
        )
    choose(page, topic_label, "الإقامة واللجوء")
    choose(page, town_label, "Zeitz")
    page.get_by_label(language_label, exact=True).select_option(value="ar")
    page.get_by_role("button", name=apply).click()
    page.wait_for_url("**/ar/**?*")

    cards = page.locator(".directory-list > li")
    assert cards.count() == len(expected_titles("ar"))
    assert page.locator(".directory-list li", has_text="Migrationsberatung Zeitz").count() == 1
    # No sideways scrolling on the phone, in right-to-left.
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []
