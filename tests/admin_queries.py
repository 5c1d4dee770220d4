"""Query counts of admin screens, for tests that an admin listing costs the same with few rows
as with many (tests/*/test_admin_queries*.py)."""

import difflib
import re

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

# The admin users of the minimal site (tests/factories.py): all rights, and the coordinators'
# group, whose page and collection permissions Wagtail reads from the database.
ADMIN_USERS = ("admin", "koordination")


def client_for(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def queries_of(client, url):
    """(the response, the SQL of its queries) for a GET of `url`; the response must be a 200.

    One request before the counted one: what is read once per process or per content change
    (core.memo: the site, the locales, after rows were added) is not what these tests count.
    """
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response, [query["sql"] for query in captured.captured_queries]


def shape(sql):
    """A query without its literal values: what repeats per row looks the same."""
    return re.sub(r"\b\d+\b", "N", re.sub(r"'[^']*'", "'…'", sql))[:400]


def assert_same_queries(few, many):
    """`many` (the listing with many rows) asks no more queries than `few`, and no others."""
    if len(many) != len(few):
        diff = difflib.unified_diff(
            [shape(q) for q in few], [shape(q) for q in many], "few rows", "many rows", lineterm=""
        )
        raise AssertionError(
            f"{len(few)} queries with few rows, {len(many)} with many:\n" + "\n".join(diff)
        )


def rows(response):
    """How many rows the listing's table shows."""
    page = BeautifulSoup(response.content, "html.parser")
    return len(page.select("table.listing tbody tr"))
