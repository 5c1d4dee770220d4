"""County time (core.county_time): one clock and calendar for every listing, feed and page.

The change nights of 2027: spring on 28 March (02:00 CET -> 03:00 CEST, a day of 23 hours),
autumn on 31 October (03:00 CEST -> 02:00 CET, 02:00-03:00 twice, a day of 25 hours).
"""

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.test import override_settings

from core import county_time
from core.county_time import (
    group_by_day,
    last_day,
    local,
    local_date,
    midnight,
    repeated_hour_offset,
    wall_clock,
    whole_days,
)

BERLIN = ZoneInfo("Europe/Berlin")
HOUR = timedelta(hours=1)


def berlin(year, month, day, hour=0, minute=0, fold=0):
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN, fold=fold)


def elapsed(start, end):
    """Real time between two moments (within one zone Python subtracts wall times)."""
    return end.astimezone(UTC) - start.astimezone(UTC)


# --------------------------------------------------------------------------- the clock


def test_the_zone_is_the_settings_time_zone():
    assert county_time.zone().key == "Europe/Berlin"
    with override_settings(TIME_ZONE="America/New_York"):
        assert county_time.zone().key == "America/New_York"
        assert local_date(datetime(2026, 3, 5, 3, 0, tzinfo=UTC)) == date(2026, 3, 4)


def test_now_and_today_follow_the_held_clock():
    moment = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)  # already 6 March in the county
    with mock.patch("django.utils.timezone.now", return_value=moment):
        assert county_time.now() == moment
        assert county_time.today() == date(2026, 3, 6)


def test_local_date_and_wall_clock_are_the_countys():
    moment = datetime(2026, 7, 1, 22, 15, tzinfo=UTC)  # 00:15 summer time
    assert local(moment).utcoffset() == 2 * HOUR
    assert local_date(moment) == date(2026, 7, 2)
    assert wall_clock(moment) == datetime(2026, 7, 2, 0, 15)
    assert wall_clock(moment).tzinfo is None


def test_midnight_has_the_days_own_offset_on_change_days():
    assert midnight(date(2027, 1, 10)).astimezone(UTC) == datetime(2027, 1, 9, 23, tzinfo=UTC)
    assert midnight(date(2027, 7, 10)).astimezone(UTC) == datetime(2027, 7, 9, 22, tzinfo=UTC)
    # The change nights: the day begins before the change, the next one after it.
    assert midnight(date(2027, 3, 28)).utcoffset() == HOUR
    assert midnight(date(2027, 3, 29)).utcoffset() == 2 * HOUR
    assert midnight(date(2027, 10, 31)).utcoffset() == 2 * HOUR
    assert midnight(date(2027, 11, 1)).utcoffset() == HOUR
    assert elapsed(midnight(date(2027, 3, 28)), midnight(date(2027, 3, 29))) == 23 * HOUR
    assert elapsed(midnight(date(2027, 10, 31)), midnight(date(2027, 11, 1))) == 25 * HOUR


def test_the_repeated_hour_is_told_apart_by_its_offset():
    first = berlin(2027, 10, 31, 2, 30)  # summer time
    second = first.astimezone(UTC) + HOUR  # the same wall time, winter time
    assert repeated_hour_offset(first) == "+2"
    assert repeated_hour_offset(second) == "+1"
    assert repeated_hour_offset(berlin(2027, 10, 31, 3, 30)) == ""
    assert repeated_hour_offset(berlin(2027, 3, 28, 3, 30)) == ""


# ------------------------------------------------------------------ the last day of a date


def test_an_end_at_midnight_belongs_to_the_day_before():
    assert last_day(berlin(2026, 3, 6, 20), berlin(2026, 3, 7)) == date(2026, 3, 6)
    assert last_day(berlin(2026, 3, 6, 20), berlin(2026, 3, 7, 0, 1)) == date(2026, 3, 7)
    assert last_day(berlin(2026, 3, 6, 20), berlin(2026, 3, 8)) == date(2026, 3, 7)


def test_without_an_end_a_date_ends_on_its_start_day():
    start = berlin(2026, 3, 6, 23, 30)
    assert last_day(start, None) == date(2026, 3, 6)
    assert last_day(start, start) == date(2026, 3, 6)
    assert last_day(start, start - HOUR) == date(2026, 3, 6)
    assert last_day(start, None, all_day=True) == date(2026, 3, 6)


def test_the_start_day_is_the_countys_not_utcs():
    start = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)  # 00:30 on 6 March in the county
    assert last_day(start, start + HOUR) == date(2026, 3, 6)


def test_moments_are_compared_as_instants_not_wall_times():
    # The second 02:30 of the autumn night is an hour after the first, though the clock
    # (and Python, within one zone) says it is the same time.
    first = berlin(2027, 10, 31, 2, 30)
    second = berlin(2027, 10, 31, 2, 30, fold=1)
    assert elapsed(first, second) == HOUR
    assert last_day(first, second) == date(2027, 10, 31)
    assert last_day(berlin(2027, 10, 31, 23), berlin(2027, 11, 1, 0, 30)) == date(2027, 11, 1)


def test_evenings_until_midnight_on_the_change_nights_end_that_day():
    # 22:00 until midnight: two hours by the clock, elapsed too (the change comes later).
    assert last_day(berlin(2027, 3, 27, 22), berlin(2027, 3, 28)) == date(2027, 3, 27)
    assert last_day(berlin(2027, 10, 30, 22), berlin(2027, 10, 31)) == date(2027, 10, 30)
    # Across the change: 01:30 summer time plus two elapsed hours is 02:30 winter time.
    start = berlin(2027, 10, 31, 1, 30)
    assert last_day(start, start.astimezone(UTC) + 2 * HOUR) == date(2027, 10, 31)


def test_all_day_dates_last_whole_days_from_their_start_day():
    assert last_day(berlin(2026, 3, 5), berlin(2026, 3, 6), all_day=True) == date(2026, 3, 5)
    assert last_day(berlin(2026, 3, 5), berlin(2026, 3, 8), all_day=True) == date(2026, 3, 7)
    # One day, however late it starts; a begun day counts as a whole one.
    assert last_day(berlin(2026, 3, 5, 10), berlin(2026, 3, 6, 10), all_day=True) == date(
        2026, 3, 5
    )
    assert last_day(berlin(2026, 3, 5, 10), berlin(2026, 3, 6, 12), all_day=True) == date(
        2026, 3, 6
    )


@pytest.mark.parametrize(
    "day, hours", [(date(2027, 3, 28), 23), (date(2027, 10, 31), 25)], ids=["spring", "autumn"]
)
def test_an_all_day_date_on_a_change_day_is_one_day(day, hours):
    start, end = midnight(day), midnight(day + timedelta(days=1))
    assert elapsed(start, end) == hours * HOUR
    assert last_day(start, end, all_day=True) == day
    assert last_day(start, end) == day
    # Two change-day-long dates from the change day on: that day and the next.
    two_days = midnight(day + timedelta(days=2))
    assert last_day(start, two_days, all_day=True) == day + timedelta(days=1)


def test_whole_days_counts_begun_days_and_at_least_one():
    assert whole_days(timedelta(0)) == 1
    assert whole_days(HOUR) == 1
    assert whole_days(timedelta(days=1)) == 1
    assert whole_days(timedelta(days=1, seconds=1)) == 2
    assert whole_days(timedelta(days=3)) == 3


# ----------------------------------------------------------------------- grouping by day


def test_group_by_day_uses_the_county_day_and_the_earliest_day():
    items = [
        SimpleNamespace(name="running", start=berlin(2026, 3, 4, 18)),
        SimpleNamespace(name="late", start=datetime(2026, 3, 5, 23, 30, tzinfo=UTC)),
        SimpleNamespace(name="next", start=berlin(2026, 3, 6, 9)),
        SimpleNamespace(name="evening", start=berlin(2026, 3, 6, 19)),
    ]

    def names(days):
        return [(day, [item.name for item in group]) for day, group in days]

    assert names(group_by_day(items, earliest=date(2026, 3, 5))) == [
        (date(2026, 3, 5), ["running"]),
        (date(2026, 3, 6), ["late", "next", "evening"]),  # 23:30 UTC is 6 March here
    ]
    assert names(group_by_day(items))[0] == (date(2026, 3, 4), ["running"])
    assert group_by_day([]) == []
