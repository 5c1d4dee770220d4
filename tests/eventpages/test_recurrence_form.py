"""The event editor's date and series fields: validation that says how to fix the input, only
for the fields the rule shows, and dates typed the German way with Wagtail's date picker."""

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.formats import get_format
from wagtail.users.models import UserProfile

from eventpages import recurrence, rule_checks
from eventpages.models import EventPage
from tests.eventpages.test_admin import event_form

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")


def add_url(event_index):
    return f"/admin/pages/add/eventpages/eventpage/{event_index.pk}/"


def errors_of(response):
    """{field name: error text} as the editor shows them next to the fields."""
    body = response.content.decode()
    found = {}
    for match in re.finditer(r"data-field-wrapper[^>]*>(.*?)</div>\s*</div>", body, re.S):
        block = match.group(1)
        name = re.search(r'name="([^"]+)"', block)
        error = re.search(r'class="error-message"[^>]*>\s*<[^>]+>([^<]+)<', block)
        if name and error:
            found[name.group(1)] = error.group(1).strip()
    return found


def test_weekly_without_weekday_says_how_to_fix_it(admin_client, event_index, venue):
    data = event_form(venue().pk, weekdays=[], **{"action-publish": "1"})
    response = admin_client.post(add_url(event_index), data)
    assert response.status_code == 200
    assert "Wählen Sie mindestens einen Wochentag, z. B. Dienstag." in response.content.decode()
    assert not EventPage.objects.filter(slug="naehcafe").exists()


def test_count_is_asked_for_only_when_the_series_ends_after_a_count(
    admin_client, event_index, venue
):
    data = event_form(venue().pk, ends="after_count", count="", **{"action-publish": "1"})
    response = admin_client.post(add_url(event_index), data)
    body = response.content.decode()
    assert "Geben Sie an, wie viele Termine es gibt, z. B. 10." in body
    assert "Geben Sie das Datum des letzten Termins an" not in body


def test_hidden_fields_do_not_block_saving(admin_client, event_index, venue):
    """A single date with the series fields emptied or half-filled, as hidden fields leave them."""
    data = event_form(
        venue().pk,
        frequency="none",
        weekdays=[],
        interval="",
        ends="on_date",
        until="",
        count="",
        **{"action-publish": "1"},
    )
    response = admin_client.post(add_url(event_index), data)
    assert response.status_code == 302, errors_of(response)
    event = EventPage.objects.get(slug="naehcafe", locale__language_code="de")
    assert event.interval == 1 and event.rrule == ""
    assert event.occurrences.count() == 1


def test_empty_interval_under_a_series_is_asked_for(admin_client, event_index, venue):
    data = event_form(venue().pk, interval="", **{"action-publish": "1"})
    response = admin_client.post(add_url(event_index), data)
    assert response.status_code == 200
    assert "1 = jede Woche, 2 = jede zweite Woche" in response.content.decode()


def test_problems_check_only_what_the_rule_shows():
    start = datetime(2027, 3, 2, 18, tzinfo=BERLIN)
    single = {"start": start, "frequency": recurrence.NONE, "ends": recurrence.ENDS_ON}
    assert rule_checks.problems(single) == {}
    monthly = {
        "start": start,
        "frequency": recurrence.MONTHLY_WEEKDAY,
        "interval": 1,
        "ends": recurrence.ENDS_AFTER,
        "count": None,
        "until": date(2020, 1, 1),
    }
    assert set(rule_checks.problems(monthly)) == {"count"}
    assert not rule_checks.is_shown("weekdays", monthly)
    assert rule_checks.is_shown("month_week", monthly)
    assert not rule_checks.is_shown("cancelled_dates", single)


def test_german_dates_are_accepted(admin_client, event_index, venue):
    data = event_form(
        venue().pk,
        start="04.03.2027 18:00",
        end="04.03.2027 20:00",
        ends="on_date",
        until="25.03.2027",
        count="",
        **{"action-publish": "1"},
    )
    data["cancelled_dates-TOTAL_FORMS"] = "1"
    data["cancelled_dates-0-date"] = "11.03.2027"
    data["cancelled_dates-0-ORDER"] = "1"
    data["cancelled_dates-0-DELETE"] = ""
    data["cancelled_dates-0-id"] = ""
    response = admin_client.post(add_url(event_index), data)
    assert response.status_code == 302, errors_of(response)
    event = EventPage.objects.get(slug="naehcafe", locale__language_code="de")
    assert event.start == datetime(2027, 3, 4, 18, tzinfo=BERLIN)
    assert event.until == date(2027, 3, 25)
    assert [item.date for item in event.cancelled_dates.all()] == [date(2027, 3, 11)]
    days = [o.start.astimezone(BERLIN).day for o in event.occurrences.order_by("start")]
    assert days == [4, 18, 25]


def test_editor_shows_dates_the_german_way_with_wagtails_picker(admin_client, make_event):
    event = make_event(start=datetime(2026, 12, 16, 17, tzinfo=BERLIN), until=None)
    body = admin_client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    start = re.search(r'<input[^>]*name="start"[^>]*>', body).group(0)
    assert 'value="16.12.2026 17:00"' in start
    # Wagtail's date-time picker, told the same format.
    assert "wagtailadmin/js/date-time-chooser.js" in body
    assert "d.m.Y H:i" in body


def test_english_admin_reads_the_pickers_dates_too(client, event_index, venue):
    from tests.factories import make_user

    user = make_user("ella", "Redaktion")
    UserProfile.objects.create(user=user, preferred_language="en")
    client.force_login(user)
    data = event_form(venue().pk, start="04.03.2027 18:00", end="2027-03-04 20:00")
    response = client.post(add_url(event_index), {**data, "action-publish": "1"})
    assert response.status_code == 302, errors_of(response)
    event = EventPage.objects.get(slug="naehcafe", locale__language_code="de")
    assert event.start == datetime(2027, 3, 4, 18, tzinfo=BERLIN)
    assert event.end == datetime(2027, 3, 4, 20, tzinfo=BERLIN)


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_admin_language_parses_the_pickers_formats(language):
    """Wagtail's rule: its picker formats must be among the input formats (in each language)."""
    with translation.override(language):
        assert settings.WAGTAIL_DATE_FORMAT in get_format("DATE_INPUT_FORMATS")
        assert settings.WAGTAIL_DATETIME_FORMAT in get_format("DATETIME_INPUT_FORMATS")
        # Each language's own first format (what Django writes outside the admin) is kept.
        assert get_format("DATE_INPUT_FORMATS")[0] != "%d.%m.%Y" or language in {"de", "uk", "ru"}
