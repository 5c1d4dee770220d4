"""Document tags in the visitor's language: the library's `?tag=` filter and each document's
chips (core.tag_labels), with constant queries."""

import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag

from core.models import TagLabel

pytestmark = pytest.mark.django_db


def test_library_filter_and_chips_in_russian(client, collection, make_document, make_library):
    shelf = collection("Regal")
    document = make_document("Merkblatt Wohnen", shelf)
    document.tags.add("Wohnen", "Zeitz")
    TagLabel.objects.create(tag=Tag.objects.get(name="Wohnen"), language="ru", label="Жильё")
    library = make_library("Bibliothek Test", collections=[shelf])
    russian = type(library).objects.get(
        translation_key=library.translation_key, locale__language_code="ru"
    )
    page = BeautifulSoup(client.get(russian.url).content, "html.parser")
    option = page.select_one("select[name=tag] option[value=wohnen]")
    assert option.get_text() == "Жильё" and option.get("lang") is None
    assert page.select_one("select[name=tag] option[value=zeitz]")["lang"] == "de"
    chips = {link.get_text(): link for link in page.select(".document__tags a")}
    assert set(chips) == {"Жильё", "Zeitz"}
    assert chips["Zeitz"]["lang"] == "de"
