"""Landmarks: one labelled search landmark on every page (the header's, also on the search
page), the events' count is a status region, and days are not region landmarks."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("url", ["/de/", "/de/search/?q=Beratung", "/ar/search/?q=x"])
def test_one_labelled_search_landmark(client, url):
    page = get(client, url)
    landmarks = page.select("[role=search], search")
    assert len(landmarks) == 1
    label = page.find(id=landmarks[0]["aria-labelledby"])
    assert label.get_text(strip=True)


@pytest.mark.parametrize("url", ["/de/veranstaltungen/", "/ar/veranstaltungen/"])
def test_event_count_is_a_status_and_days_are_no_regions(client, url):
    page = get(client, url)
    count = page.select_one(".event-count")
    assert count["role"] == "status"
    assert page.select(".event-day")
    assert not page.select("section.event-day")
    regions = [
        element
        for element in page.select("section[aria-labelledby], section[aria-label], [role=region]")
        if element.find_parent("main")
    ]
    assert len(regions) < 3, [region.get("aria-labelledby") for region in regions]
