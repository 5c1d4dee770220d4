"""The organiser's screens as a Wagtail viewset under /admin/registrations/ ("Anmeldungen").

    ""                                       the events that take registrations
    "<page id>/"                             an event's dates
    "<page id>/<date>/"                      a date: seated, waiting list, answers, log
    "<page id>/<date>/export/<format>/"      csv, xlsx, print (the attendance list)
    "<page id>/<date>/message/"              one message to everyone registered
    "<page id>/<date>/<id>/cancel/"          cancel a registration (confirmation first)
    "<page id>/<date>/<id>/promote/"         move someone up from the waiting list (POST)

A date is its start in UTC (admin_access.date_slug). No forms of the model: people register
on the event page; the organiser acts through seats. Who may open each screen is the views'
own check (admin_access).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSet

from .admin_views import (
    CancelView,
    DateView,
    EventsView,
    EventView,
    ExportView,
    MessageView,
    PromoteView,
    app_name,
)


class RegistrationViewSet(ViewSet):
    name = app_name
    url_prefix = "registrations"
    icon = "calendar-check"
    menu_label = _("Anmeldungen")
    menu_name = "registrations"
    # After "Veranstaltungen" (150) and "Nachrichten" (151).
    menu_order = 152
    add_to_admin_menu = True

    def get_urlpatterns(self):
        date = "<int:page_id>/<str:when>/"
        return [
            path("", EventsView.as_view(), name="index"),
            path("<int:page_id>/", EventView.as_view(), name="event"),
            path(date, DateView.as_view(), name="date"),
            path(f"{date}export/<str:format>/", ExportView.as_view(), name="export"),
            path(f"{date}message/", MessageView.as_view(), name="message"),
            path(f"{date}<int:registration_id>/cancel/", CancelView.as_view(), name="cancel"),
            path(f"{date}<int:registration_id>/promote/", PromoteView.as_view(), name="promote"),
        ]
