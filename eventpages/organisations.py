"""Organisers are organisations of the directory (issue 22): an organiser snippet may point at an
organisation page (Organiser.organisation).

Two questions are answered here, each in a constant number of queries:
- which page of the organisation an event links to: the organisation in the event's language
  where it is translated (or aliased), else the German entry;
- which dates an organisation's page lists: the next occurrences of the events whose organiser
  points at any language version of the organisation (matched by its translation key, so the
  Arabic page finds the events linked to the German one), in the page's language.

Only what anyone may see is offered (core.visibility without a request: the anonymous visitor):
the organisation's page is the same for every visitor, and members-only events never appear
there. The directory is
known only by the foreign key's target (a page): nothing of it is imported.
"""

from django.conf import settings
from wagtail.models import Page

from core import county_time
from core.visibility import visible_pages

from .models import EventIndexPage, Occurrence, Organiser


def organisation_page(organiser, locale_id):
    """The organiser's organisation page to link, live and public: in this locale if there is
    one, else in German, else the version the organiser points at; None when there is none.

    One query (the language versions of the organisation, at most one per locale)."""
    if organiser is None or not organiser.organisation_id:
        return None
    linked = Page.objects.filter(pk=organiser.organisation_id).values("translation_key")
    versions = list(
        visible_pages(
            Page.objects.live().filter(translation_key__in=linked).select_related("locale"),
            None,
        )
    )
    for wanted in (
        lambda page: page.locale_id == locale_id,
        lambda page: page.locale.language_code == settings.LANGUAGE_CODE,
        lambda page: page.pk == organiser.organisation_id,
    ):
        found = next((page for page in versions if wanted(page)), None)
        if found is not None:
            return found
    return None


def event_organisation_page(event):
    """organisation_page for an event's organiser in the event's language, worked out once
    per event object: its facts and its JSON-LD both ask (two queries, or none without an
    organisation)."""
    if not hasattr(event, "_organisation_page"):
        organiser = event.organiser if event.organiser_id else None
        event._organisation_page = organisation_page(organiser, event.locale_id)
    return event._organisation_page


def organisers_of(organisation):
    """The organisers pointing at any language version of this organisation (a subquery)."""
    return Organiser.objects.filter(
        organisation__translation_key=organisation.translation_key
    ).values("pk")


def upcoming_occurrences(organisation, limit=5):
    """The next dates, running or coming, of the live public events of the organisation, in
    the language of its page (translations and aliases have their own rows), read for a
    listing (Occurrence.objects.for_listing)."""
    occurrences = (
        Occurrence.objects.for_listing()
        .filter(
            locale_id=organisation.locale_id,
            end__gt=county_time.now(),
            event__organiser__in=organisers_of(organisation),
        )
        .visible_to(None)
        .order_by("start", "pk")
    )
    return list(occurrences[:limit])


def event_index(locale_id):
    """The first public, live event index in this language: where "all events" leads."""
    indexes = EventIndexPage.objects.live().filter(locale_id=locale_id).order_by("path")
    return visible_pages(indexes, None).first()
