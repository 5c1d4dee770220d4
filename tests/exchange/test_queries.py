"""The board's list costs the same number of queries for 5 threads or 200."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exchange.models import Post, Thread

from .conftest import board_url

pytestmark = pytest.mark.django_db


def add_threads(board, topics, authors, count):
    """Threads with a reply each, in bulk (the services would take long for 200)."""
    from django.utils import timezone

    now = timezone.now()
    threads = Thread.objects.bulk_create(
        Thread(
            board=board,
            title=f"Diskussion {number}",
            topic=list(topics.values())[number % len(topics)],
            author=authors[number % len(authors)],
            language="de",
            created_at=now - timedelta(minutes=number),
            last_activity_at=now - timedelta(minutes=number),
        )
        for number in range(count)
    )
    Post.objects.bulk_create(
        Post(thread=thread, author=author, body="Text", language="de")
        for thread in threads
        for author in authors
    )


def queries_for(client, url, params=None):
    client.get(url, params)  # warm up what is read once per process (site, locales)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured), response


@pytest.mark.parametrize("params", [None, {"q": "Diskussion", "thema": "anfragen"}, {"page": 2}])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_same_number_of_queries_for_5_and_200_threads(
    client, board, topics, member, other_member, params, language
):
    client.force_login(member)
    url = board_url(language)
    add_threads(board, topics, [member, other_member], 5)
    few, _response = queries_for(client, url, params)

    add_threads(board, topics, [member, other_member], 195)
    many, response = queries_for(client, url, params)

    assert many == few
    assert b"exchange-thread__title" in response.content
