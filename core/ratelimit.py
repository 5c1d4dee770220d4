"""Rate limits for public forms, counted atomically where every app server sees them.

One helper for every form a bot may hammer (subscribe, share a document, the members' board,
the admin's password reset):

    if ratelimit.hit("subscribe:ip", ratelimit.client_ip(request), limit=5, window=600):
        return ratelimit.too_many_response(request, ratelimit.retry_after(...))

- `hit` counts one attempt in a fixed window that starts with the first attempt and answers
  whether the limit is exceeded; `count` only counts, so a caller decides what to count.
  Counting is atomic: of 20 requests at once against a limit of 5, exactly 5 get through,
  however many gunicorn processes and threads answer them.
- Where they are counted (RATELIMIT_STORE, settings/caching.py): "cache" = Redis (REDIS_URL),
  whose INCR is atomic, with the key created by add(); "database" = a row per window
  (core.models.RateLimitCounter) counted up by UPDATE ... SET count = count + 1, for one
  machine without Redis (the file cache cannot count atomically across processes).
- `client_ip` trusts X-Forwarded-For only as far as the own reverse proxies
  (NUMBER_OF_PROXIES, default 0: the header is ignored) wrote it; django-axes uses it too
  (AXES_CLIENT_IP_CALLABLE).
- `too_many_response` is the one answer: status 429, Retry-After, never cached, the
  "too many attempts" page (429.html; `back_url` in the context links back to the form).
- When the store fails (Redis down, database error), requests are let through and the failure
  is logged: a missing rate limit is better than a site whose forms all fail.
"""

import hashlib
import logging
import math
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.db.models import F
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

TEMPLATE = "429.html"


def client_ip(request):
    """The visitor's address; behind NUMBER_OF_PROXIES reverse proxies, from X-Forwarded-For.

    Only the entries the own proxies appended are trusted: the client can write anything
    into the header, but not what comes after it. Without a declared proxy (0, the default)
    the header is ignored: anybody could otherwise pretend a new address with each request.
    """
    proxies = getattr(settings, "NUMBER_OF_PROXIES", 0)
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _in_database():
    return getattr(settings, "RATELIMIT_STORE", "cache") == "database"


def _cache():
    return caches[getattr(settings, "RATELIMIT_CACHE", "default")]


def _key(scope, key):
    digest = hashlib.sha256(str(key).encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def count(scope, key, window):
    """Count one attempt of `key` in `scope`; the number of attempts in the current window.

    None when the store cannot be reached (the caller lets the request through).
    """
    name = _key(scope, key)
    try:
        if _in_database():
            return _count_in_database(name, window)
        return _count_in_cache(name, window)
    except Exception:
        logger.warning(
            "Rate limit %s: the %s failed, the request is let through",
            scope,
            "database" if _in_database() else "cache",
            exc_info=True,
        )
        return None


def _count_in_cache(name, window):
    """add() creates the key only if it is missing, incr() is atomic in Redis."""
    cache = _cache()
    if cache.add(name, 0, window):
        # The window's end, for Retry-After; it expires with the count.
        cache.set(name + ":end", time.time() + window, window)
    try:
        return cache.incr(name)
    except ValueError:  # expired between add and incr: a new window
        cache.set(name, 1, window)
        cache.set(name + ":end", time.time() + window, window)
        return 1


def _count_in_database(name, window):
    """One short transaction; each step is safe when other processes run it at the same time.

    PostgreSQL locks the row from the first statement that changes it until the commit and
    re-checks a waiting UPDATE's condition afterwards; SQLite runs one writer at a time.
    """
    from .models import RateLimitCounter

    counters = RateLimitCounter.objects
    now = timezone.now()
    with transaction.atomic():
        # An ended window of this key goes; the next statement starts a new one.
        counters.filter(key=name, window_end__lte=now).delete()
        # INSERT ... ON CONFLICT DO NOTHING: the first request of a window creates the row.
        counters.bulk_create(
            [RateLimitCounter(key=name, window_end=now + timedelta(seconds=window), count=0)],
            ignore_conflicts=True,
        )
        counters.filter(key=name).update(count=F("count") + 1)
        attempts = counters.filter(key=name).values_list("count", flat=True).get()
    if attempts == 1:
        _forget_ended_windows(now)
    return attempts


def _forget_ended_windows(now):
    """Delete the rows of every ended window, once per new window (outside the count)."""
    from .models import RateLimitCounter

    try:
        with transaction.atomic():
            RateLimitCounter.objects.filter(window_end__lte=now).delete()
    except DatabaseError:  # another process at it at the same time: it will be done later
        logger.info("Rate limits: ended windows not deleted this time", exc_info=True)


def hit(scope, key, limit, window):
    """Count one attempt; True when there were more than `limit` in `window` seconds."""
    attempts = count(scope, key, window)
    return attempts is not None and attempts > limit


def reset(scope, key):
    """Forget the attempts of `key` in `scope` (a successful login starts the count again)."""
    name = _key(scope, key)
    try:
        if _in_database():
            from .models import RateLimitCounter

            RateLimitCounter.objects.filter(key=name).delete()
        else:
            _cache().delete_many([name, name + ":end"])
    except Exception:
        logger.warning("Rate limit %s: could not reset a count", scope, exc_info=True)


def retry_after(scope, key, window):
    """Seconds until the current window of `key` ends (at most `window`, at least 1)."""
    name = _key(scope, key)
    try:
        if _in_database():
            from .models import RateLimitCounter

            end = (
                RateLimitCounter.objects.filter(key=name)
                .values_list("window_end", flat=True)
                .first()
            )
            end = end.timestamp() if end else None
        else:
            end = _cache().get(name + ":end")
    except Exception:
        logger.warning("Rate limit %s: the store failed", scope, exc_info=True)
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
