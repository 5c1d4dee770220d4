"""Whatever a visitor or a program types as search words, the answer is 200 or 400, never 500.

Quotes, brackets, stars and the full-text operators (AND, NEAR, ^, -) are search syntax on
SQLite (FTS5) or PostgreSQL (tsquery); a NUL character cannot go into a PostgreSQL string.
All of them are read as words, or ignored. Run this file on PostgreSQL too (see README).
"""

import pytest
from django.test import Client

from core.search_terms import search_words

pytestmark = pytest.mark.django_db

NASTY = [
    'a"b',
    '"',
    '"Sprachcafé',
    "'",
    "it's",
    "(",
    "((Sprach",
    "Sprach)",
    "*",
    "Sprach*",
    "-",
    "-Sprach",
    "Sprach -Kurs",
    "AND",
    "Sprach AND",
    "OR NOT",
    "NEAR(",
    "NEAR(Sprach Kurs, 2)",
    "^",
    "^Sprach",
    "title:Sprach",
    "{title}: Sprach",
    ":",
    "!?.,;",
    "&|!<->",
    "%",
    "\\",
    "a\x00b",
    "\x00",
    "Sprach" * 500,
    "Sprach " * 500,
    "زبان\u200cها",  # Persian with a half-space
    "🙂",
]

# Endpoints and views that take search words, with the parameter that carries them.
SEARCHES = [
    ("/api/v2/pages/", "search"),
    ("/api/v2/posts/", "search"),
    ("/api/v2/documents/", "search"),
    ("/de/search/", "q"),
    ("/de/neuigkeiten/", "q"),
    ("/de/dokumente/", "q"),
    ("/de/veranstaltungen/", "q"),
]


@pytest.mark.parametrize(("url", "parameter"), SEARCHES)
def test_no_search_input_fails(url, parameter):
    client = Client(raise_request_exception=False)  # every failure counted, not the first
    failed = {}
    for query in NASTY:
        for extra in ({}, {"search_operator": "and"} if parameter == "search" else {}):
            response = client.get(url, {parameter: query, **extra})
            if response.status_code not in (200, 400):
                failed[(query[:30], tuple(extra))] = response.status_code
    assert not failed, failed


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/posts/", "/api/v2/documents/"])
def test_an_unknown_search_operator_is_a_bad_request(client, url):
    assert client.get(url, {"search": "Sprachcafé", "search_operator": "xor"}).status_code == 400


def test_the_events_endpoint_does_not_search(client):
    assert client.get("/api/v2/events/", {"search": 'a"b'}).status_code == 400


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ('"Sprachcafé', "Sprachcafé Naumburg"),
        ("Sprachcafé)", "Sprachcafé Naumburg"),
        ("Sprachcafé*", "Sprachcafé Naumburg"),
        ('Sprachcafé "Naumburg"', "Sprachcafé Naumburg"),
    ],
)
def test_search_syntax_is_read_as_words_in_the_api(client, query, title):
    response = client.get(
        "/api/v2/pages/", {"search": query, "search_operator": "and", "locale": "de"}
    )
    assert response.status_code == 200
    assert title in [item["title"] for item in response.json()["items"]]


def test_a_query_without_words_finds_nothing(client):
    response = client.get("/api/v2/pages/", {"search": '"*()'})
    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ('a"b', "a b"),
        ("NEAR(Sprach Kurs, 2)", "NEAR Sprach Kurs 2"),
        ("-Sprach* ^Kurs", "Sprach Kurs"),
        ("a\x00b", "a b"),
        ("زبان\u200cها", "زبان\u200cها"),
        ("مَدرسة", "مَدرسة"),
        ("  ", ""),
    ],
)
def test_search_words(query, words):
    assert search_words(query) == words
