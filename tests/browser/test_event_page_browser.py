"""A visitor on an event page: reads the facts, downloads the .ics file, in German and Arabic."""

from datetime import timedelta

import icalendar
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

pytestmark = [pytest.mark.browser]


def assert_no_axe_violations(page):
    results = Axe().run(page)
    violations = results.response["violations"]
    assert violations == [], results.generate_report()


@pytest.fixture
def event(demo_server):
    """A weekly hybrid event with every fact, in German with aliases in the other languages."""
    from wagtail.models import Page

    from eventpages.models import (
        CancelledDate,
        EventCategory,
        EventIndexPage,
        EventPage,
        Municipality,
        Organiser,
        Venue,
    )
    from home.locales import add_aliases_in_other_languages
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="de")
    index = Page.objects.filter(slug="termine-browser").first()
    if index is None:
        index = EventIndexPage(title="Termine", slug="termine-browser", intro="Alle Termine.")
        home.add_child(instance=index)
        index.save_revision().publish()
        add_aliases_in_other_languages(index)
    town, _created = Municipality.objects.get_or_create(
        slug="naumburg", defaults={"name": "Naumburg (Saale)"}
    )
    venue = Venue.objects.create(
        name="Bürgerhaus",
        street="Markt 1",
        postcode="06618",
        municipality=town,
        latitude="51.150000",
        longitude="11.810000",
        step_free=True,
        accessibility_notes="Eingang über den Hof.",
    )
    category = EventCategory.objects.create(name="Sprache", slug="sprache", locale=home.locale)
    start = timezone.localtime(timezone.now() + timedelta(days=2)).replace(
        hour=18, minute=0, second=0, microsecond=0
    )
    event = EventPage(
        title="Sprachcafé",
        slug="sprachcafe",
        teaser="Deutsch üben bei Kaffee und Kuchen.",
        start=start,
        end=start + timedelta(hours=2),
        venue=venue,
        online_url="https://meet.example.org/sprachcafe",
        frequency="weekly",
        weekdays=[["MO", "TU", "WE", "TH", "FR", "SA", "SU"][start.weekday()]],
        registration_required=True,
        registration_url="https://anmeldung.example.org/sprachcafe",
        organiser=Organiser.objects.create(name="Caritas", email="kontakt@example.org"),
        languages=["de", "ar", "uk"],
        interpreting=True,
        target_groups=["women", "newcomers"],
        cancelled_dates=[CancelledDate(date=(start + timedelta(weeks=2)).date())],
    )
    index.add_child(instance=event)
    event.categories.set([category])
    event.tags.add("Kaffee")
    event.save_revision().publish()
    add_aliases_in_other_languages(event)
    return EventPage.objects.get(pk=event.pk)


def test_ics_link_downloads_the_event(page, event):
    page.goto(event.url)
    assert page.locator("h1").inner_text() == "Sprachcafé"
    link = page.get_by_role("link", name="Zum Kalender hinzufügen (.ics)")
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == "sprachcafe.ics"
    with open(download.path(), "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Sprachcafé"
    assert "RRULE" in vevent and "EXDATE" in vevent
    assert page.requests_to_other_hosts == []


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_event_page_passes_axe(page, event, language, direction):
    from eventpages.models import EventPage

    version = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code=language
    )
    page.goto(version.url)
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == direction
    assert page.locator(".event-dates__list li").count() == 5
    if language == "ar":
        assert page.locator(".event-header").get_attribute("lang") == "de"
        assert page.locator(".event-alias-notice").is_visible()
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []
