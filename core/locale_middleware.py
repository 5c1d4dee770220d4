"""Django's LocaleMiddleware, for the routes outside the language prefixes."""

from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(locale.LocaleMiddleware):
    """Leaves the responses of routes outside `i18n_patterns` (/embed/, /oembed/, /documents/)
    as they are.

    Django would turn their 404 into a redirect to "/<language>/…", where Wagtail's catch-all
    answers with another 404: an embed or oEmbed consumer must see the 404 itself. A response
    marked `language_from_url` (embeds: the language is part of their address) does not vary
    with the visitor's Accept-Language either, so shared caches keep one copy.
    """

    def process_response(self, request, response):
        resolved = getattr(request, "resolver_match", None) is not None
        if not resolved or translation.get_language_from_path(request.path_info):
            return super().process_response(request, response)
        if not getattr(response, "language_from_url", False):
            patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
