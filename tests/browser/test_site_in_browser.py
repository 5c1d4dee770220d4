"""A visitor in German and in Arabic: reading, switching language, and an axe audit."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser]


def assert_no_axe_violations(page):
    results = Axe().run(page)
    violations = results.response["violations"]
    assert violations == [], results.generate_report()


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_home_page_reads_right_and_passes_axe(page, language, direction):
    page.goto(f"/{language}/")
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == direction
    assert page.locator("h1").inner_text().strip()
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []


def test_content_page_with_all_blocks_passes_axe_in_arabic(page):
    for url in ["/ar/beratung/", "/de/ueber-uns/", "/ar/login/"]:
        page.goto(url)
        assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []


def test_switch_language_and_choice_is_remembered(page):
    page.goto("/de/beratung/")
    page.get_by_role("navigation", name="Sprache wählen").get_by_role(
        "link", name="العربية"
    ).click()
    page.wait_for_url("**/ar/beratung/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    for name, code in [("Türkçe", "tr"), ("Українська", "uk"), ("Deutsch", "de")]:
        page.locator(f'nav.language-switcher a[hreflang="{code}"]').click()
        page.wait_for_url(f"**/{code}/beratung/")
        assert page.locator("html").get_attribute("lang") == code
        assert page.locator(f'nav.language-switcher a[hreflang="{code}"]').inner_text() == name
    page.locator('nav.language-switcher a[hreflang="fa"]').click()
    page.wait_for_url("**/fa/beratung/")
    page.goto("/")
    page.wait_for_url("**/fa/")
    assert page.locator("html").get_attribute("lang") == "fa"


def test_switcher_reaches_all_seven_languages_of_the_home_page(page):
    page.goto("/de/")
    hrefs = page.locator("nav.language-switcher a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert hrefs == ["/de/", "/en/", "/ar/", "/fa/", "/uk/", "/ru/", "/tr/"]
    for href in hrefs:
        response = page.goto(href)
        assert response.status == 200


def test_skip_link_moves_focus_to_main(page):
    page.goto("/de/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("window.location.hash") == "#main"


def test_video_loads_only_after_click(page):
    page.goto("/de/ueber-uns/")
    assert page.locator(".video-consent iframe").count() == 0
    assert page.requests_to_other_hosts == []
    page.locator("[data-video-load]").first.click()
    iframe = page.locator(".video-consent iframe")
    iframe.wait_for()
    assert iframe.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
