"""Event tags in the visitor's language: the event page's chips and iCal CATEGORIES."""

import icalendar
import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag

from core.models import TagLabel

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged_event(make_event):
    event = make_event("Elterncafé", aliases=True)
    event.tags.add("Familie", "Zeitz")
    event.save_revision().publish()
    TagLabel.objects.create(tag=Tag.objects.get(name="Familie"), language="ar", label="عائلة")
    return event


def arabic(event):
    return type(event).objects.get(
        translation_key=event.translation_key, locale__language_code="ar"
    )


def test_chips_in_arabic_with_german_ones_marked(client, tagged_event):
    page = BeautifulSoup(client.get(arabic(tagged_event).url).content, "html.parser")
    chips = {item.get_text(): item for item in page.select(".event-fact--tags li")}
    assert set(chips) == {"عائلة", "Zeitz"}
    assert chips["عائلة"].get("lang") is None
    assert chips["Zeitz"]["lang"] == "de"


def test_ical_categories_in_the_feed_language(client, tagged_event):
    for language, expected in [("ar", {"عائلة", "Zeitz"}), ("de", {"Familie", "Zeitz"})]:
        url = (arabic(tagged_event) if language == "ar" else tagged_event).url + "ical/"
        calendar = icalendar.Calendar.from_ical(client.get(url).content)
        (vevent,) = calendar.walk("VEVENT")
        categories = vevent.get("categories")
        names = {str(name) for name in categories.cats} if categories else set()
        assert names >= expected, language
