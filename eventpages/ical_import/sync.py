"""One calendar brought in step with its source: fetch, parse, write what changed, say how it went.

A run never half-breaks what is imported: a feed that cannot be fetched or read ends the run
with its reason and touches nothing; each event is written in its own transaction, so one event
that fails is skipped with its reason and the rest go on. An event whose content hash matches
what the last run saw is not written at all, so a sync that finds no change writes no event,
page, revision or date: it updates the calendar's status line only (and a 304 from the server
means not even the feed is read).

Events that vanish from the feed follow the calendar's `on_removal` (called off by default, so
subscribers' calendars see STATUS:CANCELLED); an event the parser skipped this time is not
"vanished". Detached events and events a coordinator deleted here are left alone.
"""

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import UTC

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from core import county_time
from core.cache import one_purge_at_the_end
from eventpages.models import EventCategory

from . import alerts, messages, pages
from .fetch import FetchError, fetch
from .models import ExternalCalendar, ImportedEvent, ImportRun
from .parse import CANCELLED, ParseError, parse
from .venues import VenueMatcher

logger = logging.getLogger(__name__)

LOCK_SECONDS = 2 * 60 * 60  # a first import of thousands of events takes minutes, not hours
DETAILS_KEPT = 200  # skipped events and notes kept per run for the admin


def horizon_days():
    return getattr(settings, "ICAL_IMPORT_HORIZON_DAYS", 365)


@dataclass
class Outcome:
    """What a run did, as the admin shows it."""

    result: str = ImportRun.OK
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    removed: int = 0
    skipped: int = 0
    error: str = ""
    details: list = field(default_factory=list)

    def counts(self):
        return {
            name: getattr(self, name)
            for name in ("created", "updated", "unchanged", "cancelled", "removed", "skipped")
        }

    @property
    def wrote(self):
        return any((self.created, self.updated, self.cancelled, self.removed))

    def note(self, uid, title, reason):
        if len(self.details) < DETAILS_KEPT:
            self.details.append({"uid": uid, "title": title, "reason": str(reason)})


class Busy(Exception):
    """Another run of the same calendar is under way."""


def due_calendars(now=None):
    """Active calendars whose last run is older than the interval (ICAL_IMPORT_INTERVAL_MINUTES)."""
    now = now or timezone.now()
    interval = getattr(settings, "ICAL_IMPORT_INTERVAL_MINUTES", 60)
    # A few minutes' grace, so an hourly timer does not skip a calendar its last run reached
    # a moment too late.
    before = now - timezone.timedelta(minutes=max(1, interval - 5))
    calendars = ExternalCalendar.objects.filter(active=True)
    return [c for c in calendars if c.last_run_at is None or c.last_run_at <= before]


def sync(calendar, *, now=None, force=False):
    """Run one calendar's sync; returns its Outcome. Raises Busy if it is running already."""
    lock = f"ical-import:{calendar.pk}"
    if not cache.add(lock, 1, LOCK_SECONDS):
        raise Busy(calendar.pk)
    try:
        return _sync(calendar, now or county_time.now(), force)
    finally:
        cache.delete(lock)


def _sync(calendar, now, force):
    started = timezone.now()
    outcome = Outcome()
    try:
        fetched = fetch(
            calendar.url,
            etag=None if force else calendar.etag or None,
            last_modified=None if force else calendar.last_modified_header or None,
        )
    except FetchError as error:
        return _failed(calendar, started, outcome, error.message)
    if fetched.unchanged:
        outcome.result = ImportRun.UNCHANGED
        outcome.unchanged = calendar.events.filter(removed_at__isnull=True).count()
        _finish(calendar, started, outcome, fetched)
        return outcome
    return _import(calendar, fetched.content, now, started, outcome, fetched)


def sync_content(calendar, content, *, now=None):
    """Import a feed's bytes already at hand: the demo's bundled partner calendar (no request
    leaves a demo); the calendar's status and log as after a fetched run."""
    return _import(calendar, content, now or county_time.now(), timezone.now(), Outcome(), None)


def _import(calendar, content, now, started, outcome, fetched):
    try:
        feed = parse(
            content,
            horizon_days=horizon_days(),
            now=now,
            max_events=getattr(settings, "ICAL_IMPORT_MAX_EVENTS", 5000),
        )
    except ParseError as error:
        return _failed(calendar, started, outcome, str(error.message))
    if not feed.events and not feed.skipped and _has_live_imports(calendar):
        # An empty calendar where events were is more often a broken export than a partner
        # who deleted everything: nothing is called off until a coordinator decides.
        return _failed(calendar, started, outcome, str(messages.EMPTY_NOW))
    # One page-cache purge for the run, not one per event written (core.cache).
    with one_purge_at_the_end():
        _apply(calendar, feed, now, outcome)
    if not outcome.wrote:
        outcome.result = ImportRun.UNCHANGED
    _finish(calendar, started, outcome, fetched)
    return outcome


def _has_live_imports(calendar):
    return calendar.events.filter(
        removed_at__isnull=True, detached_at__isnull=True, page__isnull=False
    ).exists()


def _apply(calendar, feed, now, outcome):
    """Write the feed's events; `outcome` counts what happened to each."""
    parent = _parent(calendar)
    matcher = VenueMatcher(calendar, parent.locale)
    categories = _category_resolver(calendar, parent.locale)
    records = {
        record.uid: record for record in calendar.events.select_related("page").order_by("pk")
    }
    seen = set()
    for uid, reason in feed.skipped:
        seen.add(uid)
        outcome.skipped += 1
        outcome.note(uid, "", reason)
    for source in feed.events:
        seen.add(source.uid)
        record = records.get(source.uid)
        for note in source.notes:
            outcome.note(source.uid, source.title, note)
        if record is not None and record.is_detached:
            outcome.unchanged += 1
            continue
        if record is not None and record.page_id is None:
            outcome.skipped += 1
            outcome.note(source.uid, source.title, messages.DELETED_HERE)
            continue
        if (
            record is not None
            and record.content_hash == fingerprint(source)
            and record.removed_at is None
        ):
            outcome.unchanged += 1
            continue
        try:
            with transaction.atomic():
                _write(calendar, parent, source, record, matcher, categories, now, outcome)
        except Exception as error:  # one broken event must not stop the others
            logger.exception("iCal import: event %s of calendar %s", source.uid, calendar.pk)
            outcome.skipped += 1
            outcome.note(source.uid, source.title, messages.NOT_SAVED % {"error": error})
    for uid, record in records.items():
        if uid in seen or record.removed_at or record.is_detached or record.page_id is None:
            continue
        with transaction.atomic():
            _removed(calendar, record, now, outcome)


def fingerprint(source):
    """What decides whether an event changed: its content hash, and for a series listed date
    by date (a rule our fields cannot hold) also its last listed date. The hash covers the
    source's text, not the import window, so without the date a series would never get the
    dates that enter the window as time passes, unless the partner edited it."""
    fields = source.recurrence
    if fields is None or not fields.explicit or not fields.extra:
        return source.content_hash
    last = max(moment.astimezone(UTC) for moment in fields.extra)
    return hashlib.sha256(f"{source.content_hash}|{last.isoformat()}".encode()).hexdigest()


def _write(calendar, parent, source, record, matcher, categories, now, outcome):
    place = matcher.place(source.location, source.geo)
    values = pages.page_values(source, place)
    cancelled, extra = pages.dates(source, now, horizon_days())
    if source.status == CANCELLED:
        pages.end_when_called_off(values, cancelled)
    if record is None:
        record = ImportedEvent.objects.create(calendar=calendar, uid=source.uid)
    record.source_url = source.url[:2000]
    if record.page_id is None:
        page = pages.create(
            parent,
            values,
            cancelled,
            extra,
            record=record,
            categories=categories(source.categories),
            organiser=calendar.organiser,
            publish=calendar.publish_directly,
        )
        record.page = page
        outcome.created += 1
    else:
        page = record.page.specific
        republished = False
        if record.removed_at and calendar.on_removal == ExternalCalendar.ON_REMOVAL_UNPUBLISH:
            republished = pages.republish(page)
        latest = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        if source.recurrence is not None and source.recurrence.explicit:
            extra = pages.with_past_dates(latest, extra, now)
        if pages.differs(latest, values, cancelled, extra):
            pages.update(page, values, cancelled, extra)
            if source.status == "cancelled":
                outcome.cancelled += 1
            else:
                outcome.updated += 1
        elif republished:
            outcome.updated += 1  # back on the site: a change the run made
        else:
            outcome.unchanged += 1
    record.content_hash = fingerprint(source)
    record.sequence = source.sequence
    record.removed_at = None
    record.synced_at = timezone.now()
    record.save()


def _removed(calendar, record, now, outcome):
    page = record.page.specific
    if calendar.on_removal == ExternalCalendar.ON_REMOVAL_CANCEL:
        if pages.cancel_upcoming(page, now, horizon_days()):
            outcome.cancelled += 1
    elif calendar.on_removal == ExternalCalendar.ON_REMOVAL_UNPUBLISH:
        if pages.unpublish(page):
            outcome.removed += 1
    outcome.note(record.uid, page.title, messages.REMOVED_AT_SOURCE)
    record.removed_at = timezone.now()
    record.content_hash = ""  # if it comes back, it is written again
    record.save(update_fields=["removed_at", "content_hash"])


def _parent(calendar):
    """The calendar's index in the language its texts are written in (the index itself if it
    has no such translation)."""
    index = calendar.index.specific
    if index.locale.language_code == calendar.language:
        return index
    for version in index.get_translations():
        if version.locale.language_code == calendar.language:
            return version.specific
    return index


def _category_resolver(calendar, locale):
    """A function from the source's CATEGORIES to our categories in the page's language: the
    calendar's mapping table (case ignored), else its default category."""
    mapping = {}
    for row in calendar.category_mappings.select_related("category"):
        mapping.setdefault(" ".join(row.source_name.casefold().split()), row.category)
    default = calendar.category
    translated = {}

    def in_language(category):
        if category.locale_id == locale.pk:
            return category
        if category.pk not in translated:
            translated[category.pk] = (
                EventCategory.objects.filter(
                    translation_key=category.translation_key, locale=locale
                ).first()
                or category
            )
        return translated[category.pk]

    def resolve(names):
        found = []
        for name in names:
            category = mapping.get(" ".join(name.casefold().split()))
            if category is not None and category not in found:
                found.append(category)
        if not found and default is not None:
            found = [default]
        return [in_language(category) for category in found]

    return resolve


def _failed(calendar, started, outcome, message):
    outcome.result = ImportRun.FAILED
    outcome.error = str(message)
    _finish(calendar, started, outcome, None)
    return outcome


def _finish(calendar, started, outcome, fetched):
    """The calendar's status line (the last run, whatever it found), and a run in the log
    when it wrote or failed: quiet hours leave no rows behind."""
    now = timezone.now()
    calendar.last_run_at = now
    calendar.last_result = outcome.result
    calendar.last_counts = outcome.counts()
    calendar.last_details = outcome.details
    if outcome.result == ImportRun.FAILED:
        calendar.last_error = outcome.error
        calendar.failures += 1
    else:
        calendar.last_success_at = now
        calendar.last_error = ""
        calendar.failures = 0
        calendar.failure_mailed_at = None
        if fetched is not None:
            calendar.etag = (fetched.etag or "")[:500]
            calendar.last_modified_header = (fetched.last_modified or "")[:100]
    fields = [
        "last_run_at",
        "last_result",
        "last_counts",
        "last_details",
        "last_error",
        "failures",
        "failure_mailed_at",
        "last_success_at",
        "etag",
        "last_modified_header",
    ]
    if outcome.result == ImportRun.FAILED and alerts.due(calendar):
        try:
            alerts.send(calendar)
        except Exception:  # the run and its count are stored all the same; tried again next run
            logger.exception("iCal import: failure mail for calendar %s", calendar.pk)
        else:
            calendar.failure_mailed_at = now
    calendar.save(update_fields=fields)
    if outcome.wrote or outcome.result == ImportRun.FAILED:
        ImportRun.objects.create(
            calendar=calendar,
            started_at=started,
            finished_at=now,
            result=outcome.result,
            error=outcome.error,
            details=outcome.details,
            **outcome.counts(),
        )
