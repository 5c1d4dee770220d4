"""A partner who writes in Arabic: pages in the Arabic tree, aliases in the other languages
(German too), categories in the page's language, local times wherever the page is read."""

import re
from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from eventpages.ical_import.models import CategoryMapping
from eventpages.models import EventCategory, EventPage
from tests.factories import locale

from .conftest import feed, our_feed, page_of, run, starts, vevents

pytestmark = pytest.mark.django_db

TITLE = "مقهى اللغة"
ARABIC_FEED = feed(
    f"""
UID:sprachcafe-ar@verein.example
SUMMARY:{TITLE}
DESCRIPTION:لقاء أسبوعي لتعلم اللغة الألمانية.
DTSTART;TZID=Europe/Berlin:20270309T180000
DTEND;TZID=Europe/Berlin:20270309T193000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4
CATEGORIES:لغة
LOCATION:Bürgerhaus""",
    """
UID:fest-ar@verein.example
SUMMARY:حفلة الصيف
DTSTART:20270612T130000Z
DTEND:20270612T170000Z
LOCATION:Stadtpark""",
)

# 9, 16, 23 and 30 March 2027 at 18:00 in Zeitz: the clocks change on the 28th.
COURSE_STARTS = [
    datetime(2027, 3, 9, 17, tzinfo=UTC),
    datetime(2027, 3, 16, 17, tzinfo=UTC),
    datetime(2027, 3, 23, 17, tzinfo=UTC),
    datetime(2027, 3, 30, 16, tzinfo=UTC),
]


@pytest.fixture
def arabic(serve, calendar, clock, site):
    german = EventCategory.objects.create(name="Sprache", slug="sprache", locale=locale("de"))
    translated = german.copy_for_translation(locale("ar"))
    translated.name = "اللغة"
    translated.save()
    cal = calendar(serve(ARABIC_FEED), language="ar")
    CategoryMapping.objects.create(calendar=cal, source_name="لغة", category=german)
    assert run(cal).created == 2
    return cal


def test_the_pages_are_arabic_with_aliases_in_every_other_language(arabic, site):
    page = page_of(arabic, "sprachcafe-ar@verein.example")
    assert page.locale.language_code == "ar"
    assert page.alias_of_id is None
    parent = page.get_parent()
    assert parent.locale.language_code == "ar"
    assert parent.translation_key == site.events.translation_key
    assert page.title == TITLE
    assert starts(page) == COURSE_STARTS
    aliases = EventPage.objects.filter(alias_of=page)
    assert {alias.locale.language_code for alias in aliases} == {
        "de",
        "en",
        "fa",
        "uk",
        "ru",
        "tr",
    }
    german = aliases.get(locale__language_code="de")
    assert german.get_parent().pk == site.events.pk
    assert german.live and german.title == TITLE
    assert starts(german) == COURSE_STARTS


def test_categories_are_the_pages_language(arabic):
    page = page_of(arabic, "sprachcafe-ar@verein.example")
    assert [
        (category.name, category.locale.language_code) for category in page.categories.all()
    ] == [("اللغة", "ar")]


def test_the_german_alias_shows_the_local_times(arabic, client):
    german = EventPage.objects.get(
        alias_of=page_of(arabic, "sprachcafe-ar@verein.example"), locale__language_code="de"
    )
    response = client.get(german.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    dates = [item.get_text(" ", strip=True) for item in soup.select(".event-dates__list time")]
    assert len(dates) == 4
    # 18:00 before and after the change to summer time (28 March), never 17:00 or 19:00.
    for text in dates:
        assert re.search(r"\b18[:.]00\b", text), text
        assert not re.search(r"\b(17|19|16)[:.]00\b", text), text
    assert any("30" in text and ("März" in text or ".03." in text) for text in dates), dates
    moments = [item["datetime"] for item in soup.select(".event-dates__list time")]
    assert moments[0].startswith("2027-03-09T18:00") and moments[-1].startswith("2027-03-30T18:00")
    single = EventPage.objects.get(
        alias_of=page_of(arabic, "fest-ar@verein.example"), locale__language_code="de"
    )
    text = BeautifulSoup(client.get(single.url).content, "html.parser").get_text(" ", strip=True)
    assert re.search(r"15[:.]00", text) and re.search(r"19[:.]00", text), "13:00 UTC is 15:00"


def test_the_arabic_and_german_feeds_carry_the_event(arabic, client):
    for language in ("ar", "de"):
        (vevent,) = vevents(our_feed(client, arabic.index, language), TITLE)
        assert vevent["DTSTART"].dt == datetime(2027, 3, 9, 18, tzinfo=vevent["DTSTART"].dt.tzinfo)
        assert str(vevent["DTSTART"].params["TZID"]) == "Europe/Berlin"
