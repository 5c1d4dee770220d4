"""The documents' admin screens cost the same number of queries for 3 rows as for 20 (a full
page): Wagtail's documents listing with our filters, and the document categories; for the
superuser and for Koordination."""

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Collection

from docpages.models import DocumentCategory, NetworkDocument
from tests.admin_queries import ADMIN_USERS, assert_same_queries, client_for, queries_of, rows
from tests.localize_helpers import localize

pytestmark = pytest.mark.django_db


def add_documents(numbers, category):
    root = Collection.get_first_root_node()
    for number in numbers:
        document = NetworkDocument(
            title=f"Merkblatt {number}", collection=root, category=category if number % 2 else None
        )
        document.file.save(f"merkblatt-{number}.txt", ContentFile(b"Inhalt"), save=False)
        document.save()


@pytest.mark.parametrize("username", ADMIN_USERS)
def test_documents_listing_costs_the_same_for_3_and_20_documents(site, username):
    category = DocumentCategory.objects.create(
        name="Ratgeber", slug="ratgeber", locale=site.locales["de"]
    )
    url = "/admin/documents/"
    add_documents(range(3), category)
    client = client_for(username)
    client.get(url)
    response, few = queries_of(client, url)
    assert rows(response) == 3
    add_documents(range(3, 20), category)
    response, many = queries_of(client, url)
    assert rows(response) == 20
    assert_same_queries(few, many)


@pytest.mark.parametrize("username", ADMIN_USERS)
def test_document_categories_cost_the_same_for_3_and_20_rows(site, username):
    german = site.locales["de"]
    url = "/admin/snippets/docpages/documentcategory/"

    def add(numbers):
        for number in numbers:
            item = DocumentCategory.objects.create(
                name=f"K {number}", slug=f"k-{number}", locale=german
            )
            if number % 3 == 0:
                localize(item, "en")

    DocumentCategory.objects.all().delete()
    add(range(3))
    client = client_for(username)
    client.get(url)
    response, few = queries_of(client, url)
    assert rows(response) == 3
    add(range(3, 20))
    response, many = queries_of(client, url)
    assert rows(response) == 20
    assert_same_queries(few, many)
