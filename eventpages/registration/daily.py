"""The daily work of registration (`manage.py registration_daily`): reminders and deletion.

- Reminders: every seated participant of a date tomorrow (county time) gets "reminder" once
  (notices record it: running the command twice a day sends nothing twice).
- Deletion: registrations of a date `delete_after_days` days ago or earlier
  (RegistrationSettings, default 30) are deleted with their personal data; the log keeps that
  they existed, without names. Addresses never confirmed are deleted when their confirmation
  link has expired (links.CONFIRM_MAX_AGE).
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from core import county_time

from . import facts, links, notices
from .models import Registration, RegistrationLog

Status = Registration.Status


def send_reminders(now=None):
    """Queue the reminders for tomorrow's dates; the number queued."""
    now = now or timezone.now()
    tomorrow = county_time.local_date(now) + timedelta(days=1)
    dates = Registration.objects.filter(
        status=Status.CONFIRMED,
        start__gte=max(county_time.midnight(tomorrow), now),
        start__lt=county_time.midnight(tomorrow + timedelta(days=1)),
    ).order_by("start", "sequence")
    return sum(1 for registration in dates if notices.send(registration, "reminder"))


def delete_expired(now=None):
    """Delete what is kept no longer; the number of registrations deleted."""
    now = now or timezone.now()
    days = facts.registration_settings().delete_after_days
    last_day = county_time.local_date(now) - timedelta(days=days)
    past = Registration.objects.filter(start__lt=county_time.midnight(last_day + timedelta(days=1)))
    unconfirmed = Registration.objects.filter(
        status=Status.PENDING, created_at__lt=now - links.CONFIRM_MAX_AGE
    )
    deleted = 0
    for queryset, detail in ((past, "after the date"), (unconfirmed, "never confirmed")):
        with transaction.atomic():
            rows = list(queryset.select_for_update().only("pk", "event_key", "start"))
            RegistrationLog.objects.bulk_create(
                RegistrationLog(
                    registration=None,
                    event_key=row.event_key,
                    start=row.start,
                    action=RegistrationLog.Action.DELETED,
                    detail=detail,
                )
                for row in rows
            )
            # Their notices go with them; earlier log entries stay, no longer pointing at them.
            Registration.objects.filter(pk__in=[row.pk for row in rows]).delete()
            deleted += len(rows)
    return deleted
