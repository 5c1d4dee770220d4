"""Translated categories: the shared abstract snippet, and its names in the visitor's language.

Categories (of events, documents, news, board topics) are translatable snippets: each
language has its own row, all rows of one category share a translation key, and the slug that
filter and feed addresses use is the same in every language. Content that is not translated
yet points at the German rows, so wherever a category is shown the question is the same: its
name in the visitor's language, and the German name where no translation exists. The
queryset answers it in one query.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from .translatable_fields import kept_as_source


def language_code(language=None):
    """A language code from a Locale, a code or None (the active language); German where the
    site does not offer that language."""
    code = getattr(language, "language_code", language) or get_language()
    offered = {code for code, _name in settings.LANGUAGES}
    return code if code in offered else settings.LANGUAGE_CODE


class CategoryQuerySet(models.QuerySet):
    def localized(self, language=None):
        """Each category once: its row in `language`, or the German row where there is none
        (one query, in the queryset's order)."""
        code = language_code(language)
        rows = self.filter(locale__language_code__in={settings.LANGUAGE_CODE, code}).select_related(
            "locale"
        )
        fallback, translated = {}, {}
        for row in rows:
            in_language = row.locale.language_code == code
            (translated if in_language else fallback)[row.translation_key] = row
        return list((fallback | translated).values())

    def by_key(self, language=None):
        """{translation key: category in `language`, else in German} (one query)."""
        return {row.translation_key: row for row in self.localized(language)}

    def names_by_key(self, language=None):
        """{translation key: name in `language`, else the German name} (one query)."""
        code = language_code(language)
        rows = self.filter(locale__language_code__in={settings.LANGUAGE_CODE, code}).values_list(
            "translation_key", "locale__language_code", "name"
        )
        fallback, translated = {}, {}
        for key, row_code, name in rows:
            (translated if row_code == code else fallback)[key] = name
        return fallback | translated

    def slugs_by_language(self, slugs, language=None):
        """{slug: {language code: that category's slug in the language}} for the categories
        these slugs name, in one query (the language switcher's filter mapping).

        A slug names the row in `language` if there is one, else the German row, else any
        row with that slug. Languages without a translation of the category are left out:
        their filters offer the German row (see `localized`), whose slug is then the one.
        """
        slugs = set(slugs)
        if not slugs:
            return {}
        code = language_code(language)
        keys = self.filter(slug__in=slugs).values("translation_key")
        rows = self.filter(translation_key__in=keys).values_list(
            "translation_key", "slug", "locale__language_code"
        )
        by_key, named = {}, {}
        for key, slug, row_code in rows:
            by_key.setdefault(key, {})[row_code] = slug
            if slug in slugs:
                rank = 0 if row_code == code else 1 if row_code == settings.LANGUAGE_CODE else 2
                if rank < named.get(slug, (3, None))[0]:
                    named[slug] = (rank, key)
        mapped = {}
        for slug, (_rank, key) in named.items():
            languages = by_key[key]
            german = languages.get(settings.LANGUAGE_CODE)
            mapped[slug] = {
                target: languages.get(target, german or slug) for target, _n in settings.LANGUAGES
            }
        return mapped

    def choices(self, locale=None):
        """(slug, name) of every category for a filter, named in the visitor's language and
        sorted by that name (one query)."""
        names = {}
        for row in self.localized(locale):
            names.setdefault(row.slug, row.name)
        return sorted(names.items(), key=lambda item: str(item[1]).lower())


class TranslatableCategory(TranslatableMixin, models.Model):
    """A category snippet (events, documents, news, board topics): the name is translated, the
    slug that filter and feed addresses use stays the same in every language."""

    name = models.CharField(
        _("Name"),
        max_length=100,
        help_text=_(
            "So heißt die Kategorie in Filtern und Listen, in denen Besucherinnen und Besucher "
            "Passendes suchen, z. B. „Sprache und Bildung“."
        ),
    )
    slug = models.SlugField(
        _("Kurzname in Adressen"),
        max_length=100,
        help_text=_(
            "Steht in den Adressen von Filtern und Feeds und ist in allen Sprachen gleich: "
            "Kleinbuchstaben, Ziffern und Bindestriche, z. B. „sprache-bildung“."
        ),
    )

    objects = CategoryQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = kept_as_source("slug")

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


def translated(items, locale, related=()):
    """The rows (categories, or any translatable snippet such as authors) as translated into
    `locale`, in the same order; a row without a translation stays as it is.

    For rows already read (a page's prefetched categories): one query for all of them, none
    when they are all in `locale` already. `related`: what to select_related on the
    translations (an author's photo).
    """
    items = list(items)
    if locale is None or not items:
        return items
    keys = {item.translation_key for item in items if item.locale_id != locale.pk}
    if not keys:
        return items
    model = type(items[0])
    rows = model._default_manager.filter(translation_key__in=keys, locale=locale)
    if related:
        rows = rows.select_related(*related)
    by_key = {row.translation_key: row for row in rows}
    return [
        item if item.locale_id == locale.pk else by_key.get(item.translation_key, item)
        for item in items
    ]
