"""One request to a provider, every way it can fail turned into a MachineTranslationError.

Each provider says how to read its error answers (`classify(status, error_text)` → a kind);
what does not depend on the provider is decided here: no answer in time is "timeout", no
connection or an unreadable answer is "unavailable".
"""

import logging

import requests

from . import MachineTranslationError, messages

logger = logging.getLogger(__name__)


def error(kind, provider, **details):
    """The error of `kind` with its sentence (core.machine_translation.messages)."""
    if kind == "timeout":
        message = messages.timeout(provider, details["seconds"])
    elif kind == "language":
        message = messages.language(provider, details["source"], details["target"])
    else:
        message = getattr(messages, kind)(provider)
    return MachineTranslationError(kind, message)


def error_text(response):
    """The provider's own words for an error (LibreTranslate's "error", DeepL's "message")."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:500]
    if isinstance(body, dict):
        return str(body.get("error") or body.get("message") or body.get("detail") or "")
    return ""


def send(method, url, *, provider, seconds, classify, languages, expect_json=True, **kwargs):
    """The answer's JSON (None when `expect_json` is false) or a MachineTranslationError.

    `languages` = (source, target) names for the "language" sentence.
    """
    try:
        response = requests.request(method, url, timeout=seconds, **kwargs)
    except requests.Timeout:
        raise error("timeout", provider, seconds=seconds) from None
    except requests.RequestException as exc:
        logger.warning("%s: %s", provider, exc)
        raise error("unavailable", provider) from None
    if response.status_code >= 400:
        text = error_text(response)
        kind = classify(response.status_code, text)
        logger.warning("%s answered %s: %s", provider, response.status_code, text)
        source, target = languages
        raise error(kind, provider, source=source, target=target) from None
    if not expect_json:
        return None
    try:
        return response.json()
    except ValueError:
        logger.warning("%s: unreadable answer", provider)
        raise error("unavailable", provider) from None


def common_kind(status):
    """Kinds every provider shares: 5xx → unavailable, other errors → rejected."""
    return "unavailable" if status >= 500 else "rejected"


def mentions(text, *words):
    text = (text or "").lower()
    return any(word in text for word in words)
