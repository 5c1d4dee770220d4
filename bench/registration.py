"""Benchmark: a crowd confirming registrations for one date at the same moment.

    .venv/bin/python bench/registration.py                      # PostgreSQL on 127.0.0.1
    .venv/bin/python bench/registration.py --crowd 300 --seats 50 --rounds 3
    .venv/bin/python bench/registration.py --database-url sqlite:////tmp/bench-registration.sqlite3

Makes a scratch database (PostgreSQL: the database named in --database-url, which must start
with `bench_` and is dropped and created again; SQLite: the file, replaced), migrates it and
builds the tests' minimal site with one event that takes registrations. Each round registers
--crowd people for a new date (pending: their address not yet confirmed), then confirms them
all at once through eventpages.registration.seats.confirm, one thread each with its own
database connection, at most --connections of them connected at a time (PostgreSQL allows 100
by default), as a crowd clicking their confirmation links does to the app server. SQLite runs
with the production settings (`transaction_mode` IMMEDIATE, 20 s timeout).

Prints per round: confirmed, waiting, errors, whether the sequence is 1..crowd without gaps
and the seats went to the first arrivals, the wall-clock time for all of them, confirmations
per second, and the median and 95th percentile of one confirmation (waiting for a connection
and the date's lock included). Asserts nothing (bench/README.md).
"""

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
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


def round_of(event, start, crowd, seats_count, connections_at_once):
    from eventpages.models import Registration
    from tests.eventpages.registration.crowd import confirm_at_once, pending_crowd

    started = time.perf_counter()
    pending = pending_crowd(event, start, crowd, prefix=f"r{start:%m%d%H%M}")
    registering = time.perf_counter() - started
    outcome = confirm_at_once(pending, seats_count, connections_at_once)

    rows = list(
        Registration.objects.filter(event_key=event.translation_key, start=start)
        .order_by("sequence")
        .values_list("sequence", "status")
    )
    sequences = [sequence for sequence, _status in rows]
    confirmed = [sequence for sequence, status in rows if status == "confirmed"]
    waiting = sum(status == "waiting" for _sequence, status in rows)
    in_order = confirmed == list(range(1, len(confirmed) + 1))
    durations = outcome.durations or [0]
    return {
        "registered (s)": f"{registering:.2f}",
        "confirmed": len(confirmed),
        "waiting": waiting,
        "errors": len(outcome.errors),
        "sequence 1..n": sequences == list(range(1, crowd + 1)),
        "seats to first": in_order,
        "all at once (s)": f"{outcome.seconds:.2f}",
        "per second": f"{crowd / outcome.seconds:.0f}",
        "median (ms)": f"{statistics.median(durations) * 1000:.0f}",
        "p95 (ms)": f"{percentile(durations, 0.95) * 1000:.0f}",
    }, outcome.errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--crowd", type=int, default=300, help="confirmations at once")
    parser.add_argument("--seats", type=int, default=50, help="seats of the date")
    parser.add_argument("--rounds", type=int, default=3, help="dates, one crowd each")
    parser.add_argument(
        "--connections", type=int, default=40, help="threads connected to the database at once"
    )
    options = parser.parse_args()

    scratch_database(options.database_url)
    engine = setup_django(options.database_url)
    event = build(options.seats)
    print(
        f"{engine}: {options.crowd} confirmations at once for {options.seats} seats, "
        f"{options.connections} connections at a time, {options.rounds} rounds",
        flush=True,
    )
    rows = []
    for number in range(options.rounds):
        start = event.start + timedelta(weeks=number)
        row, errors = round_of(event, start, options.crowd, options.seats, options.connections)
        rows.append(row)
        for error in sorted(set(errors))[:5]:
            print("  error:", error)
    names = list(rows[0])
    widths = [max(len(name), *(len(str(row[name])) for row in rows)) for name in names]
    print(
        "round  " + "  ".join(name.rjust(width) for name, width in zip(names, widths, strict=True))
    )
    for number, row in enumerate(rows, 1):
        cells = (str(row[name]).rjust(width) for name, width in zip(names, widths, strict=True))
        print(f"{number:>5}  " + "  ".join(cells))


if __name__ == "__main__":
    main()
