"""Which language a mail is written in, and how a language is marked up in it."""

from django.conf import settings
from django.utils.translation import get_language_info


def site_languages():
    return {code for code, _name in settings.LANGUAGES}


def mail_language(*choices):
    """The first of the recipient's choices the site is translated into, else LANGUAGE_CODE.

    Each app knows where its recipients said which language they read (a subscriber's
    language, a board preference, the language a document was shared in, the Wagtail
    profile); the rule for what counts is this one.
    """
    languages = site_languages()
    for choice in choices:
        if choice in languages:
            return choice
    return settings.LANGUAGE_CODE


def user_language(user):
    """The language a user chose for the Wagtail admin (their profile), or "" when none."""
    profile = getattr(user, "wagtail_userprofile", None)  # reverse one-to-one: may be missing
    return getattr(profile, "preferred_language", "") or ""


def language_info(code, names=None):
    """Code and writing direction of a language (for lang and dir); its name from `names`.

    `names` maps codes to (lazy) names, e.g. the spoken languages, where a template says
    "only available in …".
    """
    try:
        bidi = get_language_info(code)["bidi"]
    except KeyError:
        bidi = False
    info = {"code": code, "direction": "rtl" if bidi else "ltr"}
    if names is not None:
        info["name"] = str(names.get(code, code))
    return info
