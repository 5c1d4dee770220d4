"""The oEmbed provider: JSON for public embeddable pages, the right status for the rest."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from core.roles import MEMBERS
from home.models import ContentPage
from tests.blogpages.conftest import restrict_to_members

pytestmark = pytest.mark.django_db

EVENTS = "http://testserver/de/veranstaltungen/"


def oembed(client, url=EVENTS, **params):
    return client.get("/oembed/", {"url": url, **params})


def iframe(data):
    frame = BeautifulSoup(data["html"], "html.parser").find("iframe")
    assert frame is not None
    return frame


def test_event_list_as_rich_oembed(client):
    response = oembed(client, format="json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["title"] == "Veranstaltungen"
    assert data["provider_name"]
    assert data["provider_url"] == "http://testserver/"
    assert (data["width"], data["height"]) == (600, 800)
    assert data["cache_age"] > 0
    frame = iframe(data)
    assert frame["src"] == "http://testserver/embed/de/veranstaltungen/"
    assert frame["title"].startswith("Veranstaltungen")
    assert (frame["width"], frame["height"]) == ("600", "800")
    assert client.get(urlsplit(frame["src"]).path).status_code == 200


def test_filters_and_options_of_the_url_reach_the_frame(client):
    url = EVENTS + "?municipality=zeitz&limit=3&layout=compact&accent=red&page=2"
    frame = iframe(oembed(client, url).json())
    query = urlsplit(frame["src"]).query
    assert query == "municipality=zeitz&limit=3&layout=compact"  # invalid accent, no paging


def test_the_embed_address_itself_is_accepted(client):
    data = oembed(client, "http://testserver/embed/ar/neuigkeiten/?limit=2").json()
    assert iframe(data)["src"] == "http://testserver/embed/ar/neuigkeiten/?limit=2"


def test_library_news_and_post(client):
    for path in ["/de/dokumente/", "/de/neuigkeiten/", "/de/veranstaltungen/sprachcafe-naumburg/"]:
        response = oembed(client, "http://testserver" + path)
        assert response.status_code == 200, path
        assert iframe(response.json())["src"] == "http://testserver/embed" + path
    post = Page.objects.get(locale__language_code="de", slug="neuigkeiten").get_children().first()
    response = oembed(client, "http://testserver" + post.url)
    assert response.json()["title"] == post.title


@pytest.mark.parametrize(
    ("params", "size"),
    [
        ({"maxwidth": "400"}, (400, 800)),
        ({"maxheight": "300"}, (600, 300)),
        ({"maxwidth": "320", "maxheight": "240"}, (320, 240)),
        ({"maxwidth": "2000", "maxheight": "5000"}, (600, 800)),
        ({"maxwidth": "abc", "maxheight": "-1"}, (600, 800)),
    ],
)
def test_maxwidth_and_maxheight_are_respected(client, params, size):
    data = oembed(client, **params).json()
    assert (data["width"], data["height"]) == size
    frame = iframe(data)
    assert (int(frame["width"]), int(frame["height"])) == size


def test_missing_url_is_a_bad_request(client):
    assert client.get("/oembed/").status_code == 400
    assert client.get("/oembed/", {"url": " ", "format": "json"}).status_code == 400


@pytest.mark.parametrize("format", ["xml", "XML", "jsonp"])
def test_other_formats_are_not_implemented(client, format):
    assert oembed(client, format=format).status_code == 501


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/de/",  # the home page has no embed
        "http://testserver/de/ueber-uns/",  # nor has a content page
        "http://testserver/de/gibt-es-nicht/",
        "http://testserver/de/veranstaltungen/kalender/",
        "https://www.burgenlandkreis.de/de/veranstaltungen/",
        "not a url",
        "javascript:alert(1)",
    ],
)
def test_unknown_or_not_embeddable_pages_are_not_found(client, url):
    response = oembed(client, url)
    assert response.status_code == 404
    assert "Location" not in response


def test_private_pages_and_drafts_are_not_found_even_for_members(client, user_in_group, make_post):
    client.force_login(user_in_group("mara", MEMBERS))
    members = Page.objects.get(locale__language_code="de", slug="mitglieder")
    assert oembed(client, "http://testserver" + members.url).status_code == 404
    draft = make_post(title="Entwurf", publish=False)
    assert oembed(client, f"http://testserver/de/nachrichten-test/{draft.slug}/").status_code == 404
    secret = make_post(title="Nur für Mitglieder")
    restrict_to_members(secret)
    assert oembed(client, "http://testserver" + secret.url).status_code == 404


def test_content_page_is_not_embeddable(client):
    page = ContentPage.objects.live().filter(locale__language_code="de").first()
    assert oembed(client, "http://testserver" + page.url).status_code == 404


def test_head_and_other_methods(client):
    assert client.head("/oembed/", {"url": EVENTS}).status_code == 200
    assert client.post("/oembed/?url=" + EVENTS).status_code == 405
