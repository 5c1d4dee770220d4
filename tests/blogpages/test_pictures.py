"""News cards and posts show their picture (responsive, lazy in lists, alt text); without one,
a tile in the first category's tone with its icon; an empty list says what to do."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from .conftest import INDEX_URL

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def picture(db):
    return get_image_model().objects.create(
        title="Garten", description="Beete hinter einem Zaun", file=get_test_image_file()
    )


def card_of(html, title):
    return html.find("a", string=title).find_parent("li")


def test_post_card_shows_a_responsive_lazy_picture(client, make_post, picture):
    make_post(title="Gartenprojekt", image=picture, image_alt="Gemüsebeete und Blumen")
    card = card_of(soup(client.get(INDEX_URL)), "Gartenprojekt")
    img = card.select_one(".post-card__media picture img")
    assert img["alt"] == "Gemüsebeete und Blumen"
    assert img["loading"] == "lazy" and img["width"] and img["height"]
    assert card.select_one("picture source[type='image/avif']")["srcset"]


def test_post_without_picture_shows_its_category_tile(client, make_post, blog_category):
    make_post(title="Zuschuss", categories=[blog_category("Förderprogramme", "foerderprogramme")])
    tile = card_of(soup(client.get(INDEX_URL)), "Zuschuss").select_one(".card-picture--fallback")
    assert tile["aria-hidden"] == "true" and tile.select_one("svg.icon--coin")


def test_home_page_shows_latest_posts_as_cards(client, make_post, picture):
    make_post(title="Gartenprojekt", image=picture)
    make_post(title="Ohne Bild")
    html = soup(client.get("/de/"))
    cards = html.select(".latest-posts .card-grid > li.card")
    assert {card.select_one(".card__title").get_text(strip=True) for card in cards} == {
        "Gartenprojekt",
        "Ohne Bild",
    }
    assert html.select_one(".latest-posts picture img")["alt"] == "Beete hinter einem Zaun"
    assert html.select_one(".latest-posts .card-picture--fallback")


def test_post_page_shows_its_picture(client, make_post, picture):
    post = make_post(title="Gartenprojekt", image=picture, image_alt="Gemüsebeete")
    img = soup(client.get(post.url)).select_one(".blog-post__image picture img")
    assert img["alt"] == "Gemüsebeete" and "loading" not in img.attrs


def test_empty_news_list_says_what_to_do(client, blog_index):
    empty = soup(client.get(INDEX_URL)).select_one(".empty-state.blog-empty")
    assert "Hier gibt es noch keine Nachrichten." in empty.get_text()
    assert empty.select_one("svg.empty-state__icon")
    assert empty.select_one("a")["href"] == "/de/newsletter/"
