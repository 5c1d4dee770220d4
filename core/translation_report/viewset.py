"""The report's place in the admin: "Berichte" › "Übersetzungen", Koordination and Redaktion.

A Wagtail ViewSet whose menu item goes where Wagtail's own reports are (the
`register_reports_menu_item` hook), shown to those who may open it.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from . import views


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_see(request.user)


class TranslationReportViewSet(ViewSet):
    name = views.URL_NAMESPACE
    url_prefix = "reports/translations"
    icon = "globe"
    menu_label = _("Übersetzungen")
    menu_name = "translation-report"
    menu_order = 650  # before Wagtail's reports (locked pages: 700)
    menu_hook = "register_reports_menu_item"
    menu_item_class = ReportMenuItem

    def get_urlpatterns(self):
        report = views.TranslationReportView
        return [
            path("", report.as_view(), name="index"),
            path("results/", report.as_view(results_only=True), name="index_results"),
            path("changes/<int:source_id>/", views.ChangesView.as_view(), name="changes"),
            path("translate/", views.BulkTranslateView.as_view(), name="translate"),
            path("po/export/", views.PoExportView.as_view(), name="po_export"),
            path("po/import/", views.PoImportView.as_view(), name="po_import"),
        ]
