"""Admin: the entries nobody has confirmed for a review period (directory.reviews), for
Koordination, where the desk's item "Wegweiser-Einträge lange nicht geprüft" leads.

A Wagtail report (table, spreadsheet export) of the live German organisation pages due for
review: when each was last checked, whether the reminder went out and to how many, and who is
linked, each title linking to the page's edit view. Two queries whatever the number of rows
(the page with its reminder, then the linked members of the rows shown).
"""

from django.db.models import Prefetch
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet

from core import dates
from core.admin_refusal import RefuseUnlessAllowedMixin
from core.people import member_name
from core.roles import COORDINATION, in_groups

from . import reviews
from .models import OrganisationEditor


class LinkedMembersColumn(Column):
    def get_value(self, instance):
        return ", ".join(member_name(link.user) for link in instance.editors.all()) or "–"


class DayColumn(Column):
    """A day as a coordinator reads it ("3. Oktober 2025", core.dates): Wagtail's DateColumn
    says "1 Jahr" for both 13 and 23 months, where the month is what matters here."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return dates.day(value) if value else "–"


class ReminderColumn(DayColumn):
    def get_value(self, instance):
        reminder = getattr(instance, "review_reminder", None)
        return dates.day(reminder.sent_at) if reminder is not None else "–"


class DueForReviewView(RefuseUnlessAllowedMixin, ReportView):
    page_title = _("Wegweiser-Einträge lange nicht geprüft")
    header_icon = "history"
    index_url_name = "directory_review:index"
    index_results_url_name = "directory_review:results"
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Organisation"), url_name="wagtailadmin_pages:edit"),
        DayColumn("last_checked_at", label=_("Zuletzt geprüft am")),
        ReminderColumn("reminder", label=_("Erinnerung verschickt am")),
        LinkedMembersColumn("editors", label=_("Zuständige Mitglieder")),
    ]
    list_export = ["title", "last_checked_at", "review_reminder.sent_at"]
    export_headings = {
        "title": _("Organisation"),
        "last_checked_at": _("Zuletzt geprüft am"),
        "review_reminder.sent_at": _("Erinnerung verschickt am"),
    }

    refusal = _("Diese Liste sieht nur die Koordination.")

    def allowed(self, user):
        return in_groups(user, COORDINATION)

    def get_queryset(self):
        return (
            reviews.due_for_review()
            .select_related("review_reminder")
            .prefetch_related(
                Prefetch("editors", OrganisationEditor.objects.select_related("user"))
            )
            .order_by("last_checked_at", "title")
        )

    def get_filename(self):
        return "wegweiser-lange-nicht-geprueft"


class DueForReviewViewSet(ViewSet):
    name = "directory_review"
    url_prefix = "directory/review"
    icon = "history"
    menu_label = _("Lange nicht geprüft")

    def get_urlpatterns(self):
        view = DueForReviewView.as_view()
        results = DueForReviewView.as_view(results_only=True)
        return [path("", view, name="index"), path("results/", results, name="results")]

    @property
    def menu_item_class(self):
        from wagtail.admin.menu import MenuItem

        class CoordinationMenuItem(MenuItem):
            def is_shown(self, request):
                return in_groups(request.user, COORDINATION)

        return CoordinationMenuItem
