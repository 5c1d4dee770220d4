"""hreflang alternates in /sitemap.xml: the same as each page's own head says, in few queries.

Every `<url>` lists each live, public language version of its page (translations and aliases
alike) and `x-default` for the German one, exactly like the `<link rel="alternate">` in the
page's head (home.navigation.alternate_links).
"""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from home.locales import add_aliases_in_other_languages
from home.models import ContentPage, HomePage
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def base():
    """The site's address (Wagtail's full URLs in the sitemap start with it)."""
    return Site.objects.get(is_default_site=True).root_url


@pytest.fixture
def client(base):
    """Asking by the site's own host name: the head's links are made from the request's host,
    the sitemap's from the site's."""
    return Client(headers={"host": urlsplit(base).netloc})


def sitemap(client):
    cache.clear()  # the same work for each request, whatever a cache keeps
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NS):
        links = url.findall("xhtml:link", NS)
        assert all(link.get("rel") == "alternate" for link in links)
        entries[url.find("s:loc", NS).text] = {
            link.get("hreflang"): link.get("href") for link in links
        }
    return entries


def head_alternates(client, url):
    response = client.get(urlsplit(url).path)
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return {
        link["hreflang"]: link["href"]
        for link in html.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def new_page(title, slug, aliases=True):
    home = HomePage.objects.get(locale__language_code="de")
    page = ContentPage(title=title, slug=slug)
    home.add_child(instance=page)
    page.save_revision().publish()
    if aliases:
        add_aliases_in_other_languages(page)
    return Page.objects.get(pk=page.pk)


def test_every_url_has_the_alternates_of_its_page_head(client, base):
    entries = sitemap(client)
    for url in [
        f"{base}/de/",
        f"{base}/fa/beratung/",
        f"{base}/en/impressum/",
    ]:
        assert set(entries[url]) == set(LANGUAGES) | {"x-default"}
        assert entries[url] == head_alternates(client, url)
        assert entries[url]["x-default"] == entries[url]["de"]
    # Every version lists the same alternates, among them itself.
    for url, alternates in entries.items():
        assert alternates, url
        assert url in alternates.values()
        assert alternates["x-default"] == alternates.get("de", alternates["x-default"])
        assert not any("/mitglieder/" in href for href in alternates.values())
        assert all(entries[href] == alternates for href in alternates.values())


def test_only_live_versions_are_alternates(client, base):
    page = new_page("Sitemap-Test", "sitemap-test")
    turkish = Page.objects.get(translation_key=page.translation_key, locale__language_code="tr")
    turkish.unpublish()
    entries = sitemap(client)
    german = entries[f"{base}/de/sitemap-test/"]
    assert set(german) == set(LANGUAGES) - {"tr"} | {"x-default"}
    assert german["x-default"] == german["de"] == f"{base}/de/sitemap-test/"
    assert german == head_alternates(client, "/de/sitemap-test/")
    assert f"{base}/tr/sitemap-test/" not in entries


def test_a_page_in_one_language_has_itself_and_x_default(client, base):
    new_page("Nur Deutsch", "nur-deutsch", aliases=False)
    entries = sitemap(client)
    assert entries[f"{base}/de/nur-deutsch/"] == {
        "de": f"{base}/de/nur-deutsch/",
        "x-default": f"{base}/de/nur-deutsch/",
    }


@pytest.mark.slow
def test_queries_do_not_grow_with_the_pages(client):
    sitemap(client)  # content types and sites read once for the process
    with CaptureQueriesContext(connection) as before:
        entries = sitemap(client)
    for number in range(3):
        new_page(f"Mehr {number}", f"mehr-{number}")
    sitemap(client)  # what is kept per content generation, after the change (core.memo)
    with CaptureQueriesContext(connection) as after:
        more = sitemap(client)
    assert len(more) == len(entries) + 3 * len(LANGUAGES)
    assert len(after) == len(before), [query["sql"][:150] for query in after.captured_queries]
    # Sites, restrictions, the count, the pages (a query per page type), the alternates.
    assert len(after) <= 20
