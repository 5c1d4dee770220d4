"""Embeds, their oEmbed answer and the builder's snippets name the network in the embed's
language: the title of the home page in that language (core.site_title)."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

GERMAN = "Integrationsnetzwerk Burgenlandkreis"
ARABIC = "شبكة الاندماج في منطقة بورغنلاندكرايس"
UKRAINIAN = "Інтеграційна мережа району Бургенландкрайс"


def frame_title(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser").title.get_text()


@pytest.mark.parametrize(
    ("path", "site"),
    [
        ("/embed/de/veranstaltungen/", GERMAN),
        ("/embed/ar/veranstaltungen/", ARABIC),
        ("/embed/uk/veranstaltungen/", UKRAINIAN),
        ("/embed/ar/neuigkeiten/", ARABIC),
    ],
)
def test_embed_title_names_the_site_in_the_embed_language(client, path, site):
    title = frame_title(client, path)
    assert title.endswith(f" – {site}"), title
    if site != GERMAN:
        assert GERMAN not in title


def test_oembed_provider_and_frame_title_in_the_page_language(client):
    data = client.get("/oembed/", {"url": "http://testserver/ar/veranstaltungen/"}).json()
    assert data["provider_name"] == ARABIC
    frame = BeautifulSoup(data["html"], "html.parser").find("iframe")
    assert frame["title"].endswith(f" – {ARABIC}")
