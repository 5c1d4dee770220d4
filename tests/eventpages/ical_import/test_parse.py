"""The iCal parser on feeds in the shapes real producers write, on the change days, and on
hostile input.

Every corpus feed is checked twice: against its `.expected.json` (UIDs, titles, status, how the
rule was mapped, and each local start in 2027) and against `recurring-ical-events`' expansion of
the same file, so our mapping onto the recurrence fields is proven by an independent reader.
"""

import json
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events
from django.utils import timezone, translation
from wagtail.models import Locale

from eventpages import recurrence
from eventpages.ical_import import messages
from eventpages.ical_import.parse import CANCELLED, ParseError, parse

from ..conftest import BERLIN, berlin

CORPUS = Path(__file__).parent.parent / "ical_corpus"
FEEDS = sorted(path.name for path in CORPUS.glob("*.ics"))
NOW, UNTIL = berlin(2027, 1, 1), berlin(2028, 1, 1)


def read(name):
    return parse((CORPUS / name).read_bytes(), horizon_days=365, now=NOW)


def feed(*events, head=""):
    """A small calendar around the given VEVENT bodies (CRLF, as producers write it)."""
    body = "".join(f"BEGIN:VEVENT\n{text.strip()}\nEND:VEVENT\n" for text in events)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n{head}{body}END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


def one(content, **options):
    options.setdefault("horizon_days", 365)
    options.setdefault("now", NOW)
    parsed = parse(content, **options)
    assert len(parsed.events) == 1, parsed.skipped
    return parsed.events[0]


def starts(event, after=NOW, before=UNTIL):
    return [moment for moment in event.starts_between(after, before) if moment >= after]


def test_corpus_has_every_producer():
    expected = {
        "google.ics",
        "outlook.ics",
        "nextcloud.ics",
        "apple.ics",
        "thunderbird.ics",
        "the-events-calendar.ics",
        "mobilizon.ics",
        "integreat.ics",
    }
    assert expected <= set(FEEDS)


@pytest.mark.parametrize("name", FEEDS)
def test_corpus_feed_gives_the_expected_events(name):
    expected = json.loads((CORPUS / name.replace(".ics", ".expected.json")).read_text())
    parsed = read(name)
    assert sorted(uid for uid, _reason in parsed.skipped) == sorted(expected["skipped"])
    assert {event.uid for event in parsed.events} == set(expected["events"])
    for event in parsed.events:
        wanted = expected["events"][event.uid]
        mapped = "single"
        if event.recurrence:
            mapped = "explicit" if event.recurrence.explicit else event.recurrence.frequency
        assert (event.title, event.status, event.all_day, mapped) == (
            wanted["title"],
            wanted["status"],
            wanted["all_day"],
            wanted["mapped_to"],
        ), event.uid
        assert [moment.isoformat() for moment in event.starts_between(NOW, UNTIL)] == wanted[
            "starts"
        ], event.uid


def their_starts(content):
    """What recurring-ical-events shows in 2027, per UID: county dates or UTC instants.

    Private events are left out (we skip them), and so are cancelled instances of a series
    (our pages list them as cancelled dates, not as dates) and cancelled events, which
    recurring-ical-events leaves out (we keep them, marked cancelled: see below).
    """
    calendar = icalendar.Calendar.from_ical(content)
    found = defaultdict(set)
    for component in recurring_ical_events.of(calendar).between(NOW, UNTIL):
        if str(component.get("CLASS", "")).upper() == "PRIVATE":
            continue
        if component.get("RECURRENCE-ID") and str(component.get("STATUS")) == "CANCELLED":
            continue
        start = component["DTSTART"].dt
        if isinstance(start, datetime):
            start = start if start.tzinfo else start.replace(tzinfo=BERLIN)
            if start >= NOW:
                found[str(component["UID"])].add(start.astimezone(UTC))
        elif start >= NOW.date():
            found[str(component["UID"])].add(start)
    return dict(found)


def our_starts(parsed):
    found = {}
    for event in parsed.events:
        if event.status == CANCELLED:
            continue
        moments = starts(event)
        if event.all_day:
            found[event.uid] = {timezone.localtime(moment, BERLIN).date() for moment in moments}
        else:
            found[event.uid] = {moment.astimezone(UTC) for moment in moments}
    return {uid: values for uid, values in found.items() if values}


@pytest.mark.parametrize("name", FEEDS)
def test_corpus_dates_agree_with_recurring_ical_events(name):
    content = (CORPUS / name).read_bytes()
    assert our_starts(read(name)) == their_starts(content)


# Time zones ---------------------------------------------------------------------------------


def test_windows_and_custom_zones_from_outlook():
    events = {event.title: event for event in read("outlook.ics").events}
    consultation = events["Offene Sprechstunde Migrationsberatung"]
    assert consultation.tzid == "W. Europe Standard Time"
    assert consultation.recurrence.frequency == recurrence.MONTHLY_WEEKDAY
    assert (consultation.recurrence.month_week, consultation.recurrence.month_weekday) == (2, "TH")
    # Second Thursday in April, after the spring change: still 14:00 on the county's clocks.
    assert berlin(2027, 4, 8, 14) in starts(consultation)
    evening = events["Infoabend Ausbildung in der Pflege"]
    assert evening.tzid.startswith("(UTC+01:00) Amsterdam, Berlin")
    assert evening.start == berlin(2027, 3, 31, 18)  # the custom VTIMEZONE's summer time
    assert evening.start.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2027, 3, 28), "2027-03-28T18:00:00+02:00"),
        (date(2027, 10, 31), "2027-10-31T18:00:00+01:00"),
    ],
)
def test_weekly_evening_keeps_its_wall_time_across_both_change_days(day, expected):
    event = one(
        feed(
            "UID:sonntag\nSUMMARY:Sonntagstreff\n"
            "DTSTART;TZID=Europe/Berlin:20270103T180000\nDTEND;TZID=Europe/Berlin:20270103T200000\n"
            "RRULE:FREQ=WEEKLY;BYDAY=SU"
        )
    )
    assert event.recurrence.frequency == recurrence.WEEKLY_RULE
    assert not event.recurrence.explicit
    on_day = [m.isoformat() for m in starts(event) if m.date() == day]
    assert on_day == [expected]


def test_times_inside_the_change_nights():
    parsed = read("thunderbird.ics")
    events = {event.title: event for event in parsed.events}
    # 02:30 does not exist on 28 March 2027: it is read with the offset before the gap.
    assert events["Frühlingsnacht"].start.isoformat() == "2027-03-28T03:30:00+02:00"
    # 02:30 comes twice on 31 October 2027: the first one (summer time), every night.
    nights = [m.isoformat() for m in starts(events["Nachtschicht Ehrenamt"])]
    assert nights == [
        "2027-10-29T02:30:00+02:00",
        "2027-10-30T02:30:00+02:00",
        "2027-10-31T02:30:00+02:00",
        "2027-11-01T02:30:00+01:00",
    ]


def test_floating_times_are_county_time_and_unknown_zones_say_so():
    floating = one(
        feed("UID:f\nSUMMARY:Sommerfest\nDTSTART:20270710T180000\nDTEND:20270710T220000")
    )
    assert floating.start.isoformat() == "2027-07-10T18:00:00+02:00"
    assert floating.notes == []
    unknown = one(feed("UID:u\nSUMMARY:Irgendwo\nDTSTART;TZID=Mars/Olympus:20270110T180000"))
    assert unknown.start.isoformat() == "2027-01-10T18:00:00+01:00"
    assert "Mars/Olympus" in str(unknown.notes[0])


def test_utc_series_that_does_not_fit_county_time_is_listed_date_by_date():
    # 17:00 UTC is 18:00 in winter and 19:00 in summer: no weekly rule of ours says that.
    event = one(
        feed(
            "UID:utc\nSUMMARY:UTC\nDTSTART:20270304T170000Z\nDTEND:20270304T180000Z\nRRULE:FREQ=WEEKLY;COUNT=6"
        )
    )
    assert event.recurrence.explicit
    assert [m.hour for m in starts(event)] == [18, 18, 18, 18, 19, 19]
    assert "FREQ=WEEKLY;COUNT=6" in str(event.notes[0])


# Dates --------------------------------------------------------------------------------------


def test_all_day_exhibition_over_seven_weeks_runs_every_day():
    exhibition = next(e for e in read("nextcloud.ics").events if e.title.startswith("Ausstellung"))
    assert exhibition.all_day
    assert (exhibition.start, exhibition.end) == (date(2027, 6, 1), date(2027, 7, 20))
    series = exhibition.series()
    assert series.duration == timedelta(days=49)
    # Still on in mid-July (the case another importer cut at four weeks).
    running = series.occurrences_between(berlin(2027, 7, 15), berlin(2027, 7, 16))
    assert [(s.date(), e.date()) for s, e in running] == [(date(2027, 6, 1), date(2027, 7, 20))]


def test_moved_and_cancelled_instances_are_folded_into_the_series():
    course = next(e for e in read("google.ics").events if e.title == "Deutschkurs A1")
    fields = course.recurrence
    assert fields.frequency == recurrence.WEEKLY_RULE and not fields.explicit
    assert fields.weekdays == ["TU"]
    assert (fields.ends, fields.until) == (recurrence.ENDS_ON, date(2027, 6, 29))
    # EXDATE, the moved date's old time and the cancelled instance.
    assert fields.cancelled == [date(2027, 2, 16), date(2027, 3, 9), date(2027, 4, 6)]
    assert fields.extra == [berlin(2027, 3, 9, 19)]
    moments = starts(course)
    assert berlin(2027, 3, 9, 19) in moments and berlin(2027, 3, 9, 18) not in moments
    assert berlin(2027, 4, 6, 18) not in moments and berlin(2027, 4, 13, 18) in moments
    by_day = {instance.recurrence_id.date(): instance for instance in course.instances}
    assert by_day[date(2027, 3, 9)].title == "Deutschkurs A1 (später)"
    assert by_day[date(2027, 3, 9)].moved
    assert by_day[date(2027, 4, 6)].status == CANCELLED
    assert course.sequence == 3


def test_cancelled_events_keep_their_status():
    events = {e.title: e for e in read("the-events-calendar.ics").events}
    assert events["Schwimmkurs Schnuppertag"].status == CANCELLED
    assert events["Fußballturnier für alle"].status == "confirmed"


def test_rules_we_cannot_express_are_listed_with_a_note():
    events = {e.title: e for e in read("outlook.ics").events}
    last_workday = events["Netzwerktreffen Ehrenamt"]
    assert last_workday.recurrence.explicit
    assert "BYSETPOS=-1" in str(last_workday.notes[0])
    assert [m.date() for m in starts(last_workday)][:4] == [
        date(2027, 1, 29),
        date(2027, 2, 26),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    hourly = one(
        feed("UID:h\nSUMMARY:Stündlich\nDTSTART:20270320T100000\nRRULE:FREQ=HOURLY;COUNT=3")
    )
    assert hourly.recurrence.explicit
    assert [m.hour for m in starts(hourly)] == [10, 11, 12]


def test_yearly_rule_maps_onto_monthly_every_twelve_months():
    festival = next(e for e in read("apple.ics").events if e.title == "Fest der Kulturen")
    assert (festival.recurrence.frequency, festival.recurrence.interval) == (
        recurrence.MONTHLY_DATE,
        12,
    )


# Texts --------------------------------------------------------------------------------------


def test_html_descriptions_are_sanitised_and_keep_their_links():
    cooking = next(e for e in read("mobilizon.ics").events if e.title == "Interkulturelles Kochen")
    assert "onerror" not in cooking.description_html and "<img" not in cooking.description_html
    assert '<a href="https://mobilizon.example/events/4b5c"' in cooking.description_html
    assert "<strong>anmelden</strong>" in cooking.description_html
    consultation = next(e for e in read("outlook.ics").events if "Sprechstunde" in e.title)
    html = consultation.description_html
    assert "<style" not in html and "margin" not in html and "Sprechstunde</title" not in html
    assert html.startswith("<p><b>Offene Sprechstunde</b> für Geflüchtete")
    hostile = one(
        feed(
            "UID:x\nSUMMARY:X\nDTSTART:20270110T180000\n"
            'DESCRIPTION:<p>Hallo<script>alert(1)</script></p><a href="javascript:alert(1)">x</a>'
            '<a href="https://ok.example/" onclick="steal()">ok</a><img src=x onerror=alert(1)>'
        )
    )
    assert "script" not in hostile.description_html and "alert" not in hostile.description_html
    assert (
        "onclick" not in hostile.description_html and "javascript" not in hostile.description_html
    )
    assert '<a href="https://ok.example/" rel="nofollow noopener noreferrer">ok</a>' in (
        hostile.description_html
    )


def test_plain_text_keeps_paragraphs_and_makes_links():
    breakfast = next(e for e in read("nextcloud.ics").events if e.title.startswith("Frühstück"))
    assert breakfast.description_html == (
        "<p>Gemeinsam frühstücken und ins Gespräch kommen.<br>Kinder sind willkommen.</p>"
        '<p>Kontakt: <a href="mailto:migration@diakonie-example.de" '
        'rel="nofollow noopener noreferrer">migration@diakonie-example.de</a></p>'
    )
    plain = one(feed("UID:p\nSUMMARY:P\nDTSTART:20270110T180000\nDESCRIPTION:a < b & c"))
    assert plain.description_html == "<p>a &lt; b &amp; c</p>"


def test_links_attachments_categories_location_and_private_events():
    tournament = next(e for e in read("the-events-calendar.ics").events if "Fußball" in e.title)
    assert tournament.url == "https://gruen-weiss-naumburg.example/veranstaltung/fussballturnier/"
    assert [a.url for a in tournament.attachments] == [
        "https://gruen-weiss-naumburg.example/wp-content/uploads/2026/12/turnier.jpg"
    ]
    assert tournament.categories == ["Sport", "Jugend"]
    assert tournament.location.startswith("Sportplatz am Blütengrund, Am Blütengrund 1")
    assert tournament.geo == (51.1624, 11.8012)
    skipped = dict(read("google.ics").skipped)
    assert skipped["privat0001@google.com"] == messages.PRIVATE
    embedded = one(
        feed(
            "UID:a\nSUMMARY:A\nDTSTART:20270110T180000\nURL:javascript:alert(1)\n"
            "ATTACH;ENCODING=BASE64;VALUE=BINARY:SGFsbG8=\nATTACH:ftp://files.example/x.pdf"
        )
    )
    assert (embedded.url, embedded.attachments) == ("", [])


def test_content_hash_ignores_dtstamp_and_sees_a_new_title():
    base = "UID:h\nDTSTART:20270110T180000\nRRULE:FREQ=WEEKLY\n"
    first = one(feed(base + "SUMMARY:Treff\nDTSTAMP:20270101T000000Z"))
    again = one(feed(base + "SUMMARY:Treff\nDTSTAMP:20270105T000000Z"), now=NOW + timedelta(days=3))
    renamed = one(feed(base + "SUMMARY:Treffen\nDTSTAMP:20270101T000000Z"))
    assert first.content_hash == again.content_hash != renamed.content_hash


# Hostile input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<!DOCTYPE html><html><body>Login</body></html>", messages.HTML_NOT_ICAL),
        (b"\x00\xff garbage", messages.NOT_ICAL),
        (b"BEGIN:VCALENDAR\r\nTHIS IS NOT:\r\n:::\r\nBEGIN:VEVENT\r\n", messages.INVALID),
        (b"BEGIN:VCALENDAR\r\n" + b"BEGIN:X\r\n" * 100_000, messages.TOO_DEEP),
    ],
)
def test_broken_or_hostile_feeds_end_with_a_clear_error(content, message):
    with pytest.raises(ParseError) as raised:
        parse(content, horizon_days=365, now=NOW)
    assert str(raised.value.message) == str(message)


def test_error_messages_are_german_and_translated():
    with pytest.raises(ParseError) as raised:
        parse(b"<html></html>", horizon_days=365, now=NOW)
    with translation.override("de"):
        assert str(raised.value.message).startswith("Die Adresse liefert eine Webseite")


def test_too_many_events_stop_the_feed():
    content = feed(*[f"UID:e{n}\nSUMMARY:T\nDTSTART:20270110T180000" for n in range(11)])
    with pytest.raises(ParseError) as raised:
        parse(content, horizon_days=365, now=NOW, max_events=10)
    assert "10" in str(raised.value.message)
    assert len(parse(content, horizon_days=365, now=NOW, max_events=11).events) == 11


def test_huge_rule_is_capped_with_a_note():
    event = one(
        feed("UID:big\nSUMMARY:Big\nDTSTART:20270101T000000Z\nRRULE:FREQ=HOURLY;COUNT=100000"),
        max_dates_per_event=200,
    )
    assert event.recurrence.explicit
    assert len(event.recurrence.extra) == 199  # DTSTART plus 199 listed dates
    assert any("200" in str(note) for note in event.notes)


def test_costly_or_empty_rules_neither_hang_nor_pass_silently():
    began = time.monotonic()
    parsed = parse(
        feed(
            "UID:m\nSUMMARY:M\nDTSTART:20270101T000000Z\nRRULE:FREQ=MINUTELY",
            "UID:never\nSUMMARY:N\nDTSTART:20260101T100000Z\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            "UID:old\nSUMMARY:O\nDTSTART:19900101T100000Z\nRRULE:FREQ=HOURLY",
        ),
        horizon_days=365,
        now=NOW,
    )
    assert time.monotonic() - began < 10
    skipped = dict(parsed.skipped)
    assert skipped["m"] == messages.RULE_TOO_FINE
    never = next(e for e in parsed.events if e.uid == "never")
    assert starts(never) == [] and messages.NO_DATES in never.notes
    old = next(e for e in parsed.events if e.uid == "old")
    assert len(old.recurrence.extra) == recurrence.MAX_OCCURRENCES


def test_event_without_uid_gets_a_stable_one_and_a_note():
    content = feed("SUMMARY:Ohne UID\nDTSTART:20270110T180000")
    first, again = one(content), one(content)
    assert first.uid.startswith("generated-") and first.uid == again.uid
    assert first.notes == [messages.NO_UID]


def test_event_without_start_is_skipped_with_its_reason():
    parsed = parse(
        feed("UID:nostart\nSUMMARY:Ohne Beginn", "UID:ok\nSUMMARY:Ok\nDTSTART:20270110T180000"),
        horizon_days=30,
        now=NOW,
    )
    assert [e.uid for e in parsed.events] == ["ok"]
    assert parsed.skipped == [("nostart", messages.NO_START)]


# Our own feed -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_round_trip_of_our_own_feed_gives_the_same_dates(client, event_index, make_event):
    today = timezone.localdate(timezone.now(), BERLIN)
    monday = today + timedelta(days=7 - today.weekday())
    first = datetime.combine(monday, datetime.min.time().replace(hour=18), tzinfo=BERLIN)
    weekly = make_event(
        "Sprachcafé",
        first,
        frequency="weekly",
        weekdays=["MO", "TH"],
        cancelled=[monday + timedelta(weeks=2)],
        extra=[first + timedelta(days=2, hours=1)],
    )
    month = make_event(
        "Monatstreff",
        first + timedelta(days=1),
        frequency="monthly_weekday",
        month_week=-1,
        month_weekday="TU",
    )
    url = event_index.get_translation(Locale.objects.get(language_code="de")).url + "ical/"
    response = client.get(url)
    assert response.status_code == 200
    now = timezone.now()
    parsed = parse(response.content, horizon_days=400, now=now)
    by_title = {event.title: event for event in parsed.events}
    before = now + timedelta(days=400)
    for page in (weekly, month):
        ours = by_title[page.title]
        assert not ours.recurrence.explicit
        assert ours.recurrence.frequency == page.frequency
        assert ours.starts_between(now, before) == page.series().starts_between(now, before)
