"""The event page in words: dates and series, localised categories, and its JSON-LD.

Every string is a German gettext msgid with named placeholders, so each language can order the
parts its own way. Times are shown in the county's time zone, whatever the visitor's.
"""

from datetime import date

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import county_time, dates
from core.categories import translated
from core.county_time import last_day, local
from core.tag_labels import shown_tags

from .. import recurrence, recurrence_words
from ..jsonld import event_jsonld, jsonld_script

register = template.Library()


def format_day(value):
    """ "Donnerstag, 12. März 2026" in the active language (core.dates)."""
    return dates.day_with_weekday(value)


def format_time(value):
    """ "18:00"; in the hour a change night repeats with its offset, "02:30 (UTC+2)"."""
    return dates.clock(value)


def format_times(start, end):
    """ "18:00–20:00 Uhr", or only the start time when the end is unknown or on another day."""
    if end and end > start and local(end).date() == local(start).date():
        return dates.time_range(start, end)
    return format_time(start)


def format_range(start, end, all_day):
    """One date (or span of dates) with its times, as a visitor reads it."""
    if all_day:
        last = last_day(start, end, all_day=True)
        if last > local(start).date():
            return _("%(start)s bis %(end)s") % {
                "start": format_day(start),
                "end": format_day(last),
            }
        return _("%(day)s, ganztägig") % {"day": format_day(start)}
    if end and end > start and local(end).date() != local(start).date():
        return _("%(start)s bis %(end)s") % {"start": day_and_time(start), "end": day_and_time(end)}
    return _("%(day)s, %(time)s") % {"day": format_day(start), "time": format_times(start, end)}


def day_and_time(value):
    return _("%(day)s, %(time)s") % {"day": format_day(value), "time": format_time(value)}


def rule_words(event):
    """How often a series repeats, e.g. "jeden Donnerstag" or "jeden letzten Freitag im Monat"."""
    start = local(event.start)
    return recurrence_words.rule_words(
        event.frequency,
        event.interval,
        list(event.weekdays or []) or [recurrence.WEEKDAY_CODES[start.weekday()]],
        start.day,
        event.month_week,
        event.month_weekday,
    )


def describe_series(event):
    """ "jeden Donnerstag, 18:00–20:00 Uhr": the rule and the time of day ("" for single dates)."""
    if event.frequency == recurrence.NONE or not event.start:
        return ""
    rule = rule_words(event)
    if event.all_day:
        return _("%(rule)s, ganztägig") % {"rule": rule}
    return _("%(rule)s, %(time)s") % {"rule": rule, "time": format_times(event.start, event.end)}


def describe_series_span(event):
    """When a series starts and stops: "ab 5. März 2026", "vom … bis …", "10 Termine ab …"."""
    if event.frequency == recurrence.NONE or not event.start:
        return ""
    first = dates.day(event.start)
    if event.ends == recurrence.ENDS_ON and event.until:
        return _("vom %(start)s bis %(end)s") % {"start": first, "end": dates.day(event.until)}
    if event.ends == recurrence.ENDS_AFTER and event.count:
        text = ngettext(
            "%(count)s Termin ab %(start)s", "%(count)s Termine ab %(start)s", event.count
        )
        return text % {"count": dates.number(event.count), "start": first}
    return _("ab %(start)s") % {"start": first}


@register.simple_tag
def event_schedule(event):
    """Everything the page says about dates, worked out once."""
    today = county_time.today()
    has_end = bool(event.end) or event.all_day
    upcoming = [
        {
            "start": occurrence.start,
            "end": occurrence.end,
            "text": format_range(
                occurrence.start, occurrence.end if has_end else None, event.all_day
            ),
            "datetime": occurrence_datetime(occurrence.start, event.all_day),
        }
        for occurrence in event.next_occurrences
    ]
    cancelled = sorted(item.date for item in event.cancelled_list if item.date >= today)
    is_series = event.frequency != recurrence.NONE
    return {
        "is_series": is_series,
        "when": format_range(event.start, event.end, event.all_day) if event.start else "",
        "when_datetime": occurrence_datetime(event.start, event.all_day) if event.start else "",
        "series": describe_series(event),
        "span": describe_series_span(event),
        "upcoming": upcoming,
        "cancelled": [{"text": format_day(day), "datetime": day.isoformat()} for day in cancelled],
        "is_over": not upcoming,
    }


def occurrence_datetime(value, all_day):
    """The machine-readable value of a <time> element."""
    value = local(value)
    if all_day:
        return value.date().isoformat()
    return value.isoformat(timespec="minutes")


@register.simple_tag
def event_categories(event):
    """The event's categories in the active language where translated (one query)."""
    categories = list(event.categories.all())
    if not categories:
        return []
    from wagtail.models import Locale

    try:
        locale = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return categories
    return translated(categories, locale)


@register.simple_tag
def shown_event_tags(event):
    """The event's tags in the active language, German ones marked (core.tag_labels; one
    query for the tags, one for their labels)."""
    return shown_tags(event.tags.all())


@register.simple_tag(takes_context=True)
def event_jsonld_script(context, event):
    """<script type="application/ld+json"> with the schema.org Event, safely escaped."""
    return jsonld_script(event_jsonld(event, context.get("request")))


@register.filter
def event_deadline_passed(day):
    if not isinstance(day, date):
        return False
    return day < county_time.today()
