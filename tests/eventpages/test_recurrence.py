"""Recurrence rules: daylight saving, last weekdays, exceptions, extra dates, count and until."""

from datetime import date, timedelta

import pytest
from dateutil.rrule import rrulestr

from eventpages.recurrence import Series

from .conftest import BERLIN, berlin

YEAR = (berlin(2026, 1, 1), berlin(2028, 1, 1))


def starts(series, window=YEAR):
    return [start for start, _end in series.occurrences_between(*window)]


def test_weekly_event_stays_at_six_pm_across_both_dst_changes():
    series = Series(
        start=berlin(2026, 3, 12, 18, 0),
        end=berlin(2026, 3, 12, 20, 0),
        frequency="weekly",
        weekdays=["TH"],
        ends="on_date",
        until=date(2026, 11, 12),
    )
    occurrences = series.occurrences_between(*YEAR)
    assert all(start.astimezone(BERLIN).hour == 18 for start, _ in occurrences)
    assert all(end.astimezone(BERLIN).hour == 20 for _, end in occurrences)
    offsets = {start.astimezone(BERLIN).utcoffset() for start, _ in occurrences}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}
    assert [s.date() for s in starts(series)][:3] == [
        date(2026, 3, 12),
        date(2026, 3, 19),
        date(2026, 3, 26),
    ]
    assert starts(series)[-1].date() == date(2026, 11, 12)


@pytest.mark.parametrize(
    ("month", "expected_day"),
    [(1, 30), (2, 27), (3, 27), (5, 29), (7, 31)],  # January 2026 has five Fridays, March four
)
def test_last_friday_of_the_month(month, expected_day):
    series = Series(
        start=berlin(2026, 1, 30, 19, 0),
        frequency="monthly_weekday",
        month_week=-1,
        month_weekday="FR",
    )
    days = {s.date() for s in starts(series, (berlin(2026, 1, 1), berlin(2026, 12, 31)))}
    assert date(2026, month, expected_day) in days
    assert all(day.weekday() == 4 for day in days)
    assert len(days) == 12


def test_first_tuesday_of_the_month():
    series = Series(
        start=berlin(2026, 12, 1, 10, 0),
        frequency="monthly_weekday",
        month_week=1,
        month_weekday="TU",
        ends="after_count",
        count=4,
    )
    assert [s.date() for s in starts(series)] == [
        date(2026, 12, 1),
        date(2027, 1, 5),
        date(2027, 2, 2),
        date(2027, 3, 2),
    ]


def test_every_second_week_on_two_days_with_count():
    series = Series(
        start=berlin(2026, 12, 7, 9, 0),
        frequency="weekly",
        interval=2,
        weekdays=["MO", "WE"],
        ends="after_count",
        count=5,
    )
    assert [s.date() for s in starts(series)] == [
        date(2026, 12, 7),
        date(2026, 12, 9),
        date(2026, 12, 21),
        date(2026, 12, 23),
        date(2027, 1, 4),
    ]


def test_monthly_on_a_date_skips_nothing_and_ends_on_until():
    series = Series(
        start=berlin(2026, 12, 15, 17, 0),
        frequency="monthly_date",
        ends="on_date",
        until=date(2027, 3, 15),
    )
    assert [s.date() for s in starts(series)] == [
        date(2026, 12, 15),
        date(2027, 1, 15),
        date(2027, 2, 15),
        date(2027, 3, 15),
    ]


def test_exceptions_and_extra_dates():
    series = Series(
        start=berlin(2026, 12, 1, 18, 0),
        frequency="daily",
        ends="after_count",
        count=5,
        cancelled=[date(2026, 12, 3)],
        extra=[berlin(2026, 12, 24, 15, 0)],
    )
    assert [s for s in starts(series)] == [
        berlin(2026, 12, 1, 18),
        berlin(2026, 12, 2, 18),
        berlin(2026, 12, 4, 18),
        berlin(2026, 12, 5, 18),
        berlin(2026, 12, 24, 15),
    ]


def test_single_event_has_one_occurrence_and_no_rule():
    series = Series(start=berlin(2026, 12, 12, 14), end=berlin(2026, 12, 12, 22))
    assert series.rrule_text() == ""
    assert series.occurrences_between(*YEAR) == [
        (berlin(2026, 12, 12, 14), berlin(2026, 12, 12, 22))
    ]


def test_open_ended_series_stops_at_the_window():
    series = Series(start=berlin(2026, 1, 5, 10), frequency="weekly", weekdays=["MO"])
    assert len(starts(series, (berlin(2026, 1, 1), berlin(2026, 3, 1)))) == 8


def test_rrule_text_is_rfc5545_and_round_trips():
    series = Series(
        start=berlin(2026, 3, 12, 18),
        frequency="weekly",
        weekdays=["TH", "SA"],
        interval=2,
        ends="on_date",
        until=date(2026, 6, 30),
    )
    text = series.rrule_text()
    assert text.startswith("FREQ=WEEKLY;")
    assert "INTERVAL=2" in text and "BYDAY=TH,SA" in text
    assert "UNTIL=20260630T215959Z" in text
    parsed = rrulestr(f"RRULE:{text}", dtstart=berlin(2026, 3, 12, 18))
    assert [d.date() for d in parsed] == [s.date() for s in starts(series)]
