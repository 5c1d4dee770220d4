"""The admin's events listing: one row per event with its languages as badges, absolute next
dates in the admin's language, filters, sorting by the next date, constant queries."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail_localize.models import TranslationSource

from core import county_time
from tests.localize_helpers import localize, sync, translate_segments

pytestmark = pytest.mark.django_db
URL = "/admin/events/"
BERLIN = ZoneInfo("Europe/Berlin")


def listing(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def rows(page):
    return page.select("table.listing tbody tr")


def titles(page):
    return [
        row.select_one("td.title a, td.title .title-wrapper").get_text(" ", strip=True)
        for row in rows(page)
    ]


def badges(page, title):
    """{language code: state} of the row titled `title`."""
    for row in rows(page):
        if title in row.get_text():
            return {
                badge["data-language"]: badge["data-state"]
                for badge in row.select(".cn-lang-badge")
            }
    raise AssertionError(f"no row {title!r}")


def test_one_row_per_event_counted_once(admin_client, make_event):
    for number in range(3):
        make_event(title=f"Sprachcafé {number}", aliases=True)
    page = listing(admin_client)
    assert len(rows(page)) == 3
    assert "1-3 von 3 Veranstaltungen" in " ".join(page.get_text().split())


def test_badges_say_translated_alias_outdated_and_missing(admin_client, make_event):
    event = make_event(title="Nähcafé", aliases=True)
    localize(event, "ar")
    page = listing(admin_client)
    states = badges(page, "Nähcafé")
    assert states == {
        "en": "alias",
        "ar": "translated",
        "fa": "alias",
        "uk": "alias",
        "ru": "alias",
        "tr": "alias",
    }
    arabic = page.select_one('.cn-lang-badge[data-language="ar"]')
    assert arabic.get_text(" ", strip=True).endswith("Arabisch: übersetzt")
    assert arabic["title"] == "Arabisch: übersetzt"
    assert arabic["hreflang"] == "ar"
    assert arabic["href"] == f"/admin/pages/{event.get_translation(arabic_locale()).pk}/edit/"

    event.title = "Nähcafé am Markt"
    event.save_revision().publish()  # the German original changes after the translation
    assert badges(listing(admin_client), "Nähcafé am Markt")["ar"] == "outdated"
    sync(event)
    # In step with the original; its new title waits for a translator.
    assert badges(listing(admin_client), "Nähcafé am Markt")["ar"] == "incomplete"
    source = TranslationSource.objects.get(object_id=event.translation_key)
    translate_segments(source, arabic_locale())
    assert badges(listing(admin_client), "Nähcafé am Markt")["ar"] == "translated"


def test_an_event_without_aliases_has_missing_badges(admin_client, make_event):
    make_event(title="Nur deutsch")
    assert set(badges(listing(admin_client), "Nur deutsch").values()) == {"missing"}


def arabic_locale():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="ar")


def test_the_language_filter_lists_another_languages_own_rows(admin_client, make_event):
    event = make_event(title="Nähcafé", aliases=True)
    make_event(title="Sommerfest", aliases=True)
    arabic = localize(event, "ar")
    arabic.title = "مقهى الخياطة"
    arabic.save_revision().publish()
    page = listing(admin_client, locale="ar")
    assert len(rows(page)) == 2
    assert badges(page, "مقهى الخياطة")["de"] == "source"
    assert badges(page, "Sommerfest")["de"] == "translated"  # an alias's German original
    radio = page.select_one('input[name="locale"][value="ar"]')
    assert radio.has_attr("checked")
    # The German listing has the German radio checked without being asked for.
    assert listing(admin_client).select_one('input[name="locale"][value="de"]').has_attr("checked")


def test_dates_are_absolute_in_the_admins_language(admin_client, make_event, django_user_model):
    make_event(title="Adventsfeier", start=datetime(2031, 12, 16, 17, 0, tzinfo=BERLIN))
    make_event(
        title="Hoffest",
        start=datetime(2031, 12, 20, 0, 0, tzinfo=BERLIN),
        all_day=True,
        duration=timedelta(days=1),
    )
    page = listing(admin_client)
    text = " ".join(page.get_text().split())
    assert "Di., 16.12.2031, 17:00" in text
    assert "Sa., 20.12.2031" in text and "Sa., 20.12.2031, 00:00" not in text
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(django_user_model.objects.get(username="admin"))
    profile.preferred_language = "en"
    profile.save()
    text = " ".join(listing(admin_client).get_text().split())
    assert "Tue, 16/12/2031, 17:00" in text  # en_GB: day before month


def test_sorted_by_next_date_past_events_last(admin_client, make_event):
    now = timezone.now()
    make_event(title="Übermorgen", start=now + timedelta(days=2))
    make_event(title="Nächste Woche", start=now + timedelta(days=7))
    make_event(title="Morgen", start=now + timedelta(days=1))
    make_event(title="Letzte Woche", start=now - timedelta(days=7))
    # A weekly series that began last month: next week's date counts, not the first one.
    make_event(
        title="Wöchentlich",
        start=now - timedelta(days=30) + timedelta(hours=1),
        frequency="weekly",
        weekdays=[weekday_code(now + timedelta(days=4))],
        ends="never",
    )
    page = listing(admin_client)
    assert titles(page) == ["Morgen", "Übermorgen", "Wöchentlich", "Nächste Woche", "Letzte Woche"]
    assert "Vorbei, zuletzt:" in rows(page)[-1].get_text()


def weekday_code(moment):
    return ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][county_time.local(moment).weekday()]


def test_filters_by_time_index_category_and_municipality(
    admin_client, make_event, category, venue, site
):
    from eventpages.models import EventIndexPage

    now = timezone.now()
    course = category("Sprachkurs", "sprachkurs")
    category("Fest", "fest")
    in_town = venue("Rathaus", "Weißenfels")
    make_event(title="Deutschkurs", start=now + timedelta(days=40), categories=[course])
    make_event(title="Vorbeikurs", start=now - timedelta(days=40))
    make_event(title="Rathausfest", start=now + timedelta(days=40), venue=in_town)
    other_index = EventIndexPage.objects.get(pk=site.events.pk)
    make_event(title="Anderswo", start=now + timedelta(days=40), parent=other_index)
    soon = county_time.midnight(county_time.today()) + timedelta(hours=23, minutes=59)
    make_event(
        title="Heute",
        start=soon if soon > now else now + timedelta(minutes=5),
        duration=timedelta(minutes=1),
    )

    def listed(**params):
        return set(titles(listing(admin_client, **params)))

    assert "Vorbeikurs" not in listed(when="upcoming")
    assert "Deutschkurs" in listed(when="upcoming")
    assert listed(when="past") == {"Vorbeikurs"}
    assert "Heute" in listed(when="this_month")
    assert "Vorbeikurs" not in listed(when="this_month")
    assert listed(index=str(other_index.translation_key)) == {"Anderswo"}
    assert listed(category="sprachkurs") == {"Deutschkurs"}
    assert listed(municipality=in_town.municipality_id) == {"Rathausfest"}


def test_category_choices_are_one_language(admin_client, category):
    german = category("Sprachkurs", "sprachkurs")
    localize(german, "ar").name = "دورة لغة"
    page = listing(admin_client)
    boxes = page.select('input[name="category"]')
    assert [box["value"] for box in boxes].count("sprachkurs") == 1


def test_the_listing_does_not_show_other_languages_rows_even_with_a_bad_filter(
    admin_client, make_event
):
    make_event(title="Nähcafé", aliases=True)
    page = listing(admin_client, municipality="not-a-number")
    assert len(rows(page)) == 1


@pytest.mark.slow
def test_query_count_does_not_grow_with_the_events(admin_client, make_event, event_index):
    from eventpages.models import EventPage, Occurrence

    first = make_event(title="Übersetzt", start=timezone.now() + timedelta(hours=1), aliases=True)
    localize(first, "ar")
    make_event(title="Nur deutsch", start=timezone.now() + timedelta(hours=2))

    def add(count):
        start = timezone.now() + timedelta(days=1)
        for number in range(count):
            event_index.add_child(
                instance=EventPage(
                    title=f"Termin {number}",
                    slug=f"termin-{EventPage.objects.count()}",
                    start=start,
                    end=start + timedelta(hours=1),
                    live=True,
                    online_url="https://example.org/",
                )
            )
        Occurrence.objects.bulk_create(
            Occurrence(
                event=event,
                index_id=event_index.pk,
                locale_id=event.locale_id,
                start=event.start,
                end=event.end,
            )
            for event in EventPage.objects.filter(occurrences__isnull=True, live=True)
        )

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            page = listing(admin_client)
        return len(queries), page, [q["sql"] for q in queries.captured_queries]

    add(8)
    few, page, first_queries = count_queries()
    assert len(rows(page)) == 10
    add(990)
    many, page, queries = count_queries()
    assert len(rows(page)) == 25  # a page of the listing (EventIndexView.paginate_by)
    assert "1-25 von 1.000 Veranstaltungen" in " ".join(page.get_text().split())
    assert badges(page, "Übersetzt")["ar"] == "translated"
    assert many == few, diff(first_queries, queries)


def diff(before, after):
    import difflib

    return "\n".join(
        difflib.unified_diff([q[:300] for q in before], [q[:300] for q in after], lineterm="")
    )
