"""The subscribers' addresses as a Wagtail listing: filters, search by address, Wagtail's
pagination, and the same number of queries for 3 subscribers or 30."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blogpages.models import Subscriber
from core.roles import COORDINATION, EDITORS

pytestmark = pytest.mark.django_db

ADDRESSES = "/admin/blog-subscribers/addresses/"
RESULTS = "/admin/blog-subscribers/addresses/results/"


@pytest.fixture
def coordinator(client, user_in_group):
    user = user_in_group("koordinatorin", COORDINATION)
    client.force_login(user)
    return user


@pytest.fixture
def subscribers(db, blog_category):
    Subscriber.objects.all().delete()
    work = blog_category("Arbeit", "arbeit")
    now = timezone.now()
    rows = [
        ("de-sofort@example.org", "de", Subscriber.IMMEDIATELY, now),
        ("de-woche@example.org", "de", Subscriber.WEEKLY, now),
        ("ar-sofort@example.org", "ar", Subscriber.IMMEDIATELY, now),
        ("uk-offen@example.org", "uk", Subscriber.IMMEDIATELY, None),
    ]
    for email, language, frequency, confirmed_at in rows:
        person = Subscriber.objects.create(
            email=email, language=language, frequency=frequency, confirmed_at=confirmed_at
        )
        person.categories.set([work] if language == "de" else [])


def addresses(response):
    page = BeautifulSoup(response.content, "html.parser")
    return {row.find("td").get_text(strip=True) for row in page.select("table tbody tr")}


@pytest.mark.parametrize(
    "params, shown",
    [
        ({}, {"de-sofort", "de-woche", "ar-sofort", "uk-offen"}),
        ({"status": "confirmed"}, {"de-sofort", "de-woche", "ar-sofort"}),
        ({"status": "unconfirmed"}, {"uk-offen"}),
        ({"language": "de"}, {"de-sofort", "de-woche"}),
        ({"frequency": Subscriber.WEEKLY}, {"de-woche"}),
        ({"status": "confirmed", "frequency": Subscriber.IMMEDIATELY}, {"de-sofort", "ar-sofort"}),
        ({"q": "ar-sof"}, {"ar-sofort"}),
    ],
)
def test_the_addresses_filtered(client, coordinator, subscribers, params, shown):
    response = client.get(ADDRESSES, params)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert addresses(response) == {f"{name}@example.org" for name in shown}


def test_the_rows_show_language_frequency_topics_and_confirmation(client, coordinator, subscribers):
    page = BeautifulSoup(client.get(ADDRESSES).content, "html.parser")
    rows = {
        row.find("td").get_text(strip=True): [td.get_text(strip=True) for td in row.find_all("td")]
        for row in page.select("table tbody tr")
    }
    assert rows["de-woche@example.org"][1:4] == [
        "Deutsch",
        "Einmal pro Woche als Zusammenfassung",
        "Arbeit",
    ]
    assert rows["ar-sofort@example.org"][3] == "Alle Themen"
    assert rows["uk-offen@example.org"][5] == "noch nicht"
    assert page.find("td", string="ar-sofort@example.org")["dir"] == "ltr"


def test_the_results_fragment_is_for_koordination_only(
    client, coordinator, subscribers, user_in_group
):
    response = client.get(RESULTS, {"language": "ar"})
    assert response.status_code == 200
    assert addresses(response) == {"ar-sofort@example.org"}
    client.force_login(user_in_group("redakteurin", EDITORS))
    response = client.get(RESULTS)
    assert response.status_code == 403
    assert "@example.org" not in response.content.decode()


def test_wagtails_pagination_pages_the_addresses(client, coordinator, subscribers):
    Subscriber.objects.bulk_create(
        Subscriber(email=f"viele-{n:03}@example.org", language="de") for n in range(97)
    )
    first = client.get(ADDRESSES)
    assert len(addresses(first)) == 100
    page = BeautifulSoup(first.content, "html.parser")
    assert page.select_one("nav.pagination") is not None
    assert len(addresses(client.get(ADDRESSES, {"p": 2}))) == 1


def add_subscribers(count, start, categories):
    people = Subscriber.objects.bulk_create(
        Subscriber(email=f"abo-{start + n}@example.org", language="de", confirmed_at=timezone.now())
        for n in range(count)
    )
    for person in people:
        person.categories.set(categories)


@pytest.mark.slow
def test_the_list_costs_the_same_queries_for_3_or_30_subscribers(
    client, coordinator, blog_category
):
    Subscriber.objects.all().delete()
    categories = [blog_category("Arbeit", "arbeit"), blog_category("Schule", "schule")]

    def queries():
        client.get(ADDRESSES)  # warm what is read once per process
        with CaptureQueriesContext(connection) as captured:
            response = client.get(ADDRESSES, {"status": "confirmed"})
        assert response.status_code == 200
        return len(captured), len(addresses(response))

    add_subscribers(3, 0, categories)
    few, few_rows = queries()
    add_subscribers(27, 3, categories)
    many, many_rows = queries()
    assert (few_rows, many_rows) == (3, 30)
    assert many == few
