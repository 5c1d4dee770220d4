"""Language names for the directory from CLDR (Babel): in the visitor's language, and each in
itself ("العربية", "Українська"), so a newcomer recognises their own language on a card.

CLDR knows far more names than our catalogues; where it has none (Leichte Sprache, Dari in some
languages, Kurdish variants), the project's own names (home.languages) stand in.
"""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language, get_language_info

from home.languages import SPOKEN_LANGUAGE_NAMES, SPOKEN_LANGUAGES

# Codes whose own name CLDR keeps under another locale: Dari is Afghan Persian.
ENDONYM_LOCALES = {"prs": ("fa_AF", "fa"), "kmr": ("ku", "ku")}
RTL = {"ar", "fa", "prs", "ps", "ckb", "ur", "he"}


@lru_cache(maxsize=64)
def _babel(code):
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def visitor_language():
    return (get_language() or "de").split("-")[0]


def name_in(code, language=None):
    """The language `code` named in `language` (the visitor's by default)."""
    babel = _babel(language or visitor_language())
    name = babel.languages.get(code) if babel else None
    return name or str(SPOKEN_LANGUAGE_NAMES.get(code, code))


@lru_cache(maxsize=64)
def endonym(code):
    """The language's name in itself, or None where CLDR has none; capitalised as a name
    standing alone (CLDR writes "українська", "русский" as inside a sentence)."""
    locale_code, key = ENDONYM_LOCALES.get(code, (code, code))
    babel = _babel(locale_code)
    name = babel.languages.get(key) if babel else None
    return name[:1].upper() + name[1:] if name else None


def direction(code):
    try:
        return "rtl" if get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "rtl" if code in RTL else "ltr"


def spoken(codes, language=None):
    """[{code, name, own, dir, separator}] for a card's "spricht: …": `own` is the name in
    the language itself (None where it equals the visitor's name or CLDR has none);
    `separator` what follows it in the visitor's language ("، " in Arabic, "" for the last)."""
    language = language or visitor_language()
    between = list_separator(language)
    result = []
    for position, code in enumerate(codes):
        name = name_in(code, language)
        own = endonym(code)
        if code == language and own:
            name, own = own, None
        separator = between if position < len(codes) - 1 else ""
        result.append(
            {"code": code, "name": name, "own": own, "dir": direction(code), "separator": separator}
        )
    return result


@lru_cache(maxsize=32)
def list_separator(language):
    """What separates the items of a list in `language` (CLDR's list pattern: ", " in
    German, "، " in Arabic and Persian)."""
    try:
        middle = Locale.parse(language).list_patterns["standard"]["middle"]
    except (UnknownLocaleError, ValueError, KeyError):
        return ", "
    return middle.replace("{0}", "").replace("{1}", "")


def choices(language=None):
    """(code, name) of the offers' languages, named in the visitor's language, by name."""
    language = language or visitor_language()
    pairs = [(code, name_in(code, language)) for code, _name in SPOKEN_LANGUAGES]
    return sorted(pairs, key=lambda pair: pair[1].lower())


def in_list_order(codes):
    """The codes in the order of home.languages (German, English, Arabic, …), once each."""
    order = {code: position for position, (code, _name) in enumerate(SPOKEN_LANGUAGES)}
    return sorted(set(codes), key=lambda code: (order.get(code, len(order)), code))
