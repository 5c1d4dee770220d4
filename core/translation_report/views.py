"""The report's screens: the table (with its CSV/XLSX export), what changed in an original,
the bulk translation, and the PO export and import for a professional translator.

Who may open them: Koordination and Redaktion (as the listing of outdated translations this
report replaces); what changes content also needs wagtail-localize's permission to submit
translations (core.roles grants it to both).
"""

from datetime import datetime

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin.ui.tables import Table
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from ..admin_refusal import RefuseUnlessAllowedMixin
from ..roles import COORDINATION, EDITORS, in_groups
from ..translation_states import OUTDATED, language_name
from . import po
from .actions import SUBMIT_PERMISSION, parse_keys, translate_into
from .changes import changes
from .filters import FILTER_PARAMETERS, TranslationReportFilterSet
from .rows import filter_rows, language_counts, report_rows, source_locale, target_languages

URL_NAMESPACE = "translation_report"


def can_see(user):
    return in_groups(user, COORDINATION, EDITORS)


def report_url(**params):
    """The report's address, filtered (`state=OUTDATED` is the desk's link)."""
    url = reverse(f"{URL_NAMESPACE}:index")
    params = {name: value for name, value in params.items() if value}
    return f"{url}?{urlencode(params)}" if params else url


def active_language_name(code):
    return language_name(get_language(), code)


class ReportAccessMixin(RefuseUnlessAllowedMixin):
    refusal = gettext_lazy("Diese Seite sehen nur die Koordination und die Redaktion.")
    header_icon = "globe"

    def allowed(self, user):
        return can_see(user)


class TranslationReportView(ReportAccessMixin, ReportView):
    """Every translatable page and snippet × language; filters, counts, export, actions."""

    page_title = gettext_lazy("Übersetzungen")
    template_name = "core/translation_report/index.html"
    results_template_name = "core/translation_report/results.html"
    filterset_class = TranslationReportFilterSet
    paginate_by = 50
    index_url_name = f"{URL_NAMESPACE}:index"
    index_results_url_name = f"{URL_NAMESPACE}:index_results"
    export_headings = {
        "title": gettext_lazy("Titel"),
        "type_name": gettext_lazy("Art"),
        "section_name": gettext_lazy("Bereich"),
        "changed_at": gettext_lazy("Original geändert"),
        "synced_at": gettext_lazy("Zuletzt abgeglichen"),
    }

    # Dates in the CSV in the county's time, to the minute (XLSX keeps Wagtail's dates).
    custom_value_preprocess = {
        **ReportView.custom_value_preprocess,
        datetime: {
            **ReportView.custom_value_preprocess[datetime],
            ReportView.FORMAT_CSV: lambda value: timezone.localtime(value).strftime(
                "%Y-%m-%d %H:%M"
            ),
        },
    }

    def get_filename(self):
        return f"uebersetzungen-{timezone.localdate().isoformat()}"

    # What the filters chose (nothing, where the form is invalid)

    def chosen(self, name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or ""
        return ""

    @cached_property
    def languages(self):
        """The language columns shown: the chosen one, or every language but the source."""
        chosen = self.chosen("language")
        return [chosen] if chosen else target_languages()

    @cached_property
    def may_translate(self):
        return self.request.user.has_perm(SUBMIT_PERMISSION)

    @cached_property
    def section_rows(self):
        """The rows of the chosen section, before the state filter (the counts are theirs)."""
        return report_rows(self.chosen("section"), may_translate=self.may_translate)

    def get_base_queryset(self):
        return self.section_rows

    def order_queryset(self, rows):
        return rows

    def filter_queryset(self, rows):
        rows = filter_rows(rows, self.chosen("language"), self.chosen("state"))
        for row in rows:
            row.shown_cells = [cell for cell in row.cells if cell.language_code in self.languages]
        return rows

    def get_table(self, object_list):
        return Table([], object_list)  # the template draws the rows (a cell per language)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        chosen_language = self.chosen("language")
        context.update(
            {
                "languages": [(code, active_language_name(code)) for code in self.languages],
                "language_counts": language_counts(self.section_rows, self.languages),
                "chosen_language": chosen_language,
                "chosen_language_name": active_language_name(chosen_language)
                if chosen_language
                else "",
                "target_choices": [
                    (code, active_language_name(code)) for code in target_languages()
                ],
                "filter_values": [
                    (name, self.chosen(name)) for name in FILTER_PARAMETERS if self.chosen(name)
                ],
                "may_translate": self.may_translate,
                "OUTDATED": OUTDATED,
                "translate_url": reverse(f"{URL_NAMESPACE}:translate"),
                "po_export_url": reverse(f"{URL_NAMESPACE}:po_export"),
                "po_import_url": reverse(f"{URL_NAMESPACE}:po_import"),
            }
        )
        # Where wagtail-localize's screens come back to: the report as filtered now.
        context["next_url"] = report_url(**dict(context["filter_values"]))
        return context

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("PO-Datei importieren"),
                url=reverse(f"{URL_NAMESPACE}:po_import"),
                icon_name="upload",
                priority=110,
            )
        )
        return buttons

    # The CSV/XLSX export (Wagtail's SpreadsheetExportMixin): the filtered rows, all pages

    @property
    def list_export(self):
        return ["title", "type_name", "section_name", *self.languages, "changed_at", "synced_at"]

    def get_heading(self, queryset, field):
        if field in self.languages:
            return active_language_name(field)
        return str(self.export_headings.get(field, field))

    def to_row_dict(self, row):
        states = {cell.language_code: cell.version.state_name for cell in row.cells}
        values = {
            "title": row.title,
            "type_name": row.type_name,
            "section_name": row.section_name,
            "changed_at": row.changed_at,
            "synced_at": row.synced_at,
        }
        return {field: values.get(field, states.get(field, "")) for field in self.list_export}


class ChangesView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    """The changes of an original since its translations were last synchronised."""

    template_name = "core/translation_report/changes.html"
    page_title = gettext_lazy("Änderungen seit dem letzten Abgleich")

    @cached_property
    def source(self):
        return get_object_or_404(TranslationSource, pk=self.kwargs["source_id"])

    def get_page_subtitle(self):
        return self.source.object_repr

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": report_url(), "label": _("Übersetzungen")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.source.object_repr},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            original = self.source.get_source_instance()
        except Exception as error:  # the original was deleted
            raise Http404 from error
        context.update(
            {
                "source": self.source,
                "original": original,
                "changed_at": getattr(original, "last_published_at", None),
                "changes": changes(self.source, original),
                "original_url": original_edit_url(original),
                "update_url": reverse("wagtail_localize:update_translations", args=[self.source.pk])
                + "?"
                + urlencode({"next": report_url(state=OUTDATED)}),
                "report_url": report_url(state=OUTDATED),
            }
        )
        return context


def original_edit_url(instance):
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    viewset = getattr(type(instance), "snippet_viewset", None)
    return reverse(viewset.get_url_name("edit"), args=[instance.pk]) if viewset else ""


class ChosenItemsMixin:
    """The POSTed choice of the report's form: the rows ("item"), the language ("target"),
    and the filters the report had (to come back to it, and to export the filtered set)."""

    def target_locale(self):
        code = self.request.POST.get("target", "")
        if code not in target_languages():
            return None
        return Locale.objects.filter(language_code=code).first()

    def filter_values(self):
        return {
            name: self.request.POST.get(name, "")
            for name in FILTER_PARAMETERS
            if self.request.POST.get(name)
        }

    def back(self):
        return HttpResponseRedirect(report_url(**self.filter_values()))

    def chosen_keys(self, filtered_when_none=False):
        keys = self.request.POST.getlist("item")
        if keys or not filtered_when_none:
            return keys
        values = self.filter_values()
        filterset = TranslationReportFilterSet(values, request=self.request)
        data = filterset.form.cleaned_data if filterset.is_valid() else {}
        rows = filter_rows(
            report_rows(data.get("section") or ""), data.get("language"), data.get("state")
        )
        return [row.key for row in rows]


class BulkTranslateView(ReportAccessMixin, ChosenItemsMixin, View):
    """ "In <Sprache> übersetzen" for the chosen rows."""

    http_method_names = ["post"]

    def allowed(self, user):
        return can_see(user) and user.has_perm(SUBMIT_PERMISSION)

    def post(self, request):
        locale = self.target_locale()
        keys = self.chosen_keys()
        if locale is None or not keys:
            messages.error(request, _("Bitte wählen Sie Einträge und eine Sprache."))
            return self.back()
        outcome = translate_into(keys, locale, source_locale(), request.user)
        name = active_language_name(locale.language_code)
        if outcome.translated:
            messages.success(
                request,
                ngettext(
                    "In %(language)s übersetzt: %(count)d Eintrag (%(titles)s).",
                    "In %(language)s übersetzt: %(count)d Einträge (%(titles)s).",
                    len(outcome.translated),
                )
                % {
                    "language": name,
                    "count": len(outcome.translated),
                    "titles": ", ".join(outcome.translated),
                },
            )
        if outcome.already:
            messages.info(
                request,
                _("Schon übersetzt, unverändert: %(titles)s.")
                % {"titles": ", ".join(outcome.already)},
            )
        if outcome.refused:
            messages.warning(
                request,
                _("Keine Berechtigung, diese zu übersetzen: %(titles)s.")
                % {"titles": ", ".join(outcome.refused)},
            )
        return self.back()


class PoExportView(ReportAccessMixin, ChosenItemsMixin, View):
    """One PO file with the strings of the chosen rows (or of the filtered report) in one
    language: what wagtail-localize translates of them, as far as it is translated."""

    http_method_names = ["post"]

    def post(self, request):
        locale = self.target_locale()
        if locale is None:
            messages.error(request, _("Bitte wählen Sie eine Sprache für die PO-Datei."))
            return self.back()
        keys = self.chosen_keys(filtered_when_none=True)
        translation_keys = translation_keys_of(keys)
        translations = po.translations_for(translation_keys, locale)
        name = active_language_name(locale.language_code)
        if not translations:
            messages.error(
                request,
                _(
                    "Keiner der Einträge wird mit wagtail-localize nach %(language)s übersetzt: "
                    "erst „In %(language)s übersetzen“, dann die PO-Datei exportieren."
                )
                % {"language": name},
            )
            return self.back()
        content = str(po.export(translations, locale))
        filename = f"uebersetzungen-{locale.language_code}-{timezone.localdate().isoformat()}.po"
        response = HttpResponse(content, content_type="text/x-gettext-translation; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


def translation_keys_of(keys):
    """The translation keys of the rows' originals (one query per model)."""
    found = []
    for model, pks in parse_keys(keys).items():
        found += model._default_manager.filter(pk__in=pks).values_list("translation_key", flat=True)
    return found


class PoImportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Sprache der Übersetzung"))
    file = forms.FileField(
        label=gettext_lazy("PO-Datei"),
        help_text=gettext_lazy("Die aus diesem Bericht exportierte Datei, übersetzt."),
    )
    publish = forms.BooleanField(
        label=gettext_lazy("Übersetzte Seiten gleich veröffentlichen"),
        required=False,
        help_text=gettext_lazy(
            "Sonst warten die Texte im Übersetzungseditor, bis jemand sie veröffentlicht."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, active_language_name(code)) for code in target_languages()
        ]

    MAX_SIZE = 5 * 1024 * 1024

    def clean(self):
        data = super().clean()
        upload, code = data.get("file"), data.get("language")
        if not upload or not code:
            return data
        if upload.size > self.MAX_SIZE:
            self.add_error("file", _("Die Datei ist zu groß (höchstens 5 MB)."))
            return data
        try:
            data["po"] = po.parse(upload.read())
        except po.PoImportError as error:
            self.add_error("file", str(error))
        return data


class PoImportView(ReportAccessMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "core/translation_report/po_import.html"
    form_class = PoImportForm
    page_title = gettext_lazy("PO-Datei importieren")

    def allowed(self, user):
        return can_see(user) and user.has_perm(SUBMIT_PERMISSION)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": report_url(), "label": _("Übersetzungen")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_initial(self):
        return {"language": self.request.GET.get("language", "")}

    def form_valid(self, form):
        code = form.cleaned_data["language"]
        locale = get_object_or_404(Locale, language_code=code)
        try:
            result = po.import_file(form.cleaned_data["po"], locale, user=self.request.user)
        except po.PoImportError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        if form.cleaned_data["publish"]:
            for translation in result.translations:
                translation.save_target(user=self.request.user, publish=True)
        messages.success(
            self.request,
            ngettext(
                "%(count)d Text nach %(language)s importiert.",
                "%(count)d Texte nach %(language)s importiert.",
                result.imported,
            )
            % {"count": result.imported, "language": active_language_name(code)},
        )
        titles = ", ".join(translation.source.object_repr for translation in result.translations)
        if titles:
            messages.info(
                self.request,
                (
                    _("Veröffentlicht: %(titles)s.")
                    if form.cleaned_data["publish"]
                    else _("Im Übersetzungseditor zu prüfen und zu veröffentlichen: %(titles)s.")
                )
                % {"titles": titles},
            )
        if result.skipped:
            messages.warning(
                self.request,
                ngettext(
                    "%(count)d Text passte zu keinem Text der Originale und wurde übergangen.",
                    "%(count)d Texte passten zu keinem Text der Originale und wurden übergangen.",
                    result.skipped,
                )
                % {"count": result.skipped},
            )
        return HttpResponseRedirect(report_url(language=code))


def outdated_redirect(request):
    """The old listing of outdated translations ("/admin/outdated-translations/", bookmarked,
    linked from older mails): the report, filtered to what is outdated."""
    return HttpResponseRedirect(report_url(state=OUTDATED))
