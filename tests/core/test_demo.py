"""core.demo: the helpers every app's demo loader uses, and how the loaders are found."""

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    PageLogEntry,
    PageViewRestriction,
)

from core import demo
from exchange.models import Topic
from home.models import ContentPage, HomePage


def test_demo_loaders_come_from_the_app_configs_in_installed_apps_order():
    loaders = [f"{loader.__module__}.{loader.__name__}" for loader in demo.demo_loaders()]

    assert loaders == [
        "eventpages.demo.loader.load",
        "docpages.demo.loader.load",
        "blogpages.demo.loader.load",
        "exchange.demo.loader.load",
        "directory.demo.loader.load",
    ]


def test_translated_text_keeps_bold_in_escaped_rich_text():
    translations = {"Für <b>alle</b> & jeden": {"en": "For <b>all</b> & everyone"}}

    assert demo.translated_text("Für <b>alle</b> & jeden", "en", translations) == (
        "For <b>all</b> & everyone"
    )
    assert demo.translated_text("Für &lt;b&gt;alle&lt;/b&gt; &amp; jeden", "en", translations) == (
        "For <b>all</b> &amp; everyone"
    )
    with pytest.raises(demo.MissingDemoTranslation, match="No ar translation"):
        demo.translated_text("Für <b>alle</b> & jeden", "ar", translations)


@pytest.mark.django_db
def test_translate_a_snippet_keeps_the_slug_and_returns_an_existing_translation():
    german = Locale.objects.get(language_code="de")
    english = Locale.objects.get(language_code="en")
    topic = Topic.objects.create(slug="demo-test", name="Prüfthema", locale=german)
    translations = {"Prüfthema": {"en": "Test topic"}}

    translated = demo.translate(topic, english, translations)
    again = demo.translate(topic, english, {})

    assert (translated.locale, translated.slug, translated.name) == (
        english,
        "demo-test",
        "Test topic",
    )
    assert translated.translation_key == topic.translation_key
    assert again.pk == translated.pk


@pytest.mark.django_db
def test_ensure_child_page_creates_once_and_publishes_on_request():
    home = HomePage.objects.get(locale__language_code="de")

    page, created = demo.ensure_child_page(home, ContentPage, "demo-test", title="Prüfseite")
    found, created_again = demo.ensure_child_page(home, ContentPage, "demo-test", title="Anders")
    draft, _created = demo.ensure_child_page(
        home, ContentPage, "demo-entwurf", publish=False, title="Entwurf", live=False
    )

    assert (created, created_again) == (True, False)
    assert found.pk == page.pk and found.title == "Prüfseite"
    assert page.locale == home.locale and page.get_parent().pk == home.pk
    assert ContentPage.objects.get(pk=page.pk).live_revision_id is not None
    assert draft.latest_revision_id is None and not draft.live


@pytest.mark.django_db
def test_pages_by_slug_finds_pages_of_one_type_in_one_language():
    home = HomePage.objects.get(locale__language_code="de")
    page, _created = demo.ensure_child_page(home, ContentPage, "demo-test", title="Prüfseite")

    found = demo.pages_by_slug(home.locale, {"demo-test", "veranstaltungen"}, "home.ContentPage")

    assert found == {"demo-test": page.page_ptr}


@pytest.mark.django_db
def test_restrict_page_adds_missing_groups_and_leaves_a_complete_restriction_alone():
    home = HomePage.objects.get(locale__language_code="de")
    page, _created = demo.ensure_child_page(home, ContentPage, "demo-test", title="Prüfseite")
    members, editors = Group.objects.order_by("name")[:2]

    demo.restrict_page(page, [members])
    restriction = PageViewRestriction.objects.get(page=page)
    restriction.groups.add(editors)  # an editor widened it
    logged = PageLogEntry.objects.count()
    demo.restrict_page(page, [members])

    assert PageViewRestriction.objects.filter(page=page).count() == 1
    assert set(restriction.groups.all()) == {members, editors}
    assert PageLogEntry.objects.count() == logged


@pytest.mark.django_db
def test_restrict_collection_to_groups():
    collection = Collection.get_first_root_node().add_child(name="Demo-Test")
    group = Group.objects.order_by("name").first()

    demo.restrict_collection(collection, [group])
    demo.restrict_collection(collection, [group])

    restriction = CollectionViewRestriction.objects.get(collection=collection)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert list(restriction.groups.all()) == [group]


@pytest.mark.django_db
def test_ensure_user_sets_the_password_every_time_and_adds_groups():
    group = Group.objects.order_by("name").first()

    user = demo.ensure_user("demo-test", "Dana", "first-pw-1", groups=[group], superuser=False)
    user.set_password("changed")
    user.save()
    again = demo.ensure_user("demo-test", "Other", "first-pw-1", superuser=True)

    assert again.pk == user.pk
    assert (again.first_name, again.email) == ("Dana", "demo-test@example.org")
    assert again.is_superuser and again.is_staff
    assert list(again.groups.all()) == [group]
    assert authenticate(username="demo-test", password="first-pw-1") == again
