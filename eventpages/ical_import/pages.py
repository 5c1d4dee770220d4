"""A source event written onto an event page, the Wagtail way: a revision, published or kept
as a draft, aliases in the other languages, translations brought up to date.

The source owns the title, the short description, the text, the times and dates and the place;
everything else on the page (categories, audience, spoken languages, registration, the
organiser after the first import, translations) belongs to the coordinators and is never
touched by a sync. `SOURCE_FIELDS` names the source's share; the admin form shows those fields
read-only (eventpages.ical_import.admin_form) until a coordinator detaches the event.
"""

import re
from datetime import UTC, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils.html import escape, strip_tags
from django.utils.text import Truncator
from wagtail.rich_text import RichText
from wagtail_localize.models import TranslationSource

from core import county_time
from eventpages import recurrence
from eventpages.models import CancelledDate, EventPage, ExtraDate
from home.locales import add_aliases_in_other_languages

from .parse import CANCELLED

TEASER_LENGTH = 240

# What the source owns: the admin shows these read-only on an imported event.
SOURCE_FIELDS = [
    "title",
    "teaser",
    "body",
    "start",
    "end",
    "all_day",
    "frequency",
    "interval",
    "weekdays",
    "month_week",
    "month_weekday",
    "ends",
    "until",
    "count",
    "venue",
    "online_url",
]
SOURCE_CHILDREN = ["cancelled_dates", "extra_dates"]


def page_values(source, place):
    """The page's source-owned values for one source event (plain values, no children)."""
    start, end = source.bounds()
    fields = source.recurrence
    values = {
        "title": (source.title or "–")[:255],
        "teaser": _teaser(source.description_html),
        "body": [("paragraph", RichText(text))] if (text := body_html(source)) else [],
        "start": start,
        "end": end,
        "all_day": source.all_day,
        "frequency": recurrence.NONE,
        "interval": 1,
        "weekdays": [],
        "month_week": 1,
        "month_weekday": "MO",
        "ends": recurrence.ENDS_NEVER,
        "until": None,
        "count": None,
        "venue": place.venue,
        "online_url": place.online_url[:200],
    }
    if fields is not None and not fields.explicit:
        values.update(
            frequency=fields.frequency,
            interval=fields.interval,
            weekdays=list(fields.weekdays),
            month_week=fields.month_week,
            month_weekday=fields.month_weekday,
            ends=fields.ends,
            until=fields.until,
            count=fields.count,
        )
    return values


def body_html(source):
    """The description, and the source's attachments as links below it (ATTACH: links only;
    files embedded in a feed are not imported). Every part has passed nh3 (parse/text)."""
    links = "".join(
        f'<li><a href="{escape(item.url)}">{escape(item.filename or item.url)}</a></li>'
        for item in source.attachments
    )
    return source.description_html + (f"<ul>{links}</ul>" if links else "")


def dates(source, now, horizon_days):
    """(cancelled days, extra starts) for the page: the source's, and every date of an event
    the source called off as a whole (our feeds then say STATUS:CANCELLED for each)."""
    fields = source.recurrence
    cancelled = set(fields.cancelled) if fields else set()
    extra = list(fields.extra) if fields else []
    if source.status == CANCELLED:
        cancelled |= all_days(source, now, horizon_days)
    return sorted(cancelled), sorted(set(extra), key=lambda moment: moment.astimezone(UTC))


def end_when_called_off(values, cancelled):
    """A series the source called off as a whole ends on its last cancelled day.

    The import cancels its dates up to its horizon (ICAL_IMPORT_HORIZON_DAYS), but the site
    lists dates further ahead (EVENTS_HORIZON_DAYS) and moves that window on every day, while
    an unchanged source is not written again: without an end, the later dates of a called-off
    series would appear as taking place. Called on again, the source's own end comes back."""
    if values["frequency"] == recurrence.NONE or not cancelled:
        return values
    last = max(cancelled)
    if values["ends"] == recurrence.ENDS_ON and values["until"] and values["until"] <= last:
        return values
    values.update(ends=recurrence.ENDS_ON, until=last, count=None)
    return values


def all_days(source, now, horizon_days):
    """The county days of every date from today to the horizon (the first date always)."""
    days = {county_time.local_date(source.bounds()[0])}
    for moment in source.starts_between(now - timedelta(days=1), now + timedelta(horizon_days)):
        days.add(county_time.local_date(moment))
    return days


def with_past_dates(page, extra, now):
    """A series listed date by date keeps the dates it had before `now`: the source's are read
    from today on, and the archive must not lose what took place."""
    past = [item.start for item in page.extra_dates.all() if item.start < now]
    return sorted({*extra, *past}, key=lambda moment: moment.astimezone(UTC))


def upcoming_days(page, now, horizon_days):
    """The county days of the page's dates from today on (what "falls out" when it vanishes)."""
    series = page.series()
    series.cancelled = []
    found = {
        county_time.local_date(moment)
        for moment in series.starts_between(now - timedelta(days=1), now + timedelta(horizon_days))
        if moment >= now - timedelta(hours=12)
    }
    if not series.is_recurring and not page.extra_dates.exists():
        found.add(county_time.local_date(page.start))
    return found


BREAKS = re.compile(r"<br\s*/?>|</(p|li)>", re.I)


def _teaser(description_html):
    """The description's first words as plain text, paragraphs and lines kept apart."""
    text = " ".join(strip_tags(BREAKS.sub(" ", description_html)).split())
    return Truncator(text).chars(TEASER_LENGTH) if text else ""


def apply(page, values, cancelled, extra):
    """Set the source's share on a page object (saved by the caller)."""
    for name, value in values.items():
        setattr(page, name, value)
    page.cancelled_dates = [CancelledDate(date=day) for day in cancelled]
    page.extra_dates = [ExtraDate(start=moment) for moment in extra]


def differs(page, values, cancelled, extra):
    """Whether the page holds anything else than these values (so a change must be saved)."""
    for name, value in values.items():
        current = getattr(page, name)
        if name == "body":
            if [block.value.source for block in current] != [v.source for _k, v in value]:
                return True
        elif name in ("weekdays",):
            if list(current or []) != list(value or []):
                return True
        elif isinstance(value, datetime) and current is not None:
            if current.astimezone(UTC) != value.astimezone(UTC):
                return True
        elif current != value:
            return True
    if sorted(item.date for item in page.cancelled_dates.all()) != list(cancelled):
        return True
    current_extra = sorted(item.start.astimezone(UTC) for item in page.extra_dates.all())
    return current_extra != sorted(moment.astimezone(UTC) for moment in extra)


def create(parent, values, cancelled, extra, *, record, categories, organiser, publish):
    """A new event page under `parent` from the source, with aliases in the other languages."""
    # Not live until its revision is published: a Wagtail page is live by default, and a
    # draft for a coordinator to approve must not be on the site before that.
    page = EventPage(locale=parent.locale, import_source=record, organiser=organiser, live=False)
    apply(page, values, cancelled, extra)
    parent.add_child(instance=page)  # slug from the title, unique among its siblings
    if categories:
        page.categories.set(categories)
    revision = page.save_revision()
    if publish:
        revision.publish()  # eventpages.signals builds the dates
        page.refresh_from_db()  # live: the aliases below are copied from this object
    add_aliases_in_other_languages(page)
    return page


def update(page, values, cancelled, extra):
    """Save the source's change (see `save_change`)."""
    save_change(page, lambda version: apply(version, values, cancelled, extra))
    return page


def save_change(page, change):
    """A change as a revision: published if the page is live (a coordinator approved this
    event once), else kept as the draft that waits for approval. A coordinator's unpublished
    draft of a live page keeps its own edits, gets the change too and stays a draft."""
    draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else None
    if page.live:
        change(page)
        page.save_revision().publish()
        follow_translations(page)
    if draft is not None or not page.live:
        draft = draft or page
        change(draft)
        draft.save_revision()


def cancel_upcoming(page, now, horizon_days):
    """Every date from today on called off (the event vanished from its source)."""
    days = upcoming_days(page, now, horizon_days)
    known = {item.date for item in page.cancelled_dates.all()}
    if days <= known:
        return False

    def call_off(version):
        kept = {item.date for item in version.cancelled_dates.all()}
        version.cancelled_dates = [CancelledDate(date=day) for day in sorted(kept | days)]
        rule = {name: getattr(version, name) for name in ("frequency", "ends", "until", "count")}
        for name, value in end_when_called_off(rule, days).items():
            setattr(version, name, value)  # no later date of the series listed either

    save_change(page, call_off)
    return True


def unpublish(page):
    """The event and its other language versions taken off the site (kept in the admin)."""
    changed = False
    for version in EventPage.objects.filter(translation_key=page.translation_key, live=True):
        version.unpublish()
        changed = True
    return changed


def republish(page):
    """The event back on the site (it returned to its source); True if it was off.

    `page` is read again afterwards: a change saved right after must see it live, or it would
    be kept as a draft of a page that is published."""
    revision = page.get_latest_revision()
    if page.live or revision is None:
        return False
    revision.publish()
    page.refresh_from_db()
    for version in EventPage.objects.filter(
        translation_key=page.translation_key, live=False, alias_of=page
    ):
        version.save_revision().publish()
    return True


def follow_translations(page):
    """Translations made with wagtail-localize take the source's new dates and texts at once:
    a time that changed at the partner must not wait in Arabic for someone to press "sync".
    Segments not yet translated show the new German text until they are."""
    content_type = ContentType.objects.get_for_model(EventPage)
    source = TranslationSource.objects.filter(
        object_id=page.translation_key,
        specific_content_type=content_type,
        locale_id=page.locale_id,
    ).first()
    if source is None:
        return
    source.update_from_db()
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        target = EventPage.objects.filter(
            translation_key=page.translation_key, locale=translation.target_locale
        ).first()
        if target is not None and target.live:
            translation.save_target(publish=True)
