"""The directory's map in the browser (issue 22): with a tile server configured, the page asks
it for nothing until the visitor clicks "Karte laden"; then the tiles come and the demo's
places are markers. On phones and wide screens, in German and Arabic; axe before and after.

The tile server is a local one (a thread answering every tile with a tiny PNG and noting what
was asked), set as the site's MapSettings.tile_url like an administrator would.
"""

import base64
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.conftest import PlaywrightTimeoutError

pytestmark = [pytest.mark.browser]

# A 1 × 1 transparent PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)
PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 900}


def assert_no_axe_violations(page):
    results = Axe().run(page)
    assert results.response["violations"] == [], results.generate_report()


@pytest.fixture
def tile_server():
    requests = []

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PNG)))
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.requests = requests
    server.url = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def map_on(demo_server, tile_server):
    from wagtail.models import Site

    from directory.models import MapSettings

    settings = MapSettings.for_site(Site.objects.get(is_default_site=True))
    settings.tile_url = tile_server.url + "/{z}/{x}/{y}.png"
    settings.attribution = "© Test-Kacheln"
    settings.save()
    return settings


def map_path(language):
    from directory.models import DirectoryIndexPage

    return DirectoryIndexPage.objects.get(locale__language_code=language).get_url() + "karte/"


def place_count():
    from directory.models import Place

    pages = Place.objects.filter(
        page__locale__language_code="de", page__live=True, latitude__isnull=False
    )
    return pages.count()


@pytest.fixture
def visit(browser, demo_server, tile_server):
    """A browser context of our own: the live server and the tile server may answer, any
    other host is refused and noted."""
    contexts = []

    def open_page(viewport, language):
        context = browser.new_context(
            base_url=demo_server.url, viewport=viewport, locale=f"{language}-DE"
        )
        contexts.append(context)
        page = context.new_page()
        outside = []
        allowed = {demo_server.url.split("//", 1)[1], tile_server.url.split("//", 1)[1]}

        def refuse(route):
            outside.append(route.request.url)
            route.abort()

        page.route(lambda url: url.split("//", 1)[-1].split("/", 1)[0] not in allowed, refuse)
        page.requests_to_other_hosts = outside
        return page

    yield open_page
    for context in contexts:
        try:
            context.pages[0].wait_for_load_state("networkidle", timeout=10_000)
        except (PlaywrightTimeoutError, IndexError):
            pass
        context.close()


@pytest.mark.parametrize("viewport", [PHONE, WIDE], ids=["390px", "1280px"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_map_loads_tiles_only_after_consent(visit, map_on, tile_server, viewport, language):
    page = visit(viewport, language)
    page.goto(map_path(language))
    page.wait_for_load_state("networkidle")
    load = page.locator("[data-map-load]")
    expect(load).to_be_visible()
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator("[data-map-canvas]").get_attribute("dir") == "ltr"
    assert page.locator(".leaflet-tile, .leaflet-marker-icon").count() == 0
    assert tile_server.requests == []
    assert_no_axe_violations(page)
    assert tile_server.requests == []

    load.click()
    markers = page.locator(".leaflet-marker-icon")
    expect(markers).to_have_count(place_count())
    # A tile has come (Leaflet marks it loaded), so the server was asked.
    expect(page.locator(".leaflet-tile-loaded").first).to_be_attached()
    assert tile_server.requests, "no tile was asked for after the click"
    assert all(path.endswith(".png") for path in tile_server.requests)
    expect(page.locator("[data-map-consent]")).to_be_hidden()
    # The map has the focus; its attribution is the setting's.
    assert page.evaluate("document.activeElement.id") == "directory-map"
    expect(page.locator(".leaflet-control-attribution")).to_contain_text("© Test-Kacheln")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []


def test_marker_popup_links_to_the_organisation_by_keyboard(visit, map_on, tile_server):
    page = visit(WIDE, "de")
    page.goto(map_path("de") + "?municipality=zeitz&language=ar")
    page.locator("[data-map-load]").click()
    marker = page.locator(".leaflet-marker-icon[alt='Migrationsberatung Zeitz']")
    expect(marker).to_have_count(1)
    marker.focus()
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup a", has_text="Migrationsberatung Zeitz")
    expect(link).to_be_visible()
    assert link.get_attribute("href").endswith("/wegweiser/migrationsberatung-zeitz/")
    expect(page.locator(".leaflet-popup")).to_contain_text("Altmarkt 3, 06712 Zeitz")
    # The list is the equal alternative, with the same filters.
    page.get_by_role("link", name="Liste").click()
    expect(page).to_have_url(re.compile(r"/de/wegweiser/\?municipality=zeitz&language=ar$"))
    expect(page.locator("#id_municipality")).to_have_value("zeitz")
    expect(page.locator("#id_language")).to_have_value("ar")
    expect(
        page.locator(".directory-card__title", has_text="Migrationsberatung Zeitz")
    ).to_be_visible()


def test_always_load_is_remembered_on_the_device_and_can_be_forgotten(visit, map_on, tile_server):
    page = visit(WIDE, "de")
    page.goto(map_path("de"))
    page.locator("[data-map-remember]").check()
    page.locator("[data-map-load]").click()
    expect(page.locator(".leaflet-marker-icon").first).to_be_visible()
    assert page.context.cookies() == [] or all(
        cookie["name"] != "directory-map-consent" for cookie in page.context.cookies()
    )
    page.reload()
    # Loaded by itself, with a way to stop that.
    expect(page.locator(".leaflet-marker-icon").first).to_be_visible()
    expect(page.locator("[data-map-consent]")).to_be_hidden()
    page.locator("[data-map-forget]").click()
    expect(page.locator("[data-map-forget-status]")).not_to_be_empty()
    asked = len(tile_server.requests)
    page.reload()
    page.wait_for_load_state("networkidle")
    expect(page.locator("[data-map-load]")).to_be_visible()
    assert page.locator(".leaflet-tile").count() == 0
    assert len(tile_server.requests) == asked


@pytest.mark.parametrize("language", ["de", "ar"])
def test_no_sideways_scroll_at_320_px(visit, map_on, language):
    page = visit({"width": 320, "height": 700}, language)
    page.goto(map_path(language))
    page.locator("[data-map-load]").click()
    expect(page.locator(".leaflet-marker-icon").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_without_tile_server_the_map_view_is_a_list_by_town(page):
    page.goto(map_path("de"))
    headings = page.locator(".directory-town h2")
    expect(headings.first).to_be_visible()
    assert "Zeitz" in headings.all_inner_texts()
    assert page.locator("[data-map-load], .leaflet-container").count() == 0
    assert_no_axe_violations(page)
