"""Responses meant for one person are never stored by a shared cache."""

from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

RESTRICTED_FLAG = "serves_restricted_content"


def mark_restricted(request):
    """Views that serve members-only content call this; the middleware adds the headers."""
    setattr(request, RESTRICTED_FLAG, True)


class PrivateResponseMiddleware:
    """Restricted content and anything rendered for a logged-in user: private, not stored."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if getattr(request, RESTRICTED_FLAG, False):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        elif user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
        if user is not None and user.is_authenticated:
            patch_vary_headers(response, ["Cookie"])
        return response
