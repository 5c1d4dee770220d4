"""Where each language version of translatable content stands: the one rule, for many items at once.

An item (a page or a translatable snippet) has one row per language, all sharing its
translation key. Seen from one of them, every other language is in one of six states:

- "translated": a version of its own exists, and wagtail-localize's source is in step with the
  original (or the version was written by hand: nothing says it fell behind);
- "incomplete": wagtail-localize translates it, in step with the original, but some of the
  original's text has no translation yet (a translation just started, or what the last sync
  brought in): the page shows the German words there;
- "outdated": wagtail-localize translated it, and the original changed after the translation
  was last synchronised (TranslationSource.last_updated_at: set when a translation is started
  and by "Sync translated pages"/"Übersetzungen synchronisieren", which is what an editor does
  next). A page changed when it was last published (its row, which the sync reads, is the live
  version); a snippet, which keeps no history, changed when its fields differ from what the
  source holds: the very comparison wagtail-localize makes before it updates a source;
- "alias": a page that only mirrors another language (Wagtail's alias_of), untranslated;
- "source": the original that another language was translated from;
- "missing": no version in that language.

`translation_states(items)` answers this for a whole page of a listing in three queries,
however many items and languages: the versions, the wagtail-localize translations, the locales.
With it come the two questions wagtail-localize's listing buttons ask of each row ("is there
a language left to translate into?", "is this the source of translations to synchronise?"),
so that they need no queries of their own (core.localize_buttons).
The admin listings (core.admin_translations) show it as badges; anything else that asks "what
is out of date?" should ask here, so the answer is the same everywhere.
"""

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, OuterRef
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

TRANSLATED = "translated"
INCOMPLETE = "incomplete"
OUTDATED = "outdated"
ALIAS = "alias"
SOURCE = "source"
MISSING = "missing"

STATE_NAMES = {
    TRANSLATED: _("übersetzt"),
    INCOMPLETE: _("unvollständig"),
    OUTDATED: _("veraltet"),
    ALIAS: _("Alias, noch nicht übersetzt"),
    SOURCE: _("Original"),
    MISSING: _("fehlt"),
}


@dataclass(frozen=True)
class VersionState:
    """One language of one item: its state and, where it exists, the version's primary key."""

    language_code: str
    state: str
    pk: int | None = None

    @property
    def language_name(self):
        """The language's name in the active (admin) language, e.g. "Arabisch"."""
        return language_name(get_language(), self.language_code)

    @property
    def state_name(self):
        return STATE_NAMES[self.state]

    @property
    def label(self):
        """ "Arabisch: übersetzt" """
        return state_label(get_language(), self.language_code, self.state)


# A listing shows the same few labels hundreds of times (seven languages, five states): each is
# worked out once per admin language and process. The admin language is part of the key.
@lru_cache(maxsize=512)
def language_name(active_language, code):
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


@lru_cache(maxsize=512)
def state_label(active_language, code, state):
    return _("%(language)s: %(state)s") % {
        "language": language_name(active_language, code),
        "state": STATE_NAMES[state],
    }


@dataclass(frozen=True)
class ItemTranslations:
    """An item's other languages, and the wagtail-localize source it is the original of."""

    versions: list
    source_id: int | None = None  # a TranslationSource with enabled translations
    is_alias: bool = False

    @property
    def can_be_translated(self):
        """Whether a language has no translation yet (no version, or only an alias)."""
        return self.is_alias or any(v.state in (MISSING, ALIAS) for v in self.versions)


@dataclass(frozen=True, slots=True)
class PageVersion:
    """A page's version in one language, as far as its state depends on it."""

    pk: int
    translation_key: object
    locale_id: int
    alias_of_id: int | None
    last_published_at: object


def language_order():
    """The site's languages in settings.LANGUAGES order, the source language first."""
    return [code for code, _name in settings.LANGUAGES]


def translation_states(items):
    """{item's pk: ItemTranslations, its VersionStates in the site's language order}.

    Three queries for any number of items: their versions in every language, the
    wagtail-localize translations of their keys, and the locales.
    """
    items = list(items)
    if not items:
        return {}
    model = items[0].get_translation_model()
    is_page = issubclass(model, Page)
    keys = {item.translation_key for item in items}

    versions = defaultdict(dict)  # key -> locale id -> version
    rows = model._default_manager.filter(translation_key__in=keys)
    if is_page:
        # What a page's state needs is five values, not a page: no Page to build per version.
        rows = (
            PageVersion(*values)
            for values in rows.values_list(
                "pk", "translation_key", "locale_id", "alias_of_id", "last_published_at"
            )
        )
    for version in rows:
        versions[version.translation_key][version.locale_id] = version

    fields = ["source_id", "source__object_id", "source__locale_id", "target_locale_id"]
    fields += ["source__last_updated_at"] if is_page else ["source__content_json"]
    fields += ["has_untranslated"]
    translated = {}  # (key, target locale id) -> (source locale id, what decides "outdated")
    sources = {}  # (key, source locale id) -> source id
    incomplete = set()  # (key, target locale id) with segments not translated yet
    rows = (
        Translation.objects.filter(source__object_id__in=keys, enabled=True)
        .annotate(has_untranslated=Exists(untranslated_segments()))
        .values_list(*fields)
    )
    for source_id, key, source_locale, target_locale, synced, has_untranslated in rows:
        translated[key, target_locale] = (source_locale, synced)
        sources[key, source_locale] = source_id
        if has_untranslated:
            incomplete.add((key, target_locale))

    codes = dict(Locale.objects.values_list("pk", "language_code"))
    ids = {code: pk for pk, code in codes.items()}
    order = [ids[code] for code in language_order() if code in ids]

    def state(item, locale_id):
        version = versions[item.translation_key].get(locale_id)
        if version is None:
            return MISSING
        if getattr(version, "alias_of_id", None):
            return ALIAS
        if (item.translation_key, locale_id) in translated:
            source_locale, synced = translated[item.translation_key, locale_id]
            original = versions[item.translation_key].get(source_locale)
            if changed_since(original, synced, is_page):
                return OUTDATED
            if (item.translation_key, locale_id) in incomplete:
                return INCOMPLETE
            return TRANSLATED
        if (item.translation_key, locale_id) in sources:
            return SOURCE
        return TRANSLATED

    result = {}
    for item in items:
        key = item.translation_key
        result[item.pk] = ItemTranslations(
            versions=[
                VersionState(
                    codes[locale_id],
                    state(item, locale_id),
                    getattr(versions[key].get(locale_id), "pk", None),
                )
                for locale_id in order
                if locale_id != item.locale_id
            ],
            source_id=sources.get((key, item.locale_id)),
            is_alias=bool(getattr(item, "alias_of_id", None)),
        )
    return result


def untranslated_segments():
    """For a Translation row (the outer query): its source's text segments that have no
    translation into its target language yet.

    After "Übersetzungen synchronisieren" the source holds the original's new text, so the
    translation is no longer behind by date; but what changed is still untranslated (the
    page shows the German words there) until someone translates it: "incomplete", not
    current. (A string used twice needs its translation once per place: its context.)
    """
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
    )
    return StringSegment.objects.filter(source_id=OuterRef("source_id")).exclude(Exists(translated))


def changed_since(original, synced, is_page):
    """Whether the original changed after its translation source was last synchronised.

    Pages: published after the sync (`synced` is TranslationSource.last_updated_at).
    Snippets: their fields differ from the source's (`synced` is its content_json).
    """
    if original is None or synced is None:
        return False
    if is_page:
        return bool(original.last_published_at and original.last_published_at > synced)
    current = json.dumps(get_serializable_data_for_fields(original), cls=DjangoJSONEncoder)
    return json.loads(current) != json.loads(synced)
