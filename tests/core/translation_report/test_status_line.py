"""The page editor's line per language (core.translation_report.status_line)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from .helpers import change_and_publish, german_page, login

pytestmark = pytest.mark.django_db


def status_line(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("nav.cn-status-line")


def test_the_editor_shows_each_language_with_its_state_and_link(site, client):
    page = german_page(site.home, "Beratung", languages=["ar", "en"])
    page = change_and_publish(page, intro="Neu.")
    from tests.localize_helpers import sync

    sync(page)  # English and Arabic current again …
    page = change_and_publish(page, intro="Noch neuer.")  # … and outdated once more
    login(client)
    line = status_line(client, page)
    assert line["aria-label"] == "Stand der Übersetzungen"
    items = {li["data-language"]: li for li in line.select("li")}
    assert list(items) == ["en", "ar", "fa", "uk", "ru", "tr"]
    assert items["ar"]["data-state"] == items["en"]["data-state"] == "outdated"
    assert items["ar"].get_text(strip=True) == "Arabisch: veraltet"
    arabic = page.get_translation(Locale.objects.get(language_code="ar"))
    assert items["ar"].a["href"] == f"/admin/pages/{arabic.pk}/edit/"
    assert items["fa"].get_text(strip=True) == "Persisch: Alias, noch nicht übersetzt"


def test_a_missing_language_links_to_the_report(site, client):
    page = german_page(site.home, "Beratung")
    page.get_translation(Locale.objects.get(language_code="uk")).delete()
    login(client)
    items = {li["data-language"]: li for li in status_line(client, page).select("li")}
    assert items["uk"].get_text(strip=True) == "Ukrainisch: fehlt"
    assert items["uk"].a["href"] == "/admin/reports/translations/?language=uk&state=missing"


def test_the_line_costs_the_same_queries_with_more_translations(site, client):
    few_page = german_page(site.home, "Eins", languages=["ar"])
    many_page = german_page(site.home, "Zwei", languages=["ar", "en", "uk", "fa"])
    login(client)
    status_line(client, few_page)
    with CaptureQueriesContext(connection) as few:
        status_line(client, few_page)
    status_line(client, many_page)
    with CaptureQueriesContext(connection) as many:
        status_line(client, many_page)
    assert len(many) == len(few)


def test_members_editing_their_proposals_get_no_line(site):
    from django.contrib.auth import get_user_model

    from core.translation_report.status_line import status_items

    page = german_page(site.home, "Beratung", languages=["ar"])
    users = get_user_model().objects
    assert status_items(page, users.get(username="mitglied")) == []
    assert len(status_items(page, users.get(username="redaktion"))) == 6
