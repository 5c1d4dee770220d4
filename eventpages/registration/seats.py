"""Who gets a seat and who waits: the one place that decides, under the date's lock.

Every change of who holds a seat (confirming an address, cancelling, changing the number of
persons, promoting from the waiting list) runs in a transaction that first writes the date's
ledger row (`RegistrationDate`): on PostgreSQL that row lock makes simultaneous requests for
the same date queue up; on SQLite the write takes the database's write lock. So the seats
counted are the seats that exist, and capacity is never exceeded, however many arrive at once.

The arrival order is the `sequence` given under that lock when an address is confirmed; the
waiting list moves up strictly in that order (a large party at the head is not overtaken).

Functions return what changed; callers send the e-mails (eventpages.registration.notices), each
at most once per registration and kind.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from core import cache, county_time

from .models import Registration, RegistrationDate, RegistrationLog

Status = Registration.Status
Action = RegistrationLog.Action


class NotEnoughPlaces(Exception):
    """More persons than there are places left; nothing was changed."""


@dataclass(frozen=True)
class Availability:
    """The figures a visitor, the API, the feed and the organiser see for one date."""

    capacity: int
    taken: int
    waiting: int
    is_open: bool

    @property
    def left(self):
        return max(self.capacity - self.taken, 0)

    @property
    def is_full(self):
        return self.left == 0 or self.waiting > 0


def is_open(event, start, now=None):
    """Registration runs until the date starts, or to the end of the deadline's day."""
    now = now or timezone.now()
    if not event.takes_registrations or not event.capacity or start <= now:
        return False
    deadline = event.registration_deadline
    return deadline is None or county_time.local_date(now) <= deadline


def availability(event, starts, now=None):
    """{start: Availability} for the given dates of an event, in one query."""
    starts = list(starts)
    figures = {start: (0, 0) for start in starts}
    if starts:
        rows = (
            Registration.objects.filter(event_key=event.translation_key, start__in=starts)
            .active()
            .values("start")
            .annotate(
                taken=Sum("persons", filter=Q(status=Status.CONFIRMED)),
                waiting=Count("pk", filter=Q(status=Status.WAITING)),
            )
        )
        for row in rows:
            figures[row["start"]] = (row["taken"] or 0, row["waiting"] or 0)
    capacity = event.capacity or 0
    return {
        start: Availability(capacity, taken, waiting, is_open(event, start, now))
        for start, (taken, waiting) in figures.items()
    }


def _lock(event_key, start):
    """The date's ledger row, locked until the transaction ends (see the module's docstring).

    The write comes first: a SQLite transaction that read before it writes cannot wait for the
    write lock (it fails at once with "database is locked" when another holds it), one that
    begins by writing waits for it. Without the row (the date's first confirmation) the write
    matches nothing; the row is created, and the creators that lose the race read it."""
    dated = RegistrationDate.objects.filter(event_key=event_key, start=start)
    if not dated.update(last_sequence=F("last_sequence")):
        RegistrationDate.objects.get_or_create(event_key=event_key, start=start)
    return dated.select_for_update().get()


def _taken(event_key, start):
    confirmed = Registration.objects.for_date(event_key, start).holding_seats()
    return confirmed.aggregate(total=Sum("persons"))["total"] or 0


def _log(registration, action, by=None, detail=""):
    """Record a state change. One that moves a seat changes the figures listings, embeds and
    the API show ("noch 4 Plätze"), which the page cache keeps: purge it after the commit
    (once per transaction; a new, unconfirmed registration changes no figure)."""
    if action != Action.REGISTERED:
        cache.schedule_purge()
    RegistrationLog.objects.create(
        registration=registration,
        event_key=registration.event_key,
        start=registration.start,
        action=action,
        by=by,
        detail=detail[:200],
    )


def _reread(registration):
    return Registration.objects.select_for_update().get(pk=registration.pk)


def _promote(ledger, capacity, by=None):
    """Give freed seats to the waiting list, strictly in arrival order."""
    free = capacity - _taken(ledger.event_key, ledger.start)
    promoted = []
    for waiting in Registration.objects.for_date(ledger.event_key, ledger.start).waiting():
        if waiting.persons > free:
            break
        waiting.status = Status.CONFIRMED
        waiting.save(update_fields=["status"])
        _log(waiting, Action.PROMOTED, by)
        promoted.append(waiting)
        free -= waiting.persons
    return promoted


def register(event, start, *, language, user=None, **answers):
    """A new registration waiting for its address to be confirmed (double opt-in); it holds no
    seat yet. Raises IntegrityError if the address is already registered for the date."""
    with transaction.atomic():
        registration = Registration.objects.create(
            event_key=event.translation_key,
            event=event,
            start=start,
            language=language,
            user=user,
            **answers,
        )
        _log(registration, Action.REGISTERED)
    return registration


def confirm(registration, capacity):
    """The address is confirmed: a seat if one is free and nobody waits, else the waiting list.
    Confirming twice (a double click, a retried request) changes nothing."""
    with transaction.atomic():
        ledger = _lock(registration.event_key, registration.start)
        registration = _reread(registration)
        if registration.status != Status.PENDING:
            return registration
        ledger.last_sequence += 1
        ledger.save(update_fields=["last_sequence"])
        someone_waits = (
            Registration.objects.for_date(ledger.event_key, ledger.start).waiting().exists()
        )
        fits = _taken(ledger.event_key, ledger.start) + registration.persons <= capacity
        registration.status = Status.CONFIRMED if fits and not someone_waits else Status.WAITING
        registration.sequence = ledger.last_sequence
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "sequence", "confirmed_at"])
        _log(
            registration,
            Action.CONFIRMED if registration.status == Status.CONFIRMED else Action.WAITING,
        )
    return registration


def cancel(registration, capacity, by=None, detail=""):
    """Cancel a registration; a freed seat goes to the waiting list. Returns (registration,
    promoted registrations)."""
    with transaction.atomic():
        ledger = _lock(registration.event_key, registration.start)
        registration = _reread(registration)
        if registration.status == Status.CANCELLED:
            return registration, []
        registration.status = Status.CANCELLED
        registration.save(update_fields=["status"])
        _log(registration, Action.CANCELLED, by, detail)
        promoted = _promote(ledger, capacity, by)
    return registration, promoted


def change_persons(registration, persons, capacity, by=None):
    """A participant brings more or fewer people. More than the places left raises
    NotEnoughPlaces and changes nothing; fewer frees seats for the waiting list. Returns
    (registration, promoted registrations)."""
    with transaction.atomic():
        ledger = _lock(registration.event_key, registration.start)
        registration = _reread(registration)
        if registration.status == Status.CANCELLED or persons == registration.persons:
            return registration, []
        if registration.status == Status.CONFIRMED and persons > registration.persons:
            taken = _taken(ledger.event_key, ledger.start)
            if taken - registration.persons + persons > capacity:
                raise NotEnoughPlaces
        old = registration.persons
        registration.persons = persons
        registration.save(update_fields=["persons"])
        _log(registration, Action.CHANGED, by, f"{old} → {persons}")
        promoted = _promote(ledger, capacity, by)
    return registration, promoted


def promote_by_hand(registration, by):
    """The organiser gives a waiting person a seat, even beyond the capacity (an extra chair)."""
    with transaction.atomic():
        _lock(registration.event_key, registration.start)
        registration = _reread(registration)
        if registration.status != Status.WAITING:
            return registration
        registration.status = Status.CONFIRMED
        registration.save(update_fields=["status"])
        _log(registration, Action.PROMOTED, by, "by hand")
    return registration


def fill_freed_seats(event, start, by=None):
    """After the capacity was raised: the waiting list moves up. Returns the promoted."""
    with transaction.atomic():
        ledger = _lock(event.translation_key, start)
        return _promote(ledger, event.capacity or 0, by)


def waiting_position(registration):
    """1 for the head of the waiting list; None when not waiting."""
    if registration.status != Status.WAITING:
        return None
    ahead = Registration.objects.for_date(registration.event_key, registration.start).filter(
        status=Status.WAITING, sequence__lt=registration.sequence
    )
    return ahead.count() + 1


def delete_personal_data(registration, by=None):
    """Remove a registration with its personal data; the log keeps that it happened. A held
    seat is freed first (the waiting list moves up). Returns the promoted registrations."""
    promoted = []
    with transaction.atomic():
        if registration.status in (Status.CONFIRMED, Status.WAITING):
            capacity = registration.event.capacity if registration.event else 0
            registration, promoted = cancel(registration, capacity or 0, by, "deleted")
        _log(registration, Action.DELETED, by)
        registration.delete()
    return promoted
