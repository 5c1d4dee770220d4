"""What the organiser's screens read, each in a fixed number of queries however many register.

- `figures_by_date`: the counts of one or many events' dates (one grouped query);
- `next_dates`: the next few dates of a page of events (one query, a window per event);
- `event_dates`: an event's coming dates and every past one that has registrations;
- `date_lists`: a date's registrations split into seated, waiting, unconfirmed, cancelled;
- `organiser_log`: what the organisers did on a date (exports, moves, cancellations).
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, F, Q, Sum, Window
from django.db.models.functions import RowNumber

from core import county_time

from ..models import Occurrence, Registration, RegistrationLog

Status = Registration.Status


@dataclass
class DateFigures:
    """One date as the organiser sees it: seats taken (persons) of the capacity, and how many
    registrations are seated, waiting and still to confirm their address."""

    start: datetime
    capacity: int = 0
    persons: int = 0
    seated: int = 0
    waiting: int = 0
    pending: int = 0
    cancelled: int = 0
    end: datetime | None = None
    in_calendar: bool = False
    url: str = ""  # the date's screen, set by the view

    @property
    def left(self):
        return max(self.capacity - self.persons, 0)

    @property
    def is_past(self):
        return (self.end or self.start) < county_time.now()

    @property
    def has_registrations(self):
        return bool(self.seated or self.waiting or self.pending or self.cancelled)


def _counts():
    return {
        "persons": Sum("persons", filter=Q(status=Status.CONFIRMED)),
        "seated": Count("pk", filter=Q(status=Status.CONFIRMED)),
        "waiting": Count("pk", filter=Q(status=Status.WAITING)),
        "pending": Count("pk", filter=Q(status=Status.PENDING)),
        "cancelled": Count("pk", filter=Q(status=Status.CANCELLED)),
    }


def figures_by_date(event_keys, starts=None):
    """{(event_key, start): {persons, seated, waiting, pending, cancelled}} in one query; all
    dates of the events, or only those among `starts`."""
    registrations = Registration.objects.filter(event_key__in=list(event_keys))
    if starts is not None:
        registrations = registrations.filter(start__in=list(starts))
    rows = registrations.values("event_key", "start").annotate(**_counts()).order_by()
    return {
        (row.pop("event_key"), row.pop("start")): {name: value or 0 for name, value in row.items()}
        for row in rows
    }


def next_dates(events, limit=3):
    """{event id: [DateFigures]} the next `limit` dates (running or to come) of each event,
    with their figures: two queries for a page of events."""
    events = list(events)
    ranked = (
        Occurrence.objects.filter(event__in=events, end__gte=county_time.now())
        .annotate(rank=Window(RowNumber(), partition_by=[F("event_id")], order_by=F("start").asc()))
        .filter(rank__lte=limit)
        .values_list("event_id", "start", "end")
        .order_by("event_id", "start")
    )
    occurrences = list(ranked)
    keys = {event.pk: event.translation_key for event in events}
    figures = figures_by_date(keys.values(), {start for _, start, _ in occurrences})
    capacities = {event.pk: event.capacity or 0 for event in events}
    dates = {event.pk: [] for event in events}
    for event_id, start, end in occurrences:
        counted = figures.get((keys[event_id], start), {})
        dates[event_id].append(
            DateFigures(start, capacities[event_id], end=end, in_calendar=True, **counted)
        )
    return dates


def event_dates(event, limit=100):
    """(coming dates, past dates) of an event: its next `limit` dates in the calendar and every
    date that has registrations (also one moved or taken out of the series since). Two
    queries."""
    occurrences = dict(
        Occurrence.objects.filter(event=event, end__gte=county_time.now())
        .order_by("start")
        .values_list("start", "end")[:limit]
    )
    counted_dates = figures_by_date([event.translation_key]).items()
    figures = {start: counted for (_key, start), counted in counted_dates}
    capacity = event.capacity or 0
    dates = [
        DateFigures(
            start,
            capacity,
            end=occurrences.get(start),
            in_calendar=start in occurrences,
            **figures.get(start, {}),
        )
        for start in sorted(set(occurrences) | set(figures))
    ]
    coming = [date for date in dates if not date.is_past]
    past = [date for date in dates if date.is_past]
    past.reverse()
    return coming, past


@dataclass
class DateLists:
    """A date's registrations by status, each list in arrival order (one query)."""

    seated: list = field(default_factory=list)
    waiting: list = field(default_factory=list)
    pending: list = field(default_factory=list)
    cancelled: list = field(default_factory=list)

    @property
    def persons(self):
        return sum(registration.persons for registration in self.seated)

    @property
    def active(self):
        """Who is registered: seated, then the waiting list."""
        return self.seated + self.waiting


def date_lists(event_key, start):
    lists = DateLists()
    by_status = {
        Status.CONFIRMED: lists.seated,
        Status.WAITING: lists.waiting,
        Status.PENDING: lists.pending,
        Status.CANCELLED: lists.cancelled,
    }
    registrations = Registration.objects.for_date(event_key, start).order_by(
        F("sequence").asc(nulls_last=True), "created_at", "pk"
    )
    for registration in registrations:
        by_status[registration.status].append(registration)
    for position, registration in enumerate(lists.waiting, start=1):
        registration.position = position
    return lists


def organiser_log(event_key, start, limit=100):
    """What people in the admin did on this date, latest first: exports, moves, cancellations
    (the log's rows with a `by`)."""
    return (
        RegistrationLog.objects.filter(event_key=event_key, start=start, by__isnull=False)
        .select_related("by", "registration")
        .order_by("-at", "-pk")[:limit]
    )
