"""The report's rows: every translatable page and snippet in the source language, each with
its state in every other language (core.translation_states decides; nothing is decided here).

Core knows no app, so the content is found generically:
- pages: every page in the source language below the tree's root, grouped by their section,
  the page's ancestor just below the home page ("Veranstaltungen", "Nachrichten", …; the home
  page is a section of its own);
- snippets: every registered snippet model that is translatable (Wagtail's registry), each
  model a section of its own ("Veranstaltungskategorien", …).

What it costs does not depend on the number of rows: one query for the pages and three for
their states (translation_states), one query and three per snippet model, and one for the
dates the translations were last synchronised. A section filter reads only what it shows.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import get_language
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationSource

from ..translation_states import (
    ALIAS,
    INCOMPLETE,
    MISSING,
    OUTDATED,
    SOURCE,
    TRANSLATED,
    ItemTranslations,
    VersionState,
    language_name,
    translation_states,
)

PAGE_SECTION = "page-"  # + the section page's id
SNIPPET_SECTION = "snippet-"  # + "app_label.model_name"
SECTION_DEPTH = 3  # root (1) > home page (2) > section (3)

# What counts as "current" in the per-language counts: a version in step with the original,
# or the original itself. Incomplete and outdated versions, aliases (the German text under
# another language's address) and missing versions are not.
CURRENT_STATES = (TRANSLATED, SOURCE)
# The states the report filters by, in the order a coordinator reads them.
REPORT_STATES = (TRANSLATED, INCOMPLETE, OUTDATED, ALIAS, MISSING)


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def translatable_snippet_models():
    """Registered snippet models that are translatable, in the order of their names."""
    models = [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]
    return sorted(models, key=lambda model: str(model._meta.verbose_name_plural))


def item_key(model, pk):
    """A row's stable name in forms and exports: "wagtailcore.page:12", "app.model:3"."""
    return f"{model._meta.label_lower}:{pk}"


@dataclass
class Cell:
    """One language of one row."""

    version: VersionState
    edit_url: str = ""  # "Übersetzung bearbeiten" (wagtail-localize's editor for its own)
    translate_url: str = ""  # wagtail-localize's "translate" screen, this language chosen

    @property
    def language_code(self):
        return self.version.language_code

    @property
    def state(self):
        return self.version.state


@dataclass
class ReportRow:
    key: str
    model: type
    pk: int
    title: str
    type_name: str
    section: str
    section_name: str
    is_page: bool
    translations: ItemTranslations
    edit_url: str
    changed_at: datetime | None = None  # pages: when the original was last published
    synced_at: datetime | None = None  # when its translations were last synchronised
    translate_base_url: str = ""
    cells: list = field(default_factory=list)

    @property
    def source_id(self):
        return self.translations.source_id

    def state(self, language_code):
        for version in self.translations.versions:
            if version.language_code == language_code:
                return version.state
        return None

    def states(self):
        return {v.language_code: v.state for v in self.translations.versions}


@dataclass(frozen=True)
class Section:
    value: str
    label: str


class PageEditUrls:
    """The page edit address differs only in its id: reversed once, filled per version."""

    @cached_property
    def parts(self):
        stand_in = "918273645"
        return reverse("wagtailadmin_pages:edit", args=[stand_in]).split(stand_in)

    def __call__(self, pk):
        before, after = self.parts
        return f"{before}{int(pk)}{after}"


def section_pages(locale=None):
    """The home page(s) and the pages just below, in the source language (one query)."""
    locale = locale or source_locale()
    return list(
        Page.objects.filter(locale=locale, depth__in=(SECTION_DEPTH - 1, SECTION_DEPTH))
        .order_by("path")
        .only("id", "title", "path", "depth")
    )


def sections(locale=None):
    """The choices of the "Bereich" filter: page sections in tree order, then snippet kinds."""
    choices = [Section(f"{PAGE_SECTION}{page.pk}", page.title) for page in section_pages(locale)]
    choices += [
        Section(
            f"{SNIPPET_SECTION}{model._meta.label_lower}",
            capfirst(str(model._meta.verbose_name_plural)),
        )
        for model in translatable_snippet_models()
    ]
    return choices


def page_rows(locale, section=None):
    """The source language's pages (in tree order) with their states; `section` limits them
    to one section ("page-<id>")."""
    pages = Page.objects.filter(locale=locale, depth__gte=SECTION_DEPTH - 1).order_by("path")
    pages = pages.only(
        "id",
        "title",
        "path",
        "depth",
        "translation_key",
        "locale_id",
        "alias_of_id",
        "last_published_at",
        "content_type_id",
    )
    heads = {page.path: page for page in section_pages(locale)}
    if section:
        head = next((p for p in heads.values() if f"{PAGE_SECTION}{p.pk}" == section), None)
        if head is None:
            return [], PageEditUrls()
        pages = pages.filter(path__startswith=head.path)
        if head.depth < SECTION_DEPTH:  # the home page's section is the home page alone
            pages = pages.filter(depth=head.depth)
    pages = list(pages)
    states = translation_states(pages)
    edit_url = PageEditUrls()
    rows = []
    steplen = Page.steplen
    for page in pages:
        head = heads.get(page.path[: steplen * SECTION_DEPTH]) if page.depth > 2 else None
        head = head or heads.get(page.path[: steplen * (SECTION_DEPTH - 1)]) or page
        model = ContentType.objects.get_for_id(page.content_type_id).model_class() or Page
        rows.append(
            ReportRow(
                key=item_key(Page, page.pk),
                model=Page,
                pk=page.pk,
                title=page.title,
                type_name=capfirst(str(model._meta.verbose_name)),
                section=f"{PAGE_SECTION}{head.pk}",
                section_name=head.title,
                is_page=True,
                translations=states[page.pk],
                edit_url=edit_url(page.pk),
                changed_at=page.last_published_at,
                translate_base_url=reverse(
                    "wagtail_localize:submit_page_translation", args=[page.pk]
                ),
            )
        )
    return rows, edit_url


def snippet_rows(model, locale):
    items = list(model._default_manager.filter(locale=locale))
    states = translation_states(items)
    viewset = getattr(model, "snippet_viewset", None)
    edit_name = viewset.get_url_name("edit") if viewset else None
    section = Section(
        f"{SNIPPET_SECTION}{model._meta.label_lower}",
        capfirst(str(model._meta.verbose_name_plural)),
    )

    def edit_url(pk):
        return reverse(edit_name, args=[quote(pk)]) if edit_name else ""

    rows = [
        ReportRow(
            key=item_key(model, item.pk),
            model=model,
            pk=item.pk,
            title=str(item),
            type_name=capfirst(str(model._meta.verbose_name)),
            section=section.value,
            section_name=section.label,
            is_page=False,
            translations=states[item.pk],
            edit_url=edit_url(item.pk),
            translate_base_url=reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[model._meta.app_label, model._meta.model_name, quote(item.pk)],
            ),
        )
        for item in items
    ]
    return rows, edit_url


def report_rows(section=None, may_translate=False):
    """Every row of the report (or of one section), cells filled, in a constant number of
    queries. `may_translate`: whether cells offer wagtail-localize's "translate" screen."""
    locale = source_locale()
    groups = []
    if not section or section.startswith(PAGE_SECTION):
        groups.append(page_rows(locale, section))
    for model in translatable_snippet_models():
        value = f"{SNIPPET_SECTION}{model._meta.label_lower}"
        if not section or section == value:
            groups.append(snippet_rows(model, locale))
    rows = []
    for group_rows, edit_url in groups:
        for row in group_rows:
            row.cells = [
                Cell(
                    version,
                    edit_url=edit_url(version.pk) if version.pk else "",
                    translate_url=(
                        f"{row.translate_base_url}?select_locale={version.language_code}"
                        if may_translate and version.state in (MISSING, ALIAS)
                        else ""
                    ),
                )
                for version in row.translations.versions
            ]
        rows.extend(group_rows)
    add_sync_dates(rows)
    return rows


def add_sync_dates(rows):
    """When each row's translations were last synchronised (one query for all rows)."""
    source_ids = {row.source_id for row in rows if row.source_id}
    if not source_ids:
        return
    dates = dict(
        TranslationSource.objects.filter(pk__in=source_ids).values_list("pk", "last_updated_at")
    )
    for row in rows:
        row.synced_at = dates.get(row.source_id)


def filter_rows(rows, language=None, state=None):
    """Rows with `state` in `language` (or in any language when none is chosen)."""
    if not state:
        return list(rows)
    if language:
        return [row for row in rows if row.state(language) == state]
    return [row for row in rows if state in row.states().values()]


@dataclass(frozen=True)
class LanguageCount:
    language_code: str
    language_name: str
    current: int
    total: int

    @property
    def percent(self):
        """Rounded down: one outdated page in two hundred is not "100 % aktuell"."""
        return (100 * self.current // self.total) if self.total else 100


def language_counts(rows, languages):
    """Per language: how many rows are current there (CURRENT_STATES) out of all rows."""
    counts = []
    for code in languages:
        states = [row.state(code) for row in rows]
        states = [state for state in states if state is not None]
        counts.append(
            LanguageCount(
                code,
                language_name(get_language(), code),
                sum(state in CURRENT_STATES for state in states),
                len(states),
            )
        )
    return counts


def target_languages():
    """The site's languages other than the source language, in settings order."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
