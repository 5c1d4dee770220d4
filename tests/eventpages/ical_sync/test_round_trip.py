"""Round trip: our own index feed imported into a second index gives the same dates.

Events of our own (a weekly series across the change to summer time with a cancelled date, an
all-day event over two days, a monthly series without end, a single evening) are written by
our feed; those bytes are served like a partner's feed and synced into another event index.
Every imported event must have exactly the original's dates (starts and ends, in UTC) and
the same cancelled days.
"""

from datetime import date, timedelta

import pytest

from eventpages import recurrence
from eventpages.ical_import.models import ImportRun
from eventpages.models import EventIndexPage, EventPage, Occurrence
from tests.factories import add_child, locale, make_event

from .conftest import BERLIN, NOW, UNTIL, run

pytestmark = pytest.mark.django_db


def dates(page):
    return [
        (start, end)
        for start, end in Occurrence.objects.filter(
            event=page, start__gte=NOW - timedelta(days=1), start__lt=UNTIL
        )
        .order_by("start")
        .values_list("start", "end")
    ]


@pytest.fixture
def ours(site, clock):
    from datetime import datetime

    def at(*args):
        return datetime(*args, tzinfo=BERLIN)

    return [
        make_event(
            site.events,
            "Sprachcafé",
            at(2027, 3, 2, 18),
            duration_hours=2,
            frequency=recurrence.WEEKLY_RULE,
            weekdays=["TU", "TH"],
            ends=recurrence.ENDS_ON,
            until=date(2027, 4, 29),
        ),
        make_event(
            site.events,
            "Stadtfest",
            at(2027, 6, 5),
            duration_hours=48,
            all_day=True,
        ),
        make_event(
            site.events,
            "Elterncafé",
            at(2027, 1, 29, 15, 30),
            duration_hours=1.5,
            frequency=recurrence.MONTHLY_WEEKDAY,
            month_week=-1,
            month_weekday="FR",
        ),
        make_event(site.events, "Lesung", at(2027, 10, 31, 19), duration_hours=1),
    ]


def cancel(page, *days):
    from eventpages.models import CancelledDate

    page.cancelled_dates = [CancelledDate(date=day) for day in days]
    page.save_revision().publish()
    return EventPage.objects.get(pk=page.pk)


def test_our_feed_imported_into_a_second_index_gives_the_same_dates(
    site, ours, client, server, calendar
):
    series, fest, monthly, reading = ours
    series = cancel(series, date(2027, 3, 16))
    monthly = cancel(monthly, date(2027, 5, 28))
    originals = [series, fest, monthly, reading]
    assert len(dates(series)) == 17  # 18 Tuesdays and Thursdays, one cancelled
    response = client.get(site.events.url + "ical/")
    assert response.status_code == 200
    server.routes["/ours.ics"] = lambda handler: _answer(handler, response.content)
    second = add_child(
        site.home,
        EventIndexPage(title="Partner-Termine", slug="partner-termine", locale=locale("de")),
    )
    cal = calendar(server.url("/ours.ics"), index=second)
    outcome = run(cal)
    assert outcome.result == ImportRun.OK, outcome.error
    assert outcome.created == len(originals)
    assert outcome.skipped == 0
    for original in originals:
        copy = EventPage.objects.child_of(second).get(title=original.title)
        assert copy.all_day == original.all_day, original.title
        assert dates(copy) == dates(original), original.title
        assert dates(copy), original.title
        assert sorted(item.date for item in copy.cancelled_dates.all()) == sorted(
            item.date for item in original.cancelled_dates.all()
        ), original.title
    # Mapped to our series fields, not listed date by date, where the rule allows it.
    assert EventPage.objects.child_of(second).get(title="Sprachcafé").frequency == "weekly"
    assert EventPage.objects.child_of(second).get(title="Elterncafé").frequency == (
        "monthly_weekday"
    )
    # The second index's own feed says the same again.
    again = client.get(second.url + "ical/")
    assert again.status_code == 200 and b"Sprachcaf" in again.content
    # Imported again unchanged: nothing to write.
    assert run(cal, now=NOW + timedelta(hours=1)).result == ImportRun.UNCHANGED


def _answer(handler, content):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/calendar; charset=utf-8")
    handler.send_header("Content-Length", str(len(content)))
    handler.end_headers()
    handler.wfile.write(content)
