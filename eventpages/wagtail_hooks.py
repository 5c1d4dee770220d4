"""Admin: the event snippets grouped in one menu, and a filterable listing of all events."""

from django.utils.translation import gettext_lazy as _
from django_filters import DateFromToRangeFilter, ModelMultipleChoiceFilter
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import EventCategory, EventPage, Municipality, Organiser, Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    list_display = ["name", "municipality", "step_free"]
    list_filter = ["municipality", "step_free"]
    search_fields = ["name", "street"]


class OrganiserViewSet(SnippetViewSet):
    model = Organiser
    icon = "group"
    list_display = ["name", "email", "phone"]
    search_fields = ["name", "email"]


class EventCategoryViewSet(SnippetViewSet):
    model = EventCategory
    icon = "tag"
    list_display = ["name", "slug"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "slug"]


class EventSnippetsGroup(SnippetViewSetGroup):
    menu_label = _("Veranstaltungsdaten")
    menu_icon = "calendar"
    menu_order = 210
    items = (VenueViewSet, OrganiserViewSet, EventCategoryViewSet, MunicipalityViewSet)


register_snippet(EventSnippetsGroup)


class EventFilterSet(PageFilterSet):
    start = DateFromToRangeFilter(label=_("Beginn"), widget=DateRangePickerWidget)
    categories = ModelMultipleChoiceFilter(
        label=_("Kategorien"), queryset=EventCategory.objects.all()
    )

    class Meta:
        model = EventPage
        fields = []


class EventListingViewSet(PageListingViewSet):
    model = EventPage
    icon = "date"
    menu_label = _("Veranstaltungen")
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = EventFilterSet
    columns = PageListingViewSet.columns + [
        DateColumn("start", label=_("Beginn"), sort_key="start"),
        Column("locale", label=_("Sprache")),
    ]


@hooks.register("register_admin_viewset")
def register_event_listing():
    return EventListingViewSet("events")


# --- The coordinators' desk (core.desk): this week's events not yet in the main languages ---
def untranslated_events_this_week(request):
    """German events with a date from now until Sunday night that lack a translation (a page
    of their own, not an alias showing the German text) in one of the languages the network
    serves most (core.models.DeskSettings). One query (and the setting, once per request)."""
    from django.conf import settings
    from django.db.models import Count, Exists, OuterRef, Subquery
    from django.db.models.functions import Coalesce
    from wagtail.models import Page

    from core.models import DeskSettings

    from .models import Occurrence

    languages = DeskSettings.for_request(request).languages()
    if not languages:
        return 0
    after, before = this_week()
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


def this_week():
    """From now until the county's Monday midnight (core.county_time)."""
    from datetime import timedelta

    from core import county_time

    today = county_time.today()
    return county_time.now(), county_time.midnight(today + timedelta(days=7 - today.weekday()))


def events_this_week_url():
    from datetime import timedelta

    from django.conf import settings
    from django.urls import reverse
    from django.utils.http import urlencode

    from core import county_time

    today = county_time.today()
    sunday = today + timedelta(days=6 - today.weekday())
    query = {
        "locale": settings.LANGUAGE_CODE,
        "start_from": today.isoformat(),
        "start_to": sunday.isoformat(),
    }
    return reverse("events:index") + "?" + urlencode(query)


@hooks.register("register_desk_item")
def untranslated_events_desk_item():
    from core.desk import DeskItem
    from core.roles import COORDINATION, EDITORS

    return DeskItem(
        name="untranslated-events",
        label=_("Veranstaltungen dieser Woche ohne Übersetzung"),
        count=untranslated_events_this_week,
        url=events_this_week_url,
        groups=(COORDINATION, EDITORS),
        order=60,
    )
