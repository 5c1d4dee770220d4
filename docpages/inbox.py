"""The coordinators' inbox in the Wagtail admin: shared documents to approve or reject.

Only coordinators (and superusers) see the menu item and may open these views; the decisions
themselves live in docpages.sharing so the demo and tests use the same code.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, When
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.admin_viewsets import ListingOnlyViewSet

from .models import DocumentSubmission
from .share_forms import RejectForm
from .sharing import DecisionError, approve_submission, can_decide, member_name, reject_submission

NAMESPACE = "shared_documents"
PENDING = DocumentSubmission.PENDING


def url_name(view):
    return f"{NAMESPACE}:{view}"


def submissions():
    """Pending first, newest first, with everything the listing and review show."""
    return (
        DocumentSubmission.objects.select_related(
            "document__category", "library", "submitted_by", "decided_by"
        )
        .annotate(
            decided=Case(When(status=PENDING, then=0), default=1, output_field=IntegerField())
        )
        .order_by("decided", "-submitted_at", "-pk")
    )


class CoordinatorsOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_decide(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class InboxFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=DocumentSubmission.STATUSES, empty_label=_("Alle")
    )

    class Meta:
        model = DocumentSubmission
        fields = []


class DownloadColumn(Column):
    cell_template_name = "docpages/admin/inbox_download_cell.html"


class InboxIndexView(CoordinatorsOnlyMixin, IndexView):
    """Wagtail's listing; can_decide is the permission (CoordinatorsOnlyMixin), not the
    model's permissions."""

    page_title = _("Geteilte Dokumente")
    any_permission_required = None
    columns = [
        TitleColumn("title", label=_("Titel"), url_name=url_name("review")),
        Column("member", label=_("Geteilt von"), accessor=lambda s: member_name(s.submitted_by)),
        Column("library", label=_("Bibliothek"), accessor="library.title"),
        DateColumn("submitted_at", label=_("Geteilt am")),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda s: s.status == PENDING,
        ),
        DownloadColumn("download", label=_("Datei")),
    ]

    def get_base_queryset(self):
        return submissions()

    @cached_property
    def no_results_message(self):
        if self.is_filtering:
            return gettext("Keine geteilten Dokumente mit diesem Status.")
        return gettext("Noch hat niemand ein Dokument geteilt.")


class InboxReviewView(CoordinatorsOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    """One submission with its details, the download and the two decisions."""

    template_name = "docpages/admin/inbox_review.html"
    header_icon = "doc-full-inverse"
    reject_form = None

    @cached_property
    def submission(self):
        # Looked up after the permission check, so others cannot probe which ids exist.
        return get_object_or_404(submissions(), pk=self.kwargs["pk"])

    def get_page_title(self):
        return self.submission.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(url_name("index")), "label": gettext("Geteilte Dokumente")},
            {"url": "", "label": self.submission.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.submission
        context.update(
            {
                "submission": submission,
                "document": submission.document,
                "member": member_name(submission.submitted_by),
                "is_pending": submission.status == PENDING,
                "library_url": submission.library.get_url(self.request),
                "upload_collection": submission.library.upload_collection(),
                "reject_form": self.reject_form or RejectForm(),
                "approve_url": reverse(url_name("approve"), args=[submission.pk]),
                "reject_url": reverse(url_name("reject"), args=[submission.pk]),
                "index_url": reverse(url_name("index")),
            }
        )
        return context


class InboxApproveView(CoordinatorsOnlyMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        submission = get_object_or_404(DocumentSubmission, pk=pk)
        try:
            approve_submission(submission, request.user)
        except DecisionError as error:
            messages.error(request, str(error))
            return redirect(url_name("review"), pk)
        messages.success(
            request,
            gettext("„%(title)s“ ist freigegeben und steht jetzt in der Bibliothek „%(library)s“.")
            % {"title": submission.title, "library": submission.library.title},
        )
        return redirect(url_name("index"))


class InboxRejectView(InboxReviewView):
    http_method_names = ["post"]

    def post(self, request, pk):
        form = RejectForm(request.POST)
        if not form.is_valid():
            self.reject_form = form
            return TemplateResponse(request, self.template_name, self.get_context_data())
        try:
            reject_submission(self.submission, request.user, form.cleaned_data["reason"])
        except DecisionError as error:
            messages.error(request, str(error))
            return redirect(url_name("review"), pk)
        messages.success(
            request,
            gettext("„%(title)s“ ist abgelehnt und gelöscht; das Mitglied bekommt eine E-Mail.")
            % {"title": self.submission.title},
        )
        return redirect(url_name("index"))


class InboxMenuItem(MenuItem):
    """Shown to coordinators only, with the number of documents waiting for them."""

    def is_shown(self, request):
        return can_decide(request.user)

    def render_component(self, request):
        waiting = DocumentSubmission.objects.filter(status=PENDING).count()
        label = f"{self.label} ({waiting})" if waiting else self.label
        return LinkMenuItem(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


class InboxViewSet(ListingOnlyViewSet):
    """The listing with its filter; review and decisions are views of their own (no forms of
    Wagtail's: a decision goes through docpages.sharing)."""

    model = DocumentSubmission
    name = NAMESPACE
    url_prefix = "shared-documents"
    icon = "doc-full-inverse"
    menu_label = _("Geteilte Dokumente")
    menu_name = "shared-documents"
    menu_order = 320
    add_to_admin_menu = True
    menu_item_class = InboxMenuItem
    index_view_class = InboxIndexView
    index_template_name = "docpages/admin/inbox.html"
    filterset_class = InboxFilterSet
    list_per_page = 20

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", InboxReviewView.as_view(), name="review"),
            path("<int:pk>/approve/", InboxApproveView.as_view(), name="approve"),
            path("<int:pk>/reject/", InboxRejectView.as_view(), name="reject"),
        ]
