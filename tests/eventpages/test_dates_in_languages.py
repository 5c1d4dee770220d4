"""The event page in Arabic, Persian and Ukrainian writes its dates through core.dates, and
isolates the organiser's and venue's names inside right-to-left text."""

import pytest
from bs4 import BeautifulSoup

from eventpages.models import EventPage, Organiser

from .conftest import berlin

pytestmark = pytest.mark.django_db

NNBSP = "\u202f"
EXPECTED = {
    "ar": ("الثلاثاء، 2 ديسمبر 2031", "3:00–5:00 م"),
    "fa": ("سه\u200cشنبه ۲ دسامبر ۲۰۳۱", "۱۵:۰۰ تا ۱۷:۰۰"),
    "uk": (f"вівторок, 2 грудня 2031{NNBSP}р.", "15:00–17:00"),
}


@pytest.mark.parametrize("language", EXPECTED)
def test_event_page_dates_in_the_language(client, make_event, language):
    organiser = Organiser.objects.create(name="Beispielträger e. V.")
    event = make_event("Sprachcafé", berlin(2031, 12, 2, 15), organiser=organiser, aliases=True)
    page = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code=language
    )
    response = client.get(page.get_url())
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    text = html.get_text(" ")  # not re-spaced: CLDR puts a narrow no-break space before "р."
    day, times = EXPECTED[language]
    assert day in text
    assert times in text
    assert "12/02/2031" not in text and "02.12.2031" not in text
    name = html.select_one(".event-organiser__name")
    assert name["dir"] == "auto" and name.get_text() == "Beispielträger e. V."
    assert html.select_one(".event-venue__name")["dir"] == "auto"
