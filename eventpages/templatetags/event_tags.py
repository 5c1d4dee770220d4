"""Template helpers for event listings, and the next events on the home page."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from core import fragments, visibility
from core.county_time import last_day, local
from home import languages, navigation

from ..models import EventIndexPage, Occurrence
from .event_page_tags import format_time

register = template.Library()


@register.simple_tag(takes_context=True)
def upcoming_events(context, limit=3):
    """The next occurrences in the active language across the site's event indexes, rendered
    once per language and content generation, until the first of them is over
    (core.fragments)."""
    request = context.get("request")
    return fragments.kept(
        "eventpages:upcoming",
        "eventpages/includes/upcoming_events.html",
        lambda: upcoming_context(request, limit),
        request,
        until=lambda context: min((o.end for o in context["occurrences"]), default=None),
        extra=(limit,),
    )


def upcoming_context(request, limit):
    try:
        language = get_supported_content_language_variant(get_language())
    except LookupError:
        language = settings.LANGUAGE_CODE
    # Rows exist only for live events; the site's indexes are found in a small subquery.
    home = navigation.localized_home(request)
    site_indexes = EventIndexPage.objects.descendant_of(home) if home is not None else None
    occurrences = list(
        Occurrence.objects.upcoming_in_language(language, request, indexes=site_indexes)[:limit]
    )
    index = None
    if occurrences:
        indexes = (
            EventIndexPage.objects.live().filter(locale__language_code=language).order_by("path")
        )
        if home is not None:
            indexes = indexes.descendant_of(home)
        index = visibility.visible_pages(indexes, request).first()
    return {"occurrences": occurrences, "index": index, "request": request}


@register.simple_tag
def occurrence_times(occurrence):
    """What a listing shows about the time of an occurrence, in local (Berlin) time."""
    start = local(occurrence.start)
    end = local(occurrence.end) if occurrence.end else None
    last = last_day(occurrence.start, occurrence.end, all_day=occurrence.event.all_day)
    return {
        "start": start,
        # Compared as instants: in one zone Python compares wall times, and the second 02:30 of
        # the autumn night is not "after" the first by the clock.
        "end": end if end and occurrence.end > occurrence.start else None,
        "all_day": occurrence.event.all_day,
        "multi_day": last != start.date(),
        "last_day": last,
    }


# For an untranslated event (an alias): the language its text is written in.
original_language = register.simple_tag(languages.original_language, name="original_language")


@register.filter
def clock(moment):
    """The time of day; in the hour a change night repeats with its offset, "02:30 (UTC+2)"."""
    return format_time(moment) if moment else ""


@register.filter
def local_iso(moment):
    """A datetime in local time as ISO 8601, for <time datetime>."""
    if not moment:
        return ""
    return local(moment).isoformat(timespec="minutes")
