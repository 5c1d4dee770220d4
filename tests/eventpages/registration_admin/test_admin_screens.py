"""The organiser's screens: the events with their next dates, an event's dates, a date's lists
with counts and answers, moving up by hand, cancelling, the message to all, the log."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from core.county_time import local
from eventpages.models import Registration, RegistrationLog
from eventpages.recurrence import ENDS_AFTER
from eventpages.registration.admin_forms import MessageForm

pytestmark = pytest.mark.django_db

Status = Registration.Status


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def cells(table):
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in table.select("tbody tr")
    ]


@pytest.fixture
def full_date(seated_event, add_registrations):
    """5 seats: Amira (2 persons) and Bahar (3) seated; Chen (2) and Dana (1) waiting; Emil
    still to confirm; Farid cancelled."""
    add = add_registrations
    amira = add(seated_event, 1, persons=2, name="Amira", phone="+49 345 1", note="Rollstuhl")[0]
    bahar = add(seated_event, 1, persons=3, name="Bahar", language="fa")[0]
    chen = add(seated_event, 1, Status.WAITING, persons=2, name="Chen")[0]
    dana = add(seated_event, 1, Status.WAITING, persons=1, name="Dana", language="ar")[0]
    emil = add(seated_event, 1, Status.PENDING, name="Emil")[0]
    farid = add(seated_event, 1, Status.CANCELLED, name="Farid")[0]
    return seated_event, {r.name: r for r in (amira, bahar, chen, dana, emil, farid)}


def test_a_date_shows_counts_lists_and_answers(full_date, client_of, urls):
    event, people = full_date
    page = soup(client_of("koordination").get(urls(event).date))
    figures = {
        row.th.get_text(strip=True): row.td.get_text(strip=True)
        for row in page.select("table.registration-figures tbody tr")
    }
    assert figures == {
        "Plätze belegt": "5 von 5",
        "Plätze frei": "0",
        "Anmeldungen mit Platz": "2",
        "Warteliste": "2",
        "Noch nicht bestätigt": "1",
        "Abgesagt": "1",
    }
    seated = page.select_one("table.registrations--seated")
    headings = [th.get_text(strip=True) for th in seated.select("thead th")]
    assert headings == [
        "Nr.", "Name", "E-Mail", "Personen", "Angemeldet am", "Telefon",
        "Nachricht an die Veranstalter", "Sprache", "Aktionen",
    ]  # fmt: skip
    rows = cells(seated)
    assert [row[:4] for row in rows] == [
        ["1", "Amira", "person0@example.org", "2"],
        ["2", "Bahar", "person1@example.org", "3"],
    ]
    assert rows[0][5:8] == ["+49 345 1", "Rollstuhl", "Deutsch"] and rows[1][7] == "فارسی"
    waiting = cells(page.select_one("table.registrations--waiting"))
    assert [(row[0], row[1]) for row in waiting] == [("1", "Chen"), ("2", "Dana")]
    assert "Nachrücken lassen" in waiting[0][-1]
    assert cells(page.select_one("table.registrations--pending"))[0][1] == "Emil"
    assert cells(page.select_one("table.registrations--cancelled"))[0][1] == "Farid"
    assert page.select_one("h2#seated").get_text(strip=True) == "Mit Platz (2)"


def test_a_date_without_registrations_says_so(seated_event, client_of, urls):
    page = soup(client_of("koordination").get(urls(seated_event).date))
    assert page.select_one(".registration-empty").get_text(strip=True) == "Noch keine Anmeldungen"
    assert "Niemand wartet." in page.get_text()
    assert not page.select(".registration-actions")  # nothing to export yet


def test_the_overview_and_the_event_show_the_next_dates_with_figures(
    full_date, make_event, client_of, urls
):
    event, _people = full_date
    weekly = make_event(
        "Kurs jede Woche",
        event.start + timedelta(hours=1),
        takes_registrations=True,
        capacity=12,
        frequency="weekly",
        weekdays=[["MO", "TU", "WE", "TH", "FR", "SA", "SU"][local(event.start).weekday()]],
        ends=ENDS_AFTER,
        count=5,
    )
    client = client_of("koordination")
    page = soup(client.get("/admin/registrations/"))
    rows = {row.td.get_text(" ", strip=True): row for row in page.select("table tbody tr")}
    assert list(rows) == ["Sprachcafé mit Anmeldung", "Kurs jede Woche"]  # by next date
    first = rows["Sprachcafé mit Anmeldung"].select("li")
    assert len(first) == 1
    assert "Plätze belegt: 5 von 5 · Warteliste: 2 · Noch nicht bestätigt: 1" in first[0].get_text(
        " ", strip=True
    )
    assert first[0].a["href"] == urls(event).date
    assert len(rows["Kurs jede Woche"].select("li")) == 3  # the next three of five

    dates = cells(soup(client.get(f"/admin/registrations/{weekly.pk}/")).select_one("table"))
    assert len(dates) == 5 and dates[0][1:] == ["0 von 12", "0", "0", "0"]
    dates = cells(soup(client.get(urls(event).base)).select_one("table"))
    assert dates[0][1:] == ["5 von 5", "2", "1", "1"]


def test_a_past_date_with_registrations_stays_listed(
    seated_event, add_registrations, client_of, urls
):
    earlier = seated_event.start - timedelta(days=30)
    add_registrations(seated_event, 2, start=earlier, name="Früher")
    page = soup(client_of("koordination").get(urls(seated_event).base))
    assert "Vergangene Termine mit Anmeldungen" in page.get_text()
    tables = page.select("table")
    assert cells(tables[-1])[0][1] == "2 von 5"
    date = soup(client_of("koordination").get(urls(seated_event, earlier).date))
    assert [row[1] for row in cells(date.select_one("table.registrations--seated"))] == [
        "Früher",
        "Früher",
    ]


def test_moving_up_by_hand_gives_a_seat_beyond_the_capacity(full_date, client_of, urls, sent):
    event, people = full_date
    client = client_of("koordination")
    response = client.post(urls(event).promote(people["Dana"]), follow=True)
    assert "Dana hat jetzt einen Platz und bekommt eine E-Mail." in response.content.decode()
    assert Registration.objects.get(pk=people["Dana"].pk).status == Status.CONFIRMED
    assert Registration.objects.get(pk=people["Chen"].pk).status == Status.WAITING
    entry = RegistrationLog.objects.get(registration=people["Dana"], action="promoted")
    assert entry.by.username == "koordination" and entry.detail == "by hand"
    assert sent == [(people["Dana"].pk, "promoted")]
    page = soup(response)
    assert "6 von 5" in page.select_one("table.registration-figures").get_text()
    log = cells(page.select_one("table.registration-log"))
    assert log[0][1:] == ["Kim", "Von der Warteliste nachgerückt: Dana"]
    # A GET does not move anyone.
    assert client.get(urls(event).promote(people["Chen"])).status_code == 405


def test_cancelling_asks_first_then_cancels_and_the_waiting_list_moves_up(
    full_date, client_of, urls, sent
):
    event, people = full_date
    client = client_of("koordination")
    confirm = soup(client.get(urls(event).cancel(people["Bahar"])))
    assert "Die Anmeldung von Bahar (Personen: 3)" in confirm.get_text(" ", strip=True)
    assert Registration.objects.get(pk=people["Bahar"].pk).status == Status.CONFIRMED

    response = client.post(urls(event).cancel(people["Bahar"]), follow=True)
    text = response.content.decode()
    assert "Die Anmeldung von Bahar ist abgesagt; sie bekommt eine E-Mail." in text
    assert "2 Anmeldungen sind von der Warteliste nachgerückt." in text
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses["Bahar"] == Status.CANCELLED
    assert statuses["Chen"] == statuses["Dana"] == Status.CONFIRMED
    assert sent == [
        (people["Bahar"].pk, "cancelled_by_organiser"),
        (people["Chen"].pk, "promoted"),
        (people["Dana"].pk, "promoted"),
    ]
    cancelled = RegistrationLog.objects.get(registration=people["Bahar"], action="cancelled")
    assert cancelled.by.username == "koordination"
    # Cancelled registrations cannot be cancelled again.
    assert client.get(urls(event).cancel(people["Bahar"])).status_code == 404


def test_the_message_goes_to_the_seated_or_also_the_waiting_list(full_date, client_of, urls, sent):
    event, people = full_date
    client = client_of("koordination")
    url = f"{urls(event).date}message/"
    form = soup(client.get(url))
    assert form.select_one("textarea[name=text]") and "Anmeldungen mit Platz: 2." in form.get_text()

    response = client.post(url, {"recipients": "seated", "subject": " ", "text": "Hallo"})
    page = soup(response)
    errors = [error.get_text(strip=True) for error in page.select(".error-message")]
    assert errors == ["Dieses Feld muss ausgefüllt werden."], errors
    assert page.select_one("textarea[name=text]").get_text(strip=True) == "Hallo"  # kept
    assert sent == []

    response = client.post(
        url, {"recipients": "seated", "subject": "Neuer\nRaum", "text": " Saal 2 "}, follow=True
    )
    assert "Die Nachricht geht an 2 Personen." in response.content.decode()
    # The date's log says who wrote to everyone, and about what (not the text).
    assert "Nachricht an alle geschickt: Neuer Raum" in response.content.decode()
    user = response.wsgi_request.user
    assert sent == [
        ("message", [people["Amira"].pk, people["Bahar"].pk], "Neuer Raum", "Saal 2", user.pk)
    ]
    client.post(url, {"recipients": "seated_and_waiting", "subject": "S", "text": "T"})
    assert sent[1][1] == sorted(people[name].pk for name in ("Amira", "Bahar", "Chen", "Dana"))


def test_no_message_to_a_date_without_registrations(seated_event, client_of, urls, sent):
    url = f"{urls(seated_event).date}message/"
    response = client_of("koordination").post(
        url, {"recipients": "seated", "subject": "S", "text": "T"}
    )
    assert "Für diesen Termin ist niemand angemeldet." in response.content.decode()
    assert sent == []


@pytest.mark.parametrize(
    "data, errors",
    [
        ({"recipients": "seated", "subject": "Raum", "text": "Saal 2"}, []),
        ({"recipients": "seated", "subject": "", "text": "Saal 2"}, ["subject"]),
        ({"recipients": "alle", "subject": "Raum", "text": "  "}, ["recipients", "text"]),
        ({"recipients": "seated", "subject": "x" * 151, "text": "y" * 5001}, ["subject", "text"]),
    ],
)
def test_the_message_form_checks_its_fields(data, errors):
    form = MessageForm(data)
    assert form.is_valid() is not errors
    assert sorted(form.errors) == errors


def test_overview_is_headed_anmeldungen(client_of, seated_event):
    from bs4 import BeautifulSoup

    html = BeautifulSoup(
        client_of("koordination").get("/admin/registrations/").content, "html.parser"
    )
    assert html.select_one("header h1, .w-header h1").get_text(" ", strip=True) == "Anmeldungen"
