"""The admin in one language at a time, as a coordinator uses it: the events and news
listings count German items once, with the other languages as badges, and pass axe; a news
post's categories and authors are offered once, in the post's language."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser]


def assert_no_axe_violations(page, context):
    results = Axe().run(page, context=context)
    assert results.response["violations"] == [], results.generate_report()


def log_in_admin(page):
    page.goto("/admin/login/")
    page.fill("#id_username", "koordination")
    page.fill("#id_password", "netzwerk-demo")
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()


@pytest.mark.parametrize(
    ("url", "model_path"),
    [
        ("/admin/events/", "eventpages.models.EventPage"),
        ("/admin/news/", "blogpages.models.BlogPage"),
    ],
)
def test_listing_counts_german_items_once_with_badges(page, url, model_path):
    from django.utils.module_loading import import_string

    model = import_string(model_path)
    german = model.objects.filter(locale__language_code="de").count()
    assert model.objects.count() > german  # the other languages exist (aliases, translations)

    log_in_admin(page)
    page.goto(url)
    rows = page.locator("main table tbody tr")
    expect(rows.first).to_be_visible()
    assert 0 < rows.count() <= german
    # Wagtail's "1-12 von 12 Veranstaltungen …" above the title column
    expect(page.locator("main table thead")).to_contain_text(re.compile(rf"-\d+ von {german} "))
    badges = page.locator("main table tbody tr").first.locator("[title*=':']")
    assert badges.count() == 6  # the six other languages, each with its state
    assert_no_axe_violations(page, "main")


def test_news_post_offers_categories_and_authors_once(page):
    from blogpages.models import Author, BlogCategory, BlogIndexPage

    index = BlogIndexPage.objects.get(locale__language_code="de", slug="neuigkeiten")
    log_in_admin(page)
    page.goto(f"/admin/pages/add/blogpages/blogpage/{index.pk}/")
    german_categories = BlogCategory.objects.filter(locale__language_code="de").count()
    assert BlogCategory.objects.count() > german_categories
    expect(page.locator("input[name=categories]")).to_have_count(german_categories)
    authors = page.locator("input[name=authors], select[name=authors] option")
    german_authors = Author.objects.filter(locale__language_code="de").count()
    expect(authors).to_have_count(german_authors)
    expect(page.get_by_text("Kim Muster", exact=True)).to_have_count(1)
