"""Plain-text fields in the news feeds reach feed readers as text, never as markup.

A teaser or an index introduction is plain text: the site shows `<b>literal</b>` literally,
and so must a feed reader, which reads RSS `<description>` and Atom `type="html"` as HTML.
"""

import feedparser
import pytest
from bs4 import BeautifulSoup

from blogpages.models import BlogIndexPage

from .conftest import INDEX_URL

pytestmark = pytest.mark.django_db

LITERAL = "<b>literal</b> & <script>alert(1)</script> a < b"


def parsed(client, kind):
    response = client.get(f"{INDEX_URL}{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def shown(detail):
    """What a reader shows of a text construct: HTML is rendered, plain text is as it is."""
    if detail.type in ("text/html", "application/xhtml+xml"):
        html = BeautifulSoup(detail.value, "html.parser")
        assert html.find(["b", "script"]) is None, detail.value
        return html.get_text()
    return detail.value


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_teaser_with_markup_is_shown_literally(client, make_post, kind):
    make_post(title="Markup im Teaser", teaser=LITERAL)
    entry = parsed(client, kind).entries[0]
    assert entry.title == "Markup im Teaser"
    assert shown(entry.summary_detail) == LITERAL


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_an_index_introduction_with_markup_is_shown_literally(client, blog_index, kind):
    index = BlogIndexPage.objects.get(pk=blog_index.pk)
    index.intro = LITERAL
    index.save_revision().publish()
    feed = parsed(client, kind)
    assert shown(feed.feed.subtitle_detail) == LITERAL


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_plain_teaser_is_unchanged(client, make_post, kind):
    make_post(title="Ohne Zeichen", teaser="Kurz & knapp: „Sprachkurs“ für alle.")
    entry = parsed(client, kind).entries[0]
    assert shown(entry.summary_detail) == "Kurz & knapp: „Sprachkurs“ für alle."
