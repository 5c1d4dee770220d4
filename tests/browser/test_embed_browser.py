"""A county's website embeds the event list through our script, in Chromium.

The county's page comes from a server of its own on another port (another origin): listed in
the embed settings, it shows the events in a frame as tall as its content, and a click opens
the event outside the frame; not listed, the browser shows nothing of ours in the frame.
Plus axe on the embed views in German and Arabic.
"""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Page, Site

from embedding.models import EmbedSettings

pytestmark = [pytest.mark.browser]

EVENTS = "/embed/de/veranstaltungen/?limit=3"
NEWS = "/embed/de/neuigkeiten/?limit=2&layout=compact"

# "/": the script at the end, async (as the builder's snippet); "/head/": the script in the
# head, before the placeholders exist.
HOST_PAGE = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Burgenlandkreis: Integration</title>{head}</head>
<body>
<h1>Integration im Burgenlandkreis</h1>
<p>Termine des Netzwerks:</p>
<div class="netzwerk-embed" id="events" data-src="{network}{events}" data-title="Veranstaltungen">
<noscript><a href="{network}/de/veranstaltungen/">Veranstaltungen</a></noscript>
</div>
<p id="after">Weitere Inhalte des Landkreises.</p>
<div class="netzwerk-embed" id="news" data-src="{network}{news}" data-title="Neuigkeiten">
<noscript><a href="{network}/de/neuigkeiten/">Neuigkeiten</a></noscript>
</div>
{end}
</body>
</html>
"""
SCRIPT = '<script src="{network}/static/embedding/js/embed.js"{attributes}></script>'


def host_page(network, path):
    script_in_head = path.startswith("/head/")
    script = SCRIPT.format(network=network, attributes="" if script_in_head else " async")
    return HOST_PAGE.format(
        network=network,
        events=EVENTS,
        news=NEWS,
        head=script if script_in_head else "",
        end="" if script_in_head else script,
    ).encode()


class CountySite:
    """A county's web server on 127.0.0.1 and a port of its own: one page with our snippet."""

    def __init__(self, network_url):
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                html = host_page(network_url, self.path)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(html)))
                self.end_headers()
                self.wfile.write(html)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def county_sites(demo_server):
    allowed, other = CountySite(demo_server.url), CountySite(demo_server.url)
    settings = EmbedSettings.for_site(Site.objects.get(is_default_site=True))
    settings.allowed_origins = f"https://www.burgenlandkreis.de\n{allowed.origin}"
    settings.save()
    yield allowed, other
    allowed.close()
    other.close()


@pytest.fixture
def visitor(browser, demo_server, county_sites):
    """A browser page that may reach our live server and the two county sites only."""
    context = browser.new_context(locale="de-DE", viewport={"width": 1000, "height": 800})
    page = context.new_page()
    ours = {demo_server.url.split("//", 1)[1], *(s.origin.split("//", 1)[1] for s in county_sites)}
    outside = []

    def block(route):
        outside.append(route.request.url)
        route.abort()

    page.route(lambda url: url.split("//", 1)[-1].split("/", 1)[0] not in ours, block)
    page.requests_to_other_hosts = outside
    yield page
    page.wait_for_load_state("networkidle")
    context.close()


def embed_frame(page, placeholder="#events"):
    element = page.locator(f"{placeholder} iframe")
    element.wait_for()
    frame = element.element_handle().content_frame()
    frame.wait_for_load_state()
    return element, frame


def heights(element, frame):
    return (
        element.evaluate("frame => frame.clientHeight"),
        frame.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)"),
        frame.evaluate("document.documentElement.scrollHeight"),
        frame.evaluate("document.documentElement.clientHeight"),
    )


def wait_for_height(element, frame, timeout=10):
    """The frame's height follows its content (embed.js resizes it)."""
    deadline = time.monotonic() + timeout
    while True:
        outer, content, scroll, viewport = heights(element, frame)
        if abs(outer - content) <= 2 and scroll <= viewport:
            return outer, content
        if time.monotonic() > deadline:
            raise AssertionError(f"frame {outer}px, content {content}px, scroll {scroll}px")
        time.sleep(0.1)


@pytest.mark.parametrize("path", ["/", "/head/"])
def test_listed_county_site_shows_the_events_at_full_height(
    visitor, county_sites, demo_server, path
):
    allowed, _other = county_sites
    visitor.goto(allowed.origin + path)
    element, frame = embed_frame(visitor)

    assert element.get_attribute("title") == "Veranstaltungen"
    assert element.get_attribute("loading") == "lazy"
    assert frame.url == demo_server.url + EVENTS
    frame.locator(".event-item").first.wait_for()
    assert frame.locator(".event-item").count() == 3
    assert visitor.locator(".netzwerk-embed noscript").count() == 0

    # The second embed on the page is sized to its own content.
    news_element, news_frame = embed_frame(visitor, "#news")
    assert news_frame.url == demo_server.url + NEWS
    assert news_frame.locator(".post-line").count() == 2
    news_height, _content = wait_for_height(news_element, news_frame)

    outer, content = wait_for_height(element, frame)
    assert outer != news_height
    assert outer != 600  # no longer the initial height: it follows the content
    # No scrollbar of its own: everything in the frame is visible at once.
    assert frame.evaluate("document.documentElement.scrollHeight <= window.innerHeight")

    # A message from anyone but the frame itself changes nothing.
    visitor.evaluate("window.postMessage({type: 'netzwerk-embed:height', height: 5000}, '*')")
    visitor.wait_for_timeout(300)
    assert element.evaluate("frame => frame.clientHeight") == outer

    # Narrower page, longer content: the frame grows with it.
    visitor.set_viewport_size({"width": 360, "height": 800})
    narrow, _content = wait_for_height(element, frame)
    assert narrow > outer
    assert visitor.requests_to_other_hosts == []


def test_click_opens_the_event_outside_the_frame(visitor, county_sites, demo_server):
    allowed, _other = county_sites
    visitor.goto(allowed.origin + "/")
    _element, frame = embed_frame(visitor)
    link = frame.locator(".event-item__title a").first
    link.wait_for()
    href = link.get_attribute("href")
    assert href.startswith(demo_server.url + "/de/veranstaltungen/")

    with visitor.expect_popup() as popup_info:
        link.click()
    popup = popup_info.value
    popup.wait_for_load_state()

    assert popup.url == href
    assert popup.locator("h1").inner_text().strip() == link.inner_text().strip()
    assert visitor.url == allowed.origin + "/"  # the county's page stays where it was
    assert frame.url == demo_server.url + EVENTS
    popup.close()


def test_unlisted_county_site_shows_nothing_of_ours(visitor, county_sites, demo_server):
    _allowed, other = county_sites
    response = visitor.request.get(demo_server.url + EVENTS)
    assert "frame-ancestors" in response.headers["content-security-policy"]
    assert other.origin not in response.headers["content-security-policy"]

    visitor.goto(other.origin + "/")
    element = visitor.locator("#events iframe")
    element.wait_for()
    visitor.wait_for_load_state("networkidle")
    frame = element.element_handle().content_frame()
    # Chromium replaces a frame its CSP forbids with an error page of its own.
    assert frame.url != demo_server.url + EVENTS
    assert frame.url.startswith("chrome-error://")
    assert element.evaluate("frame => frame.clientHeight") == 600  # no message came
    assert visitor.locator("#after").is_visible()


# ------------------------------------------------------------------------------ axe


def assert_no_axe_violations(page):
    results = Axe().run(page)
    violations = results.response["violations"]
    assert violations == [], results.generate_report()


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_embed_views_pass_axe(page, language, direction):
    post = Page.objects.live().get(locale__language_code=language, slug="neuigkeiten")
    post = post.get_children().live().first()
    event = Page.objects.live().get(locale__language_code=language, slug="veranstaltungen")
    event = event.get_children().live().first()
    for path in [
        "veranstaltungen/",
        "veranstaltungen/?limit=5&layout=compact&accent=%23aa3300",
        "dokumente/",
        "dokumente/?layout=compact",
        "neuigkeiten/",
        "neuigkeiten/?layout=compact&accent=%23ffdd00",
        f"neuigkeiten/{post.slug}/",
        f"veranstaltungen/{event.slug}/",
    ]:
        response = page.goto(f"/embed/{language}/{path}")
        assert response.status == 200, path
        html = page.locator("html")
        assert html.get_attribute("lang") == language
        assert html.get_attribute("dir") == direction
        assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []
