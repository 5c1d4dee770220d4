"""A large index feed: a window, kept VEVENT texts that follow every change, a size Google
Calendar accepts, and one rebuild at a time with the previous feed served meanwhile."""

from datetime import datetime, time, timedelta

import icalendar
import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from core import dates
from core.cache import purge
from eventpages import feed_cache, feeds
from eventpages.models import CancelledDate, Venue

from .conftest import BERLIN

pytestmark = pytest.mark.django_db

FEED = "/de/termine-test/ical/"


def local(day, hour=0):
    return datetime.combine(day, time(hour), tzinfo=BERLIN)


def today():
    return timezone.localdate(timezone.now(), BERLIN)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def summaries(calendar):
    return sorted(str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT"))


def test_the_feed_carries_the_last_month_and_everything_after(client, make_event):
    make_event("Vor sechs Wochen", local(today() - timedelta(days=42), 18))
    make_event("Vor drei Wochen", local(today() - timedelta(days=21), 18))
    make_event("Morgen", local(today() + timedelta(days=1), 18))
    make_event("In einem Jahr", local(today() + timedelta(days=360), 18))
    make_event(
        "Wöchentlich seit Langem",
        local(today() - timedelta(days=300), 10),
        frequency="weekly",
        weekdays=["MO"],
    )
    calendar = parse(client.get(FEED))
    assert summaries(calendar) == [
        "In einem Jahr",
        "Morgen",
        "Vor drei Wochen",
        "Wöchentlich seit Langem",
    ]
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    # The series keeps its whole rule, and the time zone covers its first date.
    (series,) = [v for v in calendar.walk("VEVENT") if "RRULE" in v]
    first = series["DTSTART"].dt.date()
    assert first < today() - timedelta(days=290)
    onsets = [observance["DTSTART"].dt for observance in calendar.walk("STANDARD")]
    assert min(onsets).year < first.year
    assert "X-WR-CALDESC" not in calendar  # complete: nothing to explain


def test_a_publish_shows_in_the_feed_after(client, make_event):
    event = make_event("Sprachcafé", local(today() + timedelta(days=3), 18))
    assert summaries(parse(client.get(FEED))) == ["Sprachcafé"]  # its text is kept now …
    event.title = "Sprachcafé am Markt"
    event.save_revision().publish()
    assert summaries(parse(client.get(FEED))) == ["Sprachcafé am Markt"]
    # … a draft does not change it.
    event.refresh_from_db()
    event.title = "Entwurf"
    event.save_revision()
    assert summaries(parse(client.get(FEED))) == ["Sprachcafé am Markt"]


def test_cancelled_dates_show_after_publishing(client, make_event):
    start = local(today() + timedelta(days=2), 18)
    weekday = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][start.weekday()]
    event = make_event("Treff", start, frequency="weekly", weekdays=[weekday])
    (vevent,) = parse(client.get(FEED)).walk("VEVENT")
    assert "EXDATE" not in vevent
    event.cancelled_dates.add(CancelledDate(date=(start + timedelta(days=7)).date()))
    event.save_revision().publish()
    (vevent,) = parse(client.get(FEED)).walk("VEVENT")
    assert [moment.dt.date() for moment in vevent["EXDATE"].dts] == [
        (start + timedelta(days=7)).date()
    ]


def test_a_renamed_venue_or_category_shows_without_republishing(
    client, make_event, venue, category
):
    hall = venue("Bürgerhaus", "Zeitz")
    sport = category("Sport", "sport")
    make_event("Sprachcafé", venue=hall, categories=[sport])
    (vevent,) = parse(client.get(FEED)).walk("VEVENT")
    assert str(vevent["LOCATION"]).startswith("Bürgerhaus,") and vevent.categories == ["Sport"]
    Venue.objects.filter(pk=hall.pk).update(name="Haus der Vereine")  # no signal: kept text
    (vevent,) = parse(client.get(FEED)).walk("VEVENT")
    assert str(vevent["LOCATION"]).startswith("Bürgerhaus,")
    hall.refresh_from_db()
    hall.name = "Haus der Vereine"
    hall.save()
    sport.name = "Bewegung"
    sport.save()
    (vevent,) = parse(client.get(FEED)).walk("VEVENT")
    assert str(vevent["LOCATION"]).startswith("Haus der Vereine,")
    assert vevent.categories == ["Bewegung"]


def test_an_unpublished_event_leaves_the_feed(client, make_event):
    make_event("Bleibt")
    gone = make_event("Geht")
    assert summaries(parse(client.get(FEED))) == ["Bleibt", "Geht"]
    gone.unpublish()
    assert summaries(parse(client.get(FEED))) == ["Bleibt"]


def test_a_large_feed_ends_after_a_whole_day_and_says_so(client, make_event, category, monkeypatch):
    first = today() + timedelta(days=1)
    evening = category("Abends", "abends")
    for offset in range(6):
        for hour in (10, 18):
            make_event(
                f"Tag {offset} um {hour}",
                local(first + timedelta(days=offset), hour),
                categories=[evening] if hour == 18 else [],
            )
    full = client.get(FEED).content
    sizes = [len(text) for text in full.split(b"BEGIN:VEVENT")[1:]]
    # Room for the events of two and a half days: the third day's two do not both fit.
    monkeypatch.setattr(feeds, "FEED_MAX_BYTES", feeds.FRAME_ALLOWANCE + sum(sizes[:5]))
    calendar = parse(client.get(FEED))
    assert summaries(calendar) == sorted(
        f"Tag {offset} um {hour}" for offset in (0, 1) for hour in (10, 18)
    )
    description = str(calendar["X-WR-CALDESC"])
    assert dates.day(first + timedelta(days=1), "de") in description
    assert "gefilterten Kalendern" in description
    assert "http://testserver/de/termine-test/" in description
    # A filtered feed (one evening a day) holds more days under the same limit.
    filtered = parse(client.get(FEED, {"category": "abends"}))
    assert summaries(filtered) == [f"Tag {offset} um 18" for offset in range(4)]
    assert dates.day(first + timedelta(days=3), "de") in str(filtered["X-WR-CALDESC"])


def test_the_whole_feed_stays_under_the_limit_by_default(client, make_event):
    make_event("Eins")
    response = client.get(FEED)
    assert len(response.content) < feeds.FEED_MAX_BYTES < 1_000_000


# -- One rebuild at a time ----------------------------------------------------------------------


def test_a_second_rebuild_while_one_runs_serves_the_stale_feed():
    calls = []

    def build(content):
        def run():
            calls.append(content)
            return content

        return run

    assert feed_cache.stale_while_rebuilding("feed-test", build(b"first")) == (b"first", True)
    assert feed_cache.stale_while_rebuilding("feed-test", build(b"again")) == (b"first", True)
    assert calls == [b"first"]
    purge()  # a publish
    # A rebuild is running (it holds the lock): the others get the previous feed at once.
    assert cache.add("feed-test:lock", "another worker", feed_cache.LOCK_SECONDS)
    assert feed_cache.stale_while_rebuilding("feed-test", build(b"second")) == (b"first", False)
    assert calls == [b"first"]
    cache.delete("feed-test:lock")  # that rebuild ended without storing (it crashed, say)
    assert feed_cache.stale_while_rebuilding("feed-test", build(b"second")) == (b"second", True)
    assert calls == [b"first", b"second"]
    assert cache.get("feed-test:lock") is None  # released
    assert feed_cache.stale_while_rebuilding("feed-test", build(b"third")) == (b"second", True)


def test_without_a_stored_feed_a_locked_request_builds_its_own():
    cache.add("feed-new:lock", "another worker", feed_cache.LOCK_SECONDS)
    assert feed_cache.stale_while_rebuilding("feed-new", lambda: b"built") == (b"built", True)
    assert cache.get("feed-new:lock") == "another worker"  # not ours to release


def test_a_failed_rebuild_releases_the_lock():
    def fail():
        raise RuntimeError("database away")

    with pytest.raises(RuntimeError):
        feed_cache.stale_while_rebuilding("feed-fail", fail)
    assert cache.get("feed-fail:lock") is None


@override_settings(PAGE_CACHE_SECONDS=600)
def test_the_stale_feed_is_served_and_not_kept_by_the_page_cache(client, make_event):
    make_event("Alt")
    first = client.get(FEED)
    assert summaries(parse(first)) == ["Alt"]
    make_event("Neu")
    purge()  # what the publish's commit does (tests run inside one transaction)
    stored_key = feed_cache.feed_key(_request(FEED))
    assert cache.add(f"{stored_key}:lock", "another worker", feed_cache.LOCK_SECONDS)
    stale = client.get(FEED)
    assert summaries(parse(stale)) == ["Alt"]
    assert "max-age=0" in stale["Cache-Control"]
    assert stale["X-Page-Cache"] == "bypass"
    cache.delete(f"{stored_key}:lock")
    fresh = client.get(FEED)
    assert summaries(parse(fresh)) == ["Alt", "Neu"]
    assert fresh["X-Page-Cache"] == "miss"


def _request(path):
    from django.test import RequestFactory

    return RequestFactory().get(path)
