"""Benchmark: a document library's listing, its filters and its search with many documents.

    .venv/bin/python bench/docpages.py [--documents 10000] [--repeat 20] [--keep]
    .venv/bin/python bench/docpages.py --database-url postgres://postgres@127.0.0.1:5432/bench_docs

Works on a scratch SQLite database and media folder in a temporary directory (never the
project's), or on an empty database given with --database-url: migrates, loads the demo, builds
a library with 10 documents and one with --documents documents, indexes them for search, then
requests the listing with Django's test client. It prints figures; it asserts nothing. See
bench/README.md.
"""

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

# The project before this folder (Python puts a script's folder first): `docpages` must be the
# app, not this file. bench/events.py is still found, after the project.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from events import cell, measure, setup_django  # noqa: E402 -- the same setup and timing

CHUNK = 500  # documents per transaction while building

TITLES = [
    "Antrag auf Fahrtkostenzuschuss",
    "Anmeldeformular Sprachcafé",
    "Wegweiser Beratungsstellen",
    "Merkblatt Wohnsitzanmeldung",
    "Checkliste Kita-Anmeldung",
    "Flyer Elterncafé",
    "Flyer Nähtreff",
    "Protokoll Arbeitsgruppe Sprache",
    "Jahresbericht",
    "Übersicht Sprachkurse",
    "Einladung Netzwerktreffen",
    "Leitfaden Ehrenamt",
    "Infoblatt Krankenversicherung",
    "Vorlage Teilnahmeliste",
    "Ratgeber Ausbildung",
    "Hinweise Dolmetscherpool",
]
PLACES = ["Naumburg", "Weißenfels", "Zeitz", "Hohenmölsen", "Lützen", "Teuchern", "Osterfeld"]
PUBLISHERS = [
    "Koordinierungsstelle für Integration (Beispiel)",
    "Sprachbrücke Naumburg e. V.",
    "Interkultureller Verein Weißenfels e. V.",
    "Migrationsberatung Zeitz (Beispielträger)",
    "Frauen- und Familienzentrum Lützen e. V.",
]
WORDS = [
    "Aufenthalt",
    "Ausbildung",
    "Beratung",
    "Dolmetscher",
    "Ehrenamt",
    "Elterncafé",
    "Fahrtkosten",
    "Integrationskurs",
    "Jobcenter",
    "Kinderbetreuung",
    "Krankenversicherung",
    "Schule",
    "Sprachcafé",
    "Wohnung",
]
# PDF text: a few of these sentences and the document's words, so that every text differs.
SENTENCES = [
    "Die Beratung ist kostenlos und vertraulich.",
    "Bitte vereinbaren Sie vorher einen Termin.",
    "Die Sprechstunde findet jeden Dienstag im Bürgerhaus statt.",
    "Kinder können mitgebracht werden, eine Betreuung ist vorhanden.",
    "Das Formular bitte vollständig ausfüllen und unterschreiben.",
    "Die Kosten werden bis zu einer Höhe von 50 Euro im Monat erstattet.",
    "Alle Angaben werden vertraulich behandelt und nicht weitergegeben.",
    "Das Angebot richtet sich an Familien, Jugendliche und Erwachsene.",
    "Der Eintritt ist frei, eine Anmeldung ist nicht nötig.",
    "Weitere Informationen erhalten Sie bei der Koordinierungsstelle.",
]
RARE_WORD = "Anerkennungsverfahren"  # in about one PDF text in a hundred
TAGS = ["Ankommen", "Beratung", "Ehrenamt", "Fahrtkosten", "Sprachcafé", "Sprachkurs", "Schule"]
# The spoken languages documents are in (German most often).
LANGUAGES = ["de"] * 6 + ["de-simple", "en", "ar", "fa", "uk", "ru", "tr", "prs", "ti"]
# One stored file per type from the demo files; every benchmark row points at one of them.
FILES = {
    "pdf": "wegweiser-beratungsstellen-de.pdf",
    "docx": "antrag-fahrtkostenzuschuss.docx",
    "odt": "checkliste-erste-schritte.odt",
    "xlsx": "fahrtkosten-abrechnung.xlsx",
    "ods": "uebersicht-sprachkurse.ods",
    "txt": "sprachcafe-leichte-sprache.txt",
    "png": "flyer-interkulturelle-woche-2026.png",
}
FILE_TYPE_WEIGHTS = {"pdf": 60, "docx": 15, "odt": 5, "xlsx": 8, "ods": 3, "txt": 3, "png": 6}
FILTERED = "category=ratgeber&language=de"
SEARCH = "q=Dolmetscher"
SEARCH_RARE = "q=Anerkennungsverfahren"
SEARCH_FILTERED = "q=Beratung&file_type=pdf"
SEARCH_RELEVANCE = "q=Beratung&sort=relevance"


def setup(directory, database_url):
    """A new SQLite file in `directory`, or the database at `database_url` if it is empty.

    A database that already has tables is refused: the benchmark fills it with the demo site and
    thousands of documents, and is never to touch a database that holds anything else.
    """
    if not database_url:
        setup_django(directory)
        return
    os.environ["DJANGO_SETTINGS_MODULE"] = "network_site.settings.test"
    os.environ["DATABASE_URL"] = database_url
    os.environ["DATABASE_CONN_MAX_AGE"] = "0"
    import django
    from django.db import connection

    django.setup()
    if connection.introspection.table_names():
        raise SystemExit(f"{database_url} has tables; give an empty scratch database.")


def prepare(directory):
    from django.conf import settings
    from django.core.management import call_command

    from home.demo import load_demo

    # The test settings keep media in one shared temporary folder; the benchmark's stay here.
    settings.MEDIA_ROOT = str(directory / "media")
    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    print(f"migrate: {time.perf_counter() - started:.1f} s", flush=True)
    started = time.perf_counter()
    load_demo()
    print(
        f"load_demo (7 languages, demo events and documents): {time.perf_counter() - started:.1f} s"
    )


def make_library(slug, title):
    """A public library page with a collection of its own."""
    from wagtail.models import Collection, Locale

    from docpages.models import DocumentLibraryPage, LibraryCollection
    from home.models import HomePage

    collection = Collection.get_first_root_node().add_child(name=title)
    home = HomePage.objects.get(locale=Locale.get_default())
    library = DocumentLibraryPage(title=title, slug=slug, intro="Benchmark.")
    library.library_collections = [LibraryCollection(collection=collection, sort_order=0)]
    home.add_child(instance=library)
    library.save_revision().publish()
    return library, collection


def store_files():
    """Each benchmark file type once in storage: {type: (stored name, size, hash)}."""
    import hashlib

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from docpages.demo import FILES as DEMO_FILES

    stored = {}
    for file_type, name in FILES.items():
        content = (DEMO_FILES / name).read_bytes()
        path = default_storage.save(f"documents/bench-{name}", ContentFile(content))
        stored[file_type] = (path, len(content), hashlib.sha1(content).hexdigest())
    return stored


class DocumentMaker:
    """Deterministic random document rows from the demo's categories and a few word lists."""

    def __init__(self, seed, stored):
        from wagtail.models import Locale

        from docpages.models import DocumentCategory

        self.rng = random.Random(seed)
        self.stored = stored
        self.categories = list(DocumentCategory.objects.filter(locale=Locale.get_default()))
        self.types = list(FILE_TYPE_WEIGHTS)
        self.weights = list(FILE_TYPE_WEIGHTS.values())
        self.today = date.today()

    def document(self, number, collection):
        from django.utils import timezone

        from docpages.models import NetworkDocument

        rng = self.rng
        file_type = rng.choices(self.types, self.weights)[0]
        path, size, file_hash = self.stored[file_type]
        words = rng.sample(WORDS, 3)
        place = rng.choice(PLACES)
        created = self.today - timedelta(days=rng.randint(0, 5 * 365))
        return NetworkDocument(
            title=f"{rng.choice(TITLES)} {place} {number}",
            file=path,
            file_size=size,
            file_hash=file_hash,
            collection=collection,
            description=f"Zu {words[0]} und {words[1]} in {place}.",
            category=rng.choice(self.categories),
            language=rng.choice(LANGUAGES),
            publisher=rng.choice(PUBLISHERS),
            as_of=created if rng.random() < 0.7 else None,
            file_type=file_type,
            text=self.text(words, place) if file_type == "pdf" else "",
            created_at=timezone.make_aware(datetime.combine(created, datetime.min.time())),
        )

    def text(self, words, place):
        rng = self.rng
        parts = [*rng.sample(SENTENCES, 4), f"Stichworte: {', '.join(words)}, {place}."]
        if rng.random() < 0.01:
            parts.append(f"Hinweise zum {RARE_WORD} für ausländische Abschlüsse.")
        return " ".join(parts)

    def tags(self):
        return self.rng.sample(TAGS, self.rng.randint(0, 2))


def build_documents(collection, count, maker):
    """Rows with bulk_create (CHUNK per transaction), their tags, some language versions, and
    their search index entries (the work Wagtail's signals do for a single upload)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from taggit.models import Tag, TaggedItem
    from wagtail.search.backends import get_search_backend

    from docpages.models import NetworkDocument

    backend = get_search_backend()
    content_type = ContentType.objects.get_for_model(NetworkDocument)
    tags = {name: Tag.objects.get_or_create(name=name)[0] for name in TAGS}
    started = time.perf_counter()
    done = 0
    while done < count:
        with transaction.atomic():
            rows = NetworkDocument.objects.bulk_create(
                [
                    maker.document(number, collection)
                    for number in range(done, min(count, done + CHUNK))
                ]
            )
            TaggedItem.objects.bulk_create(
                [
                    TaggedItem(tag=tags[name], content_type=content_type, object_id=row.pk)
                    for row in rows
                    for name in maker.tags()
                ]
            )
            # Every tenth document is another language's version of the one before it.
            versions = []
            for original, version in zip(rows[::10], rows[1::10], strict=False):
                version.original = original
                versions.append(version)
            NetworkDocument.objects.bulk_update(versions, ["original"])
            backend.add_bulk(
                NetworkDocument,
                NetworkDocument.objects.filter(pk__in=[row.pk for row in rows]).prefetch_related(
                    "tags"
                ),
            )
        done = min(count, done + CHUNK)
        if count > CHUNK:
            elapsed = time.perf_counter() - started
            print(
                f"  {done:>6}/{count} documents, {elapsed:6.1f} s ({done / elapsed:5.0f} per s)",
                flush=True,
            )
    return time.perf_counter() - started


def views(library):
    from django.urls import reverse
    from django.utils.translation import override

    url = library.get_url()
    with override("de"):
        search = reverse("search")
    return [
        ("listing", url),
        (f"listing ?{FILTERED}", f"{url}?{FILTERED}"),
        ("listing ?sort=title&page=5", f"{url}?sort=title&page=5"),
        (f"search ?{SEARCH}", f"{url}?{SEARCH}"),
        (f"search ?{SEARCH_RARE}", f"{url}?{SEARCH_RARE}"),
        (f"search ?{SEARCH_FILTERED}", f"{url}?{SEARCH_FILTERED}"),
        (f"search ?{SEARCH_RELEVANCE}", f"{url}?{SEARCH_RELEVANCE}"),
        # The whole site: pages, and the documents of every library (the first 20 of them).
        (f"site search ?{SEARCH}", f"{search}?{SEARCH}"),
    ]


def measure_all(library, repeat, budget):
    from django.test import Client
    from wagtail.models import Site

    # Ask as a visitor of the site would: under its own host name. Under Django's default
    # "testserver", Wagtail builds every link as a full URL for another site, which costs
    # far more than the listing itself.
    site = Site.objects.get(is_default_site=True)
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    client = Client(HTTP_HOST=host)
    return {name: measure(client, url, repeat, budget) for name, url in views(library)}


def print_table(small, large, small_count, large_count):
    left, right = f"{small_count} documents", f"{large_count} documents"
    head = f"{'queries':>7} {'median ms':>9} {'runs':>4} {'KB':>8}"
    width = len(head)
    print()
    print(f"{'':<44} {left:^{width}} | {right:^{width}}")
    print(f"{'view':<44} {head} | {head}")
    print("-" * (44 + 2 * width + 4))
    for name in small:
        print(f"{name:<44} {cell(small[name])} | {cell(large[name])}")
    for results in (small, large):
        for name, result in results.items():
            if "error" in result:
                print(f"  {name}: not measured ({result['error']})")


def count_listed(library, query):
    """The number of documents the library reports for a query (as a check of the data)."""
    import re

    from django.test import Client

    response = Client().get(f"{library.get_url()}?{query}")
    match = re.search(rb'class="document-count"[^>]*>\s*([\d.,]+)', response.content)
    return match.group(1).decode() if match else "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--documents", type=int, default=10000, help="documents in the large library"
    )
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per view")
    parser.add_argument(
        "--budget", type=float, default=60.0, help="seconds of timed requests per view at most"
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--analyze", action="store_true", help="run the database's ANALYZE before measuring"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument(
        "--database-url",
        help="an empty scratch database to fill instead of a new SQLite file, e.g. "
        "postgres://postgres@127.0.0.1:5432/bench_docs (made with createdb; never dropped)",
    )
    options = parser.parse_args()

    directory = Path(tempfile.mkdtemp(prefix="docpages-bench-"))
    print(f"scratch database: {options.database_url or directory / 'bench.sqlite3'}")
    try:
        setup(directory, options.database_url)
        run(options, directory)
    finally:
        if options.keep:
            print(f"kept {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)
        if options.database_url:
            print(f"The database {options.database_url} keeps the benchmark's tables.")


def run(options, directory):
    from django.db import connection

    prepare(directory)
    maker = DocumentMaker(options.seed, store_files())
    small_count = 10

    small_library, small_collection = make_library("bench-klein", "Benchmark klein")
    build_documents(small_collection, small_count, maker)
    small = measure_all(small_library, options.repeat, options.budget)

    library, collection = make_library("bench", "Benchmark")
    print(f"building {options.documents} documents ({CHUNK} per transaction) ...")
    seconds = build_documents(collection, options.documents, maker)
    print(
        f"built and indexed {options.documents} documents in {seconds:.1f} s "
        f"({seconds / max(options.documents, 1) * 1000:.1f} ms per document)"
    )
    if options.analyze:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    large = measure_all(library, options.repeat, options.budget)

    print_table(small, large, small_count, options.documents)
    print()
    for query in (FILTERED, SEARCH, SEARCH_RARE, SEARCH_FILTERED, SEARCH_RELEVANCE):
        print(f"The large library finds {count_listed(library, query)} documents for ?{query}.")


if __name__ == "__main__":
    main()
