"""Admin: the event snippets grouped in one menu, and the listing of all events.

Venues and categories are translatable: their listings show one language at a time with
the other languages as badges (core.admin_translations). The events' listing is in
eventpages.admin_listing. Partners' calendars and the places their import created are in the
same menu (eventpages.ical_import.admin_calendars, admin_venues), for Koordination only.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_translations import TranslatableSnippetViewSet

from .ical_import.admin_calendars import ExternalCalendarViewSet
from .ical_import.admin_venues import VenueReviewViewSet
from .models import EventCategory, Municipality, Organiser, Venue


class VenueViewSet(TranslatableSnippetViewSet):
    model = Venue
    icon = "site"
    list_display = ["name", "municipality", "step_free"]
    list_filter = ["municipality", "step_free"]
    search_fields = ["name", "street"]

    def get_queryset(self, request):
        return Venue.objects.select_related("municipality")


class OrganiserViewSet(SnippetViewSet):
    model = Organiser
    icon = "group"
    list_display = ["name", "email", "phone"]
    search_fields = ["name", "email"]


class EventCategoryViewSet(TranslatableSnippetViewSet):
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
    items = (
        VenueViewSet,
        OrganiserViewSet,
        EventCategoryViewSet,
        MunicipalityViewSet,
        ExternalCalendarViewSet,
        VenueReviewViewSet,
    )


register_snippet(EventSnippetsGroup)


@hooks.register("register_admin_viewset")
def register_event_listing():
    from .admin_listing import EventListingViewSet

    return EventListingViewSet("events")


# --- The coordinators' desk (core.desk): this week's events not yet in the main languages ---
@hooks.register("register_desk_item")
def untranslated_events_desk_item():
    from core.desk import DeskItem
    from core.roles import COORDINATION, EDITORS

    from .desk import events_this_week_url, untranslated_events_this_week

    return DeskItem(
        name="untranslated-events",
        label=_("Veranstaltungen dieser Woche ohne Übersetzung"),
        count=untranslated_events_this_week,
        url=events_this_week_url,
        groups=(COORDINATION, EDITORS),
        order=60,
    )


# --- The desk: places the calendars' import created, to be checked (ical_import.admin_venues) ---
@hooks.register("register_desk_item")
def imported_venues_desk_item():
    from django.urls import reverse

    from core.desk import DeskItem
    from core.roles import COORDINATION

    from .ical_import.admin_venues import NAMESPACE, waiting

    return DeskItem(
        name="imported-venues",
        label=_("Neue Orte aus Kalendern zu prüfen"),
        count=lambda request: waiting().count(),
        url=lambda: reverse(f"{NAMESPACE}:index"),
        groups=(COORDINATION,),
        order=65,
    )


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


# --- Registrations (issue 19): the organiser's screens and a link from the event's header ---
@hooks.register("register_admin_viewset")
def register_registration_screens():
    from .registration.admin_viewsets import RegistrationViewSet

    return RegistrationViewSet()


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name=None, next_url=None):
    from .registration.admin_buttons import registration_buttons

    return registration_buttons(page, user)
