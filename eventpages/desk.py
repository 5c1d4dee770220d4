"""The coordinators' desk item of events (core.desk): this week's events that lack a
translation in the languages the network serves most."""

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page

from core.models import DeskSettings

from .admin_listing import THIS_WEEK, rest_of_week
from .models import EventPage, Occurrence


def untranslated_events_this_week(request):
    """German events with a date from now until Monday midnight that lack a translation (a page
    of their own, not an alias showing the German text) in one of the languages the network
    serves most (core.models.DeskSettings). One query (and the setting, once per request)."""
    languages = DeskSettings.for_request(request).languages()
    if not languages:
        return 0
    after, before = rest_of_week()
    dated = Occurrence.objects.filter(event=OuterRef("pk"), start__gte=after, start__lt=before)
    translated = (
        Page.objects.filter(
            translation_key=OuterRef("translation_key"),
            alias_of__isnull=True,
            locale__language_code__in=languages,
        )
        .order_by()
        .values("translation_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        EventPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, live=True)
        .filter(Exists(dated))
        .annotate(translations=Coalesce(Subquery(translated), 0))
        .filter(translations__lt=len(languages))
        .count()
    )


def events_this_week_url():
    """The events listing, German originals of this week (eventpages.admin_listing)."""
    query = {"locale": settings.LANGUAGE_CODE, "when": THIS_WEEK}
    return reverse("events:index") + "?" + urlencode(query)
