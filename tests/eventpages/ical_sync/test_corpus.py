"""Every producer of the corpus synced onto pages: each event with exactly its dates.

The corpus (tests/eventpages/ical_corpus/) lists, per feed, every event's expected starts in
2027; after a sync each of them must be an event page whose Occurrence rows are those starts
(compared as UTC instants, so a wrong offset on a change day shows), all-day and multi-day
events included. A second sync of the same feed writes nothing, and a 304 is not even parsed.
"""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eventpages.ical_import import sync as sync_module
from eventpages.ical_import.models import ExternalCalendar, ImportedEvent, ImportRun
from eventpages.models import EventPage, Occurrence
from tests.factories import locale

from .conftest import (
    BERLIN,
    CORPUS,
    NOW,
    expand,
    our_feed,
    page_of,
    run,
    starts,
    utc,
    vevents,
)

pytestmark = pytest.mark.django_db

FEEDS = sorted(path.name for path in CORPUS.glob("*.ics"))


def expected(name):
    return json.loads((CORPUS / name.replace(".ics", ".expected.json")).read_text())


def test_every_producer_is_in_the_corpus():
    assert len(FEEDS) >= 8


@pytest.mark.parametrize("name", FEEDS)
def test_each_event_of_the_feed_has_exactly_its_dates(name, serve, calendar, clock):
    wanted = expected(name)
    cal = calendar(serve(name))
    outcome = run(cal)
    assert outcome.result == ImportRun.OK, outcome.error
    assert outcome.created == len(wanted["events"])
    assert outcome.skipped == len(wanted["skipped"])
    assert set(ImportedEvent.objects.filter(calendar=cal).values_list("uid", flat=True)) == set(
        wanted["events"]
    )
    for uid, event in wanted["events"].items():
        page = page_of(cal, uid)
        assert page.live and page.locale.language_code == "de"
        assert page.get_parent().pk == cal.index_id
        assert page.title == event["title"]
        assert page.all_day is event["all_day"]
        moments = utc(*event["starts"])
        if event["status"] == "cancelled":
            # Called off as a whole: no date is listed, each is a cancelled date.
            assert starts(page) == [], uid
            days = {moment.astimezone(BERLIN).date() for moment in moments}
            assert days <= {item.date for item in page.cancelled_dates.all()}, uid
        else:
            assert starts(page) == moments, uid


@pytest.mark.parametrize("name", FEEDS)
def test_the_other_languages_list_the_same_dates(name, serve, calendar, clock):
    cal = calendar(serve(name))
    run(cal)
    for uid in expected(name)["events"]:
        page = page_of(cal, uid)
        aliases = EventPage.objects.filter(alias_of=page)
        assert {alias.locale.language_code for alias in aliases} == {
            "en",
            "ar",
            "fa",
            "uk",
            "ru",
            "tr",
        }
        for alias in aliases:
            assert alias.live
            assert starts(alias) == starts(page), (uid, alias.locale)


def test_change_days_of_2027_keep_the_local_times(serve, calendar, clock):
    """28 March and 31 October 2027: a weekly or daily series stays at its wall-clock time,
    a time the spring night skips is the 03:30 the clocks show, a time the autumn night
    repeats is the first of the two."""
    cal = calendar(serve("thunderbird.ics"))
    run(cal)
    spring = page_of(cal, "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f")
    assert starts(spring) == [datetime(2027, 3, 28, 1, 30, tzinfo=UTC)]
    night = page_of(cal, "d3e4f5a6-b7c8-4d9e-0f1a-2b3c4d5e6f70")
    assert [moment.astimezone(BERLIN).strftime("%d.%m. %H:%M %z") for moment in starts(night)] == [
        "29.10. 02:30 +0200",
        "30.10. 02:30 +0200",
        "31.10. 02:30 +0200",
        "01.11. 02:30 +0100",
    ]
    cal2 = calendar(serve("nextcloud.ics", path="/nc.ics"))
    run(cal2)
    breakfast = page_of(cal2, "5b1f6e8a-2c4d-4e6f-8a9b-0c1d2e3f4a5b")
    local_times = {moment.astimezone(BERLIN).strftime("%H:%M") for moment in starts(breakfast)}
    assert local_times == {"10:00"}
    walk = page_of(cal2, "9d3f8a0c-4e6f-4081-acbd-2e3f4a5b6c7d")
    assert starts(walk) == [datetime(2027, 10, 31, 0, 30, tzinfo=UTC)]


def test_all_day_and_multi_day_events(serve, calendar, clock):
    """An all-day date begins at the county's midnight; seven weeks stay one date of seven
    weeks (not 49 dates, not a date ending a day early)."""
    cal = calendar(serve("nextcloud.ics"))
    run(cal)
    exhibition = page_of(cal, "8c2e7f9b-3d5e-4f70-9bac-1d2e3f4a5b6c")
    assert exhibition.all_day
    rows = list(Occurrence.objects.filter(event=exhibition))
    assert len(rows) == 1
    assert rows[0].start == datetime(2027, 6, 1, tzinfo=BERLIN)
    assert rows[0].end == datetime(2027, 7, 20, tzinfo=BERLIN)
    assert rows[0].end - rows[0].start > timedelta(weeks=4)
    cal2 = calendar(serve("google.ics", path="/g.ics"))
    run(cal2)
    may_day = page_of(cal2, "1q2w3e4r5t6z7u8i9o0p@google.com")
    row = Occurrence.objects.get(event=may_day)
    assert (row.start, row.end) == (
        datetime(2027, 5, 1, tzinfo=BERLIN),
        datetime(2027, 5, 2, tzinfo=BERLIN),
    )


def test_our_feed_gives_subscribers_the_same_dates(serve, calendar, clock, client):
    """The imported series in our own index feed expand (as RFC 5545 says) to the dates the
    partner's feed has: the moved date an RDATE, the cancelled ones EXDATEs."""
    cal = calendar(serve("google.ics"))
    run(cal)
    (course,) = vevents(our_feed(client, cal.index), "Deutschkurs A1")
    wanted = expected("google.ics")["events"]["3k8s9d0f1g2h3j4k5l6m7n8b9v@google.com"]
    assert expand(course) == utc(*wanted["starts"])
    assert str(course["STATUS"]) == "CONFIRMED"


def write_statements(queries):
    return [
        query["sql"]
        for query in queries
        if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


@pytest.mark.parametrize("name", FEEDS)
def test_a_second_sync_without_change_writes_nothing(name, serve, calendar, clock):
    cal = calendar(serve(name))
    first = run(cal)
    assert first.result == ImportRun.OK
    runs = ImportRun.objects.count()
    with CaptureQueriesContext(connection) as queries:
        outcome = run(cal, now=NOW + timedelta(hours=1))
    assert outcome.result == ImportRun.UNCHANGED
    assert outcome.unchanged == first.created
    assert (outcome.created, outcome.updated, outcome.cancelled, outcome.removed) == (0, 0, 0, 0)
    table = ExternalCalendar._meta.db_table
    writes = write_statements(queries.captured_queries)
    assert writes, "the calendar's status line is written"
    for sql in writes:
        assert sql.lstrip().upper().startswith("UPDATE"), sql
        assert sql.split()[1].strip('"`') == table, sql
    assert ImportRun.objects.count() == runs  # a quiet hour leaves no run behind


def test_a_304_is_not_parsed_and_writes_nothing_but_the_status(
    server, calendar, clock, monkeypatch
):
    content = (CORPUS / "google.ics").read_bytes()

    def route(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.send_response(304)
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/calendar")
        handler.send_header("ETag", '"v1"')
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        handler.wfile.write(content)

    server.routes["/etag.ics"] = route
    cal = calendar(server.url("/etag.ics"))
    assert run(cal).created == 3
    assert ExternalCalendar.objects.get(pk=cal.pk).etag == '"v1"'
    parsed = []
    real_parse = sync_module.parse

    def counted(*args, **kwargs):
        parsed.append(1)
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(sync_module, "parse", counted)
    with CaptureQueriesContext(connection) as queries:
        outcome = run(cal, now=NOW + timedelta(hours=1))
    assert parsed == []
    assert outcome.result == ImportRun.UNCHANGED
    assert outcome.unchanged == 3
    assert server.requests[-1][1].get("If-None-Match") == '"v1"'
    table = ExternalCalendar._meta.db_table
    for sql in write_statements(queries.captured_queries):
        assert sql.split()[1].strip('"`') == table, sql
    # --force reads it all the same (and finds nothing new).
    forced = run(cal, now=NOW + timedelta(hours=2), force=True)
    assert parsed == [1]
    assert "If-None-Match" not in server.requests[-1][1]
    assert forced.result == ImportRun.UNCHANGED and forced.unchanged == 3


def test_pages_are_written_in_german_under_the_calendars_index(serve, calendar, clock):
    cal = calendar(serve("mobilizon.ics"))
    run(cal)
    german = locale("de")
    for record in ImportedEvent.objects.filter(calendar=cal):
        assert record.page.locale == german
        assert record.page.import_source_id == record.pk
        assert record.synced_at is not None
