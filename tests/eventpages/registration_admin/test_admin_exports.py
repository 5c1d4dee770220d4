"""A date's exports: CSV and XLSX as a spreadsheet program reads them (parsed here), the
printable attendance list, no formula from what participants typed, each export logged."""

import csv
import io
from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from core import county_time, dates
from eventpages.models import Registration, RegistrationLog

pytestmark = pytest.mark.django_db

Status = Registration.Status
HEADINGS = [
    "Name",
    "E-Mail",
    "Personen",
    "Status",
    "Angemeldet am",
    "Telefon",
    "Nachricht an die Veranstalter",
    "Sprache",
]


@pytest.fixture
def listed(seated_event, add_registrations):
    """Seated: a name that is a formula, a phone number with +; waiting: a note starting with
    @; not listed: an unconfirmed address and a cancellation."""
    add = add_registrations
    add(seated_event, 1, persons=2, name='=HYPERLINK("http://böse.example","klick")')
    add(seated_event, 1, persons=3, name="Bahar", phone="+49 345 1", language="fa")
    add(seated_event, 1, Status.WAITING, name="Chen", note="@alle: ich komme später")
    add(seated_event, 1, Status.PENDING, name="Emil")
    add(seated_event, 1, Status.CANCELLED, name="Farid")
    return seated_event


def test_csv_opens_as_the_list_with_no_formula(listed, client_of, urls):
    response = client_of("koordination").get(urls(listed).export("csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="anmeldungen-sprachcafe-mit-anmeldung-')
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == HEADINGS
    assert [row[0] for row in rows[1:]] == [
        '\'=HYPERLINK("http://böse.example","klick")',
        "Bahar",
        "Chen",
    ]
    assert rows[1][2:4] == ["2", "Angemeldet"]
    assert rows[2][5] == "'+49 345 1" and rows[2][7] == "fa"
    assert rows[3][3] == "Warteliste, Platz 1" and rows[3][6] == "'@alle: ich komme später"
    created = Registration.objects.get(name="Bahar").created_at
    assert rows[2][4] == county_time.wall_clock(created).strftime("%d.%m.%Y %H:%M")
    entry = RegistrationLog.objects.get(action="exported")
    assert (entry.detail, entry.by.username, entry.registration) == ("csv", "koordination", None)
    assert (entry.event_key, entry.start) == (listed.translation_key, listed.start)


def test_xlsx_has_the_same_list_and_texts_stay_texts(listed, client_of, urls):
    response = client_of("redaktion").get(urls(listed).export("xlsx"))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == HEADINGS
    name_cell = sheet["A2"]
    assert name_cell.value == '=HYPERLINK("http://böse.example","klick")'
    assert name_cell.data_type == "s"  # a text, never a formula
    assert sheet["F3"].value == "+49 345 1" and sheet["F3"].data_type == "s"
    assert [row[0] for row in rows[1:]] == [name_cell.value, "Bahar", "Chen"]
    assert rows[1][2] == 2 and isinstance(rows[2][4], datetime)
    assert rows[3][3] == "Warteliste, Platz 1"
    assert len(sheet.title) <= 31 and "Sprachcafé" in sheet.title
    entry = RegistrationLog.objects.get(action="exported")
    assert (entry.detail, entry.by.username) == ("xlsx", "redaktion")


def test_the_attendance_list_prints_the_seated_with_tick_and_signature(listed, client_of, urls):
    response = client_of("koordination").get(urls(listed).export("print"))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert "@media print" in page.style.string
    seated, waiting = page.select("table.attendance")
    headings = [th.get_text(strip=True) for th in seated.select("thead th")]
    assert headings == ["Nr.", "Name", "Personen", "Da", "Unterschrift"]
    names = [row.select("td")[1].get_text(strip=True) for row in seated.select("tbody tr")]
    assert names[:2] == ['=HYPERLINK("http://böse.example","klick")', "Bahar"]
    assert set(names[2:]) == {""} and len(names[2:]) == 3  # rows for who comes unannounced
    assert [row.select("td")[1].get_text(strip=True) for row in waiting.select("tbody tr")] == [
        "Chen"
    ]
    assert "Emil" not in page.get_text() and "Farid" not in page.get_text()
    assert "Plätze belegt: 5 von 5" in page.get_text()
    assert RegistrationLog.objects.get(action="exported").detail == "print"


def test_the_date_shows_who_exported_what_and_when(listed, client_of, urls):
    coordinator, editor = client_of("koordination"), client_of("redaktion")
    coordinator.get(urls(listed).export("csv"))
    editor.get(urls(listed).export("print"))
    page = BeautifulSoup(coordinator.get(urls(listed).date).content, "html.parser")
    log = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in page.select("table.registration-log tbody tr")
    ]
    assert [row[1:] for row in log] == [
        ["Rana", "Liste exportiert: Anwesenheitsliste"],
        ["Kim", "Liste exportiert: CSV"],
    ]
    at = RegistrationLog.objects.filter(action="exported").order_by("at").first().at
    assert log[1][0] == dates.short_moment(at)
