"""A Ukrainian member reads an Arabic post in Ukrainian on the board: in place with the script,
by reloading without it; "Original anzeigen" switches back; axe finds nothing on the way.

The provider is the fake LibreTranslate server of tests/fake_translator.py ("[uk] …"), marked
as allowed private data; nothing leaves the machine.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from exchange.demo import data as demo
from exchange.models import Post, Thread

pytestmark = [pytest.mark.browser]

PASSWORD = "netzwerk-demo"
ROOM_THREAD = next(spec for spec in demo.THREADS if spec["topic"] == "angebote")


@pytest.fixture
def provider(fake_translator):
    """The fake LibreTranslate server (tests/fake_translator.py), allowed private data as a
    self-hosted one: the board's posts go through the real client. The list of what it was
    asked to translate, as (source, target) pairs."""
    fake_translator.use("libretranslate", private_ok=True)

    class Calls:
        def __eq__(self, pairs):
            asked = [
                (request["json"]["source"], request["json"]["target"])
                for request in fake_translator.requests
                if request["path"] == "/translate"
            ]
            return asked == pairs

    return Calls()


def arabic_post():
    thread = Thread.objects.get(title=ROOM_THREAD["title"])
    post = Post.objects.filter(thread=thread, language="ar", hidden=False).first()
    assert post is not None, "the demo's room thread has an Arabic reply"
    return thread, post


def log_in(page, language, username):
    page.goto(f"/{language}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def assert_no_axe_violations(page):
    results = Axe().run(page)
    assert results.response["violations"] == [], results.generate_report()


def test_a_ukrainian_member_reads_an_arabic_post_in_place(page, provider):
    thread, post = arabic_post()
    log_in(page, "uk", "olena")
    page.goto(f"/uk/austausch/{thread.pk}/")
    item = page.locator(f"#beitrag-{post.pk}")
    original = item.locator("[data-original]")
    assert original.get_attribute("lang") == "ar"

    item.locator("a[data-translate-url]").click()

    mark = item.locator(".exchange-translation__mark")
    mark.wait_for()
    assert "LibreTranslate" in mark.inner_text()
    translated = item.locator(".exchange-translation .exchange-post__text")
    assert translated.get_attribute("lang") == "uk"
    assert translated.get_attribute("dir") == "ltr"
    assert translated.inner_text().startswith("[uk] ")
    assert original.is_hidden()
    assert page.url.endswith(f"/uk/austausch/{thread.pk}/")  # no reload: in place
    back = item.locator("a[data-show-original]")
    assert back.evaluate("element => element === document.activeElement")
    assert provider == [("ar", "uk")]
    assert_no_axe_violations(page)

    back.click()
    assert original.is_visible()
    assert translated.is_hidden()
    control = item.locator("a[data-translate-url]")
    assert control.evaluate("element => element === document.activeElement")

    control.click()  # shown again without asking the server
    assert translated.is_visible() and original.is_hidden()
    assert provider == [("ar", "uk")]
    assert page.requests_to_other_hosts == []


def test_without_javascript_the_link_reloads_the_thread_translated(browser, demo_server, provider):
    thread, post = arabic_post()
    context = browser.new_context(
        base_url=demo_server.url, locale="uk-UA", java_script_enabled=False
    )
    page = context.new_page()
    try:
        log_in(page, "uk", "olena")
        page.goto(f"/uk/austausch/{thread.pk}/")
        item = page.locator(f"#beitrag-{post.pk}")

        item.locator("a[data-translate-url]").click()
        page.wait_for_load_state()

        assert f"?lesen={post.pk}" in page.url
        assert page.url.endswith(f"#beitrag-{post.pk}")
        item = page.locator(f"#beitrag-{post.pk}")
        assert "LibreTranslate" in item.locator(".exchange-translation__mark").inner_text()
        assert item.locator("[data-original]").is_hidden()

        item.locator("a[data-show-original]").click()
        page.wait_for_load_state()
        assert "lesen=" not in page.url
        item = page.locator(f"#beitrag-{post.pk}")
        assert item.locator("[data-original]").is_visible()
        assert item.locator(".exchange-translation").count() == 0
    finally:
        context.close()
