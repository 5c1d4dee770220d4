"""PO export and import for a professional translator (core.translation_report.po): one file
for many pages in one language, and back, with clear errors for a wrong file."""

import polib
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import ContentPage

from .helpers import REPORT, german_page, login

pytestmark = pytest.mark.django_db
EXPORT, IMPORT = REPORT + "po/export/", REPORT + "po/import/"


def key(page):
    return f"wagtailcore.page:{page.pk}"


def export(client, **data):
    response = client.post(EXPORT, data)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="uebersetzungen-')
    return polib.pofile(response.content.decode())


def upload(client, po_text, language="ar", publish=False, name="uebersetzt.po"):
    data = {
        "language": language,
        "file": SimpleUploadedFile(name, po_text.encode(), content_type="text/x-gettext"),
    }
    if publish:
        data["publish"] = "on"
    return client.post(IMPORT, data, follow=True)


def test_round_trip_export_translate_import_publish(site, client):
    first = german_page(
        site.home, "Beratung", intro="Wir beraten Familien.", languages=["ar"], complete=False
    )
    second = german_page(
        site.home, "Kurse", intro="Deutsch lernen.", languages=["ar"], complete=False
    )
    login(client)

    po = export(client, target="ar", item=[key(first), key(second)])
    assert po.metadata["Language"] == "ar"
    entries = {entry.msgid: entry for entry in po}
    assert {"Beratung", "Wir beraten Familien.", "Kurse", "Deutsch lernen."} <= set(entries)
    uuid, context = entries["Wir beraten Familien."].msgctxt.split(":", 1)
    assert context == "intro"
    assert Translation.objects.get(uuid=uuid).source.object_id == first.translation_key
    assert entries["Wir beraten Familien."].comment == "Aus: Beratung"

    # the translator's tool fills the file
    arabic_texts = {"Wir beraten Familien.": "نقدم المشورة للعائلات.", "Kurse": "دورات"}
    for entry in po:
        entry.msgstr = arabic_texts.get(entry.msgid, "")

    response = upload(client, str(po), publish=True)
    assert response.redirect_chain[-1][0] == REPORT + "?language=ar"
    assert [str(m) for m in response.context["messages"]] == [
        "2 Texte nach Arabisch importiert.",
        "Veröffentlicht: Beratung, Kurse.",
    ]

    arabic = Locale.objects.get(language_code="ar")
    page = ContentPage.objects.get(translation_key=first.translation_key, locale=arabic)
    assert page.live and page.intro == "نقدم المشورة للعائلات."
    visitor = client.__class__()
    assert "نقدم المشورة للعائلات." in visitor.get(page.url).content.decode()
    assert ContentPage.objects.get(translation_key=second.translation_key, locale=arabic).title == (
        "دورات"
    )


def test_import_without_publishing_waits_in_the_translation_editor(site, client):
    page = german_page(
        site.home, "Beratung", intro="Wir beraten Familien.", languages=["ar"], complete=False
    )
    login(client)
    po = export(client, target="ar", item=[key(page)])
    for entry in po:
        entry.msgstr = "نص" if entry.msgid == "Wir beraten Familien." else ""
    response = upload(client, str(po))
    assert [str(m) for m in response.context["messages"]] == [
        "1 Text nach Arabisch importiert.",
        "Im Übersetzungseditor zu prüfen und zu veröffentlichen: Beratung.",
    ]
    arabic = ContentPage.objects.get(
        translation_key=page.translation_key, locale__language_code="ar"
    )
    assert arabic.intro == "Wir beraten Familien."  # nothing published
    translation = Translation.objects.get(target_locale__language_code="ar")
    assert translation.get_progress()[1] == 1  # one string translated, for the editor


def test_without_a_choice_the_filtered_rows_are_exported(site, client):
    german_page(site.home, "Beratung", languages=["uk"], complete=False)
    german_page(site.events, "Fest", languages=["uk"], complete=False)
    login(client)
    po = export(client, target="uk", section=f"page-{site.events.pk}")
    assert "Fest" in {entry.msgid for entry in po}
    assert "Beratung" not in {entry.msgid for entry in po}


def test_nothing_to_export_is_said(site, client):
    page = german_page(site.home, "Beratung")  # aliases only
    login(client)
    response = client.post(EXPORT, {"target": "fa", "item": [key(page)]}, follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "Keiner der Einträge wird mit wagtail-localize nach Persisch übersetzt: erst „In "
        "Persisch übersetzen“, dann die PO-Datei exportieren."
    ]


def errors_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.select_one("main form").get_text().split())


def test_a_wrong_file_or_language_is_refused_clearly(site, client):
    page = german_page(site.home, "Beratung", languages=["ar", "uk"], complete=False)
    login(client)
    po = export(client, target="ar", item=[key(page)])
    for entry in po:
        entry.msgstr = "نص"

    response = upload(client, str(po), language="uk")
    assert response.status_code == 200
    assert "Die Datei enthält Übersetzungen in „ar“, gewählt ist „uk“." in errors_of(response)

    po.metadata.pop("Language")
    response = upload(client, str(po), language="uk")
    assert "Die Datei enthält Texte anderer Sprachen als der gewählten." in errors_of(response)

    response = upload(client, 'Das ist keine PO-Datei\x00\n"', language="ar")
    assert "Die Datei" in errors_of(response)
    response = upload(client, 'msgid "Hallo"\nmsgstr "مرحبا"\n', language="ar")
    assert "Die Datei enthält keine Texte aus diesem Bericht." in errors_of(response)
    assert not Translation.objects.get(target_locale__language_code="ar").get_progress()[1]


def test_po_screens_are_for_koordination_and_redaktion(site, client):
    login(client, "mitglied")
    assert client.get(IMPORT).status_code == 403
    assert client.post(EXPORT, {"target": "ar"}).status_code == 403
    login(client, "redaktion")
    page = client.get(IMPORT + "?language=uk")
    assert page.status_code == 200
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.select_one('select[name="language"] option[selected]')["value"] == "uk"
    assert soup.select_one('label[for="id_file"]') is not None
