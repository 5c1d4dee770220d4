"""A post's page: date, authors, categories, tags, image, body, events, documents, languages."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page

from blogpages.models import BlogPageDocument, BlogPageRelatedEvent
from core.roles import MEMBER_AREA_GROUPS, MEMBERS
from eventpages.models import EventPage
from home.languages import SPOKEN_LANGUAGE_NAMES
from tests.blogpages.conftest import INDEX_URL, restrict_to_members, translate_post

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def image(title, description):
    return get_image_model().objects.create(
        title=title, file=get_test_image_file(), description=description
    )


def document(title, members_only=False):
    collection = Collection.get_first_root_node().add_child(name=f"Sammlung {title}")
    if members_only:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        from django.contrib.auth.models import Group

        restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))
    doc = get_document_model()(title=title, collection=collection)
    doc.file.save(f"{title.lower().replace(' ', '-')}.txt", ContentFile(b"Inhalt"), save=False)
    doc._set_document_file_metadata()
    doc.save()
    return doc


def german_event():
    return EventPage.objects.live().filter(locale__language_code="de").order_by("pk").first()


@pytest.fixture
def full_post(make_post, blog_category, blog_author):
    language = blog_category("Sprache", "sprache", {"en": "Language"})
    author = blog_author(
        "Anna Beispiel",
        role="Koordinatorin",
        organisation="Landratsamt",
        photo=image("Anna", "Porträt"),
        translations={"en": {"role": "Coordinator", "organisation": "District office"}},
    )
    event = german_event()
    assert event is not None, "the demo site has events"
    post = make_post(
        title="Neue Sprachkurse",
        date=date(2025, 3, 14),
        teaser="Ab April gibt es drei neue Kurse.",
        image=image("Kursraum", "Menschen lernen in einem hellen Kursraum"),
        body=[("paragraph", "<p>Anmeldung im Bürgerhaus.</p>")],
        categories=[language],
        authors=[author],
        tags=["Kita", "Integrationskurs"],
        related_events=[BlogPageRelatedEvent(event=event)],
        attached_documents=[
            BlogPageDocument(document=document("Kursplan")),
            BlogPageDocument(document=document("Internes Protokoll", members_only=True)),
        ],
    )
    return {"post": post, "event": event}


def test_post_page_shows_everything(client, full_post):
    post, event = full_post["post"], full_post["event"]
    html = soup(client.get(post.url))
    article = html.select_one("article.blog-post")
    assert article.h1.get_text() == "Neue Sprachkurse"
    assert (
        article.select_one(".blog-post__teaser").get_text() == "Ab April gibt es drei neue Kurse."
    )
    time = article.select_one(".blog-post__date time")
    assert (time["datetime"], time.get_text()) == ("2025-03-14", "14. März 2025")
    author = article.select_one(".blog-author")
    assert author.select_one(".blog-author__name").get_text() == "Anna Beispiel"
    assert author.select_one(".blog-author__role").get_text() == "Koordinatorin, Landratsamt"
    assert author.select_one("img.blog-author__photo")["alt"] == ""
    figure_image = article.select_one(".blog-post__image img")
    assert figure_image["alt"] == "Menschen lernen in einem hellen Kursraum"
    assert "Anmeldung im Bürgerhaus." in article.select_one(".blog-post__body").get_text()
    topics = {a.get_text(): a["href"] for a in article.select(".blog-topics a")}
    assert topics == {
        "Sprache": f"{INDEX_URL}?category=sprache",
        "Kita": f"{INDEX_URL}?tag=kita",
        "Integrationskurs": f"{INDEX_URL}?tag=integrationskurs",
    }
    events = article.select(".blog-related a")
    assert [(a.get_text(), a["href"]) for a in events] == [(event.title, event.url)]
    documents = [a.get_text(strip=True) for a in article.select(".blog-documents a")]
    assert documents == ["Kursplan"]
    assert article.select_one(".blog-documents a")["href"].startswith("/documents/")
    assert not article.select(".blog-notice")


def test_post_page_has_feed_links(client, full_post):
    html = soup(client.get(full_post["post"].url))
    assert html.select_one('head link[type="application/rss+xml"]')["href"] == f"{INDEX_URL}rss/"
    assert html.select_one('head link[type="application/atom+xml"]')["href"] == (
        f"{INDEX_URL}atom/"
    )


def test_members_see_members_only_documents(client, full_post, user_in_group):
    client.force_login(user_in_group("mara", MEMBERS))
    html = soup(client.get(full_post["post"].url))
    documents = [a.get_text(strip=True) for a in html.select(".blog-documents a")]
    assert documents == ["Kursplan", "Internes Protokoll"]


def test_english_translation_in_english(client, full_post):
    post, event = full_post["post"], full_post["event"]
    english = translate_post(post, "en", "New language courses", teaser="Three new courses.")
    html = soup(client.get(english.url))
    assert english.url.startswith("/en/")
    article = html.select_one("article.blog-post")
    assert article.h1.get_text() == "New language courses"
    assert not article.select(".blog-notice")
    assert article.select_one(".blog-author__role").get_text() == "Coordinator, District office"
    categories = [a.get_text() for a in article.select(".blog-topics dd")[0].select("a")]
    assert categories == ["Language"]
    # The event in English (its translation or alias), not the German page.
    english_event = Page.objects.get(
        translation_key=event.translation_key, locale=Locale.objects.get(language_code="en")
    )
    assert [a["href"] for a in article.select(".blog-related a")] == [english_event.url]


def test_untranslated_post_in_turkish(client, make_post):
    post = make_post(title="Nur auf Deutsch", body=[("paragraph", "<p>Text</p>")], aliases=True)
    turkish = post.get_translation(Locale.objects.get(language_code="tr"))
    html = soup(client.get(turkish.url))
    article = html.select_one("article.blog-post")
    with translation.override("tr"):
        notice = gettext("Nur auf %(language)s verfügbar") % {
            "language": SPOKEN_LANGUAGE_NAMES["de"]
        }
    assert article.select_one(".blog-notice").get_text() == notice
    for part in (".blog-post__header", ".blog-post__body"):
        assert (article.select_one(part)["lang"], article.select_one(part)["dir"]) == ("de", "ltr")
    assert html.html["lang"] == "tr"


def test_events_that_are_not_live_or_private_are_left_out(client, make_post, user_in_group):
    draft, private = EventPage.objects.live().filter(locale__language_code="de")[:2]
    draft.unpublish()
    post = make_post(
        title="Termine",
        related_events=[BlogPageRelatedEvent(event=draft), BlogPageRelatedEvent(event=private)],
    )
    restrict_to_members(private)
    assert not soup(client.get(post.url)).select(".blog-related")
    client.force_login(user_in_group("mara", MEMBERS))
    links = soup(client.get(post.url)).select(".blog-related a")
    assert [a.get_text() for a in links] == [private.title]


def test_draft_post_not_found(client, make_post):
    post = make_post(title="Entwurf", publish=False)
    assert client.get(f"{INDEX_URL}{post.slug}/").status_code == 404


def test_members_only_post_asks_to_log_in(client, make_post):
    post = make_post(title="Intern", aliases=True)
    restrict_to_members(post)
    response = client.get(post.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
