"""The demo news: every language, real translations, several months, a quiet subscriber.

The session loads the demo once (tests/conftest.py); these tests read what it made.
"""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Locale, Page

from blogpages.demo import data as demo_content
from blogpages.models import (
    Author,
    BlogCategory,
    BlogIndexPage,
    BlogPage,
    Delivery,
    PostDispatch,
    Subscriber,
)
from home.demo import load_demo
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

TRANSLATIONS = demo_content.TRANSLATIONS
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "de"]
TRANSLATED = [spec for spec in demo_content.POSTS if spec.get("translated")]
UNTRANSLATED = [spec for spec in demo_content.POSTS if not spec.get("translated")]


@pytest.fixture
def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def index(locales):
    return BlogIndexPage.objects.get(locale=locales["de"], slug=demo_content.INDEX["slug"])


def german_post(slug):
    return BlogPage.objects.get(locale__language_code="de", slug=slug)


def first_paragraph(spec):
    return next(value[0] for block_type, value in spec["body"] if block_type == "paragraph")


# ---------------------------------------------------------------------------------- index


def test_index_is_translated_live_and_in_the_menu_in_every_language(index, locales):
    assert index.get_parent().specific_class.__name__ == "HomePage"
    for code in LANGUAGES:
        version = index.get_translation(locales[code]).specific
        assert version.live and version.show_in_menus, code
        assert version.url == f"/{code}/neuigkeiten/"
        if code != "de":
            assert version.alias_of_id is None, code
            assert version.title == TRANSLATIONS["Neuigkeiten"][code]
            assert version.intro == TRANSLATIONS[index.intro][code]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_index_lists_the_demo_posts(client, locales, index, language):
    response = client.get(index.get_translation(locales[language]).url)

    assert response.status_code == 200
    page = response.content.decode()
    newest = min(demo_content.POSTS, key=lambda spec: spec["days_ago"])
    title = newest["title"]
    if newest.get("translated") and language != "de":
        title = TRANSLATIONS[title][language]
    assert title in page


# ---------------------------------------------------------------------------------- posts


def test_posts_are_live_below_the_index_and_spread_over_several_months(index):
    posts = BlogPage.objects.child_of(index).live()
    assert posts.count() == len(demo_content.POSTS) >= 8
    dates = list(posts.values_list("date", flat=True))
    today = timezone.localdate()
    assert all(today - timedelta(days=130) <= day <= today for day in dates)
    assert len({(day.year, day.month) for day in dates}) >= 3
    # Published oldest first, each at its own date.
    published = [post.first_published_at for post in posts.order_by("date")]
    assert published == sorted(published)
    assert [moment.date() for moment in published] == sorted(dates)


def test_posts_have_categories_tags_and_authors(index):
    posts = BlogPage.objects.child_of(index)
    used = set()
    for post in posts:
        assert post.categories.exists(), post.slug
        assert post.authors.exists(), post.slug
        assert list(post.tags.names()), post.slug
        assert post.teaser and post.body, post.slug
        used.update(post.categories.values_list("slug", flat=True))
    assert used == {slug for slug, _name in demo_content.CATEGORIES}
    assert any(post.authors.count() > 1 for post in posts)


def test_some_posts_point_at_demo_events_and_public_documents():
    with_events = [spec for spec in demo_content.POSTS if spec.get("events")]
    with_documents = [spec for spec in demo_content.POSTS if spec.get("documents")]
    assert with_events and with_documents
    for spec in with_events:
        events = [link.event for link in german_post(spec["slug"]).related_events.all()]
        assert [event.slug for event in events] == spec["events"]
        assert all(event.locale.language_code == "de" and event.live for event in events)
        assert {event.specific_class.__name__ for event in events} == {"EventPage"}
    for spec in with_documents:
        documents = [link.document for link in german_post(spec["slug"]).attached_documents.all()]
        assert [document.title for document in documents] == spec["documents"]
        assert not any(document.collection.get_view_restrictions() for document in documents)


def test_translated_posts_are_live_in_english_arabic_and_ukrainian(locales):
    assert 3 <= len(TRANSLATED) <= 4
    for spec in TRANSLATED:
        post = german_post(spec["slug"])
        for code in demo_content.POST_LANGUAGES:
            version = post.get_translation(locales[code]).specific
            assert version.live and version.alias_of_id is None, (spec["slug"], code)
            assert version.title == TRANSLATIONS[spec["title"]][code]
            assert version.title != post.title
            assert version.teaser == TRANSLATIONS[spec["teaser"]][code]
            assert TRANSLATIONS[first_paragraph(spec)][code] in str(version.body)
            assert version.date == post.date and version.slug == post.slug
            # Snippets and events in the translation's own language.
            for field in ("categories", "authors"):
                languages = set(
                    getattr(version, field).values_list("locale__language_code", flat=True)
                )
                assert languages == {code}, (spec["slug"], field)
            assert set(version.categories.values_list("slug", flat=True)) == set(spec["categories"])
            events = [link.event for link in version.related_events.all()]
            assert [event.slug for event in events] == spec.get("events", [])
            assert {event.locale.language_code for event in events} <= {code}
        for code in set(OTHER_LANGUAGES) - set(demo_content.POST_LANGUAGES):
            alias = post.get_translation(locales[code])
            assert alias.alias_of_id == post.pk and alias.live, (spec["slug"], code)


def test_untranslated_posts_are_aliases_in_every_other_language(locales):
    assert len(UNTRANSLATED) >= 4
    for spec in UNTRANSLATED:
        post = german_post(spec["slug"])
        for code in OTHER_LANGUAGES:
            alias = post.get_translation(locales[code])
            assert alias.alias_of_id == post.pk, (spec["slug"], code)
            assert alias.live and alias.title == post.title


def test_every_post_is_marked_as_sent_and_nothing_was_delivered(index):
    keys = set(BlogPage.objects.child_of(index).values_list("translation_key", flat=True))
    assert set(PostDispatch.objects.values_list("translation_key", flat=True)) >= keys
    assert not Delivery.objects.filter(key__in=[str(key) for key in keys]).exists()


# ---------------------------------------------------------------------------------- snippets


def test_categories_exist_in_every_language_with_the_same_slug(locales):
    for slug, name in demo_content.CATEGORIES:
        category = BlogCategory.objects.get(locale=locales["de"], slug=slug)
        assert category.name == name
        for code in demo_content.LANGUAGES:
            translated = category.get_translation(locales[code])
            assert translated.slug == slug
            assert translated.name == TRANSLATIONS[name][code]


def test_authors_keep_their_name_and_translate_role_and_organisation(locales):
    assert 3 <= len(demo_content.AUTHORS) <= 4
    for spec in demo_content.AUTHORS:
        author = Author.objects.get(locale=locales["de"], name=spec["name"])
        for code in demo_content.LANGUAGES:
            translated = author.get_translation(locales[code])
            assert translated.name == spec["name"]
            assert translated.role == TRANSLATIONS[spec["role"]][code]
            assert translated.organisation == TRANSLATIONS[spec["organisation"]][code]


# ---------------------------------------------------------------------------------- subscriber


def test_demo_subscriber_is_confirmed_for_everything_at_once():
    subscriber = Subscriber.objects.get(email=demo_content.SUBSCRIBER["email"])
    assert subscriber.is_confirmed
    assert subscriber.language == demo_content.SUBSCRIBER["language"]
    assert subscriber.frequency == Subscriber.IMMEDIATELY
    assert not subscriber.categories.exists()  # none chosen: all categories
    assert not subscriber.deliveries.exists()


def test_republishing_a_demo_post_mails_nobody(mailoutbox, django_capture_on_commit_callbacks):
    post = german_post(TRANSLATED[0]["slug"])
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    assert mailoutbox == []


def test_the_demo_subscriber_gets_a_new_post_in_arabic(
    index, mailoutbox, django_capture_on_commit_callbacks
):
    """The counterpart of the test above: the subscriber is live, only the demo posts are quiet."""
    category = BlogCategory.objects.get(locale=index.locale, slug="aus-dem-netzwerk")
    post = BlogPage(title="Neue Sprechzeiten in Naumburg", teaser="Ab Montag länger geöffnet.")
    index.add_child(instance=post)
    post.categories.set([category])
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    assert [message.to for message in mailoutbox] == [[demo_content.SUBSCRIBER["email"]]]
    assert post.title in mailoutbox[0].body  # no Arabic version: the German text, with a notice


# ---------------------------------------------------------------------------------- again


def test_load_demo_again_creates_nothing_and_sends_nothing(mailoutbox):
    models = [Page, BlogPage, BlogCategory, Author, Subscriber, PostDispatch, Delivery]
    before = [model.objects.count() for model in models]
    revisions = dict(BlogPage.objects.values_list("pk", "latest_revision_id"))
    load_demo()
    assert [model.objects.count() for model in models] == before
    assert dict(BlogPage.objects.values_list("pk", "latest_revision_id")) == revisions
    assert mailoutbox == []


def test_demo_tags_read_in_arabic_with_german_place_names_marked(client, index):
    """The demo translates its tags (home.demo.data.TAG_LABELS); place names stay German."""
    tagged = {"Ehrenamt", "Naumburg"}
    spec = next(spec for spec in demo_content.POSTS if tagged <= set(spec["tags"]))
    german = BlogPage.objects.get(locale__language_code="de", slug=spec["slug"])
    arabic = BlogPage.objects.get(
        locale__language_code="ar", translation_key=german.translation_key
    )
    response = client.get(arabic.url)
    assert response.status_code == 200
    links = BeautifulSoup(response.content, "html.parser").select(".blog-tags a[href*='?tag=']")
    chips = {link.get_text(strip=True): link.get("lang") for link in links}
    assert chips["العمل التطوعي"] is None  # Ehrenamt, in the page's language
    assert chips["Naumburg"] == "de"  # no label: the German name, marked as German
