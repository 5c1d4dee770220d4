"""A coordinator creates a weekly event in the real admin: only the fields the rule needs are
shown, the live preview follows the typing (a cancelled date "fällt aus"), the panel passes
axe, and the published event has the series and its occurrences."""

import re
from datetime import date, timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser]

PASSWORD = "Termine-im-Blick-2027"  # nosec B105
PANEL = "[data-controller=recurrence]"


@pytest.fixture
def coordinator(demo_server):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from core.roles import COORDINATION

    user = get_user_model().objects.create_user(
        username="kora", password=PASSWORD, first_name="Kora", email="kora@example.org"
    )
    user.groups.add(Group.objects.get(name=COORDINATION))
    return user


def log_in(page, user):
    page.goto("/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def next_tuesday(weeks_ahead=3):
    today = date.today()
    return today + timedelta(days=(1 - today.weekday()) % 7 + 7 * weeks_ahead)


def german(day, time=""):
    return f"{day:%d.%m.%Y}" + (f" {time}" if time else "")


def shown(page, name):
    return page.locator(f'{PANEL} [data-recurrence-field="{name}"]')


def type_date(page, selector, text):
    """Type into a date field as a coordinator does, and leave it (closing the picker)."""
    field = page.locator(selector)
    field.fill(text)
    field.press("Tab")


def test_weekly_event_with_a_cancelled_date(page, coordinator):
    from core import county_time
    from eventpages.models import EventIndexPage, EventPage, Occurrence

    index = EventIndexPage.objects.get(locale__language_code="de", slug="veranstaltungen")
    first = next_tuesday()
    cancelled = first + timedelta(weeks=2)
    log_in(page, coordinator)
    page.goto(f"/admin/pages/add/eventpages/eventpage/{index.pk}/")
    page.fill("#id_title", "Nähtreff am Dienstag")
    page.get_by_role("tab", name="Datum und Ort").click()

    # A single date: nothing of the rule is shown.
    expect(page.locator("#id_frequency")).to_be_visible()
    for name in ["interval", "weekdays", "month_week", "ends", "until", "count"]:
        expect(shown(page, name)).to_be_hidden()
    expect(shown(page, "cancelled_dates")).to_be_hidden()

    type_date(page, "#id_start", german(first, "18:00"))
    type_date(page, "#id_end", german(first, "20:00"))
    preview = page.locator(f"{PANEL} [aria-live=polite]")
    expect(preview.locator("li")).to_have_count(1)

    # Weekly: the weekdays and the interval appear (required), the monthly fields stay away.
    page.select_option("#id_frequency", "weekly")
    expect(shown(page, "weekdays")).to_be_visible()
    expect(shown(page, "interval")).to_be_visible()
    expect(shown(page, "weekdays").locator(".w-required-mark")).to_be_visible()
    expect(shown(page, "month_week")).to_be_hidden()
    expect(shown(page, "until")).to_be_hidden()
    expect(shown(page, "count")).to_be_hidden()
    # Until a weekday is chosen, the preview says what to do.
    expect(preview).to_contain_text("Wählen Sie mindestens einen Wochentag, z. B. Dienstag.")
    shown(page, "weekdays").get_by_label("Dienstag").check()
    expect(preview.locator("li")).to_have_count(10)
    expect(preview.locator("li").first).to_have_text(re.compile(rf"^Di\., {first.day}\."))

    # Ends on a date: the date appears, the count does not; "never" hides both again.
    page.select_option("#id_ends", "on_date")
    expect(shown(page, "until")).to_be_visible()
    expect(shown(page, "count")).to_be_hidden()
    page.select_option("#id_ends", "never")
    expect(shown(page, "until")).to_be_hidden()

    # A cancelled date, with the keyboard: the preview names it.
    expect(shown(page, "cancelled_dates")).to_be_visible()
    page.locator("#id_cancelled_dates-ADD").focus()
    page.keyboard.press("Enter")
    type_date(page, "#id_cancelled_dates-0-date", german(cancelled))
    expect(preview).to_contain_text(f"{cancelled.day}.{cancelled.month}. fällt aus")
    expect(preview.locator("li[data-cancelled]")).to_have_count(1)
    expect(preview.locator("li:not([data-cancelled])")).to_have_count(10)

    page.fill("#id_online_url", "https://meet.beispiel.de/naehtreff")

    results = Axe().run(page, context={"include": [[PANEL]]})
    assert results.response["violations"] == [], results.generate_report()
    assert page.requests_to_other_hosts == []

    # Publish: from the footer's action menu, once no date picker is left open over it.
    # (the picker closes on a click outside it, as a coordinator's next click does)
    page.locator("#id_online_url").click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    publish = page.locator("footer button[name=action-publish]")
    expect(publish).to_be_visible()
    with page.expect_navigation(url=re.compile(rf"/admin/pages/{index.pk}/")):
        publish.click()

    event = EventPage.objects.get(locale__language_code="de", title="Nähtreff am Dienstag")
    assert event.live
    assert event.frequency == "weekly" and event.weekdays == ["TU"]
    assert event.interval == 1 and event.ends == "never"
    assert [item.date for item in event.cancelled_dates.all()] == [cancelled]
    starts = [
        county_time.local(occurrence.start)
        for occurrence in Occurrence.objects.filter(event=event).order_by("start")[:4]
    ]
    assert [start.date() for start in starts] == [
        first,
        first + timedelta(weeks=1),
        first + timedelta(weeks=3),
        first + timedelta(weeks=4),
    ]
    assert all((start.hour, start.minute) == (18, 0) for start in starts)
    assert county_time.local(event.start) == starts[0]
    assert county_time.local(event.end) == starts[0] + timedelta(hours=2)

    # The edit view: the saved rule shows the same fields and the same preview.
    page.goto(f"/admin/pages/{event.pk}/edit/")
    page.get_by_role("tab", name="Datum und Ort").click()
    expect(shown(page, "weekdays")).to_be_visible()
    expect(shown(page, "until")).to_be_hidden()
    expect(page.locator("#id_start")).to_have_value(german(first, "18:00"))
    preview = page.locator(f"{PANEL} [aria-live=polite]")
    expect(preview).to_contain_text(f"{cancelled.day}.{cancelled.month}. fällt aus")
