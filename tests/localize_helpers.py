"""Translations the way wagtail-localize makes them, for tests of what the admin shows."""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource


def localize(instance, language):
    """Translate a page or snippet into `language` through wagtail-localize (the German text
    stands in for the translated strings); return the translated version."""
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    source.create_or_update_translation(locale, publish=True, fallback=True, copy_parent_pages=True)
    return instance.get_translation(locale)


def sync(instance):
    """What "Übersetzungen synchronisieren" does first: read the original again."""
    TranslationSource.objects.get(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).update_from_db()
