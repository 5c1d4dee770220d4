"""Languages people speak in the county: broader than the seven the site is translated into.

Used for the languages spoken at an event and for the language of a document. Codes are
ISO 639 (with 639-3 where 639-1 has none, e.g. Dari "prs"); names are German msgids.
"""

from django.utils.translation import gettext_lazy as _

SPOKEN_LANGUAGES = [
    ("de", _("Deutsch")),
    ("de-simple", _("Leichte Sprache")),
    ("gsg", _("Deutsche Gebärdensprache")),
    ("en", _("Englisch")),
    ("ar", _("Arabisch")),
    ("fa", _("Persisch (Farsi)")),
    ("prs", _("Dari")),
    ("ps", _("Paschtu")),
    ("kmr", _("Kurdisch (Kurmandschi)")),
    ("ckb", _("Kurdisch (Sorani)")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("am", _("Amharisch")),
    ("uk", _("Ukrainisch")),
    ("ru", _("Russisch")),
    ("tr", _("Türkisch")),
    ("pl", _("Polnisch")),
    ("ro", _("Rumänisch")),
    ("bg", _("Bulgarisch")),
    ("sq", _("Albanisch")),
    ("sr", _("Serbisch")),
    ("fr", _("Französisch")),
    ("es", _("Spanisch")),
    ("vi", _("Vietnamesisch")),
    ("ur", _("Urdu")),
    ("hi", _("Hindi")),
    ("ka", _("Georgisch")),
]
SPOKEN_LANGUAGE_NAMES = dict(SPOKEN_LANGUAGES)
# Easy-to-read German: the documents' code, and the term pages and documents are found by
# in the search. The term stays German in every language (the name people know and look for).
EASY_LANGUAGE_CODE = "de-simple"
EASY_LANGUAGE_LABEL = "Leichte Sprache"


def original_language(page):
    """For an untranslated page (an alias): the language its text is written in, else None.

    Events and posts show it as "Nur auf … verfügbar", with `lang` and `dir` on the text.
    """
    if not page.alias_of_id:
        return None
    from django.utils.translation import get_language_info

    from core import memo

    code = memo.remember(
        ("home:original_language", page.alias_of_id),
        lambda: page.alias_of.locale.language_code,
    )
    try:
        bidi = get_language_info(code)["bidi"]
    except KeyError:
        bidi = False
    return {
        "code": code,
        "name": SPOKEN_LANGUAGE_NAMES.get(code, code),
        "direction": "rtl" if bidi else "ltr",
    }


def original_languages(pages):
    """{page id: original_language(...)} for the aliases among `pages`, in one query.

    Lists such as the main menu show many pages; each alias's original is looked up together.
    """
    from django.utils.translation import get_language_info
    from wagtail.models import Page

    alias_of = {page.pk: page.alias_of_id for page in pages if page.alias_of_id}
    if not alias_of:
        return {}
    codes = dict(
        Page.objects.filter(pk__in=set(alias_of.values())).values_list(
            "pk", "locale__language_code"
        )
    )
    found = {}
    for page_id, original_id in alias_of.items():
        code = codes.get(original_id)
        if code is None:
            continue
        try:
            bidi = get_language_info(code)["bidi"]
        except KeyError:
            bidi = False
        found[page_id] = {
            "code": code,
            "name": SPOKEN_LANGUAGE_NAMES.get(code, code),
            "direction": "rtl" if bidi else "ltr",
        }
    return found
