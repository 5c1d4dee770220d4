"""Dates as a visitor reads them, in each of the seven languages, in Chromium.

A German post of Monday 7 December 2026 and its language versions: the date under the title
is the CLDR's long date of the page's language (tests/core/test_dates.py holds the same
strings for the formatting layer itself), never a US month/day or a German date in another
language's page.
"""

from datetime import date

import pytest

from tests.core.test_dates import EXPECTED

pytestmark = [pytest.mark.browser]


@pytest.fixture
def post_urls(demo_server):
    """The post's address in every language (translations or aliases of the German post)."""
    from blogpages.models import BlogIndexPage, BlogPage
    from home.locales import add_aliases_in_other_languages

    index = BlogIndexPage.objects.get(locale__language_code="de")
    post = BlogPage(
        title="Termine im Dezember",
        slug="termine-im-dezember-browser",
        date=date(2026, 12, 7),
        teaser="Was im Dezember im Landkreis los ist.",
    )
    index.add_child(instance=post)
    post.save_revision().publish()
    add_aliases_in_other_languages(post)
    return {
        version.locale.language_code: version.url
        for version in BlogPage.objects.filter(translation_key=post.translation_key).live()
    }


def test_the_post_date_reads_as_each_language_writes_it(page, post_urls):
    assert set(post_urls) == set(EXPECTED)
    for language, (day, *_rest) in EXPECTED.items():
        page.goto(post_urls[language])
        assert page.locator("html").get_attribute("lang") == language
        shown = page.locator("main .blog-post__date time")
        assert shown.get_attribute("datetime") == "2026-12-07"
        assert shown.inner_text() == day, language
    assert page.requests_to_other_hosts == []
