"""Machine translation on the county's terms: the one way the site asks a machine translator.

Configured by environment (settings.MACHINE_TRANSLATION = "libretranslate" | "deepl" | "none",
MACHINE_TRANSLATION_URL, MACHINE_TRANSLATION_KEY, MACHINE_TRANSLATION_TIMEOUT), off by default.
Private texts (members-only pages, board posts) go to the provider only when it is marked as
allowed them (MACHINE_TRANSLATION_PRIVATE_OK, meant for a self-hosted LibreTranslate).
The glossary of fixed terms is kept by the machine as given.

Public interface (everything else in this package is internal):

- `MachineTranslationError`: `.kind` (one of KINDS) and `.message` (a sentence for a person,
  translated); raised for every failure, so callers keep what the person typed and show it.
- `provider_name()`: "LibreTranslate", "DeepL" or None when machine translation is off.
- `is_enabled()`; `may_translate(private)`; `refusal(private)`: the sentence saying why not
  (None when allowed).
- `translate_texts(texts, source, target, *, private, html=False)`: the texts in the target
  language, in order; `translate_text(...)` for one.
- `is_private_page(page)`: whether a page is readable by members only (a view restriction on
  it or an ancestor).

Inside: `config` (which provider, from settings at call time), `messages` (the sentences of
each kind), `http` (one request, its failures as errors), `libretranslate` and `deepl` (the two
APIs), `glossary` (the fixed terms: placeholders, DeepL's glossaries), `service` (what
translate_texts does), `localize` (wagtail-localize's translator) and `editor` (its views).
"""

KINDS = (
    "not_configured",  # MACHINE_TRANSLATION is none, or its URL/key are missing
    "private_refused",  # private text, provider not allowed private data
    "language",  # the provider does not offer this pair of languages
    "timeout",
    "unavailable",  # connection refused, 5xx, unreadable answer
    "quota",  # DeepL 456, LibreTranslate 429/403 for the key's limit
    "rejected",  # 4xx: a bad key, a request the provider refuses
)


class MachineTranslationError(Exception):
    def __init__(self, kind, message):
        super().__init__(str(message))
        self.kind = kind
        self.message = message


def provider_name():
    from .config import provider_name

    return provider_name()


def is_enabled():
    """Whether a provider is chosen and has what it needs (its URL or key)."""
    from .config import problem

    return problem() is None


def may_translate(private):
    return refusal(private) is None


def refusal(private):
    from .config import refusal

    return refusal(private)


def translate_texts(texts, source, target, *, private, html=False):
    from .service import translate_texts

    return translate_texts(texts, source, target, private=private, html=html)


def translate_text(text, source, target, *, private, html=False):
    return translate_texts([text], source, target, private=private, html=html)[0]


def is_private_page(page):
    """Members-only (or otherwise restricted) pages: core.privacy's answer, which also sees the
    restrictions above an alias's original."""
    from core.privacy import is_restricted

    return is_restricted(page)
