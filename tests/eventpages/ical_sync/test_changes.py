"""What the partner changes arrives: one date moved or called off (RECURRENCE-ID), a new
version of an event (SEQUENCE, new texts or times) as a new revision that its aliases follow,
an event called off as a whole, events that vanish from the feed and come back.

Each test serves one feed, syncs, serves the changed feed and syncs again, then reads what a
visitor or a subscriber gets: the pages, their Occurrence rows, our own iCal feed.
"""

from datetime import UTC, datetime, timedelta

import pytest

from eventpages.ical_import.models import ExternalCalendar, ImportRun
from eventpages.models import EventPage, Occurrence

from .conftest import BERLIN, NOW, expand, feed, our_feed, page_of, record, run, starts, vevents

pytestmark = pytest.mark.django_db

COURSE = "kurs-1@vhs.example"
FEST = "fest-1@vhs.example"

TUESDAYS = [datetime(2027, 1, 5, 18, tzinfo=BERLIN) + timedelta(weeks=week) for week in range(8)]


def course(sequence=0, summary="Sprachkurs", more=""):
    return f"""
UID:{COURSE}
DTSTAMP:20261201T000000Z
SEQUENCE:{sequence}
SUMMARY:{summary}
DESCRIPTION:Deutsch für den Alltag.
DTSTART;TZID=Europe/Berlin:20270105T180000
DTEND;TZID=Europe/Berlin:20270105T193000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8
LOCATION:Bürgerhaus
{more}"""


def fest(sequence=0, summary="Sommerfest", status="CONFIRMED", start="20270612T150000"):
    return f"""
UID:{FEST}
DTSTAMP:20261201T000000Z
SEQUENCE:{sequence}
SUMMARY:{summary}
STATUS:{status}
DTSTART;TZID=Europe/Berlin:{start}
DURATION:PT4H
LOCATION:Stadtpark
"""


def instance(recurrence_id, start=None, status="CONFIRMED", sequence=1):
    start = start or recurrence_id
    return f"""
UID:{COURSE}
DTSTAMP:20261201T000000Z
SEQUENCE:{sequence}
RECURRENCE-ID;TZID=Europe/Berlin:{recurrence_id}
SUMMARY:Sprachkurs
STATUS:{status}
DTSTART;TZID=Europe/Berlin:{start}
DURATION:PT1H30M
"""


def utc(moments):
    return [moment.astimezone(UTC) for moment in moments]


@pytest.fixture
def synced(serve, calendar, clock):
    """serve(feed) and sync it, the calendar made on the first call; later calls an hour on."""
    state = {"calendar": None, "hour": 0}

    def step(content, now=None, **calendar_fields):
        url = serve(content)
        if state["calendar"] is None:
            state["calendar"] = calendar(url, **calendar_fields)
        now = now or NOW + timedelta(hours=state["hour"])
        clock(now)
        state["hour"] += 1
        outcome = run(state["calendar"], now=now)
        assert outcome.result != ImportRun.FAILED, outcome.error
        return outcome

    step.calendar = lambda: ExternalCalendar.objects.get(pk=state["calendar"].pk)
    return step


def aliases(page):
    return list(EventPage.objects.filter(alias_of=page).select_related("locale"))


# One date of a series ------------------------------------------------------------------------


def test_a_moved_date_moves_on_the_page_and_its_aliases(synced, client):
    synced(feed(course()))
    cal = synced.calendar()
    page = page_of(cal, COURSE)
    revisions = page.revisions.count()
    assert starts(page) == utc(TUESDAYS)
    outcome = synced(
        feed(course(sequence=1), instance("20270119T180000", "20270120T190000", sequence=1))
    )
    assert (outcome.updated, outcome.created) == (1, 0)
    moved = [moment for moment in TUESDAYS if moment.day != 19]
    moved.insert(2, datetime(2027, 1, 20, 19, tzinfo=BERLIN))
    page = page_of(cal, COURSE)
    assert starts(page) == utc(moved)
    assert page.revisions.count() == revisions + 1
    assert [item.date.isoformat() for item in page.cancelled_dates.all()] == ["2027-01-19"]
    for alias in aliases(page):
        assert starts(alias) == utc(moved), alias.locale
    # Subscribers of our feed get the same dates.
    (vevent,) = vevents(our_feed(client, cal.index), "Sprachkurs")
    assert expand(vevent) == utc(moved)


def test_a_cancelled_date_is_a_cancelled_date(synced, client):
    synced(feed(course()))
    cal = synced.calendar()
    outcome = synced(
        feed(course(sequence=1), instance("20270126T180000", status="CANCELLED", sequence=1))
    )
    assert outcome.updated == 1
    page = page_of(cal, COURSE)
    left = [moment for moment in TUESDAYS if moment.day != 26]
    assert starts(page) == utc(left)
    assert [item.date.isoformat() for item in page.cancelled_dates.all()] == ["2027-01-26"]
    (vevent,) = vevents(our_feed(client, cal.index), "Sprachkurs")
    assert datetime(2027, 1, 26, 18) in [
        value.dt.replace(tzinfo=None) for value in vevent["EXDATE"].dts
    ]
    assert expand(vevent) == utc(left)
    # The page tells visitors, in German.
    response = client.get(page.url)
    assert "26.01.2027" in response.text or "26. Januar" in response.text
    assert "Diese Termine fallen aus" in response.text
    assert 'datetime="2027-01-26' in response.text


# A new version of the event ------------------------------------------------------------------


def test_a_new_version_is_a_new_revision_that_the_aliases_follow(synced):
    synced(feed(course(), fest()))
    cal = synced.calendar()
    page = page_of(cal, FEST)
    revisions = page.revisions.count()
    outcome = synced(
        feed(course(), fest(sequence=1, summary="Großes Sommerfest", start="20270612T160000"))
    )
    assert (outcome.updated, outcome.unchanged) == (1, 1)
    page = page_of(cal, FEST)
    assert page.title == "Großes Sommerfest"
    assert page.revisions.count() == revisions + 1
    assert not page.has_unpublished_changes
    assert starts(page) == [datetime(2027, 6, 12, 14, tzinfo=UTC)]
    assert record(cal, FEST).sequence == 1
    for alias in aliases(page):
        assert alias.title == "Großes Sommerfest", alias.locale
        assert starts(alias) == [datetime(2027, 6, 12, 14, tzinfo=UTC)], alias.locale
    # The untouched course got no revision.
    assert page_of(cal, COURSE).revisions.count() == 1


def test_a_changed_text_without_a_new_sequence_is_taken_too(synced):
    """Producers that never raise SEQUENCE (many WordPress plugins): the content decides."""
    synced(feed(fest()))
    synced(feed(fest(summary="Sommerfest im Park")))
    assert page_of(synced.calendar(), FEST).title == "Sommerfest im Park"


def test_a_new_dtstamp_alone_changes_nothing(synced):
    synced(feed(fest()))
    page = page_of(synced.calendar(), FEST)
    revisions = page.revisions.count()
    outcome = synced(feed(fest().replace("DTSTAMP:20261201T000000Z", "DTSTAMP:20261231T120000Z")))
    assert outcome.result == ImportRun.UNCHANGED
    assert page.revisions.count() == revisions


# Called off as a whole -----------------------------------------------------------------------


def test_a_cancelled_single_event_is_cancelled_in_our_feed(synced, client):
    synced(feed(fest(), course()))
    cal = synced.calendar()
    before = vevents(our_feed(client, cal.index), "Sommerfest")
    assert str(before[0]["STATUS"]) == "CONFIRMED"
    outcome = synced(feed(fest(sequence=1, status="CANCELLED"), course()))
    assert outcome.cancelled == 1
    page = page_of(cal, FEST)
    assert page.live
    assert [item.date.isoformat() for item in page.cancelled_dates.all()] == ["2027-06-12"]
    assert starts(page) == []
    (vevent,) = vevents(our_feed(client, cal.index), "Sommerfest")
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert vevent["DTSTART"].dt == datetime(2027, 6, 12, 15, tzinfo=BERLIN)
    # The other languages' feeds say so too (the alias there).
    (arabic,) = vevents(our_feed(client, cal.index, "ar"), "Sommerfest")
    assert str(arabic["STATUS"]) == "CANCELLED"


def test_a_cancelled_series_calls_off_every_date(synced, client):
    synced(feed(course(), fest()))
    cal = synced.calendar()
    outcome = synced(feed(course(sequence=1, more="STATUS:CANCELLED"), fest()))
    assert outcome.cancelled == 1
    page = page_of(cal, COURSE)
    assert starts(page) == []
    assert {item.date for item in page.cancelled_dates.all()} == {
        moment.date() for moment in TUESDAYS
    }
    for alias in aliases(page):
        assert starts(alias) == []
    # Subscribers learn of it: the series stays in our feeds, STATUS:CANCELLED on the master
    # (which covers every date), its rule as it was, no EXDATE that would hide the dates.
    for language in ("de", "ar"):
        (vevent,) = vevents(our_feed(client, cal.index, language), "Sprachkurs")
        assert str(vevent["STATUS"]) == "CANCELLED"
        assert "RRULE" in vevent and "EXDATE" not in vevent
        assert expand(vevent) == utc(TUESDAYS)
    # Called on again: the dates are back.
    synced(feed(course(sequence=2), fest()))
    page = page_of(cal, COURSE)
    assert starts(page) == utc(TUESDAYS)
    assert not page.cancelled_dates.exists()


# Vanished from the feed ----------------------------------------------------------------------


def test_a_vanished_event_is_called_off_and_comes_back(synced, client):
    synced(feed(course(), fest()))
    cal = synced.calendar()
    outcome = synced(feed(course()))
    assert outcome.cancelled == 1
    page = page_of(cal, FEST)
    assert page.live and starts(page) == []
    assert record(cal, FEST).removed_at is not None
    (vevent,) = vevents(our_feed(client, cal.index), "Sommerfest")
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert any(
        "nicht mehr im Kalender" in item["reason"] for item in synced.calendar().last_details
    )
    # Another sync without it: nothing more to do.
    again = synced(feed(course()))
    assert again.result == ImportRun.UNCHANGED
    # Back in the feed: the date is on again.
    back = synced(feed(course(), fest()))
    assert back.updated == 1
    page = page_of(cal, FEST)
    assert starts(page) == [datetime(2027, 6, 12, 13, tzinfo=UTC)]
    assert not page.cancelled_dates.exists()
    assert record(cal, FEST).removed_at is None
    (vevent,) = vevents(our_feed(client, cal.index), "Sommerfest")
    assert str(vevent["STATUS"]) == "CONFIRMED"


def test_a_vanished_series_keeps_its_past_dates(synced):
    """Only the dates still to come are called off: what took place stays in the archive."""
    synced(feed(course(), fest()))
    cal = synced.calendar()
    later = NOW + timedelta(days=20)  # 21 January: three Tuesdays have passed
    outcome = synced(feed(fest()), now=later)
    assert outcome.cancelled == 1
    page = page_of(cal, COURSE)
    cancelled = sorted(item.date for item in page.cancelled_dates.all())
    assert cancelled == [moment.date() for moment in TUESDAYS if moment >= later]
    assert starts(page) == utc([moment for moment in TUESDAYS if moment < later])


def test_a_vanished_event_is_unpublished_and_republished(synced):
    synced(feed(course(), fest()), on_removal=ExternalCalendar.ON_REMOVAL_UNPUBLISH)
    cal = synced.calendar()
    outcome = synced(feed(course()))
    assert outcome.removed == 1
    page = page_of(cal, FEST)
    assert not page.live
    assert not EventPage.objects.filter(alias_of=page, live=True).exists()
    assert starts(page) == []
    back = synced(feed(course(), fest()))
    assert (back.result, back.updated) == (ImportRun.OK, 1)
    page = page_of(cal, FEST)
    assert page.live
    assert starts(page) == [datetime(2027, 6, 12, 13, tzinfo=UTC)]
    for alias in aliases(page):
        assert alias.live, alias.locale
        assert starts(alias) == starts(page), alias.locale


def test_a_vanished_event_comes_back_changed_and_published(synced):
    """Republished and changed in the same run: the change is published, not left as a
    draft of a page that is live again."""
    synced(feed(course(), fest()), on_removal=ExternalCalendar.ON_REMOVAL_UNPUBLISH)
    cal = synced.calendar()
    synced(feed(course()))
    outcome = synced(
        feed(
            course(), fest(sequence=1, summary="Sommerfest, neuer Termin", start="20270619T150000")
        )
    )
    assert outcome.updated == 1
    page = page_of(cal, FEST)
    assert page.live and not page.has_unpublished_changes
    assert page.title == "Sommerfest, neuer Termin"
    assert starts(page) == [datetime(2027, 6, 19, 13, tzinfo=UTC)]
    for alias in aliases(page):
        assert alias.live and alias.title == page.title, alias.locale
        assert starts(alias) == starts(page), alias.locale


def test_a_vanished_event_is_kept_as_it_is(synced):
    synced(feed(course(), fest()), on_removal=ExternalCalendar.ON_REMOVAL_KEEP)
    cal = synced.calendar()
    page = page_of(cal, FEST)
    revisions = page.revisions.count()
    outcome = synced(feed(course()))
    assert (outcome.cancelled, outcome.removed) == (0, 0)
    page = page_of(cal, FEST)
    assert page.live and page.revisions.count() == revisions
    assert starts(page) == [datetime(2027, 6, 12, 13, tzinfo=UTC)]
    assert record(cal, FEST).removed_at is not None
    # Back again with a change: written like any change.
    synced(feed(course(), fest(summary="Sommerfest 2027")))
    assert page_of(cal, FEST).title == "Sommerfest 2027"


def test_an_event_the_parser_skips_has_not_vanished(synced):
    synced(feed(course(), fest()))
    cal = synced.calendar()
    broken = fest().replace("DTSTART;TZID=Europe/Berlin:20270612T150000\n", "")
    outcome = synced(feed(course(), broken))
    assert outcome.skipped == 1 and outcome.cancelled == 0
    page = page_of(cal, FEST)
    assert starts(page) == [datetime(2027, 6, 12, 13, tzinfo=UTC)]
    assert record(cal, FEST).removed_at is None


def test_a_cancelled_open_series_lists_no_date_beyond_the_import_horizon(synced):
    """The site lists dates further ahead (EVENTS_HORIZON_DAYS, 400) than the import reads
    (ICAL_IMPORT_HORIZON_DAYS, 365), and the daily job moves that window on: a series the
    partner called off as a whole must not come back there as dates that take place."""
    open_series = course(sequence=1, more="STATUS:CANCELLED").replace(";COUNT=8", "")
    synced(feed(open_series))
    page = page_of(synced.calendar(), COURSE)
    assert not Occurrence.objects.filter(event__translation_key=page.translation_key).exists()
    from eventpages.occurrences import rebuild_all

    rebuild_all(now=NOW + timedelta(days=200))  # the daily job, months later
    assert not Occurrence.objects.filter(event__translation_key=page.translation_key).exists()


def test_a_vanished_open_series_lists_no_date_beyond_the_import_horizon(synced):
    open_series = course().replace(";COUNT=8", "")
    synced(feed(open_series, fest()))
    cal = synced.calendar()
    assert Occurrence.objects.filter(event=page_of(cal, COURSE)).count() > 52
    later = NOW + timedelta(days=20)
    outcome = synced(feed(fest()), now=later)
    assert outcome.cancelled == 1
    page = page_of(cal, COURSE)
    from eventpages.occurrences import rebuild_all

    for days in (0, 200):
        rebuild_all(now=later + timedelta(days=days))  # the daily job
        left = Occurrence.objects.filter(event__translation_key=page.translation_key)
        assert not left.filter(start__gte=later).exists(), days
    assert starts(page, after=NOW - timedelta(days=1)) == utc(TUESDAYS[:3])
    # Back in the feed: open again.
    synced(feed(open_series, fest()), now=later + timedelta(hours=1))
    page = page_of(cal, COURSE)
    assert page.ends == "never" and not page.cancelled_dates.exists()
    assert Occurrence.objects.filter(event=page, start__gte=later).count() > 52


def test_a_series_listed_date_by_date_gets_the_dates_that_enter_the_window(synced, settings, clock):
    """A rule our fields cannot hold (the last weekday of each month) is imported as its
    dates within ICAL_IMPORT_HORIZON_DAYS: as time goes on, the next ones must arrive without
    the partner touching the event, and the past ones stay."""
    settings.ICAL_IMPORT_HORIZON_DAYS = 60
    last_weekday = """
UID:treffen@partner.example
SUMMARY:Netzwerktreffen
DTSTART;TZID=Europe/Berlin:20270129T100000
DURATION:PT1H
RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"""
    synced(feed(last_weekday))
    cal = synced.calendar()

    def days():
        page = page_of(cal, "treffen@partner.example")
        return [moment.date().isoformat() for moment in starts(page)]

    assert days() == ["2027-01-29", "2027-02-26"]
    later = NOW + timedelta(days=45)
    clock(later)
    assert synced(feed(last_weekday), now=later).updated == 1
    assert days() == ["2027-01-29", "2027-02-26", "2027-03-31"]
    assert synced(feed(last_weekday), now=later + timedelta(hours=1)).result == (
        ImportRun.UNCHANGED
    )
    later += timedelta(days=45)
    clock(later)
    synced(feed(last_weekday), now=later)
    assert days() == ["2027-01-29", "2027-02-26", "2027-03-31", "2027-04-30"]
