"""Queries per page stay constant as the tree grows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


def add_menu_pages(count):
    home = HomePage.objects.get(locale__language_code="de")
    for number in range(count):
        page = ContentPage(title=f"Seite {number}", slug=f"seite-{number}", show_in_menus=True)
        home.add_child(instance=page)


@pytest.mark.parametrize("url", ["/de/", "/de/beratung/", "/de/search/?q=Beratung"])
@pytest.mark.slow
def test_query_count_does_not_grow_with_menu(client, url):
    before = count_queries(client, url)
    add_menu_pages(15)
    after = count_queries(client, url)
    assert after == before, f"{url}: {before} queries before, {after} after adding pages"
