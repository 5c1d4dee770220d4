"""Benchmark: a crowd confirming registrations for one date at the same moment.

    .venv/bin/python bench/registration.py                      # PostgreSQL on 127.0.0.1
    .venv/bin/python bench/registration.py --crowd 300 --seats 50 --rounds 3
    .venv/bin/python bench/registration.py --database-url sqlite:////tmp/bench-registration.sqlite3
    .venv/bin/python bench/registration.py --gunicorn --rounds 1  # over HTTP, as visitors do

Makes a scratch database (PostgreSQL: the database named in --database-url, which must start
with `bench_` and is dropped and created again; SQLite: the file, replaced), migrates it and
builds the tests' minimal site with one event that takes registrations. Each round registers
--crowd people for a new date (pending: their address not yet confirmed), then confirms them
all at once through eventpages.registration.seats.confirm, one thread each with its own
database connection, at most --connections of them connected at a time (PostgreSQL allows 100
by default), as a crowd clicking their confirmation links does to the app server. SQLite runs
with the production settings (`transaction_mode` IMMEDIATE, 20 s timeout).

`--gunicorn` goes through HTTP instead, as the crowd's browsers do: the same scratch database
and pending registrations, then gunicorn with production's settings and gunicorn.conf.py
(tests/ops/servers.py, as bench/load.py starts it) and one thread per visitor with its own
HTTP session: each GETs its confirmation page (`/<lang>/registration/confirm/<token>/`, the
link of its mail, in its own language: the CSRF cookie and the form's token), then all are
released at once and POST the page's button. The server signs with a SECRET_KEY this script
chose, so the tokens made here are the ones its mails would carry; its mails go to memory.

Prints per round: confirmed, waiting, errors, whether the sequence is 1..crowd without gaps
and the seats went to the first arrivals, the wall-clock time for all of them, confirmations
per second, and the median and 95th percentile of one confirmation (in-process: waiting for a
connection and the date's lock included; HTTP: the POST's round trip, its queueing for a
gunicorn thread included), with --gunicorn also the HTTP statuses of the POSTs and the lines
with ERROR in the server's log. Asserts nothing (bench/README.md).
"""

import argparse
import os
import re
import secrets
import statistics
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/bench_registration"


def scratch_database(url):
    """Drop and create the PostgreSQL database, or remove the SQLite file."""
    parts = urlsplit(url)
    if parts.scheme.startswith("sqlite"):
        Path(parts.path).unlink(missing_ok=True)
        return
    name = parts.path.lstrip("/")
    if not name.startswith("bench_"):
        sys.exit(f"refusing to drop {name!r}: the scratch database's name must start with bench_")
    import psycopg

    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')


def setup_django(url):
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    os.environ["DJANGO_SETTINGS_MODULE"] = "network_site.settings.test"
    os.environ["DATABASE_URL"] = url
    os.environ["DATABASE_CONN_MAX_AGE"] = "0"
    import django

    django.setup()
    from django.db import connections

    settings = connections.settings["default"]
    if settings["ENGINE"] == "django.db.backends.sqlite3":
        # As network_site/settings/production.py runs SQLite.
        settings.setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
    return settings["ENGINE"].rsplit(".", 1)[-1]


def build(seats_count):
    from django.core.management import call_command

    from tests.factories import build_site, make_event

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    site = build_site()
    print(f"migrate + minimal site: {time.perf_counter() - started:.1f} s", flush=True)
    return make_event(
        site.events, title="Infoabend", takes_registrations=True, capacity=seats_count
    )


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def seat_figures(event, start, crowd):
    """What the database holds for the date afterwards (both modes)."""
    from eventpages.models import Registration

    rows = list(
        Registration.objects.filter(event_key=event.translation_key, start=start)
        .order_by("sequence")
        .values_list("sequence", "status")
    )
    sequences = [sequence for sequence, _status in rows]
    confirmed = [sequence for sequence, status in rows if status == "confirmed"]
    return {
        "confirmed": len(confirmed),
        "waiting": sum(status == "waiting" for _sequence, status in rows),
        "sequence 1..n": sequences == list(range(1, crowd + 1)),
        "seats to first": confirmed == list(range(1, len(confirmed) + 1)),
    }


def timing_figures(seconds, durations, crowd):
    durations = durations or [0]
    return {
        "all at once (s)": f"{seconds:.2f}",
        "per second": f"{crowd / seconds:.0f}",
        "median (ms)": f"{statistics.median(durations) * 1000:.0f}",
        "p95 (ms)": f"{percentile(durations, 0.95) * 1000:.0f}",
    }


def round_of(event, start, crowd, seats_count, connections_at_once):
    from tests.eventpages.registration.crowd import confirm_at_once, pending_crowd

    started = time.perf_counter()
    pending = pending_crowd(event, start, crowd, prefix=f"r{start:%m%d%H%M}")
    registering = time.perf_counter() - started
    outcome = confirm_at_once(pending, seats_count, connections_at_once)
    seated = seat_figures(event, start, crowd)
    return {
        "registered (s)": f"{registering:.2f}",
        "confirmed": seated["confirmed"],
        "waiting": seated["waiting"],
        "errors": len(outcome.errors),
        "sequence 1..n": seated["sequence 1..n"],
        "seats to first": seated["seats to first"],
        **timing_figures(outcome.seconds, outcome.durations, crowd),
    }, outcome.errors


# ------------------------------------------------------------------------------ over HTTP

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_ACTION = re.compile(r'<form method="post" action="([^"]+)"')


def confirm_paths(registrations, secret_key):
    """Each registration's confirmation link (the path), signed as the server signs."""
    from django.test import override_settings
    from django.urls import reverse
    from django.utils import translation

    from eventpages.registration.links import confirm_token

    with override_settings(SECRET_KEY=secret_key):
        paths = []
        for registration in registrations:
            with translation.override(registration.language):
                paths.append(reverse("registration_confirm", args=[confirm_token(registration)]))
        return paths


def visitor(base_url, path):
    """One browser: opens the link from its mail; returns (session, action, form data)."""
    import requests

    session = requests.Session()
    page = session.get(base_url + path, timeout=120)
    token = CSRF_FIELD.search(page.text) if page.status_code == 200 else None
    action = FORM_ACTION.search(page.text) if token else None
    if token is None or action is None:
        return session, None, page.status_code
    return session, unescape(action.group(1)), {"csrfmiddlewaretoken": unescape(token.group(1))}


def press_at_once(base_url, paths):
    """GET every confirmation page, then POST every button at the same moment, one thread each.

    Returns (seconds for all POSTs, [seconds per POST], Counter of GET statuses,
    Counter of POST outcomes: the status, "302 manage" for the expected redirect).
    """
    lock = threading.Lock()
    start_line = threading.Barrier(len(paths) + 1)
    durations, got, posted = [], Counter(), Counter()

    def one(path):
        try:
            session, action, form = visitor(base_url, path)
        except Exception as error:  # noqa: BLE001 - every failure is counted and shown
            session, action, form = None, None, type(error).__name__
        with lock:
            got[200 if action else form] += 1
        start_line.wait()
        if action is None:
            return
        began = time.perf_counter()
        try:
            response = session.post(
                base_url + action,
                data=form,
                # What a browser sends with a same-origin form.
                headers={"Origin": base_url, "Referer": base_url + path},
                allow_redirects=False,
                timeout=120,
            )
            location = response.headers.get("Location", "")
            outcome = (
                "302 manage"
                if response.status_code == 302 and "?done=confirmed" in location
                else str(response.status_code)
            )
        except Exception as error:  # noqa: BLE001
            outcome = type(error).__name__
        finally:
            session.close()
        with lock:
            posted[outcome] += 1
            durations.append(time.perf_counter() - began)

    threads = [threading.Thread(target=one, args=(path,)) for path in paths]
    for thread in threads:
        thread.start()
    start_line.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, durations, got, posted


def start_gunicorn(options, secret_key):
    """gunicorn as bench/load.py --start starts it (tests/ops/servers.py), on the scratch DB.

    bench/load.py itself is not imported: locust patches the standard library for gevent
    as it is imported, threads included.
    """
    from tests.ops.servers import AppServer, collect_static, free_port, server_environment

    port = free_port()
    env = server_environment(
        database_url=options.database_url,
        redis_url=options.redis_url,
        cache_prefix=f"bench-registration-{os.getpid()}",
        static_root=collect_static(),
        extra={
            "SECRET_KEY": secret_key,
            "SITE_URL": f"http://127.0.0.1:{port}",
            "EMAIL_URL": "memory://",  # each confirmation mails, into the worker's memory
        },
    )
    server = AppServer(
        port=port, env=env, workers=options.workers, threads=options.threads, name="registration"
    )
    server.start().wait_ready()
    print(
        f"gunicorn at {server.url}, {options.workers} workers x {options.threads} threads, "
        f"cache {'Redis ' + options.redis_url if options.redis_url else 'a shared folder'} "
        f"(log: {server.log_path})",
        flush=True,
    )
    return server


def forget_keys(redis_url):
    """The keys this run stored in a Redis shared with others."""
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"bench-registration-{os.getpid()}:*", count=1000))
    for begin in range(0, len(keys), 1000):
        client.delete(*keys[begin : begin + 1000])
    client.close()


def http_round(server, secret_key, event, start, crowd):
    from tests.eventpages.registration.crowd import pending_crowd

    started = time.perf_counter()
    pending = pending_crowd(event, start, crowd, prefix=f"h{start:%m%d%H%M}")
    registering = time.perf_counter() - started
    paths = confirm_paths(pending, secret_key)
    errors_before = server.log_text().count("ERROR")
    seconds, durations, got, posted = press_at_once(server.url, paths)
    seated = seat_figures(event, start, crowd)
    failed = sum(count for outcome, count in posted.items() if outcome != "302 manage")
    return {
        "registered (s)": f"{registering:.2f}",
        "pages (GET)": " ".join(f"{status}:{count}" for status, count in sorted(got.items())),
        "POSTs": " ".join(f"{outcome}:{count}" for outcome, count in sorted(posted.items())),
        "confirmed": seated["confirmed"],
        "waiting": seated["waiting"],
        "errors": failed + sum(count for status, count in got.items() if status != 200),
        "log ERROR": server.log_text().count("ERROR") - errors_before,
        "sequence 1..n": seated["sequence 1..n"],
        "seats to first": seated["seats to first"],
        **timing_figures(seconds, durations, crowd),
    }


def print_rows(rows):
    names = list(rows[0])
    widths = [max(len(name), *(len(str(row[name])) for row in rows)) for name in names]
    print(
        "round  " + "  ".join(name.rjust(width) for name, width in zip(names, widths, strict=True))
    )
    for number, row in enumerate(rows, 1):
        cells = (str(row[name]).rjust(width) for name, width in zip(names, widths, strict=True))
        print(f"{number:>5}  " + "  ".join(cells))


def http_rounds(options, event):
    secret_key = secrets.token_urlsafe(50)
    server = start_gunicorn(options, secret_key)
    rows = []
    try:
        for number in range(options.rounds):
            start = event.start + timedelta(weeks=number)
            rows.append(http_round(server, secret_key, event, start, options.crowd))
    finally:
        server.stop()
        if options.redis_url:
            forget_keys(options.redis_url)
    print_rows(rows)
    errors = [line for line in server.log_text().splitlines() if "ERROR" in line]
    for line in errors[:5]:
        print("  server log:", line[:200])
    print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--crowd", type=int, default=300, help="confirmations at once")
    parser.add_argument("--seats", type=int, default=50, help="seats of the date")
    parser.add_argument("--rounds", type=int, default=3, help="dates, one crowd each")
    parser.add_argument(
        "--connections", type=int, default=40, help="threads connected to the database at once"
    )
    parser.add_argument(
        "--gunicorn",
        action="store_true",
        help="over HTTP: gunicorn with production settings, one visitor thread each",
    )
    workers = (os.cpu_count() or 1) * 2 + 1  # as network_site/gunicorn.conf.py, bench/load.py
    parser.add_argument(
        "--workers", type=int, default=workers, help=f"gunicorn workers ({workers})"
    )
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (4)")
    parser.add_argument(
        "--redis-url", default="", help="the servers' cache (default: a shared folder)"
    )
    options = parser.parse_args()

    scratch_database(options.database_url)
    engine = setup_django(options.database_url)
    event = build(options.seats)
    how = (
        "over HTTP"
        if options.gunicorn
        else f"in-process, {options.connections} connections at a time"
    )
    print(
        f"{engine}: {options.crowd} confirmations at once for {options.seats} seats, "
        f"{how}, {options.rounds} rounds",
        flush=True,
    )
    if options.gunicorn:
        http_rounds(options, event)
        return
    rows = []
    for number in range(options.rounds):
        start = event.start + timedelta(weeks=number)
        row, errors = round_of(event, start, options.crowd, options.seats, options.connections)
        rows.append(row)
        for error in sorted(set(errors))[:5]:
            print("  error:", error)
    print_rows(rows)


if __name__ == "__main__":
    main()
