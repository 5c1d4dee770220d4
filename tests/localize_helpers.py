"""Translations the way wagtail-localize makes them, for tests of what the admin shows."""

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def localize(instance, language, complete=True):
    """Translate a page or snippet into `language` through wagtail-localize (the German text
    stands in for the translated strings, typed as a translator would: every segment has its
    translation unless `complete` is false); return the translated version."""
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    if complete:
        translate_segments(source, locale)
    source.create_or_update_translation(locale, publish=True, fallback=True, copy_parent_pages=True)
    return instance.get_translation(locale)


def translate_segments(source, locale):
    """Every segment of the source without a translation into `locale` gets its German text."""
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context_id=segment.context_id,
            defaults={
                "data": segment.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )


def sync(instance):
    """What "Übersetzungen synchronisieren" does first: read the original again."""
    TranslationSource.objects.get(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).update_from_db()
