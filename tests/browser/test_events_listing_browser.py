"""A visitor filters the event list with the keyboard, opens an event, and axe finds nothing."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser]

BERLIN = ZoneInfo("Europe/Berlin")
INDEX = "/de/termine-browser/"


def assert_no_axe_violations(page):
    results = Axe().run(page)
    violations = results.response["violations"]
    assert violations == [], results.generate_report()


@pytest.fixture
def events(demo_server):
    """An index of our own with three events, aliased into every language like the admin does."""
    from django.utils import timezone
    from wagtail.models import Locale

    from eventpages.models import EventCategory, EventIndexPage, EventPage, Municipality, Venue
    from home.locales import add_aliases_in_other_languages
    from home.models import HomePage

    german = Locale.objects.get(language_code="de")
    home = HomePage.objects.get(locale=german)
    index = EventIndexPage(title="Termine im Browser", slug="termine-browser", intro="Zum Testen.")
    home.add_child(instance=index)
    index.save_revision().publish()
    add_aliases_in_other_languages(index)

    circus = EventCategory.objects.create(name="Zirkus", slug="zirkus-test", locale=german)
    town = Municipality.objects.get_or_create(slug="zeitz", defaults={"name": "Zeitz"})[0]
    hall = Venue.objects.create(name="Stadthalle", municipality=town, locale=german)
    today = timezone.localdate(timezone.now(), BERLIN)
    created = {}
    for offset, title, categories in [
        (2, "Zirkusprojekt für Kinder", [circus]),
        (3, "Sprachcafé am Abend", []),
        (4, "Beratung zum Aufenthalt", []),
    ]:
        start = datetime.combine(today + timedelta(days=offset), time(17)).replace(tzinfo=BERLIN)
        event = EventPage(
            title=title,
            start=start,
            end=start + timedelta(hours=2),
            venue=hall,
            teaser=f"{title}: offen für alle.",
            languages=["de", "ar"],
        )
        index.add_child(instance=event)
        event.categories.set(categories)
        event.save_revision().publish()
        add_aliases_in_other_languages(event)
        created[title] = event
    return created


def focused(page):
    return page.evaluate(
        "() => [document.activeElement.tagName.toLowerCase(),"
        " document.activeElement.getAttribute('name') || '',"
        " document.activeElement.textContent.trim()]"
    )


def tab_until(page, predicate, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if predicate(focused(page)):
            return
    raise AssertionError(f"Tab never reached the element; last focus {focused(page)}")


def test_filter_with_the_keyboard_and_open_an_event(page, events):
    page.goto(INDEX)
    titles = page.locator(".event-item__title a")
    assert titles.all_inner_texts() == [
        "Zirkusprojekt für Kinder",
        "Sprachcafé am Abend",
        "Beratung zum Aufenthalt",
    ]
    tab_until(page, lambda element: element[:2] == ["select", "category"])
    page.keyboard.type("Zirkus")
    assert page.locator("select[name=category]").input_value() == "zirkus-test"
    tab_until(page, lambda element: element[0] == "button" and element[2] == "Filtern")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "category=zirkus-test" in url)
    assert titles.all_inner_texts() == ["Zirkusprojekt für Kinder"]
    assert page.locator("select[name=category]").input_value() == "zirkus-test"
    # The reset link is the next stop after the button.
    page.locator("button", has_text="Filtern").focus()
    page.keyboard.press("Tab")
    assert focused(page)[2] == "Filter zurücksetzen"

    tab_until(page, lambda element: element[2] == "Zirkusprojekt für Kinder")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{events['Zirkusprojekt für Kinder'].url}")
    assert page.locator("h1").inner_text().strip() == "Zirkusprojekt für Kinder"
    assert page.requests_to_other_hosts == []


def test_invalid_dates_are_explained_next_to_the_field(page, events):
    page.goto(f"{INDEX}?date_from=2030-05-10&date_to=2030-05-01")
    date_to = page.locator("input[name=date_to]")
    assert date_to.get_attribute("aria-invalid") == "true"
    described = date_to.get_attribute("aria-describedby")
    assert "Enddatum" in page.locator(f"#{described}").inner_text()
    assert page.locator("[role=alert]").count() == 1


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_index_calendar_and_archive_pass_axe(page, events, language, direction):
    base = f"/{language}/termine-browser/"
    for url in [base, f"{base}?category=zirkus-test&free=1", f"{base}calendar/", f"{base}archive/"]:
        response = page.goto(url)
        assert response.status == 200, url
        assert page.locator("html").get_attribute("dir") == direction
        assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []


def test_untranslated_titles_are_marked_in_arabic(page, events):
    page.goto("/ar/termine-browser/")
    first = page.locator(".event-item__title a").first
    assert first.get_attribute("lang") == "de"
    assert first.get_attribute("dir") == "ltr"
    assert page.locator(".event-item__notice").count() == 3
    page.goto("/ar/")
    assert page.locator("section.upcoming-events h3 a[lang=de]").count() >= 1
    assert_no_axe_violations(page)


def test_calendar_month_navigation_with_the_keyboard(page, events):
    page.goto("/de/termine-browser/calendar/")
    caption = page.locator("table.calendar caption").inner_text()
    tab_until(page, lambda element: element[2].startswith("Nächster Monat"))
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "month=" in url)
    assert page.locator("table.calendar caption").inner_text() != caption
    assert page.locator("td[aria-current=date]").count() == 0


@pytest.mark.parametrize("language", ["de", "ar"])
def test_narrow_screen_shows_the_calendar_without_scrolling_sideways(page, events, language):
    page.set_viewport_size({"width": 375, "height": 800})
    for url in [f"/{language}/termine-browser/", f"/{language}/termine-browser/calendar/"]:
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, url
    # Narrower than 40rem the month is a day-by-day agenda (see
    # test_no_sideways_scrolling_browser.py): nothing to scroll, not even the calendar.
    scroller = page.locator(".calendar-scroll")
    assert scroller.evaluate("element => element.scrollWidth <= element.clientWidth")
    assert scroller.get_attribute("tabindex") == "0"
