"""Which provider the site asks, read from settings at every call (tests and the settings
screen of a deployment may change them while the process runs)."""

from django.conf import settings

from . import messages

NAMES = {"libretranslate": "LibreTranslate", "deepl": "DeepL"}


def chosen():
    """The configured provider's key ("libretranslate", "deepl"), or None when off."""
    value = (getattr(settings, "MACHINE_TRANSLATION", "none") or "none").strip().lower()
    return value if value in NAMES else None


def provider_name():
    key = chosen()
    return NAMES[key] if key else None


def url():
    return (getattr(settings, "MACHINE_TRANSLATION_URL", "") or "").strip().rstrip("/")


def key():
    return getattr(settings, "MACHINE_TRANSLATION_KEY", "") or ""


def timeout():
    return getattr(settings, "MACHINE_TRANSLATION_TIMEOUT", 20)


def private_ok():
    return bool(getattr(settings, "MACHINE_TRANSLATION_PRIVATE_OK", False))


def problem():
    """Why the configuration cannot work (a sentence), or None."""
    provider = chosen()
    if provider is None:
        return messages.not_configured()
    if provider == "libretranslate" and not url():
        return messages.missing_setting(NAMES[provider], "MACHINE_TRANSLATION_URL")
    if provider == "deepl" and not key():
        return messages.missing_setting(NAMES[provider], "MACHINE_TRANSLATION_KEY")
    return None


def refusal(private):
    """Why a text may not go to the machine (not configured; private text to a provider not
    allowed private data), or None."""
    reason = problem()
    if reason is None and private and not private_ok():
        reason = messages.private_refused(provider_name())
    return reason


def refusal_kind(private):
    return "not_configured" if problem() else "private_refused"


def provider():
    """The configured provider's client; MachineTranslationError when there is none."""
    from . import MachineTranslationError

    reason = problem()
    if reason:
        raise MachineTranslationError("not_configured", reason)
    if chosen() == "deepl":
        from .deepl import DeepL

        return DeepL(key(), url(), timeout())
    from .libretranslate import LibreTranslate

    return LibreTranslate(url(), key(), timeout())
