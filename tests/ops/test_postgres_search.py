"""PostgreSQL full-text search: German stemming for German text, plain words for the others.

Run on PostgreSQL (skipped on SQLite):
DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
    .venv/bin/python -m pytest tests/ops/test_postgres_search.py -p no:xdist --create-db -q
"""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from home.models import ContentPage, HomePage

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="PostgreSQL search (set DATABASE_URL to a PostgreSQL database)",
    ),
]


def make_page(language, title, intro):
    home = HomePage.objects.get(locale__language_code=language)
    page = ContentPage(
        title=title,
        slug=f"suche-{language}",
        intro=intro,
        locale=Locale.objects.get(language_code=language),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def found(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return [a.get_text(strip=True) for a in html.select(".search-results li h2 a")]


def index_body(page):
    content_type = ContentType.objects.get_for_model(page.specific_class)
    entry = IndexEntry.objects.filter(content_type=content_type, object_id=str(page.pk))
    return entry.values_list("body", flat=True).get()


def test_the_backend_is_wagtails_postgres_backend_with_a_config_per_language():
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    backend = get_search_backend()
    assert isinstance(backend, PostgresSearchBackend)
    assert backend.config_for_language("de") == "german"
    for language in ("en", "ar", "fa", "uk", "ru", "tr"):
        assert backend.config_for_language(language) == "simple"


def test_a_german_page_is_found_by_another_form_of_its_words(client):
    make_page("de", "Quittenfest", "Veranstaltungen im Quittengarten")
    assert found(client, "de", "Veranstaltung Quittengarten") == ["Quittenfest"]
    assert found(client, "de", "Veranstaltungen Quittengärten") == ["Quittenfest"]


def test_german_text_is_indexed_with_german_stems_and_other_text_word_for_word():
    german = make_page("de", "Quittenfest", "Veranstaltungen im Quittengarten")
    english = make_page("en", "Quince harvest", "Meetings in the quince orchard")
    assert "'veranstalt'" in index_body(german)
    assert "'veranstaltungen'" not in index_body(german)
    # With the German rules "meetings" would lose its "s".
    assert "'meetings'" in index_body(english)


def test_an_english_page_is_found_with_the_simple_configuration(client):
    make_page("en", "Quince harvest", "Meetings in the quince orchard")
    assert found(client, "en", "meetings orchard") == ["Quince harvest"]
    assert found(client, "en", "Orchard") == ["Quince harvest"]


@pytest.mark.parametrize(
    "language, title, intro, query",
    [
        ("ar", "حصاد السفرجل", "لقاءات في حديقة السفرجل", "حديقة"),
        ("uk", "Збір айви", "Зустрічі в айвовому саду", "айвовому"),
        ("ru", "Сбор айвы", "Встречи в айвовом саду", "айвовом"),
    ],
    ids=["arabic", "ukrainian", "russian"],
)
def test_searches_in_other_scripts_find_their_words(client, language, title, intro, query):
    make_page(language, title, intro)
    assert found(client, language, query) == [title]


def test_a_search_finds_only_the_current_language(client):
    make_page("de", "Quittenfest", "Veranstaltungen im Quittengarten")
    make_page("en", "Quince harvest", "Quittengarten meetings")
    assert found(client, "de", "Quittengarten") == ["Quittenfest"]
    assert found(client, "en", "Quittengarten") == ["Quince harvest"]


def test_the_index_uses_gin_indexes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = %s",
            [IndexEntry._meta.db_table],
        )
        definitions = [row[0] for row in cursor.fetchall()]
    gin = [definition for definition in definitions if "USING gin" in definition]
    for column in ("title", "body", "autocomplete"):
        assert any(f"({column})" in definition for definition in gin), definitions
