"""Admin listings of translatable content: one language at a time, the others as badges.

Every page and translatable snippet has a row per language. Wagtail's listings show them all
("84 Veranstaltungen" for twelve events in seven languages) with a "Locale" filter that starts
at "All". A coordinator thinks in items, written in German first, and asks which languages
each has. So a listing built here:

- shows the items of one language, the source language (settings.LANGUAGE_CODE) unless the
  "Sprache" filter names another; the filter is Wagtail's `locale` parameter, so the add button
  and Wagtail's own language switching agree with what is listed;
- has a column "Übersetzungen" with a small badge per other language: übersetzt, veraltet,
  Alias, Original or fehlt (core.translation_states decides), linking to that version;
- reads the badges of a whole page of rows in three queries, however long the listing, and
  lets wagtail-localize's row buttons use them too (core.localize_buttons).

Use `OneLanguageListingMixin` on a listing view (before Wagtail's IndexView),
`OneLanguagePageListingViewSet` for a flat listing of one page type and
`TranslatableSnippetViewSet` for a translatable snippet.
"""

import django_filters
from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BaseColumn
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from . import listing_rows
from .marked_render import fill, marker, split
from .translation_states import translation_states

LANGUAGE_PARAMETER = "locale"  # Wagtail's own: the add button and LocaleMixin read it too


def language_choices():
    """The site's languages, named in the admin's language ("Arabisch")."""
    from django.utils.translation import get_language_info

    return [
        (code, get_language_info(code)["name_translated"]) for code, _name in settings.LANGUAGES
    ]


class LanguageFilter(django_filters.ChoiceFilter):
    """ "Sprache": which language's items are listed; the source language unless chosen.

    There is no "all languages": that is the listing of copies this module exists to avoid.
    The view applies the language itself (OneLanguageListingMixin.get_base_queryset), so the
    listing stays in one language even when another filter's input is invalid; this filter
    is the form field that chooses it.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Sprache"))
        kwargs.setdefault("choices", language_choices)
        kwargs.setdefault("empty_label", None)
        kwargs.setdefault("widget", forms.RadioSelect)
        kwargs.setdefault("initial", settings.LANGUAGE_CODE)
        super().__init__(**kwargs)

    def filter(self, qs, value):
        return qs


class OneLanguageFilterSetMixin:
    """A Wagtail filter set whose "locale" filter is LanguageFilter, set to the source language
    when the request names none (so the form shows it chosen and does not count it as a filter
    the user applied)."""

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not data.get(LANGUAGE_PARAMETER):
            data = data.copy()
            data[LANGUAGE_PARAMETER] = settings.LANGUAGE_CODE
        super().__init__(data, *args, **kwargs)

    def _add_locale_filter(self):
        self.filters[LANGUAGE_PARAMETER] = LanguageFilter()


_one_language_filtersets = {}


def one_language_filterset(filterset_class):
    """`filterset_class` with OneLanguageFilterSetMixin (one class per base, made once)."""
    if filterset_class not in _one_language_filtersets:
        _one_language_filtersets[filterset_class] = type(
            f"OneLanguage{filterset_class.__name__}",
            (OneLanguageFilterSetMixin, filterset_class),
            {},
        )
    return _one_language_filtersets[filterset_class]


STATES_ATTRIBUTE = "listing_translations"  # the rows' ItemTranslations, set by the view


def read_translation_states(rows):
    """Give each row of a listing page its ItemTranslations (three queries for all rows).

    The badges and wagtail-localize's row buttons (core.localize_buttons) read them there.
    """
    rows = list(rows)
    states = translation_states(rows)
    for row in rows:
        setattr(row, STATES_ATTRIBUTE, states[row.pk])
    return rows


class TranslationsColumn(BaseColumn):
    """The other languages of each row as badges (read_translation_states has read them)."""

    cell_template_name = "core/admin/translations_cell.html"

    class Media:
        css = {"all": ["core/admin/translation-badges.css"]}

    def __init__(self, name="translations", edit_url=None, **kwargs):
        kwargs.setdefault("label", _("Übersetzungen"))
        super().__init__(name, **kwargs)
        self.edit_url = edit_url
        self.shapes = {}  # badges' shape -> rendered parts; a column is made per listing page

    def render_cell_html(self, instance, parent_context):
        """Each shape of badges (which languages, states and links) is rendered once per
        listing page; a row of that shape gets it with its own addresses (core.marked_render).
        """
        context = self.get_cell_context_data(instance, parent_context)
        badges = context["badges"]
        key = tuple(
            (b["version"].language_code, b["version"].state, bool(b["url"])) for b in badges
        )
        if key not in self.shapes:
            marked = [{**b, "url": marker(i) if b["url"] else ""} for i, b in enumerate(badges)]
            html = self.cell_template.render({**context, "badges": marked})
            self.shapes[key] = split(html, [str(i) for i, b in enumerate(badges) if b["url"]])
        if self.shapes[key] is None:
            return self.cell_template.render(context)
        return fill(self.shapes[key], {str(i): b["url"] for i, b in enumerate(badges) if b["url"]})

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        translations = getattr(instance, STATES_ATTRIBUTE, None)
        context["badges"] = [
            {
                "version": version,
                "url": self.edit_url(version.pk) if self.edit_url and version.pk else "",
            }
            for version in (translations.versions if translations else [])
        ]
        return context


class OneLanguageListingMixin:
    """For a Wagtail listing view of a translatable model: the rows of one language, a
    "Sprache" filter, and a column of the other languages' badges."""

    # The badges say which language a row is in and which others exist.
    show_locale_labels = False

    @cached_property
    def filters(self):
        filterset_class = self.filterset_class
        if not filterset_class:
            return None
        filterset = one_language_filterset(filterset_class)(**self.get_filterset_kwargs())
        return filterset if filterset.form.fields else None

    def get_base_queryset(self):
        return super().get_base_queryset().filter(locale=self.locale)

    def get_translation_edit_url(self, pk):
        if issubclass(self.model, Page):
            # A page's edit address differs only in its id: reversed once per listing.
            before, after = self.page_edit_url_parts
            return f"{before}{int(pk)}{after}"
        if self.may_edit_translations:
            return reverse(self.edit_url_name, args=[quote(pk)])
        return ""

    @cached_property
    def page_edit_url_parts(self):
        """The page edit address around its id (reversed with a stand-in id, split there)."""
        stand_in = "918273645"
        before, after = reverse("wagtailadmin_pages:edit", args=[stand_in]).split(stand_in)
        return before, after

    @cached_property
    def may_edit_translations(self):
        return bool(self.edit_url_name and self.user_has_permission("change"))

    def get_table(self, object_list):
        # Read before any cell: the title cell's buttons ask about translations too.
        rows = read_translation_states(object_list)
        columns = [*self.columns, TranslationsColumn(edit_url=self.get_translation_edit_url)]
        return self.table_class(columns, rows, **self.get_table_kwargs())


class OneLanguagePageIndexView(OneLanguageListingMixin, PageIndexView):
    def get_table(self, object_list):
        table = super().get_table(object_list)
        listing_rows.prepare(table.data, self.request)
        return table


class OneLanguagePageListingViewSet(PageListingViewSet):
    """A flat listing of one page type (Wagtail's PageListingViewSet), one language at a time."""

    index_view_class = OneLanguagePageIndexView


class OneLanguageSnippetIndexView(OneLanguageListingMixin, SnippetIndexView):
    pass


class TranslatableSnippetViewSet(SnippetViewSet):
    """A translatable snippet's viewset whose listing shows one language at a time.

    Wagtail's snippet listing already knows the language (`?locale=`, its add button and
    "Locale" filter); this listing starts at the source language instead of all of them and
    shows the other languages as badges.
    """

    index_view_class = OneLanguageSnippetIndexView

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not issubclass(self.model, TranslatableMixin):
            raise TypeError(f"{self.model.__name__} is not translatable.")
