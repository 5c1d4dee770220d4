"""The home page's cards in a browser: a grid that uses the width at 1280 px and one column
on a 390 px phone, in German and in Arabic; pictures come from our own host; axe is clean."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser]


def columns(page, section):
    """How many cards of a section stand side by side in its first row."""
    return page.evaluate(
        """(selector) => {
            const cards = [...document.querySelectorAll(selector)];
            const top = Math.round(cards[0].getBoundingClientRect().top);
            return cards.filter((c) => Math.round(c.getBoundingClientRect().top) === top).length;
        }""",
        f"{section} .card-grid > .card",
    )


@pytest.mark.parametrize("language", ["de", "ar"])
def test_home_cards_form_a_grid_wide_and_one_column_on_a_phone(page, language):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"/{language}/")
    for section in (".upcoming-events", ".latest-posts"):
        assert columns(page, section) >= 2, section
    # Pictures come from this site, load, and carry alt text.
    pictures = page.locator(".card picture img")
    assert pictures.count() >= 2
    for index in range(pictures.count()):
        img = pictures.nth(index)
        img.scroll_into_view_if_needed()
        page.wait_for_function(
            "(img) => img.complete && img.naturalWidth > 0", arg=img.element_handle()
        )
        assert img.get_attribute("alt")
        source = img.evaluate("(img) => img.currentSrc")
        assert source.startswith(page.url.split(f"/{language}/")[0] + "/media/images/"), source
    assert page.locator(".card .card-picture--fallback").count() >= 1  # the demo leaves some out
    assert page.requests_to_other_hosts == []

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/{language}/")
    for section in (".upcoming-events", ".latest-posts"):
        assert columns(page, section) == 1, section
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")
    results = Axe().run(page)
    assert results.response["violations"] == [], results.generate_report()


def test_colours_arrive_as_a_stylesheet_not_inline(page):
    page.goto("/de/")
    primary = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim()"
    )
    assert primary == "#0b5394"
    assert page.locator("link[rel=stylesheet][href^='/site-colours.css?v=']").count() == 1
    assert page.locator("[style]").count() == 0
