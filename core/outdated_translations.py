"""How many originals have translations that fell behind: the desk's count.

The rule is core.translation_states' (the badges of the admin listings and the translation
report, core.translation_report, which the desk item opens filtered to "veraltet"): a
translation made with wagtail-localize (an enabled `Translation`) is outdated when the
original page was published after its `TranslationSource` was last updated
(`last_updated_at`: when the translation was started or last synchronised with
"Übersetzungen synchronisieren"). Only published changes count: a draft of the original is
nothing the translators must follow. Aliases show the original anyway; a translation written
by hand, without wagtail-localize, has no source to fall behind.

`outdated_sources()` is one query to count, as the desk requires, and so counts pages only: a
snippet keeps no date of change, and whether it changed is a comparison of its fields with
the source's (translation_states does it in Python). The report lists both.
"""

from django.db.models import Exists, OuterRef
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource


def _original_page():
    """The source's page in the source's language (a page shares its translation_key with
    its TranslatableObject)."""
    return Page.objects.filter(
        translation_key=OuterRef("object_id"), locale_id=OuterRef("locale_id")
    )


def _synced_translations():
    """The source's enabled wagtail-localize translations that have a page of their own."""
    translated_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"),
        locale_id=OuterRef("target_locale_id"),
        alias_of__isnull=True,
    )
    return Translation.objects.filter(source=OuterRef("pk"), enabled=True).filter(
        Exists(translated_page)
    )


def outdated_sources():
    """Sources of pages published since their translations were last updated."""
    changed_since = _original_page().filter(last_published_at__gt=OuterRef("last_updated_at"))
    return TranslationSource.objects.filter(Exists(changed_since), Exists(_synced_translations()))
