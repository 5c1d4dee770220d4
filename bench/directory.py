"""Benchmark: the directory's list, its filters, search and "open now" with many organisations.

    .venv/bin/python bench/directory.py [--organisations 1500] [--repeat 20] [--keep]

Works on a scratch SQLite database in a temporary directory (never the project's): migrates,
loads the demo, builds a directory with 15 organisations and one with --organisations, each
organisation with one or two places (with opening hours) and one to three offers, then requests
the directory's views with Django's test client. Prints queries, median time and size per view
for both sizes side by side; it asserts nothing. See bench/README.md.
"""

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import time as clock
from pathlib import Path

# The project before this folder (Python puts a script's folder first).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from events import cell, measure, setup_django  # noqa: E402 -- the same setup and timing

CHUNK = 250  # organisations per transaction while building
KINDS = ["counselling", "migrant", "club", "authority", "education"]
NAMES = ["Beratung", "Verein", "Treff", "Initiative", "Bildungswerk", "Zentrum", "Netz"]
LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr", "ti", "ku"]
HOURS = [(0, "09:00", "12:00"), (1, "13:00", "17:00"), (3, "09:00", "15:00"), (4, "10:00", "12:00")]
FILTERED = "topic={topic}&language=ar&municipality={town}"
SEARCH = "q=Beratung"


def prepare():
    from django.core.management import call_command

    from home.demo import load_demo

    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    print(f"migrate: {time.perf_counter() - started:.1f} s", flush=True)
    started = time.perf_counter()
    load_demo()
    print(f"load_demo (7 languages, the demo directory too): {time.perf_counter() - started:.1f} s")


def make_directory(slug, title):
    """A second directory below the German home page (the demo's stays where it is)."""
    from wagtail.models import Locale

    from directory.models import DirectoryIndexPage
    from home.models import HomePage

    home = HomePage.objects.get(locale=Locale.get_default())
    index = DirectoryIndexPage(title=title, slug=slug, intro="Benchmark.")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def build(index, count, rng):
    """`count` live German organisations with places and offers, as an editor makes them."""
    from django.db import transaction
    from wagtail.models import Locale

    from core.models import Municipality
    from directory.models import OfferPage, OpeningHours, OrganisationPage, Place, Topic

    towns = list(Municipality.objects.all())
    topics = list(Topic.objects.filter(locale=Locale.get_default()))
    started = time.perf_counter()
    done = 0
    while done < count:
        with transaction.atomic():
            for number in range(done, min(count, done + CHUNK)):
                organisation = OrganisationPage(
                    title=f"{rng.choice(NAMES)} {rng.choice(towns).name} {number:05d}",
                    kind=rng.choice(KINDS),
                    is_member=rng.random() < 0.5,
                )
                organisation.places = [
                    Place(
                        street=f"Markt {place + 1}",
                        municipality=rng.choice(towns),
                        opening_hours=[
                            OpeningHours(
                                weekday=day,
                                opens=clock.fromisoformat(a),
                                closes=clock.fromisoformat(b),
                            )
                            for day, a, b in rng.sample(HOURS, 2)
                        ],
                    )
                    for place in range(rng.randint(1, 2))
                ]
                index.add_child(instance=organisation)
                for offer_number in range(rng.randint(1, 3)):
                    offer = OfferPage(
                        title=f"Beratung {number}-{offer_number}",
                        topic=rng.choice(topics),
                        languages=["de", *rng.sample(LANGUAGES[1:], 2)],
                        online=rng.random() < 0.3,
                    )
                    organisation.add_child(instance=offer)
        done = min(count, done + CHUNK)
        elapsed = time.perf_counter() - started
        print(f"  {done:>6}/{count} organisations, {elapsed:6.1f} s", flush=True)
    return time.perf_counter() - started


def views(index):
    from core.models import Municipality
    from directory.models import Topic

    url = index.get_url()
    topic = Topic.objects.order_by("pk").first().slug
    town = Municipality.objects.get(slug="zeitz").slug
    filtered = FILTERED.format(topic=topic, town=town)
    first = index.get_children().live().first().specific
    return [
        ("list", url),
        (f"list ?{filtered}", f"{url}?{filtered}"),
        (f"list ?{SEARCH}", f"{url}?{SEARCH}"),
        ("list ?open_now=1", f"{url}?open_now=1"),
        ("list ?page=5", f"{url}?page=5"),
        ("map", f"{url}karte/"),
        (f"map ?{filtered}", f"{url}karte/?{filtered}"),
        ("organisation page", first.get_url()),
        ("API /api/v2/directory/", "/api/v2/directory/?locale=de"),
    ]


def measure_all(index, repeat, budget):
    from django.test import Client
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    client = Client(HTTP_HOST=host)
    return {name: measure(client, url, repeat, budget) for name, url in views(index)}


def print_table(small, large, small_count, large_count):
    left, right = f"{small_count} organisations", f"{large_count} organisations"
    head = f"{'queries':>7} {'median ms':>9} {'runs':>4} {'KB':>8}"
    width = len(head)
    print()
    print(f"{'view':<44} {left:^{width}} | {right:^{width}}")
    print(f"{'':<44} {head} | {head}")
    print("-" * (44 + 2 * width + 4))
    for name in small:
        print(f"{name:<44} {cell(small[name])} | {cell(large[name])}")
    for results in (small, large):
        for name, result in results.items():
            if "error" in result:
                print(f"  {name}: not measured ({result['error']})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--organisations", type=int, default=1500)
    parser.add_argument("--small", type=int, default=15, help="organisations in the small one")
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per view")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds per view at most")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    options = parser.parse_args()

    directory = Path(tempfile.mkdtemp(prefix="directory-bench-"))
    print(f"scratch database: {directory / 'bench.sqlite3'}")
    try:
        setup_django(directory / "bench.sqlite3")
        from django.conf import settings

        settings.MEDIA_ROOT = str(directory / "media")
        prepare()
        rng = random.Random(options.seed)
        small_index = make_directory("bench-klein", "Wegweiser klein")
        build(small_index, options.small, rng)
        small = measure_all(small_index, options.repeat, options.budget)
        index = make_directory("bench", "Wegweiser groß")
        print(f"building {options.organisations} organisations ...")
        seconds = build(index, options.organisations, rng)
        print(f"built in {seconds:.1f} s")
        large = measure_all(index, options.repeat, options.budget)
        print_table(small, large, options.small, options.organisations)
    finally:
        if options.keep:
            print(f"kept {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
