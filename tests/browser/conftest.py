"""Playwright against pytest-django's live server, driving Debian's Chromium.

Never downloads a browser. Without /usr/bin/chromium the tests are skipped with a clear
reason, unless REQUIRE_BROWSER_TESTS is set (CI), where a missing browser is a failure.
"""

import os
import shutil

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING = (
    f"Browser tests skipped: Debian's Chromium was not found at {CHROMIUM} "
    "(apt-get install chromium)."
)


def chromium_available():
    return os.path.exists(CHROMIUM) or shutil.which(CHROMIUM) is not None


def pytest_collection_modifyitems(config, items):
    if chromium_available():
        return
    if os.environ.get("REQUIRE_BROWSER_TESTS"):
        raise pytest.UsageError(MISSING.replace("skipped", "required (REQUIRE_BROWSER_TESTS)"))
    skip = pytest.mark.skip(reason=MISSING)
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter):
    if not chromium_available():
        terminalreporter.write_sep("!", MISSING, yellow=True)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def demo_server(live_server, transactional_db, settings):
    """The live server with the demo site, told where it runs (as `make demo` sets SITE_URL):
    links in emails and the Wagtail site's address point at it."""
    from core.site_url import sync_default_site

    settings.SITE_URL = live_server.url
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    sync_default_site()
    return live_server


@pytest.fixture
def page(browser, demo_server):
    context = browser.new_context(base_url=demo_server.url, locale="de-DE")
    page = context.new_page()
    outside = []

    def block_other_hosts(route):
        outside.append(route.request.url)
        route.abort()

    host = demo_server.url.split("//", 1)[1]
    page.route(lambda url: host not in url.split("//", 1)[-1].split("/", 1)[0], block_other_hosts)
    page.requests_to_other_hosts = outside
    yield page
    # Let the last page finish loading: the live server shares its database connection with
    # the test, and a request still running while the rows are put back would write into it.
    # A page that keeps a connection open (a preview frame) is closed after ten seconds.
    try:
        page.wait_for_load_state("networkidle", timeout=10_000)
    except PlaywrightTimeoutError:
        pass
    context.close()
