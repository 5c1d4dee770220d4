"""Admin views for a document's earlier files: list, download and restore.

Whoever may change a document (Wagtail's document permission policy) may see and restore its
versions. Old files are only ever served through the download view here, never by URL.
"""

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.permissions import policy_registry

from .models import DocumentVersion, NetworkDocument

app_name = "docpages_versions"


def can_change(user, document):
    policy = policy_registry.get_by_type(NetworkDocument)
    return policy.user_has_permission_for_instance(user, "change", document)


class DocumentVersionsMixin:
    """Loads the document from the URL and refuses users who may not change it."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.document = get_object_or_404(
            NetworkDocument.objects.select_related("collection"), pk=kwargs["document_id"]
        )

    def dispatch(self, request, *args, **kwargs):
        if not can_change(request.user, self.document):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def version(self):
        return get_object_or_404(
            DocumentVersion.objects.select_related("created_by"),
            pk=self.kwargs["version_id"],
            document=self.document,
        )

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtaildocs:index"), "label": _("Dokumente")},
            {
                "url": reverse("wagtaildocs:edit", args=[self.document.pk]),
                "label": self.document.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_page_subtitle(self):
        return self.document.title


class VersionListView(DocumentVersionsMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "docpages/admin/versions.html"
    page_title = gettext_lazy("Frühere Fassungen")
    header_icon = "history"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            document=self.document,
            versions=self.document.versions.select_related("created_by"),
            **kwargs,
        )


class RestoreVersionView(DocumentVersionsMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation, POST makes the earlier file current again."""

    template_name = "docpages/admin/confirm_restore.html"
    page_title = gettext_lazy("Fassung wiederherstellen")
    header_icon = "history"

    def get_context_data(self, **kwargs):
        return super().get_context_data(document=self.document, version=self.version, **kwargs)

    def post(self, request, *args, **kwargs):
        self.document.restore_version(self.version, user=request.user)
        log(instance=self.document, action="wagtail.edit", user=request.user)
        messages.success(request, _("Fassung wiederhergestellt"))
        return redirect("docpages_versions:index", document_id=self.document.pk)


class DownloadVersionView(DocumentVersionsMixin, View):
    """An earlier file as a download for editors only; never cached or sniffed."""

    def get(self, request, *args, **kwargs):
        version = self.version
        try:
            file = version.file.open("rb")
        except (FileNotFoundError, ValueError) as error:
            raise Http404(_("Die Datei dieser Fassung fehlt.")) from error
        response = FileResponse(file, as_attachment=True, filename=version.filename)
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        response["X-Content-Type-Options"] = "nosniff"
        return response


urlpatterns = [
    path("<int:document_id>/", VersionListView.as_view(), name="index"),
    path(
        "<int:document_id>/<int:version_id>/download/",
        DownloadVersionView.as_view(),
        name="download",
    ),
    path(
        "<int:document_id>/<int:version_id>/restore/",
        RestoreVersionView.as_view(),
        name="restore",
    ),
]
