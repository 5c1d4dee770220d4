"""A feed that cannot be read ends the run with a German reason and changes nothing imported;
after three failures in a row the coordinators get one mail, and a success starts the count
again."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail

from core.roles import COORDINATION, EDITORS
from eventpages.ical_import.models import ExternalCalendar, ImportRun
from eventpages.models import EventPage, Occurrence
from tests.factories import make_user

from ..ical_import.feed_server import respond
from .conftest import NOW, feed, page_of, record, run, starts

pytestmark = pytest.mark.django_db

GOOD = feed(
    """
UID:fest@partner.example
SUMMARY:Sommerfest
DTSTART;TZID=Europe/Berlin:20270612T150000
DURATION:PT4H
LOCATION:Stadtpark""",
    """
UID:kurs@partner.example
SUMMARY:Sprachkurs
DTSTART;TZID=Europe/Berlin:20270105T180000
DURATION:PT90M
RRULE:FREQ=WEEKLY;COUNT=4
LOCATION:Bürgerhaus""",
)

BROKEN = {
    "html": (
        b"<!DOCTYPE html><html><body>Kalender</body></html>",
        {"Content-Type": "text/html"},
        "Webseite",
    ),
    "html as calendar": (
        b"  <html><head><title>Termine</title></head></html>",
        {"Content-Type": "text/calendar"},
        "Webseite",
    ),
    "invalid": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        {"Content-Type": "text/calendar"},
        "fehlerhaft",
    ),
    "not ical": (b"Hallo Welt", {"Content-Type": "text/calendar"}, "iCal"),
    # Cut off in the middle (a dropped connection): refused, not read as "the rest vanished".
    "truncated": (GOOD[: GOOD.index(b"UID:kurs")], {"Content-Type": "text/calendar"}, "iCal"),
}


def snapshot(cal):
    """What a visitor sees of the calendar's events: titles, live, dates, revisions."""
    found = {}
    for uid in ("fest@partner.example", "kurs@partner.example"):
        page = page_of(cal, uid)
        found[uid] = (
            page.title,
            page.live,
            tuple(starts(page)),
            page.revisions.count(),
            tuple(page.cancelled_dates.values_list("date", flat=True)),
        )
    found["occurrences"] = Occurrence.objects.count()
    found["pages"] = EventPage.objects.count()
    return found


@pytest.fixture
def imported(serve, calendar, clock):
    cal = calendar(serve(GOOD))
    assert run(cal).created == 2
    return cal


def assert_failed(outcome, cal, words):
    assert outcome.result == ImportRun.FAILED
    assert words in outcome.error, outcome.error
    cal = ExternalCalendar.objects.get(pk=cal.pk)
    assert cal.last_result == ImportRun.FAILED
    assert cal.last_error == outcome.error
    run_row = ImportRun.objects.filter(calendar=cal).first()
    assert (run_row.result, run_row.error) == (ImportRun.FAILED, outcome.error)
    return cal


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_a_broken_feed_fails_and_changes_nothing(kind, server, imported):
    content, headers, words = BROKEN[kind]
    before = snapshot(imported)
    server.routes["/cal.ics"] = respond(content, headers=headers)
    outcome = run(imported, now=NOW + timedelta(hours=1))
    cal = assert_failed(outcome, imported, words)
    assert cal.failures == 1
    assert snapshot(imported) == before
    assert record(imported, "fest@partner.example").removed_at is None


def test_a_missing_feed_fails_with_the_status(server, imported):
    before = snapshot(imported)
    del server.routes["/cal.ics"]
    outcome = run(imported, now=NOW + timedelta(hours=1))
    assert_failed(outcome, imported, "HTTP-Status 404")
    assert snapshot(imported) == before


def test_too_many_events_are_refused(serve, imported, settings):
    settings.ICAL_IMPORT_MAX_EVENTS = 2
    before = snapshot(imported)
    bigger = GOOD.replace(
        b"END:VCALENDAR",
        b"BEGIN:VEVENT\r\nUID:drei\r\nSUMMARY:Drei\r\nDTSTART:20270301T100000Z\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR",
    )
    serve(bigger)
    outcome = run(imported, now=NOW + timedelta(hours=1))
    assert_failed(outcome, imported, "mehr als 2 Termine")
    assert snapshot(imported) == before
    # Within the limit again: read as usual.
    serve(GOOD)
    assert run(imported, now=NOW + timedelta(hours=2)).result == ImportRun.UNCHANGED


def test_an_empty_feed_where_events_were_fails_and_calls_nothing_off(serve, imported):
    """An empty VCALENDAR where events were is more often a broken export than a partner who
    deleted everything: the run fails with a reason that says what to do, nothing is called
    off; a calendar that never had events may be empty."""
    serve(feed())
    outcome = run(imported, now=NOW + timedelta(hours=1))
    assert outcome.result == ImportRun.FAILED
    assert "keine Termine mehr" in outcome.error and "halten Sie den Abgleich an" in outcome.error
    assert outcome.cancelled == 0
    assert starts(page_of(imported, "fest@partner.example"))
    fresh = ExternalCalendar.objects.create(
        name="Leer", url=imported.url, index=imported.index, publish_directly=True
    )
    assert run(fresh, now=NOW + timedelta(hours=1)).result == ImportRun.UNCHANGED


def test_three_failures_mail_the_coordinators_once(
    server, imported, django_capture_on_commit_callbacks
):
    kim = make_user("kim2", COORDINATION, email="kim2@example.org")
    make_user("rana2", EDITORS, email="rana2@example.org")  # not a coordinator: no mail
    make_user("stumm", COORDINATION, email="")  # no address: no mail
    coordinators = {"koordination@example.org", kim.email}
    del server.routes["/cal.ics"]

    def fail(hour):
        with django_capture_on_commit_callbacks(execute=True):
            outcome = run(imported, now=NOW + timedelta(hours=hour))
        assert outcome.result == ImportRun.FAILED
        return ExternalCalendar.objects.get(pk=imported.pk)

    assert fail(1).failures == 1 and mail.outbox == []
    assert fail(2).failures == 2 and mail.outbox == []
    cal = fail(3)
    assert cal.failures == 3 and cal.failure_mailed_at is not None
    assert {address for message in mail.outbox for address in message.to} == coordinators
    assert len(mail.outbox) == len(coordinators)
    message = mail.outbox[0]
    assert "VHS Burgenlandkreis" in message.subject
    assert f"/admin/snippets/eventpages/externalcalendar/edit/{imported.pk}/" in message.body
    assert "404" in message.body
    # A fourth failure: no second mail.
    assert fail(4).failures == 4
    assert len(mail.outbox) == len(coordinators)
    # A success resets the count...
    server.routes["/cal.ics"] = respond(GOOD, headers={"Content-Type": "text/calendar"})
    with django_capture_on_commit_callbacks(execute=True):
        ok = run(imported, now=NOW + timedelta(hours=5))
    assert ok.result != ImportRun.FAILED
    cal = ExternalCalendar.objects.get(pk=imported.pk)
    assert (cal.failures, cal.failure_mailed_at, cal.last_error) == (0, None, "")
    # ...so the next breakdown is reported again, after three failures.
    del server.routes["/cal.ics"]
    fail(6)
    fail(7)
    assert len(mail.outbox) == len(coordinators)
    fail(8)
    assert len(mail.outbox) == 2 * len(coordinators)


def test_a_failure_does_not_call_off_what_was_imported(server, imported, client):
    del server.routes["/cal.ics"]
    for hour in range(1, 5):
        run(imported, now=NOW + timedelta(hours=hour))
    page = page_of(imported, "fest@partner.example")
    assert page.live and starts(page) == [datetime(2027, 6, 12, 13, tzinfo=UTC)]
    assert "Sommerfest" in client.get(imported.index.url).text


def test_a_mail_that_cannot_be_sent_does_not_lose_the_count(server, imported, monkeypatch):
    """The failure is recorded even when its mail breaks; the mail is tried on the next run."""
    from eventpages.ical_import import alerts

    def broken(calendar):
        raise RuntimeError("mail server down")

    monkeypatch.setattr(alerts, "send", broken)
    del server.routes["/cal.ics"]
    for hour in (1, 2, 3):
        assert run(imported, now=NOW + timedelta(hours=hour)).result == ImportRun.FAILED
    cal = ExternalCalendar.objects.get(pk=imported.pk)
    assert (cal.failures, cal.failure_mailed_at) == (3, None)
    assert ImportRun.objects.filter(calendar=cal, result=ImportRun.FAILED).count() == 3
    sent = []
    monkeypatch.setattr(alerts, "send", sent.append)
    run(imported, now=NOW + timedelta(hours=4))
    assert [calendar.pk for calendar in sent] == [cal.pk]
    assert ExternalCalendar.objects.get(pk=cal.pk).failure_mailed_at is not None
