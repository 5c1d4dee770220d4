"""What a registration's pages and mails say about its event and date.

A registration belongs to a date of an event (translation key, start), shared by every language
version. Pages and mails show the event in the registration's (or the visitor's) language
where it is translated, else the version the person registered through.
"""

from datetime import timedelta

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from wagtail.models import Site

from core import memo

from ..models import EventPage, RegistrationSettings
from ..templatetags.event_page_tags import format_range


def event_in(registration, language=None):
    """The live event page to show, in `language` (the registration's by default) if there is
    one; else the version registered through; else any live version; None when all are gone."""
    language = language or registration.language
    versions = EventPage.objects.live().filter(translation_key=registration.event_key)
    preferred = registration.event_id or 0
    return (
        versions.select_related("locale", "venue", "organiser")
        .annotate(
            rank=Case(
                When(locale__language_code=language, alias_of__isnull=True, then=Value(0)),
                When(pk=preferred, then=Value(1)),
                When(locale__language_code=language, then=Value(2)),
                default=Value(3),
                output_field=IntegerField(),
            )
        )
        .order_by("rank", "pk")
        .first()
    ) or registration.event


def capacity(event):
    return (event.capacity or 0) if event is not None else 0


def date_end(event, start):
    """The end of the date starting at `start` (its series' duration; two hours when open)."""
    return event.series().end_of(start)


def date_text(event, start):
    """ "Donnerstag, 12. März 2026, 18:00–20:00 Uhr" in the active language."""
    end = date_end(event, start) if (event.end or event.all_day) else None
    return format_range(start, end, event.all_day)


def meeting_link_from(event, start):
    return start - timedelta(minutes=event.meeting_link_minutes or 0)


def meeting_link_shown(registration, event, now=None):
    """The private meeting link, for a seated participant, from `meeting_link_minutes` before
    the start until the date is over; never before, never to anybody else."""
    if event is None or not event.meeting_url:
        return False
    if registration.status != registration.Status.CONFIRMED:
        return False
    now = now or timezone.now()
    return meeting_link_from(event, registration.start) <= now < date_end(event, registration.start)


def registration_settings(request=None):
    """The consent text and the deletion delay: the request's site, else the default site."""
    if request is not None:
        return memo.site_setting(RegistrationSettings, request)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return RegistrationSettings.for_site(site)
