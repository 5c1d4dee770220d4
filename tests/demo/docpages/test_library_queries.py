"""A library costs as many queries for 5 documents as for 200, for visitors and members alike;
a search runs the full-text match once per query, never once per document."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from core.roles import MEMBERS

pytestmark = pytest.mark.django_db

URLS = [
    "/de/bibliothek/",
    "/de/bibliothek/?category=recht&language=de&file_type=pdf&tag=wohnen",
    "/de/bibliothek/?q=Wohnsitzauflage",
    "/de/bibliothek/?q=Wohnsitzauflage&sort=title&category=recht",
    "/de/bibliothek/?q=Wohnsitzauflage&sort=relevance&tag=wohnen",
    "/de/bibliothek/?q=Wohnsitzauflage&sort=relevance&page=2",
    "/de/bibliothek/?sort=title&page=2",
    "/ar/bibliothek/",
    "/ar/bibliothek/?q=Wohnsitzauflage&page=2",
    "/de/search/?q=Wohnsitzauflage",
]


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


@pytest.fixture
def stock(collection, make_document, make_library, doc_category):
    """Adds documents of every kind: categories (one translated), tags, language versions,
    members-only ones, sub-collections and hand-picked ones from elsewhere."""
    public = collection("Öffentlich")
    below = public.add_child(name="Unterordner")
    private = collection("Intern", members_only=True)
    elsewhere = collection("Anderswo")
    law = doc_category("Recht", "recht")
    arabic = law.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name = "القانون"
    arabic.save()
    work = doc_category("Arbeit", "arbeit")
    picked = []

    def add(numbers):
        previous = None
        for number in numbers:
            home = [public, below, private][number % 3]
            document = make_document(
                f"Dokument {number}",
                home,
                text=f"Wohnsitzauflage {number}",
                category=law if number % 2 else work,
                language=["de", "en", "ar"][number % 3],
                original=previous if number % 3 else None,
                publisher="Landkreis",
            )
            document.tags.add("Wohnen", f"Schlagwort {number % 4}")
            document.save()
            previous = document if number % 3 == 0 else previous
            if number % 10 == 0:
                picked.append(make_document(f"Ausgewählt {number}", elsewhere))

    add(range(5))
    library = make_library("Bibliothek", collections=[public, private], documents=picked)
    return library, add


@pytest.mark.parametrize("member", [False, True], ids=["anonymous", "member"])
@pytest.mark.slow
def test_query_count_does_not_grow_with_documents(client, user_in_group, stock, member):
    library, add = stock
    if member:
        client.force_login(user_in_group("mara", MEMBERS))
    few = {url: count_queries(client, url) for url in URLS}
    add(range(5, 200))
    many = {url: count_queries(client, url) for url in URLS}
    print("\nqueries with 5 and 200 documents:")
    for url in URLS:
        print(f"  {few[url]:3d} {many[url]:3d}  {url}")
    assert many == few
    assert ("Dokument 101" in client.get("/de/bibliothek/?q=101").content.decode()) == member


SEARCHES = [url for url in URLS if "q=" in url]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plans")
@pytest.mark.parametrize("url", SEARCHES)
def test_full_text_match_is_not_run_once_per_document(client, stock, url):
    """In no plan of a document search is the FTS5 table looked up row by row (`=` in its
    index string: by rowid, once for each index entry or result) or in a correlated subquery.
    That is what made a search of 10,000 documents take seconds (bench/docpages.py)."""
    library, add = stock
    add(range(5, 30))
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    searches = [
        query["sql"]
        for query in context.captured_queries
        if " MATCH " in query["sql"] and "docpages_networkdocument" in query["sql"]
    ]
    assert searches
    for sql in searches:
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            plan = [row[3] for row in cursor.fetchall()]
        assert not [line for line in plan if re.search(r"VIRTUAL TABLE INDEX \d+:\S*=", line)], plan
        assert not [line for line in plan if "CORRELATED" in line], plan
