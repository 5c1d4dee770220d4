"""The page editor offers translatable snippets in the page's own language only."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from blogpages.models import Author, BlogCategory, BlogPage
from eventpages.models import EventCategory
from tests.factories import locale, make_event, publish

BACKEND = "django.contrib.auth.backends.ModelBackend"


@pytest.fixture
def editor(client, site):
    client.force_login(get_user_model().objects.get(username="admin"), BACKEND)
    return client


def translated(item, language, **fields):
    copy = item.copy_for_translation(locale(language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def offered(client, url, name):
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return {int(box["value"]) for box in page.select(f"input[name={name}]")}


def test_a_news_post_offers_its_languages_categories_and_authors(editor, site):
    sprache = BlogCategory.objects.create(name="Sprache", slug="sprache", locale=locale("de"))
    arbeit = BlogCategory.objects.create(name="Arbeit", slug="arbeit", locale=locale("de"))
    lugha = translated(sprache, "ar", name="لغة")
    kim = Author.objects.create(name="Kim Muster", locale=locale("de"))
    kim_ar = translated(kim, "ar")
    post = BlogPage(title="Neuer Kurs", slug="neuer-kurs")
    site.news.add_child(instance=post)
    post = publish(post)

    edit = f"/admin/pages/{post.pk}/edit/"
    assert offered(editor, edit, "categories") == {sprache.pk, arbeit.pk}
    assert offered(editor, edit, "authors") == {kim.pk}
    add = f"/admin/pages/add/blogpages/blogpage/{site.news.pk}/"
    assert offered(editor, add, "categories") == {sprache.pk, arbeit.pk}

    arabic = post.copy_for_translation(locale("ar"), copy_parents=True)
    assert offered(editor, f"/admin/pages/{arabic.pk}/edit/", "categories") == {lugha.pk}
    assert offered(editor, f"/admin/pages/{arabic.pk}/edit/", "authors") == {kim_ar.pk}


def test_an_event_offers_its_languages_categories(editor, site):
    kurs = EventCategory.objects.create(name="Kurs", slug="kurs", locale=locale("de"))
    translated(kurs, "ar", name="دورة")
    translated(kurs, "uk", name="Курс")
    event = make_event(site.events, "Deutschkurs")

    assert offered(editor, f"/admin/pages/{event.pk}/edit/", "categories") == {kurs.pk}
    add = f"/admin/pages/add/eventpages/eventpage/{site.events.pk}/"
    assert offered(editor, add, "categories") == {kurs.pk}


def test_the_venue_chooser_opens_on_the_pages_language(editor, site):
    from eventpages.models import Municipality, Venue

    town, _ = Municipality.objects.get_or_create(
        slug="musterstadt", defaults={"name": "Musterstadt"}
    )
    saal = Venue.objects.create(name="Bürgersaal", municipality=town, locale=locale("de"))
    translated(saal, "ar", name="قاعة المواطنين")
    event = make_event(site.events, "Deutschkurs")
    arabic = event.get_translation(locale("ar"))  # an alias: made a page of its own
    arabic.alias_of = None
    arabic.save()

    def chooser_url(page_id):
        response = editor.get(f"/admin/pages/{page_id}/edit/")
        page = BeautifulSoup(response.content, "html.parser")
        return page.select_one("[data-chooser-url*='venue']")["data-chooser-url"]

    german_url = chooser_url(event.pk)
    assert german_url.endswith("?locale=de")
    assert chooser_url(arabic.pk).endswith("?locale=ar")

    modal = editor.get(german_url).json()["html"]
    assert "Bürgersaal" in modal
    assert "قاعة المواطنين" not in modal


def test_an_empty_slug_follows_the_title_and_stays_unique(editor, site):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    from home.models import ContentPage

    def form(title):
        return nested_form_data(
            {
                "title": title,
                "slug": "",
                "body": streamfield([]),
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        )

    add = f"/admin/pages/add/home/contentpage/{site.home.pk}/"
    for _ in range(2):
        response = editor.post(add, form("Über uns"))
        assert response.status_code == 302, response.content[:2000]
    slugs = set(
        ContentPage.objects.filter(title="Über uns", live=True).values_list("slug", flat=True)
    )
    assert len(slugs) == 2
    assert "über-uns" in slugs
    assert all(slug.startswith("über-uns") for slug in slugs)

    response = editor.post(add, form("!!!"))
    assert response.status_code == 200
    assert "Aus diesem Titel lässt sich keine Adresse bilden" in response.content.decode()


def test_an_autosaved_slug_follows_the_title_until_the_page_is_published(editor, site):
    """An autosave a moment after the first keystrokes saves the draft as "Sprac"/"sprac";
    the publish a second later names the page after its whole title."""
    from home.models import ContentPage

    form = content_page_form
    add = f"/admin/pages/add/home/contentpage/{site.home.pk}/"
    assert editor.post(add, form("Sprac", "", "action-save")).status_code == 302
    draft = ContentPage.objects.get(title="Sprac", locale__language_code="de")
    assert draft.slug == "sprac"

    edit = f"/admin/pages/{draft.pk}/edit/"
    response = editor.post(edit, form("Sprachcafé im Advent", "sprac", "action-publish"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.slug, draft.live) == ("sprachcafé-im-advent", True)

    # Published: the address stays, whatever the title becomes; a slug typed by hand stays too.
    response = editor.post(edit, form("Sprachcafé im Winter", draft.slug, "action-publish"))
    draft.refresh_from_db()
    assert draft.slug == "sprachcafé-im-advent"
    response = editor.post(add, form("Nähcafé", "naehen", "action-save"))
    assert ContentPage.objects.get(title="Nähcafé", locale__language_code="de").slug == "naehen"


def test_two_autosaves_then_publish_still_name_the_page_after_its_title(editor, site):
    """Two autosaves while typing ("Sprac", then "Sprachcafé im"): the second one moves the
    draft's slug on, but the form in the browser still holds "sprac" when the coordinator
    publishes. The slug any earlier title gave still follows the whole title."""
    from home.models import ContentPage

    form = content_page_form
    add = f"/admin/pages/add/home/contentpage/{site.home.pk}/"
    assert editor.post(add, form("Sprac", "", "action-save")).status_code == 302
    draft = ContentPage.objects.get(title="Sprac", locale__language_code="de")
    edit = f"/admin/pages/{draft.pk}/edit/"
    assert editor.post(edit, form("Sprachcafé im", "sprac", "action-save")).status_code == 302
    response = editor.post(edit, form("Sprachcafé im Advent", "sprac", "action-publish"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.slug, draft.live) == ("sprachcafé-im-advent", True)


def content_page_form(title, slug, action):
    """The content page editor's form as the browser sends it, with one of its buttons."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "body": streamfield([]),
            "comments": inline_formset([]),
            action: action,
        }
    )
