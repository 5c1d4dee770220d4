"""Benchmark: the admin's listings and the event edit form, on the demo with many more events.

    .venv/bin/python bench/admin.py [--events 200] [--database PATH] [--repeat 10]
    .venv/bin/python bench/admin.py --database PATH --against main [--rounds 3]

Builds a scratch SQLite database (the demo, plus --events German events in the demo's event
index, each with its aliases in the other languages, as an editor's new event has), or reuses
the one at --database (built there when missing, kept afterwards). Each measuring process
works on a copy of it. For each admin screen (listings of events, of news, the explorer of
the event index, documents, the snippets, tags, subscribers, the dashboard with the desk, an
event's and a post's edit form) as the superuser and as Koordination: queries of one request,
the median time of --repeat requests, and the size. `--against REV` builds REV in a temporary
worktree and runs both trees' measurements alternately (--rounds times each) on copies of the
same database, printing both and the ratio. Prints figures; asserts nothing (bench/README.md).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(os.environ.get("BENCH_ROOT") or Path(__file__).resolve().parent.parent)
USERS = ["admin", "koordination"]


def setup_django(database):
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    os.environ["DJANGO_SETTINGS_MODULE"] = "network_site.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DATABASE_CONN_MAX_AGE"] = "0"
    import django

    django.setup()


# ------------------------------------------------------------------------------ building


def build(database, events):
    """The demo and `events` more German events with aliases, in a new SQLite file."""
    setup_django(database)
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Locale

    from eventpages.models import EventIndexPage, EventPage, Organiser, Venue
    from eventpages.occurrences import rebuild_all
    from home.demo import load_demo
    from home.locales import add_aliases_in_other_languages

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    load_demo()
    print(f"migrate + load_demo: {time.perf_counter() - started:.0f} s", flush=True)
    german = Locale.get_default()
    index = EventIndexPage.objects.filter(locale=german).first()
    venues = list(Venue.objects.filter(locale=german))
    organisers = list(Organiser.objects.all())
    start = timezone.now().replace(minute=0, second=0, microsecond=0)
    started = time.perf_counter()
    for number in range(events):
        with transaction.atomic():
            moment = start + timedelta(days=number % 90, hours=number % 7)
            event = EventPage(
                title=f"Benchmark-Termin {number}",
                slug=f"benchmark-termin-{number}",
                teaser="Offen für alle.",
                start=moment,
                end=moment + timedelta(hours=2),
                venue=venues[number % len(venues)],
                organiser=organisers[number % len(organisers)] if organisers else None,
                live=True,
            )
            index.add_child(instance=event)
            add_aliases_in_other_languages(event)
        if number % 50 == 49:
            print(f"  {number + 1}/{events} events, {time.perf_counter() - started:.0f} s")
    rebuild_all()
    print(f"events: {time.perf_counter() - started:.0f} s", flush=True)


# ------------------------------------------------------------------------------ measuring


def screens():
    """(name, URL) of the admin screens measured."""
    from django.urls import reverse
    from wagtail.models import Locale

    from blogpages.models import BlogPage
    from eventpages.models import EventIndexPage, EventPage

    german = Locale.get_default()
    index = EventIndexPage.objects.filter(locale=german).first()
    event = EventPage.objects.filter(locale=german).order_by("pk").first()
    post = BlogPage.objects.filter(locale=german).order_by("pk").first()
    snippet = "wagtailsnippets_{}_{}:list"
    return [
        ("events listing", reverse("events:index")),
        ("explorer: event index", reverse("wagtailadmin_explore", args=[index.pk])),
        ("news listing", reverse("news:index")),
        ("documents", reverse("wagtaildocs:index")),
        ("venues", reverse(snippet.format("eventpages", "venue"))),
        ("organisers", reverse(snippet.format("eventpages", "organiser"))),
        ("event categories", reverse(snippet.format("eventpages", "eventcategory"))),
        ("municipalities", reverse(snippet.format("eventpages", "municipality"))),
        ("news categories", reverse(snippet.format("blogpages", "blogcategory"))),
        ("authors", reverse(snippet.format("blogpages", "author"))),
        ("document categories", reverse(snippet.format("docpages", "documentcategory"))),
        ("subscribers", reverse("blog_subscribers:addresses")),
        ("tags", reverse("schlagwoerter:index")),
        ("dashboard (desk)", reverse("wagtailadmin_home")),
        ("event edit form", reverse("wagtailadmin_pages:edit", args=[event.pk])),
        ("news edit form", reverse("wagtailadmin_pages:edit", args=[post.pk])),
    ]


def measure_one(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    try:
        client.get(url)  # warm-up
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        query_count = len(queries)  # now: the next request starts a new query log
    except Exception as error:  # noqa: BLE001 -- a screen this revision lacks
        return {"error": f"{type(error).__name__}: {error}"[:60]}
    times = []
    for _round in range(repeat):
        started = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - started)
    return {
        "status": response.status_code,
        "queries": query_count,
        "ms": statistics.median(times) * 1000,
        "kb": len(response.content) / 1024,
    }


def measure(database, repeat):
    """{user: {screen: figures}} on a copy of `database`."""
    with tempfile.TemporaryDirectory() as directory:
        copy = Path(directory) / "admin.sqlite3"
        shutil.copy(database, copy)
        setup_django(copy)
        from django.contrib.auth import get_user_model
        from django.test import Client
        from django.test.utils import override_settings

        results = {}
        with override_settings(ALLOWED_HOSTS=["*"]):
            for username in USERS:
                client = Client()
                client.force_login(get_user_model().objects.get(username=username))
                results[username] = {
                    name: measure_one(client, url, repeat) for name, url in screens()
                }
        return results


def cell(figures):
    if figures is None:
        return "–"
    if "error" in figures:
        return figures["error"]
    status = "" if figures["status"] == 200 else f" [{figures['status']}]"
    return f"{figures['queries']:>4} q {figures['ms']:7.1f} ms {figures['kb']:6.0f} KB{status}"


def print_results(results, before=None):
    for username, rows in results.items():
        print(f"\nas {username}")
        header = f"{'screen':<24}" + (f"{'before':>31}" if before else "") + f"{'after':>31}"
        print(header + ("   ratio" if before else ""))
        for name, figures in rows.items():
            line = f"{name:<24}"
            if before:
                old = before[username].get(name)
                line += f"{cell(old):>31}"
            line += f"{cell(figures):>31}"
            if before and old and "ms" in old and "ms" in figures:
                line += f"   {figures['ms'] / old['ms']:5.2f}"
            print(line)


def merge(runs):
    """Median time over runs; queries and size from the last."""
    merged = {}
    for username in runs[0]:
        merged[username] = {}
        for name in runs[0][username]:
            figures = [run[username][name] for run in runs]
            last = dict(figures[-1])
            if "ms" in last:
                last["ms"] = statistics.median(f["ms"] for f in figures if "ms" in f)
            merged[username][name] = last
    return merged


def against(database, revision, repeat, rounds):
    here = Path(__file__).resolve()
    with tempfile.TemporaryDirectory() as directory:
        tree = Path(directory) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), revision],
            check=True,
            capture_output=True,
        )
        try:
            runs = {"before": [], "after": []}
            for _round in range(rounds):
                for label, root in (("before", tree), ("after", ROOT)):
                    output = subprocess.run(
                        [sys.executable, str(here), "--database", str(database), "--json"]
                        + ["--repeat", str(repeat)],
                        env={**os.environ, "BENCH_ROOT": str(root)},
                        check=True,
                        capture_output=True,
                        text=True,
                    ).stdout
                    runs[label].append(json.loads(output.strip().splitlines()[-1]))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
            )
    print(f"{revision} (before) against this tree (after), {rounds} alternating rounds")
    print_results(merge(runs["after"]), before=merge(runs["before"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--database", type=Path, help="prepared database (built when missing)")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--against", metavar="REV")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()

    scratch = None
    database = options.database
    if database is None:
        scratch = tempfile.mkdtemp(prefix="bench-admin-")
        database = Path(scratch) / "admin.sqlite3"
    try:
        if not database.exists():
            # In a process of its own: every measuring process starts from a copy.
            subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--build-only", str(database)]
                + [str(options.events)],
                check=True,
            )
        if options.against:
            against(database, options.against, options.repeat, options.rounds)
        elif options.json:
            print(json.dumps(measure(database, options.repeat)))
        else:
            print_results(measure(database, options.repeat))
    finally:
        if scratch:
            shutil.rmtree(scratch)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--build-only":
        build(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
