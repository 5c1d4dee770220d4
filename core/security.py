"""Security headers on every response, and the lockout page of the login throttling.

Sits below Django's ContentSecurityPolicyMiddleware, so it sees the response first and picks
the policy that middleware writes (through `response._csp_config`):

- a policy a view chose itself (embeds, the embed preview) is kept;
- the Wagtail admin (ADMIN_CSP_PATHS) gets ADMIN_CSP: its editor needs inline scripts and
  styles, data: and blob: images (uploads previewed before they are sent);
- everything else gets SECURE_CSP, with the media storage's host added for images (media may
  live in an S3 bucket on another host).

A page that shows a third party's images after the visitor agreed (the directory's map tiles)
sets `with_image_origins(request, origins)` on its response: that host, on that page only.
The page cache (core.cache) keeps a response's own policy with it.

It also adds Permissions-Policy. Referrer-Policy, X-Content-Type-Options and
Cross-Origin-Opener-Policy come from Django's SecurityMiddleware (settings/security.py).
"""

import math
from urllib.parse import urlsplit

from axes.helpers import get_cool_off
from django.conf import settings
from django.utils.csp import CSP

from .ratelimit import too_many_response

ADMIN_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "media-src": [CSP.SELF, "blob:"],
    "worker-src": [CSP.SELF, "blob:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}


def _origin(url):
    parts = urlsplit(url or "")
    if parts.scheme in {"http", "https"} and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


def media_origins():
    """Origins media files are served from when that is not the site itself."""
    options = settings.STORAGES.get("default", {}).get("OPTIONS", {})
    candidates = [settings.MEDIA_URL]
    custom_domain = options.get("custom_domain") or getattr(settings, "AWS_S3_CUSTOM_DOMAIN", "")
    if custom_domain:
        protocol = options.get("url_protocol") or getattr(settings, "AWS_S3_URL_PROTOCOL", "https:")
        candidates.append(f"{protocol.rstrip(':')}://{custom_domain}")
    candidates.append(options.get("endpoint_url") or getattr(settings, "AWS_S3_ENDPOINT_URL", ""))
    origins = [origin for origin in map(_origin, candidates) if origin]
    origins += getattr(settings, "CSP_MEDIA_ORIGINS", [])
    return list(dict.fromkeys(origins))


def with_media(policy):
    extra = media_origins()
    if not extra:
        return policy
    policy = dict(policy)
    for directive in ("img-src", "media-src"):
        if directive in policy:
            policy[directive] = [*policy[directive], *extra]
    return policy


def is_admin(path):
    return any(path.startswith(prefix) for prefix in getattr(settings, "ADMIN_CSP_PATHS", []))


def policy_for(request):
    if is_admin(request.path_info):
        frames = [CSP.SELF, *getattr(settings, "VIDEO_FRAME_SOURCES", [])]
        return with_media({**ADMIN_CSP, "frame-src": frames})
    return with_media(settings.SECURE_CSP)


def with_image_origins(request, origins):
    """The policy this request would get, with images also allowed from `origins`."""
    policy = dict(policy_for(request))
    policy["img-src"] = list(dict.fromkeys([*policy.get("img-src", []), *origins]))
    return policy


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not hasattr(response, "_csp_config"):
            response._csp_config = policy_for(request)
        permissions = getattr(settings, "PERMISSIONS_POLICY", "")
        if permissions:
            response.headers.setdefault("Permissions-Policy", permissions)
        return response


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login (AXES_LOCKOUT_CALLABLE): the 429 page."""
    cool_off = get_cool_off(request)
    seconds = math.ceil(cool_off.total_seconds()) if cool_off else 15 * 60
    response = too_many_response(request, seconds, context={"reason": "login"})
    # Returned by a middleware, not a view: nobody else would render it.
    return response.render()
