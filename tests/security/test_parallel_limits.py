"""Limits hold against requests sent all at once to a real gunicorn with several processes.

The production settings as on one machine without Redis (the file cache, the counts in the
database) and, when a Redis answers at 127.0.0.1:6379, with Redis: 20 requests from one
address in the same moment, against the subscribe form's limit of 5 and the login throttle's
5 failures. Exactly 5 subscriptions are accepted and 15 get the "too many attempts" page (429);
exactly 5 passwords are checked, 15 logins are refused before. Before the counts were atomic,
5 to 18 subscribe posts got through, and every guess had its password checked.

The server works on a copy of the session's demo database (SQLite), or on the PostgreSQL test
database, whose rows are put back afterwards.
"""

import os
import socket
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import pytest
import requests
from django.conf import settings

from blogpages.subscriptions import RATE_LIMIT
from tests.database_snapshot import DatabaseSnapshot, sqlite_copy
from tests.ops.servers import (
    AppServer,
    collect_static,
    free_port,
    gunicorn_path,
    server_environment,
)

pytestmark = [
    pytest.mark.slow,  # starts processes (make test-fast skips it)
    pytest.mark.skipif(gunicorn_path() is None, reason="gunicorn is not installed in the venv"),
]

PARALLEL = 20
ON_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def local_redis():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return ""
    return os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/5"


@pytest.fixture
def database_url(transactional_db, django_db_blocker, tmp_path):
    """Where the server finds the demo: a copy of the SQLite file, or the PG test database."""
    from django.db import connection

    with django_db_blocker.unblock():
        if not ON_POSTGRES:
            yield sqlite_copy(connection, tmp_path)
            return

        snapshot = DatabaseSnapshot()
        database = connection.settings_dict
        credentials = quote(database["USER"] or "", safe="")
        if database["PASSWORD"]:
            credentials += ":" + quote(database["PASSWORD"], safe="")
        try:
            yield (
                f"postgres://{credentials}@{database['HOST'] or '127.0.0.1'}:"
                f"{database['PORT'] or 5432}/{database['NAME']}"
            )
        finally:
            snapshot.restore()


@pytest.fixture(params=["database", "redis"])
def server(request, database_url, tmp_path):
    """gunicorn with three processes of eight threads, counting in the database or in Redis."""
    redis_url = ""
    prefix = f"parallel-limits-{os.getpid()}"
    if request.param == "redis":
        redis_url = local_redis()
        if not redis_url:
            pytest.skip("no Redis at 127.0.0.1:6379")
    env = server_environment(
        database_url=database_url,
        static_root=collect_static(),
        redis_url=redis_url,
        cache_prefix=prefix if redis_url else "",
        page_cache_seconds=0,
        media_root=settings.MEDIA_ROOT,
        extra={"EMAIL_URL": "dummy://", "DATABASE_CONN_MAX_AGE": "0"},
    )
    app = AppServer(port=free_port(), env=env, workers=3, threads=8, log_dir=tmp_path)
    with app:
        yield app
    if redis_url:
        import redis

        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(f"{prefix}:*", count=500))
        if keys:
            client.delete(*keys)
        client.close()


def all_at_once(server, path, forms):
    """POST each form to `path` from its own thread, all released together; the statuses."""
    first = requests.get(server.url + path, timeout=30)
    assert first.status_code == 200, (first.status_code, server.log_tail())
    token = first.cookies["csrftoken"]
    start = threading.Barrier(len(forms))

    def post(form):
        session = requests.Session()
        session.cookies.set("csrftoken", token)
        start.wait()
        response = session.post(
            server.url + path,
            data={**form, "csrfmiddlewaretoken": token},
            headers={"Referer": server.url + path},
            allow_redirects=False,
            timeout=60,
        )
        return response.status_code

    with ThreadPoolExecutor(len(forms)) as pool:
        return Counter(pool.map(post, forms))


def test_exactly_the_limit_of_subscriptions_gets_through(server):
    forms = [
        {"email": f"parallel{number}@example.org", "language": "de", "frequency": "weekly"}
        for number in range(PARALLEL)
    ]
    statuses = all_at_once(server, "/de/newsletter/", forms)
    assert statuses == {200: RATE_LIMIT, 429: PARALLEL - RATE_LIMIT}, server.log_tail()


def test_exactly_the_limit_of_login_failures_gets_its_password_checked(server):
    forms = [{"username": "mitglied", "password": f"falsch-{number}"} for number in range(PARALLEL)]
    statuses = all_at_once(server, "/de/login/", forms)
    limit = settings.AXES_FAILURE_LIMIT
    # Each answer is the form with its error (200) or the lockout page (429; axes gives it
    # already to the failure that reaches the limit, which may be any of the first five).
    assert set(statuses) <= {200, 429}
    assert statuses[429] >= PARALLEL - limit
    # The others were refused before their password was checked: exactly 15.
    refused = server.log_text().count("Login refused before the password check")
    assert refused == PARALLEL - limit, server.log_tail()
    # The pair stays locked; another user from the same address is not.
    again = all_at_once(server, "/de/login/", [{"username": "mitglied", "password": "x"}])
    assert again == {429: 1}
    other = all_at_once(server, "/de/login/", [{"username": "redaktion", "password": "x"}])
    assert other == {200: 1}
