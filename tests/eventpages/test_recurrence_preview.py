"""The recurrence panel's live preview: the next dates in words, computed as publishing does."""

from datetime import date, datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from eventpages.models import Occurrence

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2027, 2, 20, 12, 0, tzinfo=BERLIN)


@pytest.fixture(autouse=True)
def clock():
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        yield


def rule(**overrides):
    """The panel's fields as the editor's script sends them (a weekly Tuesday series)."""
    data = {
        "start": "02.03.2027 18:00",
        "end": "02.03.2027 20:00",
        "frequency": "weekly",
        "interval": "1",
        "weekdays": ["TU"],
        "month_week": "1",
        "month_weekday": "MO",
        "ends": "never",
        "until": "",
        "count": "",
        "cancelled_dates": inline_formset([]),
        "extra_dates": inline_formset([]),
    }
    data.update(overrides)
    weekdays = data.pop("weekdays")
    query = nested_form_data(data)
    query["weekdays"] = weekdays
    return query


def preview_url(event_index):
    return f"/admin/eventpages/recurrence-preview/new/{event_index.pk}/"


def ask(client, url, data):
    response = client.get(url, data, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    return response, BeautifulSoup(response.content.decode(), "html.parser")


def dates_in(soup):
    return [item.get_text(" ", strip=True) for item in soup.select("[data-recurrence-dates] li")]


def hints_in(soup):
    return [item.get_text(" ", strip=True) for item in soup.select("[data-recurrence-hints] li")]


def test_lists_the_next_ten_dates_in_words(admin_client, event_index):
    _response, soup = ask(admin_client, preview_url(event_index), rule())
    dates = dates_in(soup)
    assert len(dates) == 10
    assert dates[0] == "Di., 2.3.2027, 18:00"
    assert dates[1] == "Di., 9.3.2027, 18:00"
    assert dates[-1] == "Di., 4.5.2027, 18:00"
    assert "Die nächsten 10 Termine:" in soup.get_text()
    assert hints_in(soup) == []


def test_cancelled_date_is_named_and_an_extra_date_included(admin_client, event_index):
    data = rule(
        cancelled_dates=inline_formset([{"date": "30.03.2027"}]),
        extra_dates=inline_formset([{"start": "01.04.2027 17:00"}]),
    )
    _response, soup = ask(admin_client, preview_url(event_index), data)
    dates = dates_in(soup)
    assert dates[:6] == [
        "Di., 2.3.2027, 18:00",
        "Di., 9.3.2027, 18:00",
        "Di., 16.3.2027, 18:00",
        "Di., 23.3.2027, 18:00",
        "30.3. fällt aus",
        "Do., 1.4.2027, 17:00 (zusätzlich)",
    ]
    # Ten dates take place; the cancelled one is shown among them, not counted.
    assert len([text for text in dates if "fällt aus" not in text]) == 10
    assert len(soup.select("[data-recurrence-dates] li[data-cancelled]")) == 1
    assert len(soup.select("[data-recurrence-dates] li[data-extra]")) == 1


def test_deleted_inline_forms_and_hidden_rule_fields_do_not_count(admin_client, event_index):
    data = rule(
        frequency="monthly_weekday",
        month_week="-1",
        month_weekday="FR",
        weekdays=[],  # hidden under a monthly rule: no hint
        ends="after_count",
        count="3",
        until="kein Datum",  # hidden when the series ends after a count
        cancelled_dates=inline_formset([{"date": "26.03.2027", "DELETE": "1"}]),
    )
    _response, soup = ask(admin_client, preview_url(event_index), data)
    assert hints_in(soup) == []
    assert dates_in(soup) == [
        "Fr., 26.3.2027, 18:00",
        "Fr., 30.4.2027, 18:00",
        "Fr., 28.5.2027, 18:00",
    ]
    assert "Die nächsten 3 Termine:" in soup.get_text()


def test_single_date_ignores_the_rule_fields(admin_client, event_index):
    data = rule(frequency="none", weekdays=[], interval="", ends="on_date", until="")
    _response, soup = ask(admin_client, preview_url(event_index), data)
    assert hints_in(soup) == []
    assert dates_in(soup) == ["Di., 2.3.2027, 18:00"]
    assert "Der nächste Termin:" in soup.get_text()


def test_all_day_dates_are_listed_without_a_time(admin_client, event_index):
    data = rule(all_day="on", frequency="daily", ends="after_count", count="2", weekdays=[])
    _response, soup = ask(admin_client, preview_url(event_index), data)
    assert dates_in(soup) == ["Di., 2.3.2027", "Mi., 3.3.2027"]


@pytest.mark.parametrize(
    ("overrides", "hint"),
    [
        ({"start": ""}, "Tragen Sie den Beginn ein, z. B. 16.12.2026 17:00"),
        ({"start": "morgen"}, "„morgen“ ist kein gültiger Wert für „Beginn“. Beispiel: 16.12"),
        ({"weekdays": []}, "Wählen Sie mindestens einen Wochentag, z. B. Dienstag."),
        ({"ends": "on_date"}, "Geben Sie das Datum des letzten Termins an, z. B. 30.06.2027."),
        ({"ends": "on_date", "until": "01.01.2027"}, "Der letzte Termin liegt vor dem Beginn."),
        ({"ends": "after_count"}, "Geben Sie an, wie viele Termine es gibt, z. B. 10."),
        ({"interval": "zwei"}, "„zwei“ ist kein gültiger Wert für „Abstand“. Beispiel: 2"),
        ({"end": "01.03.2027 20:00"}, "Das Ende liegt vor dem Beginn."),
        (
            {"cancelled_dates": inline_formset([{"date": "31.02.2027"}])},
            "„31.02.2027“ bei den ausfallenden Terminen ist kein Datum.",
        ),
        (
            {"extra_dates": inline_formset([{"start": "bald"}])},
            "„bald“ bei den zusätzlichen Terminen ist kein Zeitpunkt.",
        ),
        (
            {"cancelled_dates": inline_formset([{"date": "31.03.2027"}])},
            "Am 31.3. gibt es keinen Termin der Reihe: dieser Ausfall ändert nichts.",
        ),
        (
            {"start": "02.03.2026 18:00", "end": "", "ends": "after_count", "count": "2"},
            "Alle Termine liegen in der Vergangenheit.",
        ),
    ],
)
def test_bad_or_incomplete_input_gets_a_plain_hint(admin_client, event_index, overrides, hint):
    _response, soup = ask(admin_client, preview_url(event_index), rule(**overrides))
    assert any(text.startswith(hint) for text in hints_in(soup)), hints_in(soup)


def test_nonsense_counts_of_inline_forms_are_no_error(admin_client, event_index):
    data = rule(**{"cancelled_dates-TOTAL_FORMS": "viele", "extra_dates-TOTAL_FORMS": "99999"})
    _response, soup = ask(admin_client, preview_url(event_index), data)
    assert len(dates_in(soup)) == 10


def test_words_follow_the_admin_users_language(client, event_index):
    from tests.factories import make_user

    user = make_user("ella", "Redaktion")
    UserProfile.objects.create(user=user, preferred_language="en")
    client.force_login(user)
    # The picker writes German dates in every admin language.
    _response, soup = ask(client, preview_url(event_index), rule())
    assert dates_in(soup)[0] == "Tue, 02/03/2027, 18:00"
    UserProfile.objects.filter(user=user).update(preferred_language="ar")
    _response, soup = ask(client, preview_url(event_index), rule())
    assert dates_in(soup)[0].startswith("الثلاثاء")


def test_preview_shows_what_publishing_lists(admin_client, make_event, event_index):
    """The same engine: the preview's dates are the occurrences the published event gets."""
    start = datetime(2027, 3, 5, 9, 30, tzinfo=BERLIN)  # a Friday
    event = make_event(
        start=start,
        duration=timedelta(hours=1),
        frequency="weekly",
        weekdays=["MO", "FR"],
        interval=2,
        cancelled=[date(2027, 3, 19)],
        extra=[datetime(2027, 3, 24, 9, 30, tzinfo=BERLIN)],
    )
    data = rule(
        start="05.03.2027 09:30",
        end="05.03.2027 10:30",
        weekdays=["MO", "FR"],
        interval="2",
        cancelled_dates=inline_formset([{"date": "19.03.2027"}]),
        extra_dates=inline_formset([{"start": "24.03.2027 09:30"}]),
    )
    url = f"/admin/eventpages/recurrence-preview/page/{event.pk}/"
    _response, soup = ask(admin_client, url, data)
    listed = [
        text.removesuffix(" (zusätzlich)") for text in dates_in(soup) if "fällt aus" not in text
    ]
    occurrences = Occurrence.objects.filter(event=event, start__gte=NOW).order_by("start")[:10]
    from eventpages.recurrence_preview import words

    assert listed == [words(occurrence.start, False) for occurrence in occurrences]
    assert "19.3. fällt aus" in dates_in(soup)


def test_anonymous_visitors_are_sent_to_the_login(client, event_index):
    response = client.get(preview_url(event_index), rule())
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editors_may_preview_others_are_refused(client, make_event, event_index):
    from tests.factories import make_user

    event = make_event()
    member = make_user("mira", "Netzwerk-Mitglieder")
    client.force_login(member)
    url = f"/admin/eventpages/recurrence-preview/page/{event.pk}/"
    response = client.get(url, rule(), headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 403
    # Without the XHR header Wagtail's refusal page sends the user back to the dashboard.
    response = client.get(url, rule())
    assert response.status_code == 302
    # Not an event, or not a page under which events are added: refused as well.
    editor = make_user("rena", "Redaktion")
    editor.groups.add(Group.objects.get(name="Redaktion"))
    client.force_login(editor)
    assert client.get(url, rule()).status_code == 200
    for refused in [
        f"/admin/eventpages/recurrence-preview/page/{event_index.pk}/",
        f"/admin/eventpages/recurrence-preview/new/{event.pk}/",
    ]:
        response = client.get(refused, rule(), headers={"x-requested-with": "XMLHttpRequest"})
        assert response.status_code == 403, refused
    response = client.get("/admin/eventpages/recurrence-preview/other/1/", rule())
    assert response.status_code == 404


def test_preview_takes_no_post(admin_client, event_index):
    response = admin_client.post(preview_url(event_index), rule())
    assert response.status_code == 405
