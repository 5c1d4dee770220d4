"""A Redis cache that degrades to "no cache" instead of failing requests when Redis is away.

The site keeps serving from the database while Redis restarts or the network hiccups: every
operation answers as if the key were missing, the failure is logged once per outage, and Redis
is left alone for a few seconds before the next attempt, so a dead server does not add a
timeout to every request.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("core.cache")

RETRY_AFTER_SECONDS = 5.0
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.25}


def _fallback(value):
    """Run the operation unless Redis is known to be down; on a Redis error return `value`."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < self._down_until:
                return value(args, kwargs) if callable(value) else value
            try:
                result = method(self, *args, **kwargs)
            except (RedisError, OSError) as error:
                self._mark_down(error)
                return value(args, kwargs) if callable(value) else value
            self._mark_up()
            return result

        return wrapper

    return decorate


def _default_argument(args, kwargs):
    """What `get(key, default=None)` gives for a missing key."""
    if len(args) > 1:
        return args[1]
    return kwargs.get("default")


def _missing_counter(args, kwargs):
    # Like a missing key: callers of incr/decr already handle ValueError.
    raise ValueError("The cache is unavailable.")


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._down_until = 0.0
        self._is_down = False

    def _mark_down(self, error):
        self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
        if not self._is_down:
            self._is_down = True
            logger.error(
                "Cache unavailable (%s): serving without it, next try in %.0f s",
                error,
                RETRY_AFTER_SECONDS,
            )

    def _mark_up(self):
        if self._is_down:
            self._is_down = False
            logger.warning("Cache reachable again")

    get = _fallback(_default_argument)(RedisCache.get)
    get_many = _fallback({})(RedisCache.get_many)
    has_key = _fallback(False)(RedisCache.has_key)
    add = _fallback(False)(RedisCache.add)
    set = _fallback(None)(RedisCache.set)
    set_many = _fallback([])(RedisCache.set_many)
    touch = _fallback(False)(RedisCache.touch)
    delete = _fallback(False)(RedisCache.delete)
    delete_many = _fallback(None)(RedisCache.delete_many)
    incr = _fallback(_missing_counter)(RedisCache.incr)
    decr = _fallback(_missing_counter)(RedisCache.decr)

    @_fallback(None)
    def clear(self):
        """Delete this site's keys only: the Redis database may be shared (FLUSHDB would not be)."""
        client = self._cache.get_client(None, write=True)
        pattern = f"{self.key_prefix}:*"
        batch = []
        for key in client.scan_iter(match=pattern, count=500):
            batch.append(key)
            if len(batch) >= 500:
                client.unlink(*batch)
                batch = []
        if batch:
            client.unlink(*batch)
