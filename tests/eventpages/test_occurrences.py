"""The occurrence table follows publishing, editing, unpublishing, deleting and aliases."""

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from eventpages.models import EventPage, Occurrence

from .conftest import berlin

pytestmark = pytest.mark.django_db


def test_publish_creates_occurrences(make_event):
    event = make_event(
        start=timezone.now() + timedelta(days=1), frequency="daily", ends="after_count", count=3
    )
    assert Occurrence.objects.filter(event=event).count() == 3
    assert event.rrule == "FREQ=DAILY;COUNT=3"


def test_draft_has_no_occurrences(make_event):
    event = make_event(publish=False)
    assert not Occurrence.objects.filter(event=event).exists()


def test_edit_and_republish_replaces_occurrences(make_event):
    event = make_event(frequency="daily", ends="after_count", count=3)
    event.count = 5
    event.save_revision().publish()
    assert Occurrence.objects.filter(event=event).count() == 5


def test_draft_edit_keeps_the_live_dates(make_event):
    event = make_event(frequency="daily", ends="after_count", count=3)
    event.count = 9
    event.save_revision()
    assert Occurrence.objects.filter(event=event).count() == 3


def test_unpublish_and_delete_remove_occurrences(make_event):
    event = make_event()
    other = make_event(title="Zweites")
    event.unpublish()
    assert not Occurrence.objects.filter(event=event).exists()
    other.delete()
    assert not Occurrence.objects.filter(event_id=other.pk).exists()


def test_aliases_get_their_own_rows_in_their_language(make_event):
    event = make_event(
        aliases=True, frequency="weekly", weekdays=["MO"], ends="after_count", count=2
    )
    by_locale = {
        code: count
        for code, count in [
            (
                locale,
                Occurrence.objects.filter(locale__language_code=locale)
                .filter(event__translation_key=event.translation_key)
                .count(),
            )
            for locale in ["de", "en", "ar", "fa", "uk", "ru", "tr"]
        ]
    }
    assert set(by_locale.values()) == {2}
    event.count = 4
    event.save_revision().publish()
    arabic = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code="ar"
    )
    assert arabic.alias_of_id == event.pk
    assert Occurrence.objects.filter(event=arabic).count() == 4


def test_denormalised_filter_facts(make_event, venue):
    event = make_event(
        venue=venue(municipality="Zeitz"),
        online_url="https://meet.example.org/x",
        is_free=False,
        cost="5 €",
    )
    occurrence = Occurrence.objects.get(event=event)
    assert occurrence.municipality.slug == "zeitz"
    assert occurrence.is_online and occurrence.is_in_person and not occurrence.is_free


def test_extend_command_moves_the_horizon(make_event):
    event = make_event(
        start=timezone.now() + timedelta(days=1),
        frequency="weekly",
        weekdays=["MO", "TU", "WE", "TH", "FR", "SA", "SU"],
    )
    before = Occurrence.objects.filter(event=event).count()
    assert 390 <= before <= 402
    call_command("extend_occurrences", stdout=open("/dev/null", "w"))
    assert Occurrence.objects.filter(event=event).count() == before


def test_cancelled_and_extra_dates_in_the_table(make_event):
    event = make_event(
        start=berlin(2027, 2, 1, 18),
        frequency="daily",
        ends="after_count",
        count=3,
        cancelled=[date(2027, 2, 2)],
        extra=[berlin(2027, 2, 10, 11)],
    )
    starts = list(Occurrence.objects.filter(event=event).values_list("start", flat=True))
    assert [s.astimezone(berlin(2027, 1, 1).tzinfo).date() for s in starts] == [
        date(2027, 2, 1),
        date(2027, 2, 3),
        date(2027, 2, 10),
    ]


def test_moving_an_event_lists_it_under_its_new_index(make_event, event_index):
    from eventpages.models import EventIndexPage

    other = EventIndexPage(title="Andere Termine", slug="andere-termine")
    event_index.get_parent().add_child(instance=other)
    other.save_revision().publish()
    event = make_event()
    event.move(other, pos="last-child")
    assert set(Occurrence.objects.filter(event=event).values_list("index_id", flat=True)) == {
        other.pk
    }


def test_index_feed_leaves_out_long_past_events(client, make_event, event_index):
    import icalendar

    make_event(title="Altes Fest", start=timezone.now() - timedelta(days=200))
    make_event(title="Neues Fest", start=timezone.now() + timedelta(days=20))
    calendar = icalendar.Calendar.from_ical(client.get(f"{event_index.url}ical/").content)
    titles = {str(component["SUMMARY"]) for component in calendar.walk("VEVENT")}
    assert titles == {"Neues Fest"}
