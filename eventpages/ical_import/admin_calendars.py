"""The coordinators' screens of partners' calendars: a snippet viewset under "Veranstaltungsdaten".

    wagtailsnippets_eventpages_externalcalendar:list            the calendars and how their last
                                                                 run went, a "Jetzt abgleichen"
                                                                 button in each row
    wagtailsnippets_eventpages_externalcalendar:edit <pk>       the form, with the status panel
                                                                 (admin_panels) at its top and
                                                                 "Jetzt abgleichen" in the header
    wagtailsnippets_eventpages_externalcalendar:sync <pk>       POST: run the sync now
    wagtailsnippets_eventpages_externalcalendar:detach <page>   an event taken over from its
                                                                 calendar (admin_detach)

Only the Koordination group (and superusers) hold the calendar's permissions (eventpages.apps,
core.roles), so only they see the menu item, the listing and the forms; the sync view asks the
same permission. "Jetzt abgleichen" is a POST: the buttons submit a small form of their own
(`ical-sync-form`, in the listing's and the edit view's templates) to the calendar's sync
address, so a link followed or prefetched never starts a run, and the edit form's unsaved
fields are not sent along.
"""

from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from django_tasks.base import TaskResultStatus
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from core import dates
from core.admin_refusal import RefuseUnlessAllowedMixin

from . import status
from .admin_detach import DetachView
from .admin_panels import ImportStatusPanel
from .models import ExternalCalendar, ImportRun
from .tasks import sync_calendar

URL_NAMESPACE = "wagtailsnippets_eventpages_externalcalendar"
SYNC_FORM_ID = "ical-sync-form"  # the POST form the sync buttons submit (templates)
SYNC_LABEL = _("Jetzt abgleichen")


def url_name(view):
    return f"{URL_NAMESPACE}:{view}"


def may_manage_calendars(user):
    """Koordination and superusers (the permission core.roles grants)."""
    return user.is_authenticated and user.has_perm("eventpages.change_externalcalendar")


def sync_url(calendar):
    return reverse(url_name("sync"), args=[calendar.pk])


def sync_button_attrs(calendar):
    """What turns a button into a submit of the sync form to this calendar's address."""
    return {"type": "submit", "form": SYNC_FORM_ID, "formaction": sync_url(calendar)}


def last_run(calendar):
    if calendar.last_run_at is None:
        return gettext("noch nie")
    return dates.short_moment(calendar.last_run_at)


class CalendarIndexView(IndexView):
    """Wagtail's snippet listing with a sync button in each row (no queries of its own)."""

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if may_manage_calendars(self.request.user):
            buttons.append(
                ListingButton(
                    SYNC_LABEL,
                    icon_name="resubmit",
                    attrs=sync_button_attrs(instance)
                    | {"aria-label": gettext("„%(name)s“ jetzt abgleichen") % {"name": instance}},
                    priority=5,
                )
            )
        return buttons


class CalendarEditView(EditView):
    """The edit form with "Jetzt abgleichen" in the header."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if may_manage_calendars(self.request.user):
            buttons.append(
                HeaderButton(SYNC_LABEL, icon_name="resubmit", attrs=sync_button_attrs(self.object))
            )
        return buttons


class SyncView(RefuseUnlessAllowedMixin, View):
    """POST: the calendar synced now (whatever its ETag says), then back where the button was
    with a message saying what the run did, or why it failed."""

    http_method_names = ["post"]
    page_title = SYNC_LABEL
    header_icon = "resubmit"
    refusal = _("Kalender abgleichen darf nur die Koordination.")

    def allowed(self, user):
        return may_manage_calendars(user)

    def post(self, request, pk):
        calendar = get_object_or_404(ExternalCalendar, pk=pk)
        task = sync_calendar.enqueue(calendar.pk, True)
        if task.status != TaskResultStatus.SUCCESSFUL:
            # Queued for the worker (TASKS_BACKEND=database): a first import takes minutes.
            messages.info(
                request,
                gettext(
                    "Der Abgleich von „%(name)s“ ist gestartet. Laden Sie die Seite in ein "
                    "paar Minuten neu, dann steht das Ergebnis unter „Stand des Abgleichs“."
                )
                % {"name": calendar.name},
            )
            return self.back(calendar)
        done = task.return_value
        if done.get("busy"):
            messages.warning(
                request,
                gettext(
                    "Der Abgleich von „%(name)s“ läuft bereits. Laden Sie die Seite in ein "
                    "paar Minuten neu, dann steht das Ergebnis unter „Stand des Abgleichs“."
                )
                % {"name": calendar.name},
            )
            return self.back(calendar)
        if done["result"] == ImportRun.FAILED:
            messages.error(
                request,
                gettext("„%(name)s“ konnte nicht abgeglichen werden: %(error)s")
                % {"name": calendar.name, "error": done["error"]},
            )
            return self.back(calendar)
        text = gettext("„%(name)s“ – %(result)s.") % {
            "name": calendar.name,
            "result": status.result_text(done["result"], done["counts"]),
        }
        if done["skipped"]:
            text += " " + gettext(
                "Welche Termine übersprungen wurden und warum, steht unter „Stand des Abgleichs“."
            )
        messages.success(request, text)
        return self.back(calendar)

    def back(self, calendar):
        target = self.request.POST.get("next", "")
        if target and url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}, require_https=False
        ):
            return redirect(target)
        return redirect(url_name("edit"), calendar.pk)


class ExternalCalendarViewSet(SnippetViewSet):
    model = ExternalCalendar
    icon = "calendar-alt"
    menu_label = _("Externe Kalender")
    add_to_reference_index = False
    index_view_class = CalendarIndexView
    edit_view_class = CalendarEditView
    index_template_name = "eventpages/ical_import/admin/calendar_index.html"
    edit_template_name = "eventpages/ical_import/admin/calendar_edit.html"
    list_display = [
        "name",
        Column(
            "active",
            label=_("Abgleich"),
            accessor=lambda c: gettext("aktiv") if c.active else gettext("angehalten"),
        ),
        Column("last_run_at", label=_("Letzter Abgleich"), accessor=last_run),
        Column("last_result", label=_("Ergebnis"), accessor=status.calendar_result),
        Column("last_error", label=_("Letzter Fehler")),
    ]
    search_fields = ["name", "url"]
    search_backend_name = None  # the database's icontains: calendars are not in the index
    # The status of the last run first, then the calendar's own fields.
    panels = [ImportStatusPanel(heading=_("Stand des Abgleichs")), *ExternalCalendar.panels]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("sync/<str:pk>/", SyncView.as_view(), name="sync"),
            path("detach/<int:page_id>/", DetachView.as_view(), name="detach"),
        ]
