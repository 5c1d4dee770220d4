"""Rate limits for public forms, counted in the shared cache (Redis on several app servers).

One helper for every form a bot may hammer (subscribe, share a document, the members' board):

    if ratelimit.hit("subscribe:ip", ratelimit.client_ip(request), limit=5, window=600):
        return ratelimit.too_many_response(request, ratelimit.retry_after(...))

- `hit` counts one attempt in a fixed window that starts with the first attempt and answers
  whether the limit is exceeded. The cache forgets the count when the window ends.
- `client_ip` trusts X-Forwarded-For only as far as the own reverse proxies
  (NUMBER_OF_PROXIES) wrote it; django-axes uses it too (AXES_CLIENT_IP_CALLABLE).
- `too_many_response` is the one answer: status 429, Retry-After, never cached, the
  "too many attempts" page (429.html; `back_url` in the context links back to the form).
- When the cache fails (Redis down), requests are let through and the failure is logged: a
  missing rate limit is better than a site whose forms all fail.
"""

import hashlib
import logging
import math
import time

from django.conf import settings
from django.core.cache import caches
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

TEMPLATE = "429.html"


def client_ip(request):
    """The visitor's address; behind NUMBER_OF_PROXIES reverse proxies, from X-Forwarded-For.

    Only the entries the own proxies appended are trusted: the client can write anything
    into the header, but not what comes after it.
    """
    proxies = getattr(settings, "NUMBER_OF_PROXIES", 0)
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _cache():
    return caches[getattr(settings, "RATELIMIT_CACHE", "default")]


def _key(scope, key):
    digest = hashlib.sha256(str(key).encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def count(scope, key, window):
    """Count one attempt of `key` in `scope`; the number of attempts in the current window.

    None when the cache cannot be reached (the caller lets the request through).
    """
    name = _key(scope, key)
    cache = _cache()
    try:
        if cache.add(name, 0, window):
            # The window's end, for Retry-After; it expires with the count.
            cache.set(name + ":end", time.time() + window, window)
        try:
            return cache.incr(name)
        except ValueError:  # expired between add and incr: a new window
            cache.set(name, 1, window)
            cache.set(name + ":end", time.time() + window, window)
            return 1
    except Exception:
        logger.warning(
            "Rate limit %s: the cache failed, the request is let through", scope, exc_info=True
        )
        return None


def hit(scope, key, limit, window):
    """Count one attempt; True when there were more than `limit` in `window` seconds."""
    attempts = count(scope, key, window)
    return attempts is not None and attempts > limit


def retry_after(scope, key, window):
    """Seconds until the current window of `key` ends (at most `window`, at least 1)."""
    try:
        end = _cache().get(_key(scope, key) + ":end")
    except Exception:
        logger.warning("Rate limit %s: the cache failed", scope, exc_info=True)
        end = None
    if end is None:
        return window
    return max(1, min(window, math.ceil(end - time.time())))


def too_many_response(request, retry_after, context=None):
    """The "too many attempts" page: 429, Retry-After, never stored by any cache."""
    seconds = max(1, int(retry_after))
    response = TemplateResponse(
        request,
        TEMPLATE,
        {"retry_after": seconds, "retry_minutes": math.ceil(seconds / 60), **(context or {})},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response
