"""Daylight-saving change nights: the feed's own VTIMEZONE, exact durations, one instant everywhere.

A calendar program that knows nothing but the feed's VTIMEZONE must place every date at the
same UTC instant as the site (and as zoneinfo). The spring change of 2027 is on 28 March
(02:00 CET -> 03:00 CEST, 01:00 UTC), the autumn change on 31 October (03:00 CEST -> 02:00
CET, 01:00 UTC). Times that do not exist are read with the offset before the gap, times that
exist twice as the first of the two (RFC 5545 §3.3.5, zoneinfo's fold=0). An event lasts
the elapsed time between the start and end the editor typed, on every date (RFC 5545 §3.3.6
and §3.8.5.3: DTEND - DTSTART is an exact duration for all instances).
"""

import json
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from bs4 import BeautifulSoup
from dateutil.rrule import rrulestr
from django.utils import translation

from eventpages.models import Occurrence

from .conftest import BERLIN, berlin

pytestmark = pytest.mark.django_db

HOUR = timedelta(hours=1)


def at(year, month, day, hour, minute=0):
    """The UTC instant zoneinfo gives a Berlin wall time (fold=0)."""
    return berlin(year, month, day, hour, minute).astimezone(UTC)


class FeedZone:
    """Resolves wall times with nothing but a parsed VTIMEZONE, as a calendar client does."""

    def __init__(self, vtimezone):
        self.onsets = []  # (UTC onset, offset before, offset after), naive UTC
        for observance in vtimezone.subcomponents:
            before = observance["TZOFFSETFROM"].td
            after = observance["TZOFFSETTO"].td
            starts = [observance["DTSTART"].dt]
            rdates = observance.get("RDATE", [])
            for item in rdates if isinstance(rdates, list) else [rdates]:
                starts += [value.dt for value in item.dts]
            if "RRULE" in observance:
                rule = observance["RRULE"].to_ical().decode().replace("Z", "")
                rule = rrulestr(rule, dtstart=observance["DTSTART"].dt)
                starts += list(rule.between(datetime(1970, 1, 1), datetime(2060, 1, 1)))
            for start in starts:
                assert start.tzinfo is None  # local time, RFC 5545 §3.6.5
                self.onsets.append((start - before, before, after))
        self.onsets.sort()
        self.offsets = {after for _onset, _before, after in self.onsets}

    def offset_at(self, utc):
        offset = self.onsets[0][1]
        for onset, _before, after in self.onsets:
            if onset > utc:
                break
            offset = after
        return offset

    def instant(self, wall):
        """A naive wall time as an aware UTC datetime."""
        fits = sorted(
            wall - offset for offset in self.offsets if self.offset_at(wall - offset) == offset
        )
        if fits:
            return fits[0].replace(tzinfo=UTC)  # the first of a repeated hour
        for onset, before, after in self.onsets:
            if onset + before <= wall < onset + after:  # skipped: the offset before the gap
                return (wall - before).replace(tzinfo=UTC)
        raise AssertionError(f"{wall} cannot be placed")

    def value(self, prop):
        moment = prop.dt
        if (
            moment.tzinfo is not None
            and moment.utcoffset() == timedelta(0)
            and "TZID" not in (prop.params)
        ):
            return moment.astimezone(UTC)
        assert prop.params["TZID"] == "Europe/Berlin"
        return self.instant(moment.replace(tzinfo=None))


def client_instances(calendar):
    """(start, end) UTC instants of every instance of the feed's one VEVENT, client-style."""
    zone = FeedZone(calendar.walk("VTIMEZONE")[0])
    (vevent,) = calendar.walk("VEVENT")
    first = vevent["DTSTART"]
    wall = first.dt.replace(tzinfo=None)
    walls = {wall}
    if "RRULE" in vevent:
        rule = vevent["RRULE"].to_ical().decode()
        assert "UNTIL" not in rule  # the tests below use COUNT
        walls |= set(rrulestr(rule, dtstart=wall))
    for prop, keep in (("RDATE", True), ("EXDATE", False)):
        items = vevent.get(prop, [])
        for item in items if isinstance(items, list) else [items]:
            values = {value.dt.replace(tzinfo=None) for value in item.dts}
            walls = walls | values if keep else walls - values
    length = zone.value(vevent["DTEND"]) - zone.value(first) if "DTEND" in vevent else None
    return sorted(
        (zone.instant(moment), zone.instant(moment) + length if length else None)
        for moment in walls
    )


def feed(client, event):
    response = client.get(event.url + "ical/")
    assert response.status_code == 200
    return icalendar.Calendar.from_ical(response.content)


def site(event):
    return [
        (row.start.astimezone(UTC), row.end.astimezone(UTC))
        for row in Occurrence.objects.filter(event=event).order_by("start")
    ]


@pytest.fixture
def change_nights(make_event):
    """Events at and around the 2027 changes, with the instants zoneinfo gives them.

    Each entry: (event, [(start, end), ...]) with the ends the exact typed duration later.
    """

    def series(title, first_day, hour, minute=0):
        start = berlin(*first_day, hour, minute)
        event = make_event(
            title, start, HOUR, frequency="weekly", weekdays=["SU"], ends="after_count", count=3
        )
        days = [datetime(*first_day) + timedelta(weeks=n) for n in range(3)]
        starts = [at(day.year, day.month, day.day, hour, minute) for day in days]
        return event, [(moment, moment + HOUR) for moment in starts]

    def single(title, day, start_hour, end_hour, start_minute=0, end_minute=0):
        start, end = berlin(*day, start_hour, start_minute), berlin(*day, end_hour, end_minute)
        event = make_event(title, start, end - start, end=end)
        return event, [(start.astimezone(UTC), end.astimezone(UTC))]

    return [
        # Sundays from the week before each change: the middle date is the change night.
        series("Frühling 02:30", (2027, 3, 21), 2, 30),  # 02:30 is skipped on 28 March
        series("Frühling 03:30", (2027, 3, 21), 3, 30),
        series("Frühling 01:30", (2027, 3, 21), 1, 30),
        series("Herbst 02:30", (2027, 10, 24), 2, 30),  # 02:30 comes twice on 31 October
        series("Herbst 03:30", (2027, 10, 24), 3, 30),
        series("Herbst 01:30", (2027, 10, 24), 1, 30),
        single("Frühling Mittag", (2027, 3, 28), 10, 12),
        single("Herbst Mittag", (2027, 10, 31), 10, 12),
        single("Frühling 03:30 einmalig", (2027, 3, 28), 3, 4, 30, 30),
        # Typed across the change: 01:30 CET to 03:30 CEST is one hour, 01:30 CEST to 03:30
        # CET three hours.
        single("Frühling über Nacht", (2027, 3, 28), 1, 3, 30, 30),
        single("Herbst über Nacht", (2027, 10, 31), 1, 3, 30, 30),
    ]


def test_feed_vtimezone_places_every_date_where_zoneinfo_does(client, change_nights):
    for event, expected in change_nights:
        calendar = feed(client, event)
        starts = [start for start, _end in client_instances(calendar)]
        assert starts == [start for start, _end in expected], event.title
        assert [start for start, _end in site(event)] == starts, event.title


def test_vtimezone_onsets_are_the_zoneinfo_transitions(client, change_nights):
    """Every onset (DTSTART/RDATE in TZOFFSETFROM) is an instant where zoneinfo changes offset."""
    zone = FeedZone(feed(client, change_nights[0][0]).walk("VTIMEZONE")[0])
    changes = [(onset, before, after) for onset, before, after in zone.onsets if before != after]
    assert (datetime(2027, 3, 28, 1), HOUR, 2 * HOUR) in changes
    assert (datetime(2027, 10, 31, 1), 2 * HOUR, HOUR) in changes
    for onset, before, after in changes:
        moment = onset.replace(tzinfo=UTC)
        assert (moment - timedelta(seconds=1)).astimezone(BERLIN).utcoffset() == before
        assert moment.astimezone(BERLIN).utcoffset() == after


def test_every_date_lasts_the_typed_time_on_the_site_and_in_the_feed(client, change_nights):
    # Spelt out: a skipped 02:30 is 01:30 UTC, a repeated one the first (CEST) of the two.
    assert change_nights[0][1][1] == (
        datetime(2027, 3, 28, 1, 30, tzinfo=UTC),
        datetime(2027, 3, 28, 2, 30, tzinfo=UTC),
    )
    assert change_nights[3][1][1] == (
        datetime(2027, 10, 31, 0, 30, tzinfo=UTC),
        datetime(2027, 10, 31, 1, 30, tzinfo=UTC),
    )
    for event, expected in change_nights:
        assert site(event) == expected, event.title
        assert client_instances(feed(client, event)) == expected, event.title
    # A first date typed across the change keeps its typed end: DTEND is the end as typed.
    for event, end in (
        (change_nights[9][0], (2027, 3, 28)),
        (change_nights[10][0], (2027, 10, 31)),
    ):
        (vevent,) = feed(client, event).walk("VEVENT")
        assert vevent["DTEND"].dt.replace(tzinfo=None) == datetime(*end, 3, 30)


def dates_on_page(client, event):
    with translation.override("de"):
        response = client.get(event.url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    (script,) = html.select('script[type="application/ld+json"]')
    return html, json.loads(script.string)


@pytest.mark.parametrize(
    ("first_day", "start", "end", "shown"),
    [
        # 02:30 does not exist: 03:30 CEST, one hour to 04:30 CEST.
        (
            (2027, 3, 21),
            "2027-03-28T03:30:00+02:00",
            "2027-03-28T04:30:00+02:00",
            "03:30–04:30 Uhr",
        ),
        # 02:30 comes twice: the first (CEST), one hour to the second (CET).
        (
            (2027, 10, 24),
            "2027-10-31T02:30:00+02:00",
            "2027-10-31T02:30:00+01:00",
            "02:30 (UTC+2)–02:30 (UTC+1)",
        ),
    ],
)
def test_page_and_jsonld_show_the_change_night_exactly(
    client, make_event, first_day, start, end, shown
):
    """The next date is the change night (the week before is cancelled)."""
    first = berlin(*first_day, 2, 30)
    event = make_event(
        "Nachtcafé",
        first,
        HOUR,
        frequency="weekly",
        weekdays=["SU"],
        ends="after_count",
        count=3,
        cancelled=[first.date()],
    )
    html, data = dates_on_page(client, event)
    assert (data["startDate"], data["endDate"]) == (start, end)
    (first_date, *_rest) = html.select(".event-dates__list time")
    assert first_date["datetime"] == start[:16] + start[19:]
    assert first_date.get_text(" ", strip=True).endswith(shown)


def test_listing_shows_both_ends_of_the_repeated_hour(client, event_index, make_event):
    """The listing said nothing about the end (02:30 CET is not "after" 02:30 CEST by the clock)."""
    start = berlin(2027, 10, 31, 2, 30)  # the first 02:30, summer time
    make_event("Nachtcafé", start, None, end=start.astimezone(UTC) + HOUR)
    with translation.override("de"):
        response = client.get(event_index.url, {"date_from": "2027-10-31", "date_to": "2027-10-31"})
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    (item,) = html.select(".event-item__time")
    assert [tag["datetime"] for tag in item.select("time")] == [
        "2027-10-31T02:30+02:00",
        "2027-10-31T02:30+01:00",
    ]
    assert item.get_text(" ", strip=True) == "02:30 (UTC+2) – 02:30 (UTC+1)"


def test_all_day_event_on_the_25_hour_day_is_one_day(client, event_index, make_event):
    """31 October 2027 has 25 hours; it is still one day, in the listing as in the feed."""
    event = make_event("Herbstfest", berlin(2027, 10, 31, 0, 0), None, all_day=True)
    (vevent,) = feed(client, event).walk("VEVENT")
    assert vevent["DTEND"].dt - vevent["DTSTART"].dt == timedelta(days=1)
    with translation.override("de"):
        response = client.get(event_index.url, {"date_from": "2027-10-31", "date_to": "2027-10-31"})
    html = BeautifulSoup(response.content.decode(), "html.parser")
    (item,) = html.select(".event-item__time")
    assert item.get_text(" ", strip=True) == "ganztägig"
