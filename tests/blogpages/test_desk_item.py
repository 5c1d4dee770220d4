"""The desk counts news emails that could not be delivered (core.desk)."""

import pytest

from blogpages.models import Delivery, Subscriber
from tests.core.test_desk import desk, items, login

pytestmark = pytest.mark.django_db


def test_failed_deliveries_are_counted_for_koordination_and_redaktion(site, client):
    subscriber = Subscriber.objects.create(email="leserin@example.org", language="ar")
    Delivery.objects.create(subscriber=subscriber, key="a", status=Delivery.FAILED, error="550")
    Delivery.objects.create(subscriber=subscriber, key="b", status=Delivery.SENT)
    Delivery.objects.create(subscriber=subscriber, key="c", status=Delivery.PENDING)

    for username in ("koordination", "redaktion"):
        shown = items(desk(login(client, username)))["failed-deliveries"]
        assert shown["count"] == 1
        assert shown["href"] == "/admin/blog-subscribers/"
        assert client.get(shown["href"]).status_code == 200
