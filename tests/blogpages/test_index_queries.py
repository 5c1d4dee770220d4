"""The index, its archive, its feeds and the home page cost as many queries for 5 posts as 200."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from .conftest import INDEX_URL, locale, today

pytestmark = pytest.mark.django_db

MONTH = today() - timedelta(days=40)
URLS = [
    INDEX_URL,
    f"{INDEX_URL}?category=sprache&tag=kita",
    f"{INDEX_URL}?q=Nachricht",
    f"{INDEX_URL}?q=Nachricht&category=sprache&page=2",
    f"{INDEX_URL}?page=2",
    f"{INDEX_URL}archive/{MONTH:%Y/%m}/",
    f"{INDEX_URL}rss/",
    f"{INDEX_URL}atom/?category=sprache",
    f"{INDEX_URL}rss/?tag=kita",
    "/en/nachrichten-test/",
    "/en/nachrichten-test/atom/",
    "/de/",
    "/en/",
]


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, locales, renditions)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


def add_posts(make_post, numbers, *, categories, authors, pictures):
    """Posts over the last months, with categories, tags, authors, a picture each (one of
    several) and some aliases."""
    english = locale("en")
    for number in numbers:
        post = make_post(
            title=f"Nachricht {number}",
            date=today() - timedelta(days=number % 90),
            categories=[categories[number % 2]],
            authors=[authors[number % 3]],
            tags=["Kita", f"Thema {number % 7}"],
            image=pictures[number % len(pictures)],
        )
        if number % 4 == 0:  # untranslated in English: the alias and its notice
            post.copy_for_translation(english, alias=True)


@pytest.mark.slow
def test_query_count_does_not_grow_with_posts(
    client, make_post, blog_category, blog_author, django_assert_num_queries
):
    categories = [
        blog_category("Sprache", "sprache", {"en": "Language"}),
        blog_category("Arbeit", "arbeit"),
    ]
    authors = [blog_author(f"Person {number}") for number in range(3)]
    pictures = [
        get_image_model().objects.create(title=f"Bild {number}", file=get_test_image_file())
        for number in range(4)
    ]
    kwargs = {"categories": categories, "authors": authors, "pictures": pictures}
    add_posts(make_post, [0, 1, 2, 3, 42], **kwargs)
    few = {url: count_queries(client, url) for url in URLS}
    add_posts(make_post, range(4, 200), **kwargs)
    print("\nqueries with 5 posts:")
    for url in URLS:
        print(f"  {few[url]:3d}  {url}")
    for url in URLS:
        client.get(url)
        with django_assert_num_queries(few[url], info=url):
            assert client.get(url).status_code == 200, url
