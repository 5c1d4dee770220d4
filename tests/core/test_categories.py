"""core.categories: category names in the visitor's language, German where not translated."""

import pytest
from wagtail.models import Locale

from core.categories import CategoryQuerySet, TranslatableCategory, translated
from eventpages.models import EventCategory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf():
    """Three German categories: one translated into English, one into English and Arabic,
    one not translated at all."""
    german, english, arabic = (
        Locale.objects.get(language_code=code) for code in ("de", "en", "ar")
    )

    def make(name, slug, translations=()):
        category = EventCategory.objects.create(name=name, slug=slug, locale=german)
        for locale, translated_name in translations:
            copy = category.copy_for_translation(locale)
            copy.name = translated_name
            copy.save()
        return category

    categories = {
        "garden": make("Zgarten", "test-garten", [(english, "Garden")]),
        "kitchen": make("Küche", "test-kueche", [(english, "Kitchen"), (arabic, "مطبخ")]),
        "cellar": make("Keller", "test-keller"),
    }
    keys = [category.translation_key for category in categories.values()]
    return categories, EventCategory.objects.filter(translation_key__in=keys)


def test_the_shared_model_is_abstract_and_its_manager_reaches_every_category_model():
    assert TranslatableCategory._meta.abstract
    assert isinstance(EventCategory.objects.all(), CategoryQuerySet)


def test_localized_gives_each_category_once_in_the_language_else_german(
    shelf, django_assert_num_queries
):
    categories, selection = shelf
    with django_assert_num_queries(1):
        english = selection.localized("en")
        names = sorted(category.name for category in english)
    assert names == ["Garden", "Keller", "Kitchen"]
    assert {category.locale.language_code for category in english} == {"en", "de"}
    arabic = {category.translation_key: category.name for category in selection.localized("ar")}
    assert arabic == {
        categories["garden"].translation_key: "Zgarten",
        categories["kitchen"].translation_key: "مطبخ",
        categories["cellar"].translation_key: "Keller",
    }


def test_a_locale_or_the_active_language_will_do(shelf):
    _categories, selection = shelf
    english = Locale.objects.get(language_code="en")
    assert selection.names_by_key(english) == selection.names_by_key("en")
    from django.utils import translation

    with translation.override("en"):
        assert selection.names_by_key() == selection.names_by_key("en")
    # A language the site does not offer: German.
    assert selection.names_by_key("xx") == selection.names_by_key("de")


def test_names_by_key_in_one_query(shelf, django_assert_num_queries):
    categories, selection = shelf
    with django_assert_num_queries(1):
        names = selection.names_by_key("en")
    assert names == {
        categories["garden"].translation_key: "Garden",
        categories["kitchen"].translation_key: "Kitchen",
        categories["cellar"].translation_key: "Keller",
    }
    assert selection.names_by_key("de")[categories["garden"].translation_key] == "Zgarten"


def test_by_key_gives_the_rows(shelf):
    categories, selection = shelf
    rows = selection.by_key("en")
    assert rows[categories["kitchen"].translation_key].name == "Kitchen"
    assert rows[categories["cellar"].translation_key].pk == categories["cellar"].pk


def test_choices_are_slugs_named_and_sorted_in_the_language(shelf, django_assert_num_queries):
    _categories, selection = shelf
    english = Locale.objects.get(language_code="en")
    with django_assert_num_queries(1):
        choices = selection.choices(english)
    assert choices == [
        ("test-garten", "Garden"),
        ("test-keller", "Keller"),
        ("test-kueche", "Kitchen"),
    ]
    assert selection.choices("de") == [
        ("test-keller", "Keller"),
        ("test-kueche", "Küche"),
        ("test-garten", "Zgarten"),
    ]


def test_translated_keeps_the_order_and_the_rows_without_translation(
    shelf, django_assert_num_queries
):
    categories, _selection = shelf
    rows = [categories["cellar"], categories["kitchen"], categories["garden"]]
    arabic = Locale.objects.get(language_code="ar")
    with django_assert_num_queries(1):
        shown = translated(rows, arabic)
    assert [row.name for row in shown] == ["Keller", "مطبخ", "Zgarten"]
    german = Locale.objects.get(language_code="de")
    with django_assert_num_queries(0):
        assert translated(rows, german) == rows
    assert translated(rows, None) == rows
    assert translated([], arabic) == []
