"""Benchmark: the event index, its filters, the month calendar and the iCal feed with many events.

    .venv/bin/python bench/events.py [--events 10000] [--busy-month 4000] [--repeat 20] [--keep]
    .venv/bin/python bench/events.py --database /tmp/events-bench-x/bench.sqlite3 [--code DIR]

Works on a scratch SQLite database in a temporary directory (never the project's database):
migrates it, loads the demo, builds an index with 10 events and one with --events events (a
fifth of them recurring, weekly or monthly) plus daily series that fill next month to
--busy-month dates, rebuilds the occurrence table, then requests each view with Django's test
client. `--database` measures a database kept by an earlier run (`--keep`) again, and `--code`
imports the project from another checkout (today's main, say) to compare the same data. It
prints figures; it asserts nothing. See bench/README.md.
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 500  # events per transaction while building

TITLES = [
    "Sprachcafé",
    "Beratungssprechstunde",
    "Infoabend",
    "Nähtreff",
    "Hausaufgabenhilfe",
    "Elterncafé",
    "Frauenfrühstück",
    "Fußballtraining",
    "Kochabend",
    "Bewerbungstraining",
    "Lesepatenschaft",
    "Fahrradwerkstatt",
]
HOURS = [9, 10, 14, 15, 16, 17, 18, 19]
SPOKEN = ["en", "ar", "fa", "prs", "ps", "kmr", "ti", "uk", "ru", "tr", "so"]
GROUPS = ["women", "families", "children", "youth", "seniors", "newcomers", "volunteers"]
FILTERED = "municipality=zeitz&free=1"


def setup_django(database, code=ROOT):
    """Point Django at the SQLite file `database`, before anything imports settings."""
    sys.path.insert(0, str(code))
    os.environ["DJANGO_SETTINGS_MODULE"] = "network_site.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DATABASE_CONN_MAX_AGE"] = "0"
    import django

    django.setup()


def prepare():
    from django.core.management import call_command

    from home.demo import load_demo

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    print(f"migrate: {time.perf_counter() - started:.1f} s", flush=True)
    started = time.perf_counter()
    load_demo()
    print(f"load_demo (7 languages, demo events): {time.perf_counter() - started:.1f} s")


def make_index(slug, title):
    from wagtail.models import Locale

    from eventpages.models import EventIndexPage
    from home.models import HomePage

    home = HomePage.objects.get(locale=Locale.get_default())
    index = EventIndexPage(title=title, slug=slug, intro="Benchmark.")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


class EventMaker:
    """Deterministic random event fields from the demo's venues, organisers and categories."""

    def __init__(self, seed):
        from wagtail.models import Locale

        from eventpages.models import EventCategory, Organiser, Venue
        from eventpages.recurrence import local_zone

        german = Locale.get_default()
        self.rng = random.Random(seed)
        self.venues = list(Venue.objects.filter(locale=german).select_related("municipality"))
        self.organisers = list(Organiser.objects.all())
        self.categories = list(EventCategory.objects.filter(locale=german))
        self.zone = local_zone()
        self.today = datetime.now(self.zone).date()

    def start(self, low, high):
        rng = self.rng
        day = self.today + timedelta(days=rng.randint(low, high))
        return datetime(day.year, day.month, day.day, rng.choice(HOURS), tzinfo=self.zone)

    def fields(self, number, prefix):
        from eventpages.recurrence import WEEKDAY_CODES
        from home.demo import stream_data

        rng = self.rng
        title = f"{rng.choice(TITLES)} {number}"
        teaser = f"Benchmark-Veranstaltung Nummer {number}: offen für alle."
        fields = {
            "title": title,
            "slug": f"{prefix}-{number}",
            "teaser": teaser,
            "body": stream_data([("paragraph", [teaser])], {}),
            "organiser": rng.choice(self.organisers),
            "languages": ["de", *rng.sample(SPOKEN, rng.randint(0, 3))],
            "target_groups": rng.sample(GROUPS, rng.randint(1, 2)),
            "is_free": rng.random() < 0.8,
            "interpreting": rng.random() < 0.2,
        }
        if not fields["is_free"]:
            fields["cost"] = "5 €"
        if rng.random() < 0.1:
            fields["online_url"] = f"https://meet.example.org/bench-{number}"
        else:
            fields["venue"] = rng.choice(self.venues)
        if number % 5:  # four fifths: one date within a year before or after today
            start = self.start(-365, 365)
        elif number % 10:  # a tenth: weekly
            start = self.start(-180, 60)
            fields.update(frequency="weekly", weekdays=[WEEKDAY_CODES[start.weekday()]])
            ends = rng.choice(["never", "after_count", "on_date"])
            if ends == "after_count":
                fields["count"] = rng.randint(4, 40)
            elif ends == "on_date":
                fields["until"] = start.date() + timedelta(weeks=rng.randint(4, 52))
            fields["ends"] = ends
        else:  # a tenth: monthly on a weekday, open-ended or a year
            start = self.start(-180, 60)
            fields.update(
                frequency="monthly_weekday",
                month_week=rng.choice([1, 2, 3, 4, -1]),
                month_weekday=rng.choice(["MO", "TU", "WE", "TH", "FR"]),
            )
            if rng.random() < 0.5:
                fields.update(ends="after_count", count=12)
        fields["start"] = start
        fields["end"] = start + timedelta(minutes=rng.choice([60, 90, 120, 180]))
        return fields

    def some_categories(self):
        return self.rng.sample(self.categories, self.rng.randint(1, 2))


def build_events(index, count, maker, prefix):
    """Live EventPages below `index` (add_child in a loop, CHUNK per transaction)."""
    from django.db import transaction

    from eventpages.models import EventPage

    started = time.perf_counter()
    done = 0
    while done < count:
        with transaction.atomic():
            for number in range(done, min(count, done + CHUNK)):
                event = EventPage(live=True, **maker.fields(number, prefix))
                event.categories = maker.some_categories()
                index.add_child(instance=event)
        done = min(count, done + CHUNK)
        if count > CHUNK:
            elapsed = time.perf_counter() - started
            print(
                f"  {done:>6}/{count} events, {elapsed:6.1f} s ({done / elapsed:5.0f} per s)",
                flush=True,
            )
    return time.perf_counter() - started


def dates_in_month(index, first):
    """Occurrences of the index starting in the month that begins on `first`."""
    from core.county_time import midnight
    from eventpages.models import Occurrence

    following = (first + timedelta(days=32)).replace(day=1)
    return Occurrence.objects.filter(
        index_id=index.pk, start__gte=midnight(first), start__lt=midnight(following)
    ).count()


def build_busy_month(index, target, maker):
    """Daily series through next month until it has about `target` dates in the index (a
    festival month, a project week in every town); returns how many series were added."""
    from django.db import transaction

    from eventpages.models import EventPage
    from eventpages.occurrences import rebuild

    first = next_month()
    days = ((first + timedelta(days=32)).replace(day=1) - first).days
    missing = target - dates_in_month(index, first)
    series = max(0, -(-missing // days))
    with transaction.atomic():
        for number in range(series):
            fields = maker.fields(number, "busy")
            start = datetime(first.year, first.month, 1, maker.rng.choice(HOURS), tzinfo=maker.zone)
            for name in ("weekdays", "month_week", "month_weekday", "until"):
                fields.pop(name, None)
            fields.update(
                start=start,
                end=start + timedelta(minutes=90),
                frequency="daily",
                ends="after_count",
                count=days,
            )
            event = EventPage(live=True, **fields)
            event.categories = maker.some_categories()
            index.add_child(instance=event)
            rebuild(event)
    return series


def rebuild_occurrences():
    from eventpages.models import Occurrence
    from eventpages.occurrences import rebuild_all

    started = time.perf_counter()
    rebuild_all()
    return time.perf_counter() - started, Occurrence.objects.count()


def next_month():
    from core.county_time import today

    first = today().replace(day=1)
    return (first + timedelta(days=32)).replace(day=1)


def purge_page_cache():
    """What a publish does to every cached answer (core.cache): the next request rebuilds."""
    from core.cache import purge

    purge()


def clear_cache():
    """An empty cache (a new deploy, a flushed Redis): nothing precomputed is left."""
    from django.core.cache import cache

    cache.clear()


def views(index):
    """(row, URL, called before each request or None, page cache on)."""
    url = index.get_url()
    busy = f"{next_month():%Y-%m}"
    return [
        ("index", url, None, False),
        (f"index ?{FILTERED}", f"{url}?{FILTERED}", None, False),
        ("calendar (this month)", f"{url}calendar/", None, False),
        ("calendar (next month, the busy one)", f"{url}calendar/?month={busy}", None, False),
        ("iCal feed (no page cache)", f"{url}ical/", None, False),
        ("iCal feed (cold: just after a purge)", f"{url}ical/", purge_page_cache, True),
        ("iCal feed (coldest: empty cache)", f"{url}ical/", clear_cache, True),
        ("iCal feed (warm: page cache)", f"{url}ical/", None, True),
        (f"iCal feed ?{FILTERED}", f"{url}ical/?{FILTERED}", None, False),
    ]


def measure(client, url, repeat, budget, before=None, page_cache=False):
    """Queries of one request, then the median time of up to `repeat` requests.

    `before` runs (untimed) before each request, the counted one too; `page_cache` switches the
    full-page cache on (core.cache, as in production) for this row. Stops repeating once
    `budget` seconds are spent (at least three timed requests).
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings

    before = before or (lambda: None)
    with override_settings(PAGE_CACHE_SECONDS=600 if page_cache else 0):
        try:
            client.get(url)  # warm-up: templates, translations, caches
            before()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            query_count = len(queries)  # now: the next request resets the query log
        except Exception as error:  # a view still being written, say
            return {"error": f"{type(error).__name__}: {error}"[:70]}
        times = []
        spent = 0.0
        while len(times) < repeat and (len(times) < 3 or spent < budget):
            before()
            started = time.perf_counter()
            client.get(url)
            times.append(time.perf_counter() - started)
            spent += times[-1]
    return {
        "status": response.status_code,
        "queries": query_count,
        "median_ms": statistics.median(times) * 1000,
        "runs": len(times),
        "kb": len(response.content) / 1024,
    }


def measure_all(index, repeat, budget):
    from django.test import Client

    client = Client()
    results = {}
    for name, url, before, page_cache in views(index):
        results[name] = measure(client, url, repeat, budget, before, page_cache)
    return results


def cell(result):
    if "error" in result:
        return f"{'n/a':>7} {'':>9} {'':>4} {'':>8}"
    status = "" if result["status"] == 200 else f" [{result['status']}]"
    return (
        f"{result['queries']:>7} {result['median_ms']:>9.1f} {result['runs']:>4} "
        f"{result['kb']:>8.0f}{status}"
    )


def print_table(small, large, small_count, large_count):
    left = f"{small_count} events"
    right = f"{large_count} events"
    head = f"{'queries':>7} {'median ms':>9} {'runs':>4} {'KB':>8}"
    width = len(head)
    print()
    print(f"{'':<38} {left:^{width}} | {right:^{width}}")
    print(f"{'view':<38} {head} | {head}")
    print("-" * (38 + 2 * width + 4))
    for name in small:
        print(f"{name:<38} {cell(small[name])} | {cell(large[name])}")
    errors = {
        name: result["error"]
        for results in (small, large)
        for name, result in results.items()
        if "error" in result
    }
    for name, error in errors.items():
        print(f"  {name}: not measured ({error})")


def count_feed_events(index):
    from django.test import Client

    try:
        response = Client().get(f"{index.get_url()}ical/")
    except Exception:
        return None
    return response.content.count(b"BEGIN:VEVENT")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10000, help="events in the large index")
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per view")
    parser.add_argument(
        "--budget", type=float, default=60.0, help="seconds of timed requests per view at most"
    )
    parser.add_argument(
        "--busy-month",
        type=int,
        default=4000,
        help="dates next month in the large index (daily series are added to reach it)",
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--database", type=Path, help="measure this database, kept by an earlier --keep run"
    )
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="import the project from this checkout"
    )
    parser.add_argument(
        "--analyze", action="store_true", help="run SQLite's ANALYZE before measuring"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    options = parser.parse_args()

    if options.database:
        print(f"database: {options.database}, code: {options.code}")
        setup_django(options.database, options.code.resolve())
        remeasure(options)
        return
    directory = Path(tempfile.mkdtemp(prefix="events-bench-"))
    print(f"scratch database: {directory / 'bench.sqlite3'}")
    try:
        setup_django(directory / "bench.sqlite3", options.code.resolve())
        run(options)
    finally:
        if options.keep:
            print(f"kept {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)


def run(options):
    from django.db import connection

    from eventpages.models import Occurrence

    prepare()
    maker = EventMaker(options.seed)
    small_count = 10

    small_index = make_index("bench-small", "Benchmark klein")
    build_events(small_index, small_count, maker, "small")
    rebuild_seconds, total = rebuild_occurrences()
    print(f"{small_count} events: {total} occurrences in all (with the demo's)")
    small = measure_all(small_index, options.repeat, options.budget)

    large_index = make_index("bench", "Benchmark")
    print(f"building {options.events} events ({CHUNK} per transaction) ...")
    build_seconds = build_events(large_index, options.events, maker, "bench")
    print(
        f"built {options.events} events in {build_seconds:.1f} s "
        f"({build_seconds / max(options.events, 1) * 1000:.1f} ms per event)"
    )
    rebuild_seconds, total = rebuild_occurrences()
    busy = build_busy_month(large_index, options.busy_month, maker)  # counts the rows just made
    print(f"added {busy} daily series to fill next month")
    own = Occurrence.objects.filter(event__path__startswith=large_index.path).count()
    print(
        f"rebuild_all(): {rebuild_seconds:.1f} s, {total} occurrences in all, "
        f"{own} for the large index"
    )
    if options.analyze:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    large = measure_all(large_index, options.repeat, options.budget)

    print_table(small, large, small_count, options.events)
    describe(large_index)


def describe(index):
    vevents = count_feed_events(index)
    if vevents is not None:
        print(f"\nThe large index's feed holds {vevents} VEVENTs (one per event, not per date).")
    print(f"Next month has {dates_in_month(index, next_month())} dates in the large index.")


def remeasure(options):
    """Measure the indexes of a kept database again (no building)."""
    from eventpages.models import EventIndexPage, EventPage

    small_index = EventIndexPage.objects.get(slug="bench-small")
    large_index = EventIndexPage.objects.get(slug="bench")
    large_count = EventPage.objects.child_of(large_index).count()
    small = measure_all(small_index, options.repeat, options.budget)
    large = measure_all(large_index, options.repeat, options.budget)
    print_table(small, large, 10, large_count)
    describe(large_index)


if __name__ == "__main__":
    main()
