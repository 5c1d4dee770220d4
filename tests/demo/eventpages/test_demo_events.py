"""The demo events: every language, real translations, dates ahead, idempotent."""

from datetime import timedelta

import pytest
from django.db.models import Count
from django.utils import timezone
from wagtail.models import Locale, Page

from eventpages.demo import data as demo_content
from eventpages.models import (
    EventCategory,
    EventIndexPage,
    EventPage,
    Municipality,
    Occurrence,
    Venue,
)
from eventpages.recurrence import local_zone
from home.demo import load_demo
from home.languages import SPOKEN_LANGUAGE_NAMES
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

TRANSLATIONS = demo_content.TRANSLATIONS


@pytest.fixture
def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def index(locales):
    return EventIndexPage.objects.get(locale=locales["de"], slug="veranstaltungen")


def german_event(slug):
    return EventPage.objects.get(locale__language_code="de", slug=slug)


def test_index_is_translated_and_live_in_every_language(index, locales):
    assert index.live and index.show_in_menus
    assert index.get_parent().specific_class.__name__ == "HomePage"
    for code in LANGUAGES:
        version = index.get_translation(locales[code])
        assert version.live, code
        if code != "de":
            assert version.alias_of_id is None, code
            assert version.title == TRANSLATIONS["Veranstaltungen"][code]
            assert version.specific.intro == TRANSLATIONS[index.intro][code]
            assert version.url == f"/{code}/veranstaltungen/"


def test_at_least_six_live_german_events_below_the_index(index):
    events = EventPage.objects.child_of(index).live()
    assert events.count() >= 6
    # Ours, and the partner calendar's (eventpages.demo.partner_calendar).
    assert events.filter(import_source=None).count() == len(demo_content.EVENTS)
    assert events.exclude(import_source=None).count() == 3


def test_every_event_exists_live_in_every_language(index, locales):
    for event in EventPage.objects.child_of(index):
        versions = EventPage.objects.filter(translation_key=event.translation_key)
        assert set(versions.values_list("locale__language_code", flat=True)) == set(LANGUAGES)
        assert all(version.live for version in versions), event.slug


def test_occurrences_in_the_next_three_months_in_every_locale():
    now = timezone.now()
    coming = Occurrence.objects.between(now, now + timedelta(days=91))
    counts = dict(coming.values_list("locale__language_code").annotate(n=Count("id")).order_by())
    assert set(counts) == set(LANGUAGES)
    # Translations and aliases show the same dates as the German original.
    assert len(set(counts.values())) == 1
    assert counts["de"] >= 20
    for code in LANGUAGES:
        events = coming.filter(locale__language_code=code).values("event").distinct().count()
        assert events >= 6, code


def test_weekly_language_cafe_is_on_thursdays_at_six_pm():
    cafe = german_event("sprachcafe-naumburg")
    assert cafe.rrule == "FREQ=WEEKLY;BYDAY=TH"
    occurrences = list(Occurrence.objects.filter(event=cafe))
    future = [o for o in occurrences if o.start > timezone.now()]
    assert len(future) >= 12
    for occurrence in occurrences:
        start = occurrence.start.astimezone(local_zone())
        end = occurrence.end.astimezone(local_zone())
        assert (start.weekday(), start.hour, start.minute) == (3, 18, 0)
        assert (end.hour, end.minute) == (20, 0)
    # The series started some weeks ago, so the archive has past dates too.
    assert any(o.end < timezone.now() for o in occurrences)


def test_some_events_have_real_arabic_ukrainian_and_english_translations(locales):
    translated = [spec for spec in demo_content.EVENTS if spec.get("translated")]
    assert len(translated) >= 3
    for spec in translated:
        event = german_event(spec["slug"])
        for code in ["ar", "uk", "en"]:
            version = event.get_translation(locales[code]).specific
            assert version.alias_of_id is None
            assert version.title == TRANSLATIONS[spec["title"]][code]
            assert version.title != event.title
            assert version.teaser == TRANSLATIONS[spec["teaser"]][code]
            assert TRANSLATIONS[spec["body"][0]][code] in str(version.body)
            # Categories in the translation's own language, with the same slugs.
            assert set(version.categories.values_list("locale__language_code", flat=True)) == {code}
            assert set(version.categories.values_list("slug", flat=True)) == set(spec["categories"])
            # Synchronised facts stay the same.
            assert (version.start, version.rrule, version.languages) == (
                event.start,
                event.rrule,
                event.languages,
            )
            assert version.occurrences.count() == event.occurrences.count()
        # Languages without a translation get an alias.
        assert event.get_translation(locales["fa"]).alias_of_id == event.pk


def test_untranslated_events_are_aliases_with_the_german_text(locales):
    spec = next(spec for spec in demo_content.EVENTS if not spec.get("translated"))
    event = german_event(spec["slug"])
    for code in ["en", "ar", "fa", "uk", "ru", "tr"]:
        alias = event.get_translation(locales[code])
        assert alias.alias_of_id == event.pk
        assert alias.title == event.title


def test_snippets_cover_the_county(locales):
    towns = set(Municipality.objects.values_list("name", flat=True))
    assert {"Naumburg (Saale)", "Weißenfels", "Zeitz", "Hohenmölsen", "Lützen"} <= towns
    german_venues = Venue.objects.filter(locale=locales["de"])
    assert german_venues.filter(step_free=True).exclude(accessibility_notes="").exists()
    assert german_venues.filter(step_free=False).exists()
    for venue in german_venues:
        assert venue.latitude and venue.longitude
        for code in demo_content.LANGUAGES:
            translated = venue.get_translation(locales[code])
            assert translated.name == venue.name  # a proper noun
            assert translated.municipality_id == venue.municipality_id
            if venue.accessibility_notes:
                assert (
                    translated.accessibility_notes
                    == (TRANSLATIONS[venue.accessibility_notes][code])
                )
    for category in EventCategory.objects.filter(locale=locales["de"]):
        for code in demo_content.LANGUAGES:
            translated = category.get_translation(locales[code])
            assert translated.slug == category.slug
            assert translated.name == TRANSLATIONS[category.name][code]


def test_event_facts_are_varied():
    events = {event.slug: event for event in EventPage.objects.filter(locale__language_code="de")}
    spoken = {code for event in events.values() for code in event.languages}
    assert {"prs", "ps", "ti", "kmr"} <= spoken
    assert spoken <= set(SPOKEN_LANGUAGE_NAMES)
    assert any(event.interpreting for event in events.values())
    assert any(not event.is_free and event.cost for event in events.values())

    online = events["online-infoabend-anerkennung"]
    assert online.venue is None and online.online_url.startswith("https://meet.example.org/")
    assert online.occurrences.count() == 4
    starts = sorted(online.occurrences.values_list("start", flat=True))
    assert {later - earlier for earlier, later in zip(starts, starts[1:], strict=False)} == {
        timedelta(weeks=2)
    }

    fest = events["interkulturelles-fest-weissenfels"]
    local_start = fest.start.astimezone(local_zone())
    assert local_start.weekday() == 5 and local_start.hour == 14
    assert fest.venue.municipality.slug == "weissenfels"

    jobs = events["wege-in-arbeit-hohenmoelsen"]
    assert jobs.registration_required and jobs.registration_email
    assert jobs.registration_deadline < jobs.start.date()
    assert jobs.venue.municipality.slug == "hohenmoelsen"

    counselling = events["beratungssprechstunde-zeitz"]
    for start in counselling.occurrences.values_list("start", flat=True):
        local = start.astimezone(local_zone())
        assert local.weekday() == 1 and local.day <= 7 and local.hour == 10

    homework = events["hausaufgabenhilfe-teuchern"]
    assert set(homework.weekdays) == {"MO", "WE"}
    cancelled = homework.cancelled_dates.get().date
    dates = {
        start.astimezone(local_zone()).date()
        for start in homework.occurrences.values_list("start", flat=True)
    }
    assert cancelled not in dates
    assert cancelled - timedelta(days=2) in dates

    assert events["netzwerktreffen-naumburg"].attendance_mode == "mixed"


def test_load_demo_again_changes_nothing():
    models = [Page, Occurrence, EventPage, Venue, EventCategory, Municipality]
    before = [model.objects.count() for model in models]
    load_demo()
    assert [model.objects.count() for model in models] == before
