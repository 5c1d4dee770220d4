"""The places the import created, for a coordinator to check ("Neue Orte aus Kalendern").

The sync makes a venue when an event's LOCATION matches none of ours (ical_import.venues): its
name is the calendar's text, its address whatever could be read from it. This list shows those
not yet checked, each with the text as the calendar wrote it, the venue made from it (a link to
its form, to correct name, address, municipality and step-free access) and the calendar; "Geprüft"
takes it off the list. The desk shows how many wait (wagtail_hooks).

    imported_venues:index              the list (menu "Veranstaltungsdaten")
    imported_venues:reviewed <pk>      POST: checked

Who may: whoever holds eventpages.change_importedvenue (Koordination through core.roles, and
superusers); everyone else gets the 403 page that says so.
"""

from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BaseColumn, Column
from wagtail.admin.views.generic import IndexView

from core import dates
from core.admin_refusal import RefuseUnlessAllowedMixin
from core.admin_viewsets import ListingOnlyViewSet

from .models import ImportedVenue

NAMESPACE = "imported_venues"
TITLE = _("Neue Orte aus Kalendern")


def may_review_venues(user):
    return user.is_authenticated and user.has_perm("eventpages.change_importedvenue")


def waiting():
    """The venues not yet checked (what the list and the desk count)."""
    return ImportedVenue.objects.filter(reviewed_at__isnull=True)


class ReviewAccess(RefuseUnlessAllowedMixin):
    refusal = _("Neue Orte aus Kalendern prüft die Koordination.")
    refusal_title = TITLE

    def allowed(self, user):
        return may_review_venues(user)


class CellColumn(BaseColumn):
    """A cell drawn by its own template (with the CSRF token, for its button)."""

    def __init__(self, name, template, **kwargs):
        super().__init__(name, **kwargs)
        self.cell_template_name = f"eventpages/ical_import/admin/{template}.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class VenueReviewIndexView(ReviewAccess, IndexView):
    page_title = TITLE
    header_icon = "site"
    any_permission_required = None
    # The model has no names of its own (the footer counts "1 neuer Ort").
    verbose_name = _("neuer Ort")
    verbose_name_plural = _("neue Orte")
    columns = [
        Column("location", label=_("Ort, wie ihn der Kalender schreibt")),
        CellColumn("venue", "venue_cell", label=_("Angelegter Ort")),
        Column(
            "calendar",
            label=_("Kalender"),
            accessor=lambda item: item.calendar.name if item.calendar else "–",
        ),
        Column(
            "created_at",
            label=_("Angelegt am"),
            accessor=lambda item: dates.short_moment(item.created_at),
        ),
        CellColumn("reviewed", "reviewed_cell", label=_("Prüfung")),
    ]

    def get_base_queryset(self):
        return waiting().select_related("venue", "calendar").order_by("-created_at", "-pk")

    @cached_property
    def no_results_message(self):
        return gettext("Keine neuen Orte zu prüfen: Alle Orte aus Kalendern sind geprüft.")


class ReviewedView(ReviewAccess, View):
    """POST: the venue is checked and leaves the list."""

    http_method_names = ["post"]

    def post(self, request, pk):
        item = get_object_or_404(ImportedVenue.objects.select_related("venue"), pk=pk)
        if item.reviewed_at is None:
            item.reviewed_at = timezone.now()
            item.save(update_fields=["reviewed_at"])
        messages.success(
            request,
            gettext("„%(name)s“ ist geprüft.") % {"name": item.venue.name},
        )
        return redirect(reverse(f"{NAMESPACE}:index"))


class VenueReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return may_review_venues(request.user)


class VenueReviewViewSet(ListingOnlyViewSet):
    model = ImportedVenue
    name = NAMESPACE
    url_prefix = "imported-venues"
    icon = "site"
    menu_label = TITLE
    menu_name = "imported-venues"
    menu_item_class = VenueReviewMenuItem
    index_view_class = VenueReviewIndexView
    index_template_name = "eventpages/ical_import/admin/venue_review.html"
    list_per_page = 50

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/reviewed/", ReviewedView.as_view(), name="reviewed"),
        ]
