"""Wagtail's database search backend, with a PostgreSQL text search configuration per language.

    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}

On PostgreSQL, Wagtail's backend (modelsearch) indexes and queries everything with one text
search configuration. Here each object is indexed with the configuration of the language its
text is written in: `german` (stemming: "Veranstaltungen" and "Veranstaltung" meet) for German
pages, documents and snippets, `simple` (words as written, lower-cased) for English, Arabic,
Persian, Ukrainian, Russian and Turkish. A query is matched against both forms, the German
stems and the plain words, so a visitor finds German documents from the English site, and
English words are never mangled by German rules. Everything else (tables, GIN indexes,
ranking, filters, autocomplete with `simple`) is Wagtail's own.

On any other database the module hands over to Wagtail's database backend (SQLite FTS5).

Options next to BACKEND: LANGUAGE_CONFIGS, a mapping of language codes to configurations
(default below), and SEARCH_CONFIG, the configuration for the other languages (`simple`).
After changing them, rebuild the index: `manage.py update_index`.
"""

import copy
from functools import reduce

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection

LANGUAGE_CONFIGS = {"de": "german", "de-simple": "german"}
OTHER_LANGUAGES_CONFIG = "simple"


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up under this name)
    if connection.vendor == "postgresql":
        return LanguageAwarePostgresSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as database_backend

    return database_backend(params)


# Defined only where django.contrib.postgres and psycopg are usable.
try:
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
except ImportError:  # pragma: no cover
    PostgresSearchBackend = None


def content_language(obj, locale_codes):
    """The language an indexed object's text is written in, or None when it has none.

    A document says so itself (`language`); a page or translatable snippet through its
    locale, except an untranslated page (an alias), which shows its original's text.
    """
    language = getattr(obj, "language", None)
    if isinstance(language, str) and language:
        return language
    alias_of_id = getattr(obj, "alias_of_id", None)
    if alias_of_id:
        from wagtail.models import Page

        locale_id = Page.objects.filter(pk=alias_of_id).values_list("locale_id", flat=True).first()
    else:
        locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    if locale_id not in locale_codes:
        from wagtail.models import Locale

        locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return locale_codes.get(locale_id)


if PostgresSearchBackend is not None:

    class LanguageAwarePostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            """Index the objects in groups, each group with its language's configuration."""
            groups = {}
            for obj in objs:
                groups.setdefault(self.backend.config_for(obj), []).append(obj)
            for config, group in groups.items():
                # Wagtail's indexer reads the configuration from the backend: a copy each.
                backend = copy.copy(self.backend)
                backend.config = config
                index = copy.copy(self)
                index.backend = backend
                PostgresIndex.add_items(index, model, group)

    class LanguageAwareQueryCompiler(PostgresSearchQueryCompiler):
        """A query matches the index in every configuration in use (German stems, plain words)."""

        configs = (LANGUAGE_CONFIGS["de"], OTHER_LANGUAGES_CONFIG)

        def search(self, config, start, stop, score_field=None, backend=None):
            if backend is not None:
                self.configs = backend.query_configs
            return super().search(config, start, stop, score_field=score_field, backend=backend)

        def build_tsquery(self, query, config=None):
            queries = [super().build_tsquery(query, config=each) for each in self.configs]
            queries = [each for each in queries if each is not None]
            if not queries:
                return None
            return reduce(lambda a, b: a | b, queries)

        def get_fields_vectors(self, search_query):
            # Fields named in .search(fields=…) are read from the tables, in every configuration.
            return [
                (
                    reduce(
                        lambda a, b: a._combine(b, "||", False),
                        [SearchVector(field_lookup, config=each) for each in self.configs],
                    ),
                    search_field.boost,
                )
                for field_lookup, search_field in self.search_fields.items()
            ]

    class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = LanguageAwareQueryCompiler
        index_class = LanguageAwarePostgresIndex

        def __init__(self, params):
            params = dict(params)
            self.language_configs = params.pop("LANGUAGE_CONFIGS", LANGUAGE_CONFIGS)
            self.other_languages_config = params.pop("SEARCH_CONFIG", OTHER_LANGUAGES_CONFIG)
            super().__init__(params)
            # Objects without a language of their own (images, most snippets) are written in
            # the site's main language.
            self.config = self.config_for_language(settings.LANGUAGE_CODE)
            self.query_configs = tuple(
                dict.fromkeys([*self.language_configs.values(), self.other_languages_config])
            )
            self._locale_codes = {}

        def config_for_language(self, language_code):
            return self.language_configs.get(language_code, self.other_languages_config)

        def config_for(self, obj):
            language = content_language(obj, self._locale_codes)
            if language is None:
                return self.config
            return self.config_for_language(language)
