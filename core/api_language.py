"""The language an API client asks for with its Accept-Language header (never a cookie).

For the JSON API's endpoints that answer in one language when no `locale` is given (the
directory's; eventpages.api has the same rule in its own copy).
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header


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
