"""The language a JSON API endpoint answers in when it answers in one (events, directory).

`locale=` when given (one of the site's languages, else a 400 naming them); without it, the
language of the index the client chose (`index=`), else the one the client's Accept-Language
asks for (never a cookie), else German.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def accepted_language(request):
    """The first site language of the client's Accept-Language, else German."""
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            break
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def requested_locale(request, code, index=None):
    """The Locale to answer in, or BadRequestError with the reason."""
    if code is None:
        if index is not None:
            return index.locale
        code = accepted_language(request)
    elif code not in LANGUAGE_CODES:
        raise BadRequestError("locale must be one of: " + ", ".join(LANGUAGE_CODES))
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        raise BadRequestError(f"locale {code} has no content")
    return locale
