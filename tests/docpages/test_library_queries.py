"""A library costs as many queries for 5 documents as for 200, for visitors and members alike."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.roles import MEMBERS

pytestmark = pytest.mark.django_db

URLS = [
    "/de/bibliothek/",
    "/de/bibliothek/?category=recht&language=de&file_type=pdf&tag=wohnen",
    "/de/bibliothek/?q=Wohnsitzauflage",
    "/de/bibliothek/?q=Wohnsitzauflage&sort=title&category=recht",
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
