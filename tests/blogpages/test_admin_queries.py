"""The news app's admin screens cost the same number of queries for 3 rows as for many: the
listing "Nachrichten", the explorer of the news index, the categories and authors, the
subscribers' addresses; for the superuser and for Koordination."""

import pytest

from blogpages.models import Author, BlogCategory, BlogPage, Subscriber
from home.locales import add_aliases_in_other_languages
from tests.admin_queries import ADMIN_USERS, assert_same_queries, client_for, queries_of, rows
from tests.localize_helpers import localize

pytestmark = pytest.mark.django_db


def add_posts(index, numbers, author, category):
    """Live posts straight below the index (no revisions: the listings read the page rows),
    each with an author and a category; every tenth with aliases in the other languages
    (six pages each: slow)."""
    posts = []
    for number in numbers:
        post = BlogPage(title=f"Nachricht {number}", slug=f"nachricht-{number}", live=True)
        index.add_child(instance=post)
        post.authors.add(author)
        post.categories.add(category)
        post.save()
        if number % 10 == 0:
            add_aliases_in_other_languages(post)
        posts.append(post)
    return posts


@pytest.mark.parametrize("username", ADMIN_USERS)
@pytest.mark.parametrize("screen", ["listing", "explorer"])
def test_news_screens_cost_the_same_for_3_and_25_posts(site, username, screen):
    german = site.locales["de"]
    author = Author.objects.create(name="Alex", locale=german)
    category = BlogCategory.objects.create(name="Beruf", slug="beruf", locale=german)
    url = "/admin/news/" if screen == "listing" else f"/admin/pages/{site.news.pk}/"
    first, *_rest = add_posts(site.news, range(3), author, category)
    localize(first, "ar")
    client = client_for(username)
    client.get(url)
    response, few = queries_of(client, url)
    assert rows(response) == 3
    more = add_posts(site.news, range(3, 25), author, category)
    localize(more[0], "uk")
    response, many = queries_of(client, url)
    assert rows(response) == 25
    assert "Alex" in response.content.decode() or screen == "explorer"
    assert_same_queries(few, many)


@pytest.mark.parametrize("username", ADMIN_USERS)
@pytest.mark.parametrize("model", [BlogCategory, Author])
def test_news_snippets_cost_the_same_for_3_and_20_rows(site, username, model):
    german = site.locales["de"]
    url = f"/admin/snippets/blogpages/{model._meta.model_name}/"

    def add(numbers):
        for number in numbers:
            fields = {"slug": f"k-{number}"} if model is BlogCategory else {}
            item = model.objects.create(name=f"Eintrag {number}", locale=german, **fields)
            if number % 3 == 0:
                localize(item, "en")

    add(range(3))
    client = client_for(username)
    client.get(url)
    response, few = queries_of(client, url)
    assert rows(response) == 3
    add(range(3, 20))  # a full page of Wagtail's snippet listing
    response, many = queries_of(client, url)
    assert rows(response) == 20
    assert_same_queries(few, many)


def test_subscriber_addresses_cost_the_same_for_3_and_25_subscribers(site):
    category = BlogCategory.objects.create(name="Beruf", slug="beruf", locale=site.locales["de"])

    def add(numbers):
        for number in numbers:
            subscriber = Subscriber.objects.create(
                email=f"person{number}@example.org", language="de"
            )
            subscriber.categories.add(category)

    url = "/admin/blog-subscribers/addresses/"
    add(range(3))
    client = client_for("koordination")  # the addresses are for Koordination alone
    client.get(url)
    response, few = queries_of(client, url)
    assert rows(response) == 3
    add(range(3, 25))
    response, many = queries_of(client, url)
    assert rows(response) == 25
    assert_same_queries(few, many)
