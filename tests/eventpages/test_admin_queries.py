"""The events' admin screens cost the same number of queries for 3 rows as for 25: the
listing "Veranstaltungen", the explorer of the event index, the snippets' listings (venues,
organisers, categories, municipalities: 3 and 20, a full page), for the superuser and for
Koordination; and the event edit form stays within a budget of queries and bytes."""

from datetime import timedelta

import pytest
from django.utils import timezone

from eventpages.models import EventCategory, EventPage, Occurrence, Organiser, Venue
from home.locales import add_aliases_in_other_languages
from tests.admin_queries import ADMIN_USERS, assert_same_queries, client_for, queries_of, rows
from tests.localize_helpers import localize

pytestmark = pytest.mark.django_db


def add_events(index, count, start_number=0):
    """Live events straight below the index with their occurrence (no revisions: the
    listings read the page rows); every tenth with aliases in the other languages (six
    pages each: slow)."""
    start = timezone.now().replace(microsecond=0) + timedelta(days=1)
    events = []
    for number in range(start_number, start_number + count):
        event = EventPage(
            title=f"Termin {number}",
            slug=f"termin-{number}",
            start=start + timedelta(hours=number),
            end=start + timedelta(hours=number + 1),
            live=True,
            online_url="https://example.org/",
        )
        index.add_child(instance=event)
        if number % 10 == 0:
            add_aliases_in_other_languages(event)
        events.append(event)
    Occurrence.objects.bulk_create(
        Occurrence(event=e, index_id=index.pk, locale_id=e.locale_id, start=e.start, end=e.end)
        for e in events
    )
    return events


@pytest.fixture
def three_events(site, venue):
    """Three rows of each kind the buttons and badges tell apart: translated with
    wagtail-localize (the source of a translation), with aliases, German only."""
    first, second, _third = add_events(site.events, 3)
    localize(first, "ar")
    first.venue = venue()
    first.save()
    return first, second


@pytest.mark.parametrize("username", ADMIN_USERS)
@pytest.mark.parametrize("screen", ["listing", "explorer"])
def test_event_screens_cost_the_same_for_3_and_25_events(site, three_events, username, screen):
    url = "/admin/events/" if screen == "listing" else f"/admin/pages/{site.events.pk}/"
    client = client_for(username)
    client.get(url)  # the first request reads what is cached per process
    response, few = queries_of(client, url)
    assert rows(response) == 3
    more = add_events(site.events, 22, start_number=3)
    localize(more[0], "uk")
    response, many = queries_of(client, url)
    assert rows(response) == 25
    assert "Diese Seite übersetzen" in response.content.decode() or (
        "Translate this page" in response.content.decode()
    )
    assert_same_queries(few, many)


SNIPPETS = {
    "venue": lambda n, town: Venue(name=f"Ort {n}", municipality=town, street="Markt 1"),
    "organiser": lambda n, town: Organiser(name=f"Träger {n}"),
    "eventcategory": lambda n, town: EventCategory(name=f"Kategorie {n}", slug=f"k-{n}"),
}


@pytest.mark.parametrize("username", ADMIN_USERS)
@pytest.mark.parametrize("model_name", [*SNIPPETS, "municipality"])
def test_snippet_listings_cost_the_same_for_3_and_20_rows(site, town, username, model_name):
    from django.apps import apps

    # The county's municipalities are core's (shared with the directory).
    app_label = "core" if model_name == "municipality" else "eventpages"
    model = apps.get_model(app_label, model_name)
    url = f"/admin/snippets/{app_label}/{model_name}/"
    german = site.locales["de"]

    def add(numbers):
        for number in numbers:
            if model_name == "municipality":
                town(f"Stadt {number}")
                continue
            item = SNIPPETS[model_name](number, town(f"Stadt {number % 2}"))
            if hasattr(item, "locale_id"):
                item.locale = german
            item.save()
            if number % 3 == 0 and hasattr(item, "locale_id"):
                localize(item, "en")

    model.objects.all().delete()
    add(range(3))
    client = client_for(username)
    client.get(url)
    response, few = queries_of(client, url)
    assert rows(response) == 3
    add(range(3, 20))  # a full page of Wagtail's snippet listing
    response, many = queries_of(client, url)
    assert rows(response) == 20
    assert_same_queries(few, many)


# The event form as measured on the minimal site with 33 categories (Wagtail 8): 55 queries for
# the superuser, 66 for Koordination (3 of them the line per language under the header,
# core.translation_report.status_line, whatever the number of languages), 330 KB (310 KB in an
# earlier Wagtail 8 build; the same form measured 29 bytes over 330 KB in CI, whose ids and dates
# are longer: the budget leaves 10 KB for that, not for another panel). Of the queries, 18 are
# Wagtail's language switcher in the editor's header (three per other language); the bytes are
# mostly Wagtail's per field: the panels' client-side definitions (39 KB), the StreamField's block
# definitions (30 KB), the markup of 36 fields in four tabs. The lists of venues, organisers and
# categories are one language's (core.admin_forms), and venues and organisers are choosers, so
# neither grows with the snippets.
FORM_QUERIES = 68
FORM_KILOBYTES = 340


@pytest.mark.parametrize("username", ADMIN_USERS)
def test_the_event_form_stays_within_its_budget_however_many_snippets(
    site, three_events, venue, town, username
):
    event = three_events[0]
    url = f"/admin/pages/{event.pk}/edit/"
    client = client_for(username)
    client.get(url)
    response, few = queries_of(client, url)
    # Many venues, organisers and categories in every language: the form does not list them.
    german, english = site.locales["de"], site.locales["en"]
    for number in range(30):
        Venue.objects.create(name=f"Ort {number}", municipality=town("Zeitz"), locale=german)
        Organiser.objects.create(name=f"Träger {number}")
        EventCategory.objects.create(name=f"K {number}", slug=f"k-{number}", locale=german)
        EventCategory.objects.create(name=f"Cat {number}", slug=f"k-{number}", locale=english)
    response, many = queries_of(client, url)
    assert len(many) == len(few)
    size = len(response.content)
    print(f"event form as {username}: {len(many)} queries, {size / 1024:.0f} KB")
    assert len(many) <= FORM_QUERIES
    assert size <= FORM_KILOBYTES * 1024
    page = response.content.decode()
    assert "K 29" in page  # the German categories are offered
    assert "Cat 29" not in page  # not the English ones as well
    assert "Ort 29" not in page and "Träger 29" not in page  # choosers, not selects
