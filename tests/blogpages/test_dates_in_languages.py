"""The news index writes post dates in the visitor's language (core.dates) and isolates the
authors' names, joined with the language's separators."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from blogpages.models import BlogIndexPage

pytestmark = pytest.mark.django_db

EXPECTED = {
    "de": ("4. März 2026", "Amira, Milan und Sara"),
    "ar": ("4 مارس 2026", "Amira وMilan وSara"),
    "fa": ("۴ مارس ۲۰۲۶", "Amira،\u200f Milan، و Sara"),
    "uk": ("4 березня 2026\u202fр.", "Amira, Milan і Sara"),
}


@pytest.mark.parametrize("language", EXPECTED)
def test_news_index_dates_and_authors(client, blog_index, blog_author, make_post, language):
    authors = [blog_author(name) for name in ("Amira", "Milan", "Sara")]
    make_post(title="Neues", date=date(2026, 3, 4), authors=authors, aliases=True)
    index = BlogIndexPage.objects.get(
        translation_key=blog_index.translation_key, locale__language_code=language
    )
    response = client.get(index.get_url())
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    day, names = EXPECTED[language]
    card = html.select_one(".post-card__meta")
    assert card.select_one("time").get_text() == day
    authors_text = card.select_one(".post-card__authors")
    assert [bdi.get_text() for bdi in authors_text.select("bdi")] == ["Amira", "Milan", "Sara"]
    assert names in authors_text.get_text()
