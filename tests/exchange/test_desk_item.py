"""The desk counts reported board posts until they are dealt with (core.desk)."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from exchange.models import Report
from exchange.services import report_post
from tests.core.test_desk import count_of, desk, items, login

from .conftest import opening_post

pytestmark = pytest.mark.django_db


def test_a_reported_post_is_counted_until_resolved(site, client, make_thread, other_member):
    thread = make_thread()
    assert count_of(login(client, "koordination"), "board-reports") == 0

    report = report_post(opening_post(thread), other_member, reason="Werbung")
    shown = items(desk(client))["board-reports"]
    assert shown["count"] == 1
    assert shown["href"] == "/admin/exchange/?status=open"
    assert client.get(shown["href"]).status_code == 200

    Report.objects.filter(pk=report.pk).update(
        resolved_at=timezone.now(), resolved_by=get_user_model().objects.get(username="admin")
    )
    assert count_of(client, "board-reports") == 0


def test_redaktion_does_not_see_the_moderation(site, client, make_thread, other_member):
    report_post(opening_post(make_thread()), other_member, reason="Werbung")
    assert "board-reports" not in items(desk(login(client, "redaktion")))
