"""Every content language exists as a Wagtail locale, synchronised from German.

With the synchronisation, a page created in German appears in every other language as an
alias of the original until somebody translates it, so no visitor meets a missing page.
"""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization


def ensure_locales():
    """Create missing locales and their sync from the default language; return them by code."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    }
    source = locales[settings.LANGUAGE_CODE]
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )
    return locales


def add_aliases_in_other_languages(page):
    """Give a page created in code an alias in every other language, as the admin would.

    wagtail-localize's synchronisation only reacts to pages created in the admin; demo
    loaders and front-end forms call this after creating (and publishing) a page.
    """
    page = page.specific
    created = []
    for locale in ensure_locales().values():
        if locale.pk == page.locale_id or page.has_translation(locale):
            continue
        created.append(page.copy_for_translation(locale, copy_parents=True, alias=True))
    return created
