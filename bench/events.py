"""Benchmark: the event index, its filters, the month calendar and the iCal feed with many events.

    .venv/bin/python bench/events.py [--events 10000] [--repeat 20] [--keep]

Works on a scratch SQLite database in a temporary directory (never the project's database):
migrates it, loads the demo, builds an index with 10 events and one with --events events (a
fifth of them recurring, weekly or monthly), rebuilds the occurrence table, then requests each
view with Django's test client. It prints figures; it asserts nothing. See bench/README.md.
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


def setup_django(directory):
    """Point Django at a fresh SQLite file in `directory`, before anything imports settings."""
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "network_site.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{directory / 'bench.sqlite3'}"
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


def rebuild_occurrences():
    from eventpages.models import Occurrence
    from eventpages.occurrences import rebuild_all

    started = time.perf_counter()
    rebuild_all()
    return time.perf_counter() - started, Occurrence.objects.count()


def views(index):
    url = index.get_url()
    return [
        ("index", url),
        (f"index ?{FILTERED}", f"{url}?{FILTERED}"),
        ("calendar (this month)", f"{url}calendar/"),
        ("iCal feed", f"{url}ical/"),
        (f"iCal feed ?{FILTERED}", f"{url}ical/?{FILTERED}"),
    ]


def measure(client, url, repeat, budget):
    """Queries of one request, then the median time of up to `repeat` requests.

    Stops repeating once `budget` seconds are spent (at least three timed requests).
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    try:
        client.get(url)  # warm-up: templates, translations, caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        query_count = len(queries)  # now: the next request resets the query log
    except Exception as error:  # a view still being written, say
        return {"error": f"{type(error).__name__}: {error}"[:70]}
    times = []
    spent = 0.0
    while len(times) < repeat and (len(times) < 3 or spent < budget):
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
    for name, url in views(index):
        results[name] = measure(client, url, repeat, budget)
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
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--analyze", action="store_true", help="run SQLite's ANALYZE before measuring"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    options = parser.parse_args()

    directory = Path(tempfile.mkdtemp(prefix="events-bench-"))
    print(f"scratch database: {directory / 'bench.sqlite3'}")
    try:
        setup_django(directory)
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
    vevents = count_feed_events(large_index)
    if vevents is not None:
        print(f"\nThe large index's feed holds {vevents} VEVENTs (one per event, not per date).")


if __name__ == "__main__":
    main()
