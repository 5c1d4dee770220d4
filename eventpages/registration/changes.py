"""When an organiser publishes a change to an event's dates, its registrants hear of it.

Called from the publish flow (eventpages.signals, where the occurrences are rebuilt). Each
coming date that still holds registrations but is no longer one of the event's dates:

- moved: the event now has a date on the same day (the time changed; a series' time too), or
  a single event has exactly one coming date (its day changed) → the registrations move to
  the new start with the seat ledger, each registrant gets "time_changed:<new start ISO>";
- gone (a CancelledDate, the series shortened) → each registration is cancelled (the log says
  why) and its registrant gets "date_cancelled".

Publishing again changes nothing more: the registrations are on the event's dates by then, and
each mail kind goes out once per registration (notices).
"""

import logging
from datetime import UTC, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from core import county_time

from . import notices, seats
from .models import Registration, RegistrationDate

logger = logging.getLogger(__name__)
Status = Registration.Status


def new_start_for(event, old_start, new_starts):
    """Where a date's registrations go, or None when the date is gone."""
    day = county_time.local_date(old_start)
    same_day = [start for start in new_starts if county_time.local_date(start) == day]
    if same_day:
        return min(same_day, key=lambda start: abs(start - old_start))
    series = event.series()
    if not series.is_recurring and not series.extra and len(new_starts) == 1:
        return new_starts[0]
    return None


def follow_published(event, now=None):
    """Move or cancel the registrations of dates the published event no longer has.
    Returns (moved, cancelled) numbers of registrations."""
    if not event.start:
        return 0, 0
    now = now or timezone.now()
    held = (
        Registration.objects.filter(event_key=event.translation_key, start__gt=now)
        .exclude(status=Status.CANCELLED)
        .values_list("start", flat=True)
        .distinct()
    )
    starts = sorted(set(held))
    if not starts:
        return 0, 0
    after = min(starts[0], now) - timedelta(days=1)
    before = max(starts[-1], event.start) + timedelta(days=2)
    new_starts = sorted(
        start for start, _end in event.series().occurrences_between(after, before) if start > now
    )
    moved = cancelled = 0
    for old in starts:
        if old in new_starts:
            continue
        target = new_start_for(event, old, new_starts)
        if target is not None and move(event, old, target):
            moved += notify_moved(event, old, target)
        else:
            cancelled += cancel_date(event, old)
    return moved, cancelled


def move(event, old, target):
    """The date's registrations and its ledger row to the new start; False if it already has
    registrations of its own (then the old date is cancelled instead)."""
    key = event.translation_key
    try:
        with transaction.atomic():
            if Registration.objects.for_date(key, target).exists():
                return False
            Registration.objects.for_date(key, old).update(start=target)
            RegistrationDate.objects.filter(event_key=key, start=target).delete()
            RegistrationDate.objects.filter(event_key=key, start=old).update(start=target)
    except IntegrityError:
        logger.warning("Registrations of %s at %s could not move to %s", key, old, target)
        return False
    return True


def notify_moved(event, old, target):
    count = 0
    kind = f"time_changed:{target.astimezone(UTC).isoformat()}"
    for registration in Registration.objects.for_date(event.translation_key, target).exclude(
        status=Status.CANCELLED
    ):
        notices.send(registration, kind, old_start=old)
        count += 1
    return count


def cancel_date(event, start):
    """Cancel every registration of a date that is gone: the waiting list first, so nobody is
    promoted on the way, then the seats."""
    registrations = list(
        Registration.objects.for_date(event.translation_key, start).exclude(status=Status.CANCELLED)
    )
    registrations.sort(key=lambda item: item.status == Status.CONFIRMED)
    for registration in registrations:
        registration, _promoted = seats.cancel(registration, 0, detail="date cancelled")
        notices.send(registration, "date_cancelled")
    return len(registrations)
