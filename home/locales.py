"""Every content language exists as a Wagtail locale, synchronised from German.

With the synchronisation, a page created in German appears in every other language as an
alias of the original until somebody translates it, so no visitor meets a missing page.
"""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization


def ensure_locales():
    """Create missing locales and their sync from the default language; return them by code.

    Two queries when everything exists (the usual case): pages made in code call this once
    each, and a calendar's import makes thousands of them.
    """
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    found = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)
    }
    locales = {
        code: found.get(code) or Locale.objects.get_or_create(language_code=code)[0]
        for code in codes
    }
    source = locales[settings.LANGUAGE_CODE]
    synchronised = set(
        LocaleSynchronization.objects.filter(
            locale__in=[locale.pk for locale in locales.values()]
        ).values_list("locale_id", flat=True)
    )
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE and locale.pk not in synchronised:
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
    # The languages it has already, in one query (rather than one per language).
    present = set(page.get_translations(inclusive=True).values_list("locale_id", flat=True))
    for locale in ensure_locales().values():
        if locale.pk == page.locale_id or locale.pk in present:
            continue
        created.append(page.copy_for_translation(locale, copy_parents=True, alias=True))
    return created
