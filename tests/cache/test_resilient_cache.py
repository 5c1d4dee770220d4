"""When Redis is away the site keeps serving from the database and says so in the log."""

import logging
import socket
import time

import pytest
from django.core.cache import caches

from core.cache import HEADER
from core.cache_backends import ResilientRedisCache

pytestmark = pytest.mark.django_db

UNREACHABLE = "redis://127.0.0.1:1/0"  # nothing listens on port 1: refused at once


def redis_reachable(host="127.0.0.1", port=6379):
    try:
        with socket.create_connection((host, port), timeout=0.25):
            return True
    except OSError:
        return False


@pytest.fixture
def dead_redis(settings):
    settings.CACHES = {
        "default": {"BACKEND": "core.cache_backends.ResilientRedisCache", "LOCATION": UNREACHABLE}
    }
    settings.PAGE_CACHE_SECONDS = 600
    return caches["default"]


def test_pages_are_served_and_the_failure_logged_once(client, dead_redis, caplog):
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        for _ in range(3):
            response = client.get("/de/")
            assert response.status_code == 200
            assert response[HEADER] == "bypass"
    failures = [record for record in caplog.records if "Cache unavailable" in record.message]
    assert len(failures) == 1
    assert failures[0].levelno == logging.ERROR


def test_forms_with_rate_limits_still_answer(client, dead_redis):
    response = client.post(
        "/de/newsletter/", {"email": "neu@example.org", "language": "de", "frequency": "immediate"}
    )
    assert response.status_code in (200, 302, 400)  # a form answer, not a server error


def test_every_operation_answers_like_a_missing_key():
    cache = ResilientRedisCache(UNREACHABLE, {})
    assert cache.get("k") is None
    assert cache.get("k", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("k", 1) is False
    assert cache.set("k", 1) is None
    assert cache.has_key("k") is False
    with pytest.raises(ValueError):
        cache.incr("k")
    cache.delete("k")
    cache.clear()


def test_redis_is_left_alone_for_a_moment_after_a_failure(monkeypatch):
    cache = ResilientRedisCache(UNREACHABLE, {})
    assert cache.get("k") is None
    calls = []
    monkeypatch.setattr(cache._cache, "get", lambda *args, **kwargs: calls.append(1))
    assert cache.get("k") is None
    assert calls == []  # no second connection attempt within the pause
    cache._down_until = time.monotonic() - 1
    cache.get("k")
    assert calls == [1]


@pytest.mark.skipif(not redis_reachable(), reason="needs the Redis server on 127.0.0.1:6379")
def test_clear_removes_only_this_sites_keys():
    location = "redis://127.0.0.1:6379/11"
    ours = ResilientRedisCache(location, {"KEY_PREFIX": "netzwerk-clear-test"})
    neighbour = ResilientRedisCache(location, {"KEY_PREFIX": "other-app"})
    ours.set("page", "a")
    neighbour.set("page", "b")
    ours.clear()
    assert ours.get("page") is None
    assert neighbour.get("page") == "b"
    neighbour.clear()
