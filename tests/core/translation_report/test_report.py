"""The translation report (core.translation_report): every German page and translatable
snippet × language with its state, filters, counts per language, CSV, who sees it, and
queries that do not grow with the rows."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from eventpages.models import EventCategory
from tests.localize_helpers import localize, sync, translate_segments

from .helpers import REPORT, change_and_publish, counts, german_page, login, report, rows, states

pytestmark = pytest.mark.django_db


def test_a_changed_german_page_is_outdated_with_its_date_and_a_link_to_the_changes(site, client):
    page = german_page(site.home, "Beratung für Familien", languages=["ar", "uk"])
    login(client)
    row = rows(report(client))["Beratung für Familien"]
    assert states(row) == {
        "en": "alias",
        "ar": "translated",
        "fa": "alias",
        "uk": "translated",
        "ru": "alias",
        "tr": "alias",
    }
    assert row.select('[data-state="translated"] a[data-changes]') == []

    page = change_and_publish(page, intro="Wir beraten Familien und Paare.")
    row = rows(report(client))["Beratung für Familien"]
    assert states(row)["ar"] == states(row)["uk"] == "outdated"
    arabic = row.select_one('td[data-language="ar"]')
    date = timezone.localtime(page.last_published_at).strftime("%d.%m.%Y")
    assert f"Original geändert am {date}" in " ".join(arabic.get_text().split())
    changes = client.get(arabic.select_one("a[data-changes]")["href"])
    assert changes.status_code == 200
    intro = BeautifulSoup(changes.content, "html.parser").select_one('tr[data-path="intro"]')
    assert intro.th.get_text(strip=True) == "Einleitung"
    assert intro.select_one("[data-old]").get_text() == "Wir beraten Familien."
    assert intro.select_one("[data-new] ins").get_text(strip=True) == "und Paare"


def test_after_the_sync_the_translations_are_current_again(site, client):
    page = german_page(site.home, "Sprachkurse", languages=["ar"])
    page = change_and_publish(page, title="Sprachkurse im Landkreis")
    login(client)
    assert states(rows(report(client))["Sprachkurse im Landkreis"])["ar"] == "outdated"
    sync(page)
    # In step with the original, but its new title is not translated yet.
    row = rows(report(client))["Sprachkurse im Landkreis"]
    assert states(row)["ar"] == "incomplete"
    assert row.select_one("a[data-changes]") is None
    source = TranslationSource.objects.get(object_id=page.translation_key)
    translate_segments(source, Locale.objects.get(language_code="ar"))
    assert states(rows(report(client))["Sprachkurse im Landkreis"])["ar"] == "translated"


def test_rows_carry_the_section_and_the_actions(site, client):
    page = german_page(site.events, "Termine im Winter", languages=["ar"])
    login(client)
    row = rows(report(client))["Termine im Winter"]
    assert row.select("td")[1].get_text(strip=True) == "Veranstaltungen"  # its section
    arabic = page.get_translation(Locale.objects.get(language_code="ar"))
    persian = page.get_translation(Locale.objects.get(language_code="fa"))
    edit = row.select_one('td[data-language="ar"] a[data-edit]')
    assert edit["href"] == f"/admin/pages/{arabic.pk}/edit/"
    # an alias offers wagtail-localize's "translate" screen with that language chosen
    translate = row.select_one('td[data-language="fa"] a[data-translate]')
    assert translate["href"].startswith(
        f"/admin/localize/submit/page/{page.pk}/?select_locale=fa&next="
    )
    assert row.select_one('td[data-language="fa"] a[data-edit]') is None
    assert persian.alias_of_id == page.pk
    # "Aktualisieren": wagtail-localize's sync of this page's translations, back to the report
    update = row.select_one("a[data-update]")
    assert update["href"].startswith("/admin/localize/update/")
    assert update["href"].endswith("?next=/admin/reports/translations/")


def test_snippets_are_rows_too_with_their_kind_as_section(site, client):
    course = EventCategory.objects.create(
        name="Sprachkurs", slug="sprachkurs", locale=Locale.objects.get(language_code="de")
    )
    localize(course, "ar")
    course.name = "Sprachkurse"
    course.save()
    login(client)
    soup = report(client, section="snippet-eventpages.eventcategory")
    assert list(rows(soup)) == ["Sprachkurse"]
    row = rows(soup)["Sprachkurse"]
    assert row.select("td")[1].get_text(strip=True) == "Veranstaltungskategorien"
    assert states(row)["ar"] == "outdated"
    assert states(row)["uk"] == "missing"
    # a snippet keeps no date of change: the date since which it changed is the last sync
    assert "Original geändert seit" in row.select_one('td[data-language="ar"]').get_text()


def test_filters_by_section_language_and_state(site, client):
    german_page(site.home, "Über uns", languages=["ar"])
    event_page = german_page(site.events, "Fest im Park", languages=["ar", "uk"])
    change_and_publish(event_page, intro="Mit Musik.")
    login(client)

    assert set(rows(report(client, section=f"page-{site.events.pk}"))) == {
        "Veranstaltungen",
        "Fest im Park",
    }
    home_section = rows(report(client, section=f"page-{site.home.pk}"))
    assert list(home_section) == ["Netzwerk im Test"]  # the home page is a section of its own

    outdated = report(client, state="outdated")
    assert list(rows(outdated)) == ["Fest im Park"]

    arabic_only = report(client, language="ar", state="translated")
    assert list(rows(arabic_only)) == ["Über uns"]
    assert [th.get("data-language") for th in arabic_only.select("thead th[data-language]")] == [
        "ar"
    ]
    assert list(states(rows(arabic_only)["Über uns"])) == ["ar"]

    assert list(rows(report(client, language="uk", state="outdated"))) == ["Fest im Park"]
    assert rows(report(client, language="fa", state="outdated")) == {}

    # the results fragment (Wagtail refreshes it when a filter changes) filters the same way
    fragment = client.get(REPORT + "results/", {"state": "outdated"})
    assert fragment.status_code == 200
    assert "Fest im Park" in fragment.content.decode()
    assert "Über uns" not in fragment.content.decode()


def test_counts_per_language_say_how_much_is_current(site, client):
    german_page(site.events, "Eins", languages=["ar"])
    german_page(site.events, "Zwei", languages=["ar"])
    three = german_page(site.events, "Drei", languages=["ar", "uk"])
    change_and_publish(three, intro="Neu.")
    login(client)
    # the events section: its index (an alias in every language) and three pages
    shown = counts(report(client, section=f"page-{site.events.pk}"))
    assert shown["ar"] == "Arabisch: 50 % aktuell (2 von 4)"
    assert shown["uk"] == "Ukrainisch: 0 % aktuell (0 von 4)"  # outdated and aliases
    assert shown["en"] == "Englisch: 0 % aktuell (0 von 4)"
    # the language filter shows that language's count only; the state filter does not change it
    section = f"page-{site.events.pk}"
    shown = counts(report(client, section=section, language="ar", state="outdated"))
    assert shown == {"ar": "Arabisch: 50 % aktuell (2 von 4)"}


def test_csv_export_has_the_filtered_rows_and_their_states(site, client):
    german_page(site.home, "Beratung", languages=["ar"])
    changed = german_page(site.home, "Kurse", languages=["ar", "uk"])
    changed = change_and_publish(changed, intro="Neu.")
    login(client)
    response = client.get(REPORT, {"state": "outdated", "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [line["Titel"] for line in table] == ["Kurse"]
    line = table[0]
    assert line["Bereich"] == "Kurse"
    assert line["Art"] == "Inhaltsseite"
    assert (line["Arabisch"], line["Ukrainisch"], line["Persisch"]) == (
        "veraltet",
        "veraltet",
        "Alias, noch nicht übersetzt",
    )
    assert line["Original geändert"] == timezone.localtime(changed.last_published_at).strftime(
        "%Y-%m-%d %H:%M"
    )

    response = client.get(REPORT, {"language": "ar", "export": "csv"})
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert table[0] == [
        "Titel",
        "Art",
        "Bereich",
        "Arabisch",
        "Original geändert",
        "Zuletzt abgeglichen",
    ]
    assert {line[0]: line[3] for line in table[1:]}["Beratung"] == "übersetzt"


def test_only_koordination_and_redaktion_open_the_report_and_see_it_in_the_menu(
    site, client, user_in_group
):
    assert client.get(REPORT).status_code == 302  # to the login
    login(client, "mitglied")
    response = client.get(REPORT)
    assert response.status_code == 403
    assert "nur die Koordination und die Redaktion" in response.content.decode()
    assert client.get(REPORT + "results/").status_code == 403
    dashboard = client.get("/admin/").content.decode()
    assert REPORT not in dashboard

    for username in ("redaktion", "koordination"):
        login(client, username)
        assert client.get(REPORT).status_code == 200
        dashboard = client.get("/admin/").content.decode()
        assert REPORT in dashboard  # Berichte › Übersetzungen
        # wagtail-localize's report of the same name is not in the menu
        assert "/admin/localize/reports/translations/" not in dashboard


def test_the_old_listing_and_the_desk_lead_to_the_outdated_translations(site, client):
    login(client)
    response = client.get("/admin/outdated-translations/")
    assert response.status_code == 302
    assert response["Location"] == REPORT + "?state=outdated"


def pages_with_translations(site, first, last):
    for number in range(first, last):
        page = german_page(site.home, f"Seite {number:02}", languages=["ar"])
        if number % 2:
            change_and_publish(page, intro=f"Geändert {number}.")


@pytest.mark.slow
def test_the_report_costs_the_same_queries_for_3_and_20_pages(site, client):
    category = EventCategory.objects.create(
        name="Fest", slug="fest", locale=Locale.objects.get(language_code="de")
    )
    localize(category, "ar")
    pages_with_translations(site, 0, 3)
    login(client)
    report(client)  # caches warm (content types, site)
    with CaptureQueriesContext(connection) as few:
        assert len(rows(report(client))) >= 3
    pages_with_translations(site, 3, 20)
    report(client)
    with CaptureQueriesContext(connection) as many:
        assert len(rows(report(client))) >= 20
    assert len(many) == len(few)

    with CaptureQueriesContext(connection) as few_csv:
        client.get(REPORT, {"export": "csv"})
    assert len(few_csv) <= len(few)
