"""Called-off dates in the feeds: subscribers' calendars must learn of them.

A called-off single event stays in the index feed, the filtered feeds and its own feed as itself
with STATUS:CANCELLED (RFC 5545 §3.8.1.11) until its day has passed; a called-off date of a
series is an EXDATE, which every calendar program understands (the date disappears).
"""

from datetime import UTC, datetime, time, timedelta
from unittest import mock

import icalendar
import pytest
import recurring_ical_events
from django.utils import timezone
from wagtail.models import Locale

from .conftest import BERLIN

pytestmark = pytest.mark.django_db


def local(day, hour=0, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def today():
    return timezone.localdate(timezone.now(), BERLIN)


def get_calendar(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return {str(vevent["SUMMARY"]): vevent for vevent in calendar.walk("VEVENT")}


def index_url(index):
    return index.get_translation(Locale.objects.get(language_code="de")).url + "ical/"


def instances(calendar, title):
    """What a calendar program shows for one event: (UTC start, status) of each date."""
    after, before = local(today() - timedelta(days=400)), local(today() + timedelta(days=400))
    return sorted(
        (component["DTSTART"].dt.astimezone(UTC), str(component.get("STATUS", "")))
        for component in recurring_ical_events.of(calendar).between(after, before)
        if str(component["SUMMARY"]) == title
    )


@pytest.fixture
def called_off(make_event, venue):
    day = today() + timedelta(days=5)
    return make_event(
        "Abgesagtes Fest",
        local(day, 15),
        venue=venue("Stadthalle", "Zeitz"),
        cancelled=[day],
    )


def test_called_off_event_stays_in_every_feed_as_cancelled(
    client, event_index, make_event, called_off
):
    start = called_off.start.astimezone(UTC)
    sunday = today() + timedelta(days=(6 - today().weekday()) % 7 + 7)
    make_event(
        "Sonntagstreff",
        local(sunday, 10),
        frequency="weekly",
        weekdays=["SU"],
        cancelled=[sunday + timedelta(weeks=1)],
    )
    feeds = {
        "index": get_calendar(client, index_url(event_index)),
        "filtered": get_calendar(client, index_url(event_index), municipality="zeitz"),
        "own": get_calendar(client, called_off.url + "ical/"),
    }
    for name, calendar in feeds.items():
        vevent = vevents(calendar).get("Abgesagtes Fest")
        assert vevent is not None, name
        assert vevent["STATUS"] == "CANCELLED", name
        assert "EXDATE" not in vevent, name  # its date is not removed, it is called off
        assert instances(calendar, "Abgesagtes Fest") == [(start, "CANCELLED")], name
    assert "Sonntagstreff" not in vevents(feeds["filtered"])
    # A series loses only the cancelled date, by EXDATE.
    series_dates = [moment for moment, _status in instances(feeds["index"], "Sonntagstreff")]
    assert local(sunday, 10).astimezone(UTC) in series_dates
    assert local(sunday + timedelta(weeks=1), 10).astimezone(UTC) not in series_dates
    assert local(sunday + timedelta(weeks=2), 10).astimezone(UTC) in series_dates
    assert vevents(feeds["index"])["Sonntagstreff"]["STATUS"] == "CONFIRMED"


def test_called_off_event_leaves_the_feeds_once_its_day_has_passed(
    client, event_index, make_event, called_off
):
    make_event("Gehaltenes Fest", called_off.start)
    day = timezone.localdate(called_off.start, BERLIN)
    still_that_day = local(day, 23, 30)
    next_day = local(day + timedelta(days=1), 0, 30)
    with mock.patch("django.utils.timezone.now", return_value=still_that_day):
        assert set(vevents(get_calendar(client, index_url(event_index)))) >= {
            "Abgesagtes Fest",
            "Gehaltenes Fest",
        }
    with mock.patch("django.utils.timezone.now", return_value=next_day):
        titles = set(vevents(get_calendar(client, index_url(event_index))))
        filtered = set(vevents(get_calendar(client, index_url(event_index), municipality="zeitz")))
    # A date that took place stays a while (FEED_PAST_DAYS); a called-off one has no news left.
    assert "Gehaltenes Fest" in titles
    assert "Abgesagtes Fest" not in titles | filtered
    # Its own feed (a download) still says what became of it.
    (vevent,) = get_calendar(client, called_off.url + "ical/").walk("VEVENT")
    assert vevent["STATUS"] == "CANCELLED"
