"""What changed in the original since the last sync (core.translation_report.changes): per
field and block, old and new text, the changed words marked."""

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import TranslationSource

from core.translation_report.changes import changes, marked

from .helpers import REPORT, change_and_publish, german_page, login

pytestmark = pytest.mark.django_db


def source_of(page):
    return TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)


def test_changed_fields_and_blocks_with_old_and_new_text(site):
    page = german_page(
        site.home,
        "Beratung",
        intro="Montags offen.",
        paragraph="<p>Beratung in vielen Sprachen.</p>",
        languages=["ar"],
    )
    body = page.body
    body[0].value = body[0].block.to_python("<p>Beratung in sieben Sprachen.</p>")
    page = change_and_publish(page, title="Beratung", intro="Montags offen.", body=body)
    found = changes(source_of(page))
    assert [(c.label, c.old, c.new) for c in found] == [
        ("Inhalt › Text", "Beratung in vielen Sprachen.", "Beratung in sieben Sprachen.")
    ]
    assert found[0].path.startswith("body.")
    assert str(found[0].marked_new) == "Beratung in <ins>sieben</ins> Sprachen."
    assert str(found[0].marked_old) == "Beratung in <del>vielen</del> Sprachen."


def test_unchanged_text_says_so(site, client):
    page = german_page(site.home, "Beratung", languages=["ar"])
    page = change_and_publish(page)  # published again, no text changed
    login(client)
    response = client.get(f"{REPORT}changes/{source_of(page).pk}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("[data-no-changes]") is not None
    update = soup.find("a", string="Übersetzungen aktualisieren")
    assert update["href"].startswith(f"/admin/localize/update/{source_of(page).pk}/?next=")


def test_text_is_escaped_in_the_marks():
    old, new = marked("<b>alt</b>", "<b>neu</b>")
    assert "&lt;b&gt;" in old and "<del>alt</del>" in old and "<ins>neu</ins>" in new


def test_the_changes_are_for_koordination_and_redaktion(site, client):
    page = german_page(site.home, "Beratung", languages=["ar"])
    login(client, "mitglied")
    assert client.get(f"{REPORT}changes/{source_of(page).pk}/").status_code == 403
    login(client)
    assert client.get(f"{REPORT}changes/999999/").status_code == 404
