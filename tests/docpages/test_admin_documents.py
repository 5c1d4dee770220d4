"""The admin's documents listing filters by a document's language and its (German) category."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from docpages.models import DocumentCategory
from tests.factories import locale, make_document

BACKEND = "django.contrib.auth.backends.ModelBackend"


def titles(client, **params):
    response = client.get("/admin/documents/", params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return page, {link.get_text(strip=True) for link in page.select("table tbody td.title a")}


@pytest.fixture
def coordinator(client, site):
    client.force_login(get_user_model().objects.get(username="koordination"), BACKEND)
    return client


def test_documents_filter_by_language_and_german_category(coordinator):
    formulare = DocumentCategory.objects.create(
        name="Formulare", slug="formulare", locale=locale("de")
    )
    formulare.copy_for_translation(locale("ar")).save()
    antrag = make_document("Antrag Wohngeld")
    antrag.category = formulare
    antrag.save()
    arabic = make_document("Merkblatt Arabisch")
    arabic.language = "ar"
    arabic.save()

    page, everything = titles(coordinator)
    assert {"Antrag Wohngeld", "Merkblatt Arabisch"} <= everything
    assert [option.get_text(strip=True) for option in page.select("[name=category] option")][
        1:
    ] == ["Formulare"]
    assert titles(coordinator, language="ar")[1] == {"Merkblatt Arabisch"}
    assert titles(coordinator, category=formulare.pk)[1] == {"Antrag Wohngeld"}
