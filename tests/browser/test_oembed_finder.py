"""Wagtail's own embed finder (as on a county site running Wagtail) against our oEmbed
provider on a live server: a pasted address becomes the iframe of our embed.

No browser needed; it lives here for the live server with the committed demo site
(`demo_server` from this folder's conftest).
"""

import pytest
import requests
from bs4 import BeautifulSoup
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.oembed import OEmbedFinder
from wagtail.embeds.format import embed_to_frontend_html
from wagtail.models import Page


@pytest.fixture
def provider(demo_server, settings):
    providers = [{"endpoint": demo_server.url + "/oembed/", "urls": [r"^http://localhost:\d+/.+$"]}]
    settings.WAGTAILEMBEDS_FINDERS = [
        {"class": "wagtail.embeds.finders.oembed", "providers": providers}
    ]
    return providers


def frame_of(html):
    frame = BeautifulSoup(html, "html.parser").find("iframe")
    assert frame is not None, html
    assert frame.get("title")
    return frame


def test_event_list_is_found_and_rendered_as_our_embed(demo_server, provider):
    assert demo_server.url.startswith("http://localhost:")
    url = demo_server.url + "/de/veranstaltungen/?limit=3"

    embed = get_embed(url)

    assert embed.type == "rich"
    assert embed.title == "Veranstaltungen"
    frame = frame_of(embed.html)
    assert frame["src"] == demo_server.url + "/embed/de/veranstaltungen/?limit=3"
    assert frame_of(embed_to_frontend_html(url))["src"] == frame["src"]
    response = requests.get(frame["src"], timeout=10)
    assert response.status_code == 200
    assert "frame-ancestors" in response.headers["Content-Security-Policy"]
    assert BeautifulSoup(response.text, "html.parser").find("h1").get_text(strip=True)


def test_news_post_is_found_with_the_size_asked_for(demo_server, provider):
    post = Page.objects.live().get(locale__language_code="de", slug="neuigkeiten")
    post = post.get_children().live().first()
    url = demo_server.url + post.url

    embed = get_embed(url, max_width=480, max_height=360)

    assert embed.type == "rich"
    assert embed.title == post.title
    assert (embed.width, embed.height) == (480, 360)
    frame = frame_of(embed.html)
    assert frame["src"] == demo_server.url + "/embed" + post.url
    assert (frame["width"], frame["height"]) == ("480", "360")


def test_private_and_unknown_addresses_are_not_found(demo_server, provider):
    finder = OEmbedFinder(providers=provider)
    members = Page.objects.get(locale__language_code="de", slug="mitglieder")
    for path in [members.url, "/de/", "/de/gibt-es-nicht/"]:
        with pytest.raises(EmbedNotFoundException):
            finder.find_embed(demo_server.url + path)
