"""The directory's map view: the same selection as the list, the map only after the visitor's
consent (no tile server in the page before it, only its origin allowed by the CSP, and only
there), by town without a tile server, and a query count that does not grow."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from core.roles import MEMBER_AREA_GROUPS
from directory.models import DirectoryIndexPage, MapSettings, OrganisationPage
from tests.directory.conftest import make_organisation, make_place
from tests.factories import restrict_to_groups

pytestmark = pytest.mark.django_db
TILES = "https://tiles.example.net/{z}/{x}/{y}.png"
TILE_HOST = "tiles.example.net"


@pytest.fixture
def tiles(site):
    settings = MapSettings.for_site(Site.objects.get(is_default_site=True))
    settings.tile_url = TILES
    settings.attribution = "© Beispiel-Karten & Mitwirkende"
    settings.save()
    return settings


@pytest.fixture
def organisations(directory, town, categories):
    zeitz, naumburg = town("zeitz", "Zeitz"), town("naumburg", "Naumburg (Saale)")
    make_organisation(
        directory,
        "Migrationsberatung Zeitz",
        places=[make_place(zeitz, name="Büro", latitude=51.0478, longitude=12.1383)],
        offers=[{"title": "Beratung", "topic": categories["residence"], "languages": ["ar"]}],
    )
    make_organisation(
        directory,
        "Frauentreff Naumburg",
        places=[
            make_place(naumburg, street="Domplatz 8", latitude=51.1545, longitude=11.804),
            make_place(zeitz, street="Rossmarkt 2"),  # no coordinates
        ],
        offers=[{"title": "Deutschkurs", "topic": categories["language"], "languages": ["uk"]}],
    )
    make_organisation(directory, "Online-Beratung")  # no place at all


def map_url(site, language="de"):
    index = DirectoryIndexPage.objects.get(locale__language_code="de")
    return site.url(index, language) + "karte/"


def get_map(client, site, params=None, language="de"):
    response = client.get(map_url(site, language), params or {})
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def test_without_tile_server_the_selection_is_listed_by_town(client, site, organisations):
    response, soup = get_map(client, site)
    assert soup.select_one(".directory-count").get_text(strip=True) == "3 Organisationen"
    towns = {
        section.h2.get_text(strip=True): [a.get_text() for a in section.select("li a")]
        for section in soup.select(".directory-town")
    }
    assert towns == {
        "Naumburg (Saale)": ["Frauentreff Naumburg"],
        "Zeitz": ["Frauentreff Naumburg", "Migrationsberatung Zeitz"],
        "Ohne festen Ort": ["Online-Beratung"],
    }
    assert "Rossmarkt 2" in soup.select(".directory-town")[1].select("li")[0].get_text()
    # No map, no consent, no script for it, and the policy is the site's own.
    assert not soup.select("[data-directory-map], [data-map-load], #directory-map-data")
    assert "leaflet" not in response.content.decode()
    assert "Karte laden" not in response.content.decode()
    assert "img-src 'self' data:;" in response["Content-Security-Policy"]
    nav = soup.select_one("nav.directory-views")
    assert [a.get_text() for a in nav.select("a")] == ["Liste", "Nach Orten"]


def test_filters_are_kept_in_the_switch_and_the_selection(client, site, organisations):
    _response, soup = get_map(client, site, {"municipality": "naumburg", "topic": "sprachkurs"})
    assert [a.get_text() for a in soup.select(".directory-town li a")] == [
        "Frauentreff Naumburg",
        "Frauentreff Naumburg",
    ]
    links = {a.get_text(): a["href"] for a in soup.select("nav.directory-views a")}
    assert links["Liste"].endswith("/wegweiser/?topic=sprachkurs&municipality=naumburg")
    assert links["Nach Orten"].endswith("/wegweiser/karte/?topic=sprachkurs&municipality=naumburg")
    assert soup.select_one("nav.directory-views a[aria-current=page]").get_text() == "Nach Orten"
    form = soup.select_one("form.directory-filter")
    assert form["action"].endswith("/wegweiser/karte/")
    assert soup.select_one("#id_municipality option[selected]")["value"] == "naumburg"
    # And the list links to the map with its filters.
    index = DirectoryIndexPage.objects.get(locale__language_code="de")
    listing = BeautifulSoup(client.get(site.url(index), {"language": "ar"}).content, "html.parser")
    switch = listing.select_one("nav.directory-views a:not([aria-current])")
    assert switch["href"].endswith("/wegweiser/karte/?language=ar")


def test_empty_selection_offers_to_reset(client, site, organisations):
    _response, soup = get_map(client, site, {"language": "ti"})
    assert "Keine Organisation passt" in soup.select_one(".directory-empty").get_text()


def test_with_tile_server_the_map_waits_for_consent(client, site, organisations, tiles):
    response, soup = get_map(client, site)
    html = response.content.decode()
    section = soup.select_one("section[data-directory-map]")
    consent = section.select_one("[data-map-consent]")
    assert consent.select_one("button[type=button][data-map-load]").get_text() == "Karte laden"
    assert TILE_HOST in consent.get_text() and "IP-Adresse" in consent.get_text()
    remember = consent.select_one("input[type=checkbox][data-map-remember]")
    assert soup.select_one(f"label[for={remember['id']}]")
    canvas = section.select_one("[data-map-canvas]")
    assert canvas["dir"] == "ltr" and canvas["role"] == "region" and canvas["aria-label"]
    assert canvas.has_attr("hidden")
    assert canvas["data-tile-url"] == TILES
    assert canvas["data-attribution"] == "© Beispiel-Karten & Mitwirkende"
    # The tile host appears nowhere else: no <img>, <link>, preload or preconnect to it.
    canvas["data-tile-url"] = ""
    for paragraph in consent.select("p"):
        paragraph.decompose()
    assert TILE_HOST not in str(soup)
    assert not soup.select("link[rel=preconnect], link[rel=dns-prefetch], link[rel=preload]")
    for element in soup.select("[src], [href], [srcset]"):
        for name in ("src", "href", "srcset"):
            assert "example.net" not in element.get(name, "")
    # The vendored Leaflet from the site itself.
    assert soup.select_one('script[src$="directory/vendor/leaflet/leaflet.js"]')
    assert soup.select_one('link[href$="directory/vendor/leaflet/leaflet.css"]')
    assert soup.select_one('script[src$="directory/map.js"]')
    assert "unpkg" not in html and "cdn" not in html.lower()
    nav = soup.select_one("nav.directory-views")
    assert [a.get_text() for a in nav.select("a")] == ["Liste", "Karte"]


def test_markers_as_json_and_places_without_coordinates_below(client, site, organisations, tiles):
    _response, soup = get_map(client, site)
    markers = json.loads(soup.select_one("script#directory-map-data").string)
    assert [(m["name"], m["lat"], m["lng"]) for m in markers] == [
        ("Frauentreff Naumburg", 51.1545, 11.804),
        ("Migrationsberatung Zeitz", 51.0478, 12.1383),
    ]
    zeitz = markers[1]
    assert zeitz["url"].endswith("/wegweiser/migrationsberatung-zeitz/")
    assert zeitz["place"] == "Büro" and zeitz["address"] == "Markt 1, 06712 Zeitz"
    below = soup.select_one(".directory-unlocated")
    assert below.h2.get_text() == "Nicht auf der Karte"
    entries = [li.get_text(" ", strip=True) for li in below.select("li")]
    assert entries[0].startswith("Frauentreff Naumburg") and "Rossmarkt 2" in entries[0]
    assert entries[1] == "Online-Beratung"


def test_csp_allows_the_tile_host_on_the_map_page_only(client, site, organisations, tiles):
    response, _soup = get_map(client, site)
    policy = response["Content-Security-Policy"]
    img_src = next(part for part in policy.split(";") if part.strip().startswith("img-src"))
    assert img_src.split() == ["img-src", "'self'", "data:", "https://tiles.example.net"]
    assert "script-src 'self';" in policy  # the vendored script needs nothing more
    index = DirectoryIndexPage.objects.get(locale__language_code="de")
    listing = client.get(site.url(index))
    assert "example.net" not in listing["Content-Security-Policy"]


def test_subdomain_template_allows_each_subdomain(client, site, organisations, tiles):
    tiles.tile_url = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    tiles.save()
    response, soup = get_map(client, site)
    policy = response["Content-Security-Policy"]
    for sub in "abc":
        assert f"https://{sub}.tile.example.org" in policy
    assert "tile.example.org" in soup.select_one("[data-map-consent]").get_text()


def test_unusable_tile_address_means_no_map(client, site, organisations, tiles):
    tiles.tile_url = "javascript:alert(1)//{z}/{x}/{y}"
    tiles.save()
    response, soup = get_map(client, site)
    assert not soup.select("[data-directory-map]") and soup.select(".directory-town")
    assert "javascript:" not in response["Content-Security-Policy"]


def test_the_page_cache_keeps_the_map_pages_policy(client, site, organisations, tiles, settings):
    settings.PAGE_CACHE_SECONDS = 60
    first, _soup = get_map(client, site)
    second, _soup = get_map(client, site)
    assert second["X-Page-Cache"] == "hit"
    assert "https://tiles.example.net" in second["Content-Security-Policy"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_map_in_arabic(client, site, organisations, tiles):
    _response, soup = get_map(client, site, language="ar")
    assert soup.html["dir"] == "rtl"
    assert soup.select_one("[data-map-canvas]")["dir"] == "ltr"
    markers = json.loads(soup.select_one("script#directory-map-data").string)
    assert all(m["url"].startswith("/ar/") for m in markers)


def test_members_only_organisations_stay_off_the_map(client, site, organisations, tiles):
    hidden = OrganisationPage.objects.get(
        title="Migrationsberatung Zeitz", locale__language_code="de"
    )
    restrict_to_groups(hidden, MEMBER_AREA_GROUPS)
    response, soup = get_map(client, site)
    assert "Migrationsberatung Zeitz" not in response.content.decode()
    markers = json.loads(soup.select_one("script#directory-map-data").string)
    assert [m["name"] for m in markers] == ["Frauentreff Naumburg"]
    tiles.tile_url = ""
    tiles.save()
    response, _soup = get_map(client, site)
    assert "Migrationsberatung Zeitz" not in response.content.decode()


@pytest.mark.parametrize("with_tiles", [False, True])
def test_query_count_does_not_grow_with_organisations(
    client, site, directory, town, categories, with_tiles
):
    if with_tiles:
        settings = MapSettings.for_site(Site.objects.get(is_default_site=True))
        settings.tile_url = TILES
        settings.save()
    zeitz, weissenfels = town("zeitz", "Zeitz"), town("weissenfels", "Weißenfels")

    def add(count, start):
        for number in range(start, start + count):
            make_organisation(
                directory,
                f"Verein {number:03d}",
                aliases=False,
                places=[
                    make_place(zeitz, latitude=51.04 + number / 1000, longitude=12.13),
                    make_place(weissenfels),
                ],
                offers=[
                    {
                        "title": f"Angebot {number}",
                        "topic": categories["residence"],
                        "languages": ["ar"],
                    }
                ],
            )

    def queries(params):
        get_map(client, site, params)  # what publishing left to rebuild (menus, memo) is read
        with CaptureQueriesContext(connection) as captured:
            _response, soup = get_map(client, site, params)
        assert soup.select(".directory-count")
        return len(captured), soup

    filtered = {"topic": "aufenthalt", "language": "ar", "municipality": "zeitz"}
    add(3, 0)
    few = [queries({})[0], queries(filtered)[0]]
    add(27, 3)
    many_all, soup = queries({})
    many = [many_all, queries(filtered)[0]]
    assert many == few
    if with_tiles:
        assert len(json.loads(soup.select_one("#directory-map-data").string)) == 30
    else:
        assert len(soup.select(".directory-town li")) == 60
