"""The feed's VTIMEZONE, written from zoneinfo's transitions.

icalendar's ``Timezone.from_tzid`` (7.3) writes each observance's DTSTART as the first wall time
*after* the change (spring: 03:00 with TZOFFSETFROM +0100, i.e. 02:00 UTC, an hour late). RFC
5545 §3.6.5 reads DTSTART in the offset before the change (TZOFFSETFROM), so the spring onset
must be 02:00 and the autumn one 03:00. Here every onset is the UTC instant zoneinfo changes its
offset, written as the wall time in the old offset; all onsets of one kind (same offsets and
name) go into one STANDARD or DAYLIGHT component as DTSTART plus RDATEs, exact for any zone
without relying on a rule the zone may not follow in every year.
"""

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import icalendar

# A zone changes offset at most a few times a year; a day's step cannot jump over two changes.
STEP = timedelta(days=1)


def _state(zone, moment):
    local = moment.astimezone(zone)
    return local.utcoffset(), local.tzname(), bool(local.dst())


def _change_between(zone, earlier, later):
    """The first whole second in (earlier, later] with the state `later` has (binary search)."""
    target = _state(zone, later)
    low, high = int(earlier.timestamp()), int(later.timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if _state(zone, datetime.fromtimestamp(middle, UTC)) == target:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


@lru_cache(maxsize=16)
def transitions(tzid, first_day, last_day):
    """((onset UTC, offset before, offset after, name, is daylight), ...) between the days.

    The first entry is the state at the start of `first_day` (its "change" from itself), so
    every wall time in the range falls under some onset.
    """
    zone = ZoneInfo(tzid)
    moment = datetime.combine(first_day, time.min, tzinfo=zone).astimezone(UTC)
    end = datetime.combine(last_day, time.min, tzinfo=zone).astimezone(UTC)
    offset, name, daylight = _state(zone, moment)
    found = [(moment, offset, offset, name, daylight)]
    while moment < end:
        following = min(moment + STEP, end)
        if _state(zone, following) != (offset, name, daylight):
            onset = _change_between(zone, moment, following)
            new_offset, name, daylight = _state(zone, onset)
            found.append((onset, offset, new_offset, name, daylight))
            offset = new_offset
        moment = following
    return tuple(found)


def vtimezone(tzid, first_day: date, last_day: date):
    """A VTIMEZONE for `tzid`, exact from `first_day` to `last_day`."""
    component = icalendar.Timezone()
    component.add("tzid", tzid)
    groups = {}
    for onset, before, after, name, daylight in transitions(tzid, first_day, last_day):
        wall = (onset + before).replace(tzinfo=None)  # RFC 5545: local time before the change
        groups.setdefault((before, after, name, daylight), []).append(wall)
    for (before, after, name, daylight), walls in groups.items():
        observance = icalendar.TimezoneDaylight() if daylight else icalendar.TimezoneStandard()
        observance.add("dtstart", walls[0])
        if walls[1:]:
            observance.add("rdate", walls[1:])
        observance.add("tzoffsetfrom", before)
        observance.add("tzoffsetto", after)
        observance.add("tzname", name)
        component.add_component(observance)
    return component
