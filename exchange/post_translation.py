"""Reading a post in one's own language: the board's one use of core.machine_translation.

Posts are private (members only): they are sent with private=True, which the provider must be
allowed (MACHINE_TRANSLATION_PRIVATE_OK); `offered()` is false otherwise, and then nothing on
the board or in its mails offers a translation.

Posts are plain text (exchange_tags.plain_text shows them): each paragraph (the text between
blank lines) goes to the provider as one text, all of a post's in one request, so paragraphs
stay paragraphs and a sentence broken over two lines inside one is still translated whole.
The answer is plain text again and is shown exactly like what members write (escaped, links
made nofollow): the provider's output is untrusted, never marked safe, only stripped of
control characters and cut to a bound.

Kept in Django's shared cache per post, target language and version: a hash of the post's
language, its text and the provider's name. An edit (by its author or a moderator), a deletion
(the text is emptied) or another provider makes a new key; the old entry runs out by itself
(TIMEOUT). Not tied to the page cache's generation (core.cache): that counter moves with every
publish, and each would send every post to the provider again. The board's pages themselves
are never stored by the page cache (exchange.access marks them restricted); the cache holds
only the translated text, read after the route checked that the member may read the post.
How many texts a member can make the provider translate is bounded by what they can post
(exchange.views.POST_LIMIT) times the languages: every other read is a cache hit.
"""

import hashlib
import logging
import re
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import machine_translation
from core.machine_translation import MachineTranslationError

from .models import BODY_MAX_LENGTH

logger = logging.getLogger(__name__)

# The thread's address with ?lesen=12&lesen=15 shows these posts in the reader's language.
READ_PARAMETER = "lesen"
TIMEOUT = 30 * 24 * 60 * 60
KEY_PREFIX = "exchange:translation"
# An answer longer than this many times the longest post is cut (a broken provider, not a
# translation): the cache and the page stay bounded.
MAX_GROWTH = 4
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

# German needs the dative of each language's name ("aus dem Arabischen"), and other languages
# have their own grammar here: a whole sentence per source language for the translators.
TRANSLATED_FROM = {
    "de": gettext_lazy("Maschinell übersetzt aus dem Deutschen (%(provider)s)"),
    "en": gettext_lazy("Maschinell übersetzt aus dem Englischen (%(provider)s)"),
    "ar": gettext_lazy("Maschinell übersetzt aus dem Arabischen (%(provider)s)"),
    "fa": gettext_lazy("Maschinell übersetzt aus dem Persischen (%(provider)s)"),
    "uk": gettext_lazy("Maschinell übersetzt aus dem Ukrainischen (%(provider)s)"),
    "ru": gettext_lazy("Maschinell übersetzt aus dem Russischen (%(provider)s)"),
    "tr": gettext_lazy("Maschinell übersetzt aus dem Türkischen (%(provider)s)"),
}
TRANSLATED = gettext_lazy("Maschinell übersetzt (%(provider)s)")


@dataclass(frozen=True)
class PostTranslation:
    text: str
    source: str
    target: str
    provider: str


def offered():
    """Whether the board offers translations at all: on, and allowed private data.

    A configuration that cannot be read offers nothing (logged): the board is read without
    translations rather than not at all.
    """
    try:
        return bool(machine_translation.may_translate(True))
    except Exception:  # noqa: BLE001
        logger.exception("Machine translation's settings could not be read")
        return False


def wants_translation(post, language):
    """A post with text, written in another language than `language`."""
    return post.deleted_at is None and bool(post.body.strip()) and post.language != language


def paragraphs(text):
    """The text's paragraphs (split at blank lines), without empty ones."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [part.strip() for part in PARAGRAPH_BREAK.split(text) if part.strip()]


def cache_key(post, target, provider):
    version = hashlib.sha256(
        "\x00".join([provider or "", post.language, post.body]).encode()
    ).hexdigest()[:32]
    return f"{KEY_PREFIX}:{post.pk}:{target}:{version}"


def clean(answer):
    """A provider's answer for one paragraph, as plain text of bounded length."""
    text = CONTROL_CHARACTERS.sub("", str(answer or ""))
    return text.strip()[: BODY_MAX_LENGTH * MAX_GROWTH]


def translate_post(post, target):
    """The post in `target`, from the cache or the provider.

    Raises MachineTranslationError (with a sentence for the reader) when the provider refuses
    or fails; nothing is cached then.
    """
    provider = machine_translation.provider_name() or ""
    key = cache_key(post, target, provider)
    text = cache.get(key)
    if text is None:
        parts = paragraphs(post.body)
        answers = machine_translation.translate_texts(
            parts, post.language, target, private=True, html=False
        )
        if len(answers) != len(parts):
            raise MachineTranslationError(
                "unavailable",
                _(
                    "Die Übersetzung kam unvollständig zurück. "
                    "Bitte versuchen Sie es später noch einmal."
                ),
            )
        text = "\n\n".join(clean(answer) for answer in answers)
        cache.set(key, text, TIMEOUT)
    return PostTranslation(text=text, source=post.language, target=target, provider=provider)


def mark_text(translation):
    """'Maschinell übersetzt aus dem Arabischen (LibreTranslate)', in the active language."""
    sentence = TRANSLATED_FROM.get(translation.source, TRANSLATED)
    return str(sentence) % {"provider": translation.provider}


def mark_html(translation):
    """The same sentence for a page or an HTML mail, the provider's name isolated (<bdi>):
    a Latin name in parentheses inside an Arabic or Persian sentence keeps its place."""
    sentence = TRANSLATED_FROM.get(translation.source, TRANSLATED)
    provider = format_html("<bdi>{}</bdi>", translation.provider)
    return mark_safe(escape(str(sentence)) % {"provider": provider})  # nosec B308 B703
