"""Events show their picture in lists, on the home page and on their page (responsive, lazy in
lists, with alt text); without one, a tile in their category's tone with its icon."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.admin_forms import PICTURE_ALT_REQUIRED
from eventpages.models import EventPage

pytestmark = pytest.mark.django_db

INDEX = "/de/termine-test/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def picture(db):
    return get_image_model().objects.create(
        title="Sprachcafé", description="Tassen auf einem Tisch", file=get_test_image_file()
    )


def item_of(html, title):
    link = html.find("a", string=title)
    return link.find_parent("li")


def test_listed_event_shows_a_responsive_lazy_picture_with_its_alt_text(
    client, make_event, picture, category
):
    make_event("Sprachcafé", image=picture, image_alt="Zwei Tassen und Sprechblasen")
    item = item_of(soup(client.get(INDEX)), "Sprachcafé")
    sources = item.select("picture source")
    assert [source["type"] for source in sources] == ["image/avif"]
    assert sources[0]["srcset"].count("w,") == 1  # two widths
    img = item.select_one("picture img")
    assert img["alt"] == "Zwei Tassen und Sprechblasen"
    assert img["loading"] == "lazy"
    assert img["width"] == "400" and img["height"] == "225"
    assert img["src"].startswith("/media/images/") and img["src"].endswith(".webp")
    assert "400w, " in img["srcset"] and img["sizes"]  # and a wider one
    assert item.select_one(".card-picture--fallback") is None


def test_alt_text_falls_back_to_the_image_description(client, make_event, picture):
    make_event("Sprachcafé", image=picture)
    img = item_of(soup(client.get(INDEX)), "Sprachcafé").select_one("img")
    assert img["alt"] == "Tassen auf einem Tisch"


def test_event_without_picture_shows_its_category_tile(client, make_event, category):
    make_event("Fußball", categories=[category("Sport und Bewegung", "sport")])
    item = item_of(soup(client.get(INDEX)), "Fußball")
    assert item.select_one("img") is None
    tile = item.select_one(".card-picture--fallback")
    assert tile["aria-hidden"] == "true"
    assert any(name.startswith("tone-") and name != "tone-0" for name in tile["class"])
    assert tile.select_one("svg.icon--ball")


def test_event_without_category_or_picture_shows_a_calendar_tile(client, make_event):
    make_event("Treffen")
    tile = item_of(soup(client.get(INDEX)), "Treffen").select_one(".card-picture--fallback")
    assert "tone-0" in tile["class"] and tile.select_one("svg.icon--calendar")


def test_list_names_time_place_and_languages_beside_icons(client, make_event):
    make_event("Treffen", languages=["de", "ar"])
    item = item_of(soup(client.get(INDEX)), "Treffen")
    assert item.select_one(".event-item__time svg.icon--time")
    assert item.select_one(".event-item__place svg.icon--place")
    assert item.select_one(".event-badge--languages svg.icon--language")
    assert item.select_one(".event-badge--in-person svg.icon--in_person")


def test_home_page_shows_upcoming_events_as_cards_with_pictures(client, make_event, picture):
    make_event("Sprachcafé", image=picture, image_alt="Zwei Tassen")
    make_event("Treffen")
    cards = soup(client.get("/de/")).select(".upcoming-events .card-grid > li.card")
    assert len(cards) == 2
    assert cards[0].select_one("picture img")["alt"] == "Zwei Tassen"
    assert cards[0].select_one("picture img")["loading"] == "lazy"
    assert cards[1].select_one(".card-picture--fallback")


def test_event_page_shows_its_picture_wide_and_not_lazy(client, make_event, picture):
    event = make_event("Sprachcafé", image=picture, image_alt="Zwei Tassen")
    img = soup(client.get(event.url)).select_one(".event-image picture img")
    assert img["alt"] == "Zwei Tassen"
    assert "loading" not in img.attrs
    assert "480w" in img["srcset"]


def test_editor_must_describe_a_picture_without_description(make_event):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    event = make_event("Sprachcafé")
    bare = get_image_model().objects.create(title="Ohne", file=get_test_image_file())
    form_class = EventPage.get_edit_handler().get_form_class()
    fields = {
        "title": "Sprachcafé",
        "body": streamfield([]),
        "cancelled_dates": inline_formset([]),
        "extra_dates": inline_formset([]),
        "image": bare.pk,
    }
    data = nested_form_data({**fields, "image_alt": ""})
    form = form_class(data, instance=event, for_user=None, parent_page=event.get_parent())
    form.is_valid()
    assert form.errors.get("image_alt") == [str(PICTURE_ALT_REQUIRED)]
    data = nested_form_data({**fields, "image_alt": "Tassen"})
    form = form_class(data, instance=event, for_user=None, parent_page=event.get_parent())
    form.is_valid()
    assert "image_alt" not in form.errors
