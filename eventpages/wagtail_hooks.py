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


@hooks.register("register_admin_urls")
def register_recurrence_preview_url():
    """The event editor's live preview of a series (eventpages.recurrence_preview)."""
    from django.urls import path

    from .recurrence_preview import preview_view

    return [
        path(
            "eventpages/recurrence-preview/<str:kind>/<int:page_id>/",
            preview_view,
            name="eventpages_recurrence_preview",
        )
    ]
