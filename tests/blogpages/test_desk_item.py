"""The desk counts news emails that could not be delivered (core.desk)."""

import pytest
from bs4 import BeautifulSoup

from blogpages.models import Delivery, Subscriber
from tests.core.test_desk import desk, items, login

pytestmark = pytest.mark.django_db


def test_failed_deliveries_are_counted_for_koordination_and_redaktion(site, client):
    subscriber = Subscriber.objects.create(email="leserin@example.org", language="ar")
    Subscriber.objects.create(email="zugestellt@example.org", language="de")
    Delivery.objects.create(subscriber=subscriber, key="a", status=Delivery.FAILED, error="550")
    Delivery.objects.create(subscriber=subscriber, key="b", status=Delivery.SENT)
    Delivery.objects.create(subscriber=subscriber, key="c", status=Delivery.PENDING)

    for username in ("koordination", "redaktion"):
        shown = items(desk(login(client, username)))["failed-deliveries"]
        assert shown["count"] == 1
        assert shown["href"] == "/admin/blog-subscribers/#failed-deliveries"
        counts = BeautifulSoup(client.get(shown["href"]).content, "html.parser")
        line = counts.select_one("#failed-deliveries")
        assert "1" in line.get_text()
        # Koordination alone follows it to the addresses, only the undelivered ones.
        assert bool(line.select("a")) == (username == "koordination")

    addresses = client.get("/admin/blog-subscribers/addresses/?status=failed")
    assert addresses.status_code == 403  # Redaktion sees numbers, not addresses
    login(client, "koordination")
    addresses = client.get("/admin/blog-subscribers/addresses/?status=failed").content.decode()
    assert "leserin@example.org" in addresses
    assert "zugestellt@example.org" not in addresses
