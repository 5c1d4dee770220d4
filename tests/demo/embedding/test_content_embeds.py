"""Embeds of event lists, events, document libraries, news lists and posts: the right items,
the listing's filters, the item count and layout, the page's language, and never a draft or
anything only members may see (even with a member logged in on the network site)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from blogpages.models import BlogPage
from core.roles import MEMBERS
from docpages.filters import DocumentFilterForm
from embedding.hook import page_embed
from embedding.pages import embed_path
from eventpages.filters import EventFilterForm
from eventpages.models import EventPage
from home.models import ContentPage
from tests.blogpages.conftest import locale, restrict_to_members, today

pytestmark = pytest.mark.django_db

EVENTS = "/embed/de/termine-test/"
LIBRARY = "/embed/de/bibliothek-test/"
NEWS = "/embed/de/nachrichten-test/"


def html(response):
    assert response.status_code == 200, response
    return response.content.decode()


def soon(days):
    return timezone.now() + timedelta(days=days)


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, locales, settings)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


def absolute(page):
    """Links in an embed are full addresses on the host that served the frame."""
    return f"http://testserver{page.url}"


def member_logged_in(client, user_in_group):
    client.force_login(user_in_group("mara", MEMBERS))


# ------------------------------------------------------------------------------- pages


def test_pages_without_an_embed_are_not_found(client, event_index):
    assert client.get("/embed/de/").status_code == 404  # the home page
    content_page = ContentPage.objects.live().filter(locale__language_code="de").first()
    assert content_page is not None
    assert client.get(embed_path(content_page)).status_code == 404
    assert client.get("/embed/de/gibt-es-nicht/").status_code == 404
    assert client.get(EVENTS).status_code == 200


# ------------------------------------------------------------------------------ events


def test_event_list_shows_coming_events_with_links_out_of_the_frame(client, make_event):
    event = make_event("Sprachcafé am Markt", soon(2), teaser="Deutsch üben bei Kaffee.")
    make_event("Schon vorbei", timezone.now() - timedelta(days=3))
    content = html(client.get(EVENTS))
    assert "Sprachcafé am Markt" in content
    assert "Schon vorbei" not in content
    assert f'href="{absolute(event)}"' in content
    assert '<base target="_blank">' in content
    assert "Bürgerhaus, Naumburg" in content
    assert "Deutsch üben bei Kaffee." in content
    assert '<time datetime="' in content
    assert '<ol class="event-list">' in content
    assert 'class="event-day__heading"' in content  # h2 per day, events as h3


def test_event_list_applies_all_filters_of_the_index(client, make_event, venue, category):
    language = category("Sprache", "sprache")
    make_event("In Naumburg", venue=venue("Rathaus", "Naumburg"), categories=[language])
    make_event(
        "In Zeitz",
        venue=venue("Schloss", "Zeitz"),
        categories=[language],
        languages=["ar"],
        target_groups=["women"],
    )
    make_event("Ohne Kategorie", venue=venue("Halle", "Zeitz"))
    make_event("Nur online", venue=None, online_url="https://example.org/raum", is_free=False)
    make_event("Nächsten Monat", soon(40), venue=venue("Halle", "Zeitz"))

    content = html(client.get(EVENTS + "?municipality=zeitz&category=sprache"))
    assert "In Zeitz" in content
    assert "In Naumburg" not in content and "Ohne Kategorie" not in content

    content = html(client.get(EVENTS + "?language=ar&group=women&attendance=in_person&free=1"))
    assert "In Zeitz" in content and "In Naumburg" not in content

    content = html(client.get(EVENTS + "?attendance=online"))
    assert "Nur online" in content and "In Zeitz" not in content

    later = timezone.localdate(soon(40))
    content = html(client.get(EVENTS + f"?date_from={later:%Y-%m-%d}"))
    assert "Nächsten Monat" in content and "In Zeitz" not in content

    # An invalid filter is left out, as on the page: the embed still shows events.
    content = html(client.get(EVENTS + "?municipality=atlantis"))
    assert "In Zeitz" in content


def test_event_list_shows_at_most_the_chosen_number(client, make_event):
    for number in range(4):
        make_event(f"Termin {number}", soon(number + 1))
    content = html(client.get(EVENTS + "?limit=2"))
    assert "Termin 0" in content and "Termin 1" in content
    assert "Termin 2" not in content and "Termin 3" not in content
    assert "Termin 3" in html(client.get(EVENTS))  # 10 by default
    assert "Termin 3" in html(client.get(EVENTS + "?limit=0"))  # invalid: the default


def test_compact_event_list_has_one_line_per_event(client, make_event):
    make_event("Sprachcafé", soon(2))
    standard = html(client.get(EVENTS))
    compact = html(client.get(EVENTS + "?layout=compact"))
    assert 'class="embed embed--compact"' in compact
    assert 'class="event-line' in compact and "<h3" not in compact and "<h2" not in compact
    assert "Sprachcafé" in compact and "Naumburg" in compact and "<time datetime=" in compact
    assert 'class="event-line' not in standard and "<h3" in standard


def test_empty_event_list_says_so(client, event_index):
    assert "Zurzeit keine Veranstaltungen." in html(client.get(EVENTS))
    content = html(client.get(EVENTS + "?municipality=naumburg"))
    assert "Zurzeit keine Veranstaltungen zu dieser Auswahl." in content


def test_arabic_embed_is_right_to_left_and_marks_untranslated_events(client, make_event):
    event = make_event("Nähcafé", soon(2), teaser="Gemeinsam nähen.", aliases=True)
    content = html(client.get("/embed/ar/termine-test/"))
    assert '<html lang="ar" dir="rtl"' in content
    assert 'lang="de" dir="ltr">Nähcafé</a>' in content
    assert 'class="event-item__notice"' in content  # "Nur auf Deutsch verfügbar"
    assert '<p class="event-item__teaser" lang="de" dir="ltr">Gemeinsam nähen.</p>' in content
    assert 'class="event-item__notice"' not in html(client.get(EVENTS))

    alias = EventPage.objects.get(translation_key=event.translation_key, locale=locale("ar"))
    content = html(client.get(embed_path(alias)))
    assert '<html lang="ar" dir="rtl"' in content
    assert '<span lang="de" dir="ltr">Nähcafé</span>' in content
    assert 'class="event-item__notice"' in content


def test_drafts_and_members_only_events_never_appear(client, make_event, user_in_group):
    make_event("Offenes Treffen", soon(2))
    make_event("Noch ein Entwurf", soon(2), publish=False)
    private = make_event("Mitgliedertreffen", soon(2))
    restrict_to_members(private)
    member_logged_in(client, user_in_group)
    assert "Mitgliedertreffen" in client.get("/de/termine-test/").content.decode()
    content = html(client.get(EVENTS))
    assert "Offenes Treffen" in content
    assert "Noch ein Entwurf" not in content and "Mitgliedertreffen" not in content
    assert client.get(embed_path(private)).status_code == 404


def test_members_only_event_index_is_not_embedded(client, event_index, make_event):
    make_event("Offenes Treffen", soon(2))
    restrict_to_members(event_index)
    assert client.get(EVENTS).status_code == 404


def test_event_page_shows_its_key_facts(client, make_event, venue):
    event = make_event(
        "Beratung zum Aufenthalt",
        soon(5),
        teaser="Fragen zu Aufenthalt und Arbeit.",
        registration_required=True,
        registration_url="https://example.org/anmelden",
        is_free=False,
        cost="5 €",
        venue=venue(),
        online_url="https://example.org/raum",
    )
    content = html(client.get(embed_path(event)))
    assert "<h1" in content and "Beratung zum Aufenthalt" in content
    assert "Fragen zu Aufenthalt und Arbeit." in content
    assert "Bürgerhaus, Markt 1, 06618 Naumburg" in content
    assert '<time datetime="' in content
    assert 'href="https://example.org/anmelden"' in content
    assert 'href="https://example.org/raum"' in content
    assert "5 €" in content
    assert f'href="{absolute(event)}"' in content  # the whole page, outside the frame
    compact = html(client.get(embed_path(event, "layout=compact")))
    assert "Fragen zu Aufenthalt und Arbeit." not in compact and "Bürgerhaus" in compact


def test_event_series_lists_its_next_dates(client, make_event):
    event = make_event("Deutschkurs", soon(1), frequency="weekly", weekdays=["MO", "TH"])
    content = html(client.get(embed_path(event)))
    assert 'class="event-series"' in content
    assert content.count('<li><time datetime="') >= 2


def test_event_filter_form_and_feeds(rf, event_index, make_event):
    event = make_event("Sprachcafé", soon(2))
    request = rf.get("/")
    form = page_embed(event_index).filter_form({"municipality": "naumburg"})
    assert isinstance(form, EventFilterForm) and form.is_valid()
    [(label, url)] = page_embed(event_index).feed_urls(
        request, {"municipality": "naumburg", "limit": "3"}
    )
    assert str(label) == "Kalender (iCal)"
    assert url == f"{absolute(event_index)}ical/?municipality=naumburg"
    # Invalid filters are not applied, as on the page.
    [(_label, url)] = page_embed(event_index).feed_urls(request, {"category": "gibt-es-nicht"})
    assert url == f"{absolute(event_index)}ical/"
    [(_label, url)] = page_embed(event_index).feed_urls(request, "municipality=naumburg")
    assert url == f"{absolute(event_index)}ical/?municipality=naumburg"
    [(_label, url)] = page_embed(event).feed_urls(request, {})
    assert url == f"{absolute(event)}ical/"


# --------------------------------------------------------------------------- documents


@pytest.fixture
def library(collection, make_document, make_library, doc_category):
    public = collection("Öffentlich")
    private = collection("Intern", members_only=True)
    law, work = doc_category("Recht", "recht"), doc_category("Arbeit", "arbeit")
    board = doc_category("Vorstand", "vorstand")
    make_document("Merkblatt Wohnsitz", public, category=law, language="de")
    make_document("Leaflet Work", public, category=work, language="en")
    make_document("Protokoll Vorstand", private, category=board)
    return make_library("Bibliothek Test", collections=[public, private], slug="bibliothek-test")


def test_library_lists_public_documents_with_download_links(client, library, user_in_group):
    member_logged_in(client, user_in_group)
    assert "Protokoll Vorstand" in client.get("/de/bibliothek-test/").content.decode()
    content = html(client.get(LIBRARY))
    assert "Merkblatt Wohnsitz" in content and "Leaflet Work" in content
    assert "Protokoll Vorstand" not in content
    assert 'href="http://testserver/documents/' in content
    assert '<h2 class="document__title" dir="auto" lang="en">Leaflet Work</h2>' in content
    assert "<time datetime=" in content


def test_library_applies_filters_limit_and_layout(client, library):
    content = html(client.get(LIBRARY + "?category=arbeit"))
    assert "Leaflet Work" in content and "Merkblatt Wohnsitz" not in content
    content = html(client.get(LIBRARY + "?language=de"))
    assert "Merkblatt Wohnsitz" in content and "Leaflet Work" not in content
    content = html(client.get(LIBRARY + "?sort=title&limit=1"))
    assert "Leaflet Work" in content and "Merkblatt Wohnsitz" not in content
    compact = html(client.get(LIBRARY + "?layout=compact"))
    assert 'class="document-line"' in compact and "<h2" not in compact
    assert "Merkblatt Wohnsitz" in compact
    assert "Zurzeit keine Dokumente zu dieser Auswahl." in html(
        client.get(LIBRARY + "?q=Gibtesnicht")
    )


def test_members_only_libraries_are_not_embedded(client, collection, make_library):
    public, private = collection("Offen"), collection("Intern", members_only=True)
    make_library("Interne Bibliothek", collections=[public], slug="intern", members_only=True)
    make_library("Vorstand", collections=[private], slug="vorstand")
    assert client.get("/embed/de/intern/").status_code == 404
    assert client.get("/embed/de/vorstand/").status_code == 404
    make_library("Leer", slug="leer")
    assert "Zurzeit keine Dokumente." in html(client.get("/embed/de/leer/"))


def test_library_filter_form_offers_only_public_choices(rf, library):
    form = page_embed(library).filter_form({"category": "arbeit"})
    assert isinstance(form, DocumentFilterForm)
    slugs = [value for value, _name in form.fields["category"].choices]
    assert "arbeit" in slugs and "recht" in slugs and "vorstand" not in slugs
    assert page_embed(library).feed_urls(rf.get("/"), {}) == []


# -------------------------------------------------------------------------------- news


def test_news_list_newest_first_with_filters_and_limit(client, make_post, blog_category):
    language = blog_category("Sprache", "sprache")
    make_post(title="Alte Nachricht", date=today() - timedelta(days=9), categories=[language])
    make_post(title="Neue Nachricht", date=today(), tags=["Kita"], teaser="Das Neueste.")
    make_post(title="Mittlere Nachricht", date=today() - timedelta(days=3))
    content = html(client.get(NEWS))
    assert content.index("Neue Nachricht") < content.index("Mittlere") < content.index("Alte")
    assert "Das Neueste." in content
    post = BlogPage.objects.get(title="Neue Nachricht")
    assert f'href="{absolute(post)}"' in content
    content = html(client.get(NEWS + "?category=sprache"))
    assert "Alte Nachricht" in content and "Neue Nachricht" not in content
    content = html(client.get(NEWS + "?tag=kita"))
    assert "Neue Nachricht" in content and "Alte Nachricht" not in content
    content = html(client.get(NEWS + "?limit=2"))
    assert "Mittlere Nachricht" in content and "Alte Nachricht" not in content


def test_compact_news_list_shows_date_and_title(client, make_post):
    make_post(title="Neue Nachricht", teaser="Das Neueste.")
    compact = html(client.get(NEWS + "?layout=compact"))
    assert 'class="post-line"' in compact and "Neue Nachricht" in compact
    assert "Das Neueste." not in compact and "<h2" not in compact
    assert "<time datetime=" in compact


def test_news_never_shows_drafts_or_members_only_posts(client, make_post, user_in_group):
    make_post(title="Offene Nachricht")
    make_post(title="Entwurf einer Nachricht", publish=False)
    private = make_post(title="Interna")
    restrict_to_members(private)
    member_logged_in(client, user_in_group)
    content = html(client.get(NEWS))
    assert "Offene Nachricht" in content
    assert "Entwurf einer Nachricht" not in content and "Interna" not in content
    assert client.get(embed_path(private)).status_code == 404
    assert "Zurzeit keine Nachrichten zu dieser Auswahl." in html(client.get(NEWS + "?q=xyzzy"))


def test_arabic_news_embed_marks_untranslated_posts(client, make_post):
    post = make_post(title="Neue Kita", aliases=True)
    content = html(client.get("/embed/ar/nachrichten-test/"))
    assert '<html lang="ar" dir="rtl"' in content
    assert 'lang="de" dir="ltr">Neue Kita</a>' in content
    assert 'class="blog-notice"' in content
    alias = BlogPage.objects.get(translation_key=post.translation_key, locale=locale("ar"))
    content = html(client.get(embed_path(alias)))
    assert '<span lang="de" dir="ltr">Neue Kita</span>' in content
    assert 'class="blog-notice"' in content


def test_post_embed_shows_date_authors_teaser_image_and_read_more(client, make_post, blog_author):
    picture = get_image_model().objects.create(
        title="Bild", file=get_test_image_file(), description="Kinder beim Spielen"
    )
    post = make_post(
        title="Kita eröffnet",
        teaser="Die neue Kita hat Plätze.",
        authors=[blog_author("Hanna Beispiel")],
        image=picture,
    )
    content = html(client.get(embed_path(post)))
    assert "Kita eröffnet" in content and "Die neue Kita hat Plätze." in content
    assert "Hanna Beispiel" in content
    assert f'<time datetime="{post.date:%Y-%m-%d}">' in content
    assert 'alt="Kinder beim Spielen"' in content
    assert "Weiterlesen" in content and f'href="{absolute(post)}"' in content


def test_news_filter_form_and_feeds(rf, blog_index, make_post, blog_category):
    blog_category("Sprache", "sprache")
    make_post(title="Neu", tags=["Kita"])
    assert page_embed(blog_index).filter_form({"category": "sprache"}).is_valid()
    feeds = page_embed(blog_index).feed_urls(rf.get("/"), {"category": "sprache", "q": "Kita"})
    address = absolute(blog_index)
    assert [url for _label, url in feeds] == [
        f"{address}rss/?category=sprache",
        f"{address}atom/?category=sprache",
    ]


# ----------------------------------------------------------------------------- queries


@pytest.mark.slow
def test_embed_queries_do_not_grow_with_items(
    client,
    make_event,
    venue,
    category,
    collection,
    make_document,
    make_library,
    doc_category,
    make_post,
    blog_category,
):
    language = category("Sprache", "sprache")
    course = blog_category("Sprache", "sprache")
    law = doc_category("Recht", "recht")
    public, private = collection("Öffentlich"), collection("Intern", members_only=True)
    make_library("Bibliothek Test", collections=[public, private], slug="bibliothek-test")
    towns = ["Naumburg", "Zeitz"]

    def add(numbers):
        for number in numbers:
            make_event(
                f"Termin {number}",
                soon(1 + number % 20),
                venue=venue(f"Ort {number}", towns[number % 2]),
                categories=[language],
                aliases=number % 5 == 0,
            )
            make_document(f"Dokument {number}", [public, private][number % 2], category=law)
            make_post(title=f"Nachricht {number}", categories=[course], tags=["Kita"])

    urls = [
        EVENTS,
        EVENTS + "?municipality=zeitz&category=sprache&limit=50",
        EVENTS + "?layout=compact&limit=50",
        "/embed/ar/termine-test/?limit=50",
        LIBRARY,
        LIBRARY + "?category=recht&limit=50&layout=compact",
        NEWS,
        NEWS + "?category=sprache&tag=kita&limit=50",
        NEWS + "?layout=compact&limit=50",
    ]
    add(range(5))
    few = {url: count_queries(client, url) for url in urls}
    add(range(5, 40))
    many = {url: count_queries(client, url) for url in urls}
    print("\nqueries with 5 and 40 items:")
    for url in urls:
        print(f"  {few[url]:3d} {many[url]:3d}  {url}")
    assert many == few
