"""Rate limits of the public forms (core/ratelimit.py), in Redis or in the database.

The subscribe form: RATE_LIMIT posts per address per RATE_WINDOW. The share-document form:
SHARE_LIMIT uploads per member per hour. Beyond: the "too many attempts" page with 429 and
Retry-After. When the cache fails (Redis down) the forms keep working and the failure is logged.
"""

import logging
import os
import socket

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import override_settings

from blogpages.subscriptions import RATE_LIMIT, RATE_WINDOW
from core import ratelimit
from docpages.sharing import SHARE_LIMIT

pytestmark = pytest.mark.django_db

NEWSLETTER = "/de/newsletter/"
SHARE = "/de/share-document/"
BROKEN_REDIS = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # A port nobody listens on: every call fails as with Redis stopped.
    "broken": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    },
}


def subscribe(client, number, **extra):
    data = {"email": f"person{number}@example.org", "language": "de", "frequency": "weekly"}
    return client.post(NEWSLETTER, data, **extra)


def heading(response):
    return BeautifulSoup(response.content, "html.parser").find("h1").get_text(strip=True)


def member(username="mitglied"):
    return get_user_model().objects.get(username=username)


def assert_retry_after(response, window):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= window
    assert "no-store" in response["Cache-Control"]
    assert heading(response) == "Zu viele Versuche"


def test_subscribe_form_answers_429_beyond_its_limit(client):
    for number in range(RATE_LIMIT):
        assert subscribe(client, number).status_code == 200
    response = subscribe(client, "x")
    assert_retry_after(response, RATE_WINDOW)
    # Another address is not affected.
    assert subscribe(client, "y", REMOTE_ADDR="192.0.2.8").status_code == 200


def test_share_form_counts_only_accepted_uploads(client):
    """Refused forms count nothing (tests/core/test_limits_count_accepted.py has the limit)."""
    client.force_login(member())
    for _number in range(SHARE_LIMIT + 2):
        response = client.post(SHARE, {"title": ""})  # refused by the form: not counted
        assert response.status_code == 200
    assert client.get(SHARE).status_code == 200


@pytest.mark.parametrize("store", ["database", "cache"])
def test_hit_counts_in_a_fixed_window_per_scope_and_key(store, settings):
    settings.RATELIMIT_STORE = store
    assert [ratelimit.hit("test", "a", 2, 60) for _ in range(3)] == [False, False, True]
    assert ratelimit.hit("test", "b", 2, 60) is False
    assert ratelimit.hit("other", "a", 2, 60) is False
    assert 55 <= ratelimit.retry_after("test", "a", 60) <= 60
    assert ratelimit.retry_after("test", "never", 60) == 60


def test_fails_open_and_logs_when_the_cache_fails(client, caplog):
    with override_settings(CACHES=BROKEN_REDIS, RATELIMIT_CACHE="broken", RATELIMIT_STORE="cache"):
        with caplog.at_level(logging.WARNING, logger="core.ratelimit"):
            assert ratelimit.hit("test", "a", 0, 60) is False
            for number in range(RATE_LIMIT + 2):
                assert subscribe(client, number).status_code == 200
        assert ratelimit.retry_after("test", "a", 60) == 60
    assert "the cache failed, the request is let through" in caplog.text


def redis_url():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    return os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/5"


def test_counts_live_in_the_shared_redis():
    """Every app server sees the same count: it is stored in Redis, not in the process."""
    import redis

    url = redis_url()
    shared = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "redis": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "security-tests",
        },
    }
    key = f"{socket.gethostname()}-{os.getpid()}"
    with override_settings(CACHES=shared, RATELIMIT_CACHE="redis", RATELIMIT_STORE="cache"):
        assert ratelimit.hit("test", key, 1, 30) is False
        assert ratelimit.hit("test", key, 1, 30) is True
        assert 0 < ratelimit.retry_after("test", key, 30) <= 30
        name = caches["redis"].make_key(ratelimit._key("test", key))
        server = redis.Redis.from_url(url)
        try:
            assert int(server.get(name)) == 2
            assert 0 < server.ttl(name) <= 30
        finally:
            server.delete(name, caches["redis"].make_key(ratelimit._key("test", key) + ":end"))
            server.close()


def test_without_redis_a_row_per_window_counts_and_ended_windows_go(settings):
    """The database store: one row per key and window; a new window starts at 1 again, and
    rows of ended windows are deleted when a new window starts."""
    from datetime import timedelta

    from django.utils import timezone

    from core.models import RateLimitCounter

    settings.RATELIMIT_STORE = "database"
    assert [ratelimit.count("test", "a", 60) for _ in range(3)] == [1, 2, 3]
    row = RateLimitCounter.objects.get(key=ratelimit._key("test", "a"))
    assert row.count == 3
    assert 55 <= (row.window_end - timezone.now()).total_seconds() <= 60
    # Both windows end: the next attempt of "a" counts 1 in a new window, and "b"'s row goes.
    assert ratelimit.count("test", "b", 60) == 1
    RateLimitCounter.objects.update(window_end=timezone.now() - timedelta(seconds=1))
    assert ratelimit.count("test", "a", 60) == 1
    assert list(RateLimitCounter.objects.values_list("key", "count")) == [
        (ratelimit._key("test", "a"), 1)
    ]
    ratelimit.reset("test", "a")
    assert not RateLimitCounter.objects.exists()
    assert ratelimit.retry_after("test", "a", 60) == 60
