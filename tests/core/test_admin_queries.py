"""Admin screens of core cost the same number of queries however much they list: the tags'
labels ("Schlagwörter übersetzen"), and the dashboard with the coordinators' desk, whose
items are counts (one query each), not lists."""

from datetime import timedelta

import pytest
from django.utils import timezone
from taggit.models import Tag

from core.models import TagLabel
from tests.admin_queries import assert_same_queries, client_for, queries_of, rows

pytestmark = pytest.mark.django_db


def test_tag_labels_cost_the_same_for_3_and_20_tags(site):
    def add(numbers):
        for number in numbers:
            tag = Tag.objects.create(name=f"Schlagwort {number}", slug=f"schlagwort-{number}")
            if number % 2:
                TagLabel.objects.create(tag=tag, language="en", label=f"Tag {number}")
                TagLabel.objects.create(tag=tag, language="ar", label=f"وسم {number}")

    url = "/admin/schlagwoerter/"
    Tag.objects.all().delete()
    add(range(3))
    client = client_for("koordination")
    client.get(url)
    response, few = queries_of(client, url)
    assert rows(response) == 3
    add(range(3, 20))  # a full page of the listing
    response, many = queries_of(client, url)
    assert rows(response) == 20
    assert "EN: Tag 3" in response.content.decode()
    assert_same_queries(few, many)


def test_the_desk_costs_the_same_for_3_and_25_events_this_week(site):
    from eventpages.models import EventPage, Occurrence

    def add(numbers):
        start = timezone.now() + timedelta(hours=1)
        events = []
        for number in numbers:
            event = EventPage(
                title=f"Termin {number}",
                slug=f"termin-{number}",
                start=start,
                end=start + timedelta(hours=1),
                live=True,
                online_url="https://example.org/",
            )
            site.events.add_child(instance=event)
            events.append(event)
        Occurrence.objects.bulk_create(
            Occurrence(
                event=e, index_id=site.events.pk, locale_id=e.locale_id, start=e.start, end=e.end
            )
            for e in events
        )

    url = "/admin/"
    add(range(3))
    client = client_for("koordination")
    client.get(url)
    response, few = queries_of(client, url)
    assert "untranslated-events" in response.content.decode() or "ohne Übersetzung" in (
        response.content.decode()
    )
    add(range(3, 25))
    response, many = queries_of(client, url)
    assert_same_queries(few, many)
