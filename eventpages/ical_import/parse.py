"""An iCal feed's bytes in, plain `SourceEvent`s out: what the sync needs, nothing of iCal left.

Read with icalendar (which knows IANA zones, the Windows names Outlook writes, e.g. "W. Europe
Standard Time", and a feed's own VTIMEZONEs); dates expanded and mapped in `rules`, texts made
safe in `text`. All times come out in the county's zone; floating times (no zone) and unknown
zones are read as county time, the latter with a note.

Hostile input stops before icalendar sees it: HTML instead of iCal, nesting deeper than any
calendar needs, more VEVENTs than allowed. A single broken event is skipped with its reason;
a rule is expanded on a budget shared by the whole feed, so no feed keeps a worker busy.
"""

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import icalendar

from core import county_time
from eventpages import recurrence

from . import messages, rules
from .rules import Recurrence, RuleError
from .text import description_html

MAX_DEPTH = 5  # VCALENDAR > VEVENT > VALARM is 3; VTIMEZONE > STANDARD is 2
STEPS_PER_FEED = 2_000_000  # rule steps the whole feed may take (a step is a few microseconds)
PRIVATE_CLASSES = {"PRIVATE", "CONFIDENTIAL"}
CONFIRMED, CANCELLED = "confirmed", "cancelled"
GENERATED = "generated-"  # the start of a UID we made for an event that had none


class ParseError(Exception):
    """The feed as a whole cannot be read; `message` says why in the reader's language."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass
class Attachment:
    url: str
    filename: str = ""
    media_type: str = ""


@dataclass
class Instance:
    """One date of a series changed in the source (a VEVENT with RECURRENCE-ID)."""

    recurrence_id: datetime | date  # the date's original start
    start: datetime | date
    end: datetime | date | None
    title: str
    status: str
    description_html: str = ""
    location: str = ""

    @property
    def moved(self):
        return _instant(self.start) != _instant(self.recurrence_id)


@dataclass
class SourceEvent:
    uid: str
    title: str
    start: datetime | date  # aware in county time, or a date when all-day
    end: datetime | date | None  # exclusive, as in iCal (all-day: the day after the last)
    all_day: bool = False
    description_html: str = ""
    location: str = ""
    geo: tuple[float, float] | None = None
    url: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    status: str = CONFIRMED
    sequence: int = 0
    last_modified: datetime | None = None
    recurrence: Recurrence | None = None  # None: a single date
    instances: list[Instance] = field(default_factory=list)
    tzid: str = ""
    notes: list = field(default_factory=list)  # lazy translations for the admin
    content_hash: str = ""

    def bounds(self):
        """(start, end) as our page holds them: aware times; all-day dates as midnights."""
        return _series_bounds(self.start, self.end, self.all_day)

    def series(self):
        """The `recurrence.Series` our page would hold for this event."""
        start, end = self.bounds()
        return rules.series(start, end, self.all_day, self.recurrence or Recurrence())

    def starts_between(self, after, before):
        return self.series().starts_between(after, before)


@dataclass
class ParsedFeed:
    events: list[SourceEvent]
    skipped: list[tuple[str, object]]  # (uid, reason)
    name: str = ""


def parse(content: bytes, *, horizon_days, now=None, max_events=5000, max_dates_per_event=None):
    """Read a feed. Raises ParseError for a feed that cannot or must not be read as a whole."""
    now = now or county_time.now()
    cap = max_dates_per_event or recurrence.MAX_OCCURRENCES
    text = _decode(content)
    _preflight(text, max_events)
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except (ValueError, TypeError, KeyError, IndexError, RecursionError) as error:
        raise ParseError(messages.INVALID) from error
    if not calendars:
        raise ParseError(messages.NOT_ICAL)
    window = (now, now + timedelta(days=horizon_days))
    budget = rules.Budget(STEPS_PER_FEED)
    groups, order, skipped = {}, [], []
    name = ""
    for calendar in calendars:
        if calendar.name != "VCALENDAR":
            raise ParseError(messages.NOT_ICAL)
        name = name or str(calendar.get("X-WR-CALNAME", "") or calendar.get("NAME", ""))
        cancelled_feed = str(calendar.get("METHOD", "")).upper() == "CANCEL"
        for component in calendar.subcomponents:
            if component.name != "VEVENT":
                continue
            uid = str(component.get("UID", "")).strip() or _made_uid(component)
            if uid not in groups:
                groups[uid] = []
                order.append(uid)
            groups[uid].append((component, cancelled_feed))
    events = []
    for uid in order:
        try:
            event = _read(uid, groups[uid], window, cap, budget)
        except RuleError as error:
            skipped.append((uid, _rule_reason(error.reason)))
            continue
        except _Skip as skip:
            skipped.append((uid, skip.reason))
            continue
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            skipped.append((uid, messages.UNREADABLE))
            continue
        events.append(event)
    return ParsedFeed(events=events, skipped=skipped, name=name)


class _Skip(Exception):
    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


def _decode(content):
    if isinstance(content, str):
        return content
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")  # older Outlook exports


FOLD = re.compile(r"\r?\n[ \t]")


def _preflight(text, max_events):
    """Refuse what is not iCal, nests too deep or holds too many events, before parsing it."""
    head = text.lstrip(" \t\r\n\ufeff")[:64]
    if head.startswith("<"):
        raise ParseError(messages.HTML_NOT_ICAL)
    if not head.upper().startswith("BEGIN:VCALENDAR"):
        raise ParseError(messages.NOT_ICAL)
    depth = events = 0
    for line in FOLD.sub("", text).splitlines():
        keyword = line[:6].upper()
        if keyword == "BEGIN:":
            depth += 1
            if depth > MAX_DEPTH:
                raise ParseError(messages.TOO_DEEP)
            if line[6:].strip().upper() == "VEVENT":
                events += 1
                if events > max_events:
                    message = format_lazy_percent(messages.TOO_MANY_EVENTS, limit=max_events)
                    raise ParseError(message)
        elif keyword[:4] == "END:":
            depth = max(0, depth - 1)


def format_lazy_percent(message, **values):
    """A lazy message with %(name)s placeholders filled in when it is shown."""
    return _LazyPercent(message, values)


class _LazyPercent:
    def __init__(self, message, values):
        self.message, self.values = message, values

    def __str__(self):
        return str(self.message) % self.values

    def __repr__(self):
        return repr(str(self))

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))


def _rule_reason(reason):
    return {
        "too_fine": messages.RULE_TOO_FINE,
        "too_costly": messages.RULE_TOO_COSTLY,
    }.get(reason, messages.RULE_UNREADABLE)


def _made_uid(component):
    seed = f"{component.get('DTSTART').to_ical() if component.get('DTSTART') else ''}|"
    seed += str(component.get("SUMMARY", ""))
    return GENERATED + hashlib.sha256(seed.encode()).hexdigest()[:24]


# Times ------------------------------------------------------------------------------------


def _moment(component, name, notes):
    """A property's value as an aware datetime or a date; floating and unknown zones → county."""
    prop = component.get(name)
    if prop is None:
        return None
    value = prop.dt
    if isinstance(value, timedelta):
        return value
    if isinstance(value, tuple):  # a PERIOD
        value = value[0]
    if isinstance(value, datetime) and value.tzinfo is None:
        tzid = prop.params.get("TZID")
        if tzid:
            _note(notes, format_lazy_percent(messages.UNKNOWN_ZONE, tzid=tzid))
        value = value.replace(tzinfo=county_time.zone())
    return value


def _as_kind(value, all_day):
    """Coerce a time to the event's kind: dates for all-day events, aware datetimes otherwise."""
    if value is None:
        return None
    if all_day:
        return county_time.local(value).date() if isinstance(value, datetime) else value
    if not isinstance(value, datetime):
        return county_time.midnight(value)
    return value


def _instant(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


def _output(value):
    """Aware datetimes in county time; dates as they are."""
    if isinstance(value, datetime):
        # Through UTC: a wall time a change night skips (02:30 in spring) becomes the 03:30
        # the clocks show, the second of a repeated hour gets fold=1.
        return county_time.local(value.astimezone(UTC))
    return value


def _series_bounds(start, end, all_day):
    if all_day:
        return county_time.midnight(start), county_time.midnight(end) if end else None
    return start, end


def _bounds(component, notes):
    start = _moment(component, "DTSTART", notes)
    if start is None:
        raise _Skip(messages.NO_START)
    all_day = not isinstance(start, datetime)
    end = _moment(component, "DTEND", notes)
    if isinstance(end, timedelta) or end is None:
        duration = component.get("DURATION")
        end = start + duration.dt if duration is not None else None
    if all_day and end is None:
        end = start + timedelta(days=1)
    end = _as_kind(end, all_day)
    if end is not None and _instant(end) < _instant(start):
        _note(notes, messages.END_BEFORE_START)
        end = start + timedelta(days=1) if all_day else None
    return start, end, all_day


def _duration(start, end, all_day):
    if end is None:
        return timedelta(0)
    if all_day:
        return end - start
    return end.astimezone(UTC) - start.astimezone(UTC)


# Texts and links ---------------------------------------------------------------------------


def _text(component, name):
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value is not None else ""


def _alternative_html(component):
    values = component.get("X-ALT-DESC")
    for value in values if isinstance(values, list) else [values]:
        if value is not None and str(value.params.get("FMTTYPE", "")).lower() == "text/html":
            return str(value)
    return None


def _web_link(value, notes):
    value = (value or "").strip()
    if not value:
        return ""
    if re.match(r"^https?://", value, re.I):
        return value
    _note(notes, messages.LINK_DROPPED)
    return ""


def _attachments(component, notes):
    values = component.get("ATTACH")
    found = []
    for value in values if isinstance(values, list) else [values] if values is not None else []:
        binary = str(value.params.get("VALUE", "URI")).upper() == "BINARY"
        if binary or value.params.get("ENCODING"):
            continue  # embedded files are not imported, only links
        url = _web_link(str(value), notes)
        if url:
            found.append(
                Attachment(
                    url=url,
                    filename=str(value.params.get("FILENAME", "")),
                    media_type=str(value.params.get("FMTTYPE", "")),
                )
            )
    return found


def _categories(component):
    seen = []
    for name in component.categories:
        name = str(name).strip()
        if name and name not in seen:
            seen.append(name)
    return seen


def _geo(component):
    value = component.get("GEO")
    if value is None:
        return None
    return (float(value.latitude), float(value.longitude))


def _status(component, cancelled_feed):
    cancelled = str(component.get("STATUS", "")).upper() == "CANCELLED" or cancelled_feed
    return CANCELLED if cancelled else CONFIRMED


def _note(notes, message):
    if message not in notes:
        notes.append(message)


# One event ---------------------------------------------------------------------------------


def _read(uid, components, window, cap, budget):
    notes = [messages.NO_UID] if uid.startswith(GENERATED) else []
    masters = [(c, f) for c, f in components if c.get("RECURRENCE-ID") is None]
    overrides = [(c, f) for c, f in components if c.get("RECURRENCE-ID") is not None]
    if not masters:
        overrides.sort(key=lambda item: _instant(_moment(item[0], "RECURRENCE-ID", [])))
        masters = [overrides.pop(0)]
        _note(notes, messages.ORPHAN_INSTANCE)
    if len(masters) > 1:
        _note(notes, messages.DUPLICATE_UID)
    master, cancelled_feed = masters[0]
    if str(master.get("CLASS", "")).upper() in PRIVATE_CLASSES:
        raise _Skip(messages.PRIVATE)
    start, end, all_day = _bounds(master, notes)
    event = SourceEvent(
        uid=uid,
        title=_text(master, "SUMMARY"),
        start=start,
        end=end,
        all_day=all_day,
        description_html=description_html(_text(master, "DESCRIPTION"), _alternative_html(master)),
        location=_text(master, "LOCATION"),
        geo=_geo(master),
        url=_web_link(_text(master, "URL"), notes),
        attachments=_attachments(master, notes),
        categories=_categories(master),
        status=_status(master, cancelled_feed),
        sequence=int(master.get("SEQUENCE", 0) or 0),
        tzid=str(master["DTSTART"].params.get("TZID", "") or ("UTC" if _is_utc(start) else "")),
        notes=notes,
    )
    event.instances = [
        _instance(component, all_day, in_cancel, notes) for component, in_cancel in overrides
    ]
    stamps = [c.get("LAST-MODIFIED") for c, _f in components]
    event.last_modified = max(
        (stamp.dt for stamp in stamps if stamp is not None and isinstance(stamp.dt, datetime)),
        default=None,
    )
    sequences = [int(c.get("SEQUENCE", 0) or 0) for c, _f in components]
    event.sequence = max([event.sequence, *sequences])
    event.recurrence = _dates(master, event, window, cap, budget)
    event.content_hash = _content_hash(master, event)
    event.start, event.end = _output(event.start), _output(event.end)
    for instance in event.instances:
        instance.start, instance.end = _output(instance.start), _output(instance.end)
        instance.recurrence_id = _output(instance.recurrence_id)
    return event


def _is_utc(value):
    return isinstance(value, datetime) and str(value.tzinfo) == "UTC"


def _instance(component, all_day, cancelled_feed, notes):
    recurrence_id = _as_kind(_moment(component, "RECURRENCE-ID", notes), all_day)
    start, end, _all_day = _bounds(component, notes)
    return Instance(
        recurrence_id=recurrence_id,
        start=_as_kind(start, all_day),
        end=_as_kind(end, all_day),
        title=_text(component, "SUMMARY"),
        status=_status(component, cancelled_feed),
        description_html=description_html(
            _text(component, "DESCRIPTION"), _alternative_html(component)
        ),
        location=_text(component, "LOCATION"),
    )


def _local_day(value):
    return county_time.local_date(value) if isinstance(value, datetime) else value


def _dates(master, event, window, cap, budget):
    """Our recurrence fields for the event, or None for a single unchanged date."""
    has_rule = bool(rules.rule_parts(master))
    if not has_rule and not master.rdates and not event.instances:
        return None
    after, before = window
    duration = _duration(event.start, event.end, event.all_day)
    source, capped = rules.source_starts(
        master, event.start, duration, after, before, cap=cap, budget=budget
    )
    # The changed dates folded in: a cancelled one is a cancelled date, a moved one a
    # cancelled date plus an extra date at its new time.
    cancelled, extra, replaced = set(), [], set()
    for instance in event.instances:
        if instance.status == CANCELLED or instance.moved:
            cancelled.add(_local_day(instance.recurrence_id))
            replaced.add(_instant(instance.recurrence_id))
        if instance.moved and instance.status != CANCELLED:
            extra.append(instance.start)
    expected = {_instant(value) for value in source if _instant(value) not in replaced}
    expected |= {
        _instant(value)
        for value in extra
        if before > _instant(value) >= after - max(duration, timedelta(0))
    }
    rule_parts = rules.rule_parts(master)
    exdates = {_local_day(_as_kind(value, event.all_day)) for value in master.exdates}
    rdates = [_as_kind(_floating(value), event.all_day) for value, _end in master.rdates]
    fields = None
    if len(rule_parts) == 1 and master.get("EXRULE") is None:
        fields = rules.candidate(rule_parts[0], _wall(event.start))
    elif not rule_parts and master.get("EXRULE") is None:
        fields = Recurrence()
    if fields is not None:
        fields.cancelled = sorted(exdates | cancelled)
        fields.extra = _aware_starts(rdates + extra, event.all_day)
        if len(rdates) > cap:
            fields = None
        elif not _same(event, fields, expected, window):
            fields.extra = _aware_starts([event.start] + rdates + extra, event.all_day)
            if fields.ends == recurrence.ENDS_AFTER or not _same(event, fields, expected, window):
                fields = None
    if fields is None:
        rule_text = "; ".join(part.to_ical().decode() for part in rule_parts) or "RDATE"
        _note(event.notes, format_lazy_percent(messages.EXPLICIT_DATES, rule=rule_text))
        listed = sorted(expected)
        fields = Recurrence(
            explicit=True,
            cancelled=sorted(exdates | cancelled),
            extra=_aware_starts(
                [value for value in listed if value != _instant(event.start)], event.all_day
            ),
        )
    if capped:
        _note(event.notes, format_lazy_percent(messages.CAPPED, limit=cap))
    if not expected and _instant(event.start) < after:
        _note(event.notes, messages.NO_DATES)
    return fields


def _floating(value):
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=county_time.zone())
    return value


def _wall(value):
    if isinstance(value, datetime):
        return county_time.wall_clock(value)
    return datetime.combine(value, datetime.min.time())


def _aware_starts(values, all_day):
    """Extra dates as our ExtraDate holds them: aware county times (all-day: midnight)."""
    starts = []
    for value in values:
        if all_day or not isinstance(value, datetime):
            day = value.date() if isinstance(value, datetime) else value
            moment = county_time.midnight(day)
        else:
            moment = county_time.local(value)
        if moment not in starts:
            starts.append(moment)
    return sorted(starts, key=lambda moment: moment.astimezone(UTC))


def _same(event, fields, expected, window):
    """Whether our Series with these fields yields exactly the source's dates in the window.

    Compared on starts from `after` on: what was already running at `after` depends on how
    long a date lasts, which both sides agree on only for dates that have an end.
    """
    after, before = window
    start, end = _series_bounds(event.start, event.end, event.all_day)
    ours = rules.series(start, end, event.all_day, fields).starts_between(after, before)
    if event.all_day:
        first = county_time.local_date(after)
        return {county_time.local_date(moment) for moment in ours if moment >= after} == {
            value for value in expected if value >= first and county_time.midnight(value) >= after
        }
    return {moment.astimezone(UTC) for moment in ours if moment >= after} == {
        value for value in expected if value >= after
    }


def _content_hash(master, event):
    """A digest over what we import (not DTSTAMP, which some producers renew on every fetch)."""

    def plain(value):
        if isinstance(value, (datetime, date)):
            return value.isoformat()
        return str(value)

    recurrence_text = [
        master.get(name).to_ical().decode()
        if not isinstance(master.get(name), list)
        else "|".join(part.to_ical().decode() for part in master.get(name))
        for name in ("RRULE", "RDATE", "EXDATE", "EXRULE")
        if master.get(name) is not None
    ]
    payload = {
        "title": event.title,
        "description": event.description_html,
        "location": event.location,
        "geo": event.geo,
        "url": event.url,
        "attachments": [vars(item) for item in event.attachments],
        "categories": event.categories,
        "status": event.status,
        "start": plain(_instant(event.start)),
        "end": plain(_instant(event.end)) if event.end else None,
        "all_day": event.all_day,
        "tzid": event.tzid,
        "recurrence": recurrence_text,
        "instances": sorted(
            [
                {key: plain(_instant(value)) for key, value in vars(instance).items()}
                for instance in event.instances
            ],
            key=lambda item: item["recurrence_id"],
        ),
    }
    text = json.dumps(payload, sort_keys=True, default=plain, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()
