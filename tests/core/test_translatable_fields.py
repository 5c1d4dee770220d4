"""Only text for people is offered for translation (core.translatable_fields), and a page
translated through wagtail-localize gets its slug from its translated title
(core.translated_slugs)."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.messages import get_messages
from django.contrib.messages.constants import SUCCESS
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.translated_slugs import TranslatedSlugMixin, keep_source_slugs
from tests.factories import make_event, make_user

pytestmark = pytest.mark.django_db

PROJECT_APPS = {"home", "eventpages", "blogpages", "docpages", "exchange"}
ARABIC_TITLE = "مقهى اللغة في السوق"


def kept(model):
    """Fields of a model that are copied from the source and not offered in the editor."""
    return {
        field.field_name
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField) and not field.overridable
    }


def translated(model):
    return {
        field.field_name for field in get_translatable_fields(model) if field.is_translated(None)
    }


def our_page_classes():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in PROJECT_APPS
    ]


def test_every_page_type_keeps_its_slug_out_of_the_translation_editor():
    classes = our_page_classes()
    assert len(classes) >= 8
    for model in classes:
        assert issubclass(model, TranslatedSlugMixin), model
        assert "slug" in kept(model), model
        assert "slug" not in translated(model), model
        assert "title" in translated(model), model


def test_technical_fields_of_events_venues_and_categories_are_not_offered():
    from blogpages.models import BlogCategory, BlogPage
    from docpages.models import DocumentCategory
    from eventpages.models import EventCategory, EventPage, Venue
    from exchange.models import Topic

    assert {
        "frequency",
        "weekdays",
        "month_weekday",
        "ends",
        "rrule",
        "target_groups",
        "languages",
        "online_url",
        "registration_url",
        "registration_email",
        "organiser",
    } <= kept(EventPage)
    assert {"teaser", "body", "cost"} <= translated(EventPage)
    assert {"street", "postcode", "municipality", "latitude", "longitude"} <= kept(Venue)
    assert "accessibility_notes" in translated(Venue)
    for category in (EventCategory, DocumentCategory, BlogCategory, Topic):
        assert kept(category) == {"slug"}
        assert translated(category) == {"name"}
    assert "date" in {field.field_name for field in get_translatable_fields(BlogPage)}


def weekly_event(site, title="Sprachcafé am Markt"):
    start = timezone.now().replace(microsecond=0) + timedelta(days=3)
    return make_event(
        site.events,
        title=title,
        start=start,
        teaser="Deutsch üben bei Kaffee und Kuchen.",
        frequency="weekly",
        weekdays=["TU", "TH"],
        target_groups=["women"],
        languages=["ar", "fa"],
        registration_required=True,
        registration_url="https://anmeldung.example.org/sprachcafe",
        registration_email="sprachcafe@example.org",
        is_free=False,
        cost="2 €",
    )


def test_the_editor_gets_text_only_no_codes_links_or_slug(site):
    event = weekly_event(site)
    source, _created = TranslationSource.get_or_create_from_instance(event)
    strings = {
        segment.context.path: segment.string.data
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
    }
    overridables = set(
        OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    assert strings == {
        "title": "Sprachcafé am Markt",
        "teaser": "Deutsch üben bei Kaffee und Kuchen.",
        "cost": "2 €",
    }
    assert overridables == set()  # no "Wochentage: TU", no links, no e-mail address


def translate_strings(source, locale, texts):
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": texts[segment.context.path],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )


ARABIC = {"title": ARABIC_TITLE, "teaser": "تدرّب على الألمانية مع القهوة.", "cost": "٢ يورو"}


def test_publishing_a_translation_gives_a_slug_from_its_title_and_no_warning(
    site, client, django_capture_on_commit_callbacks
):
    """As in the admin: "Translate this page" on the Arabic alias, translate the segments in
    the editor, "Publish in العربية"."""
    event = weekly_event(site)
    arabic = site.locales["ar"]
    alias = event.get_translation(arabic)
    assert alias.alias_of_id == event.pk and alias.slug == event.slug
    client.force_login(make_user("uebersetzerin", superuser=True))

    response = client.post(
        f"/admin/localize/submit/page/{event.pk}/",
        {"locales": [arabic.pk]},
    )
    assert response.status_code == 302
    draft = event.get_translation(arabic)
    assert draft.alias_of_id is None  # a translation now, German until translated
    source = TranslationSource.objects.get_for_instance(event)
    translate_strings(source, arabic, ARABIC)

    response = client.get(f"/admin/pages/{draft.pk}/edit/")
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{draft.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    levels = [message.level for message in get_messages(response.wsgi_request)]
    assert levels == [SUCCESS]  # "Published ... in العربية.", not "with missing translations"

    page = event.get_translation(arabic).specific
    assert page.live and page.title == ARABIC_TITLE
    assert page.slug == slugify(ARABIC_TITLE, allow_unicode=True) == "مقهى-اللغة-في-السوق"
    assert page.url_path.endswith(f"/{page.slug}/")
    assert page.live_revision.as_object().slug == page.slug
    assert page.weekdays == event.weekdays and page.registration_url == event.registration_url


def test_an_update_keeps_the_translation_at_its_address(site, django_capture_on_commit_callbacks):
    event = weekly_event(site)
    arabic = site.locales["ar"]
    source, _created = TranslationSource.get_or_create_from_instance(event)
    translate_strings(source, arabic, ARABIC)
    translation = Translation.objects.create(source=source, target_locale=arabic)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    first_slug = event.get_translation(arabic).slug
    assert first_slug == "مقهى-اللغة-في-السوق"

    event.title = "Sprachcafé im Rathaus"
    event.slug = "sprachcafe-im-rathaus"
    event.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(event)
    translate_strings(source, arabic, ARABIC | {"title": "مقهى اللغة في البلدية"})
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    page = event.get_translation(arabic)
    assert page.title == "مقهى اللغة في البلدية"
    assert page.slug == first_slug  # not the German slug copied over it, not a new one


def test_the_same_title_twice_gets_two_slugs(site, django_capture_on_commit_callbacks):
    arabic = site.locales["ar"]
    slugs = []
    for german in ("Sprachcafé am Markt", "Sprachcafé am Dom"):
        event = weekly_event(site, title=german)
        source, _created = TranslationSource.get_or_create_from_instance(event)
        translate_strings(source, arabic, ARABIC)
        with django_capture_on_commit_callbacks(execute=True):
            Translation.objects.create(source=source, target_locale=arabic).save_target(
                publish=True
            )
        slugs.append(event.get_translation(arabic).slug)
    assert slugs[0] == "مقهى-اللغة-في-السوق"
    assert slugs[1] != slugs[0] and slugs[1].startswith(slugs[0])


def test_an_index_translated_takes_its_children_to_the_new_address(
    site, django_capture_on_commit_callbacks
):
    event = weekly_event(site)
    arabic = site.locales["ar"]
    source, _created = TranslationSource.get_or_create_from_instance(site.events)
    titles = {"title": "الفعاليات"}
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        titles.setdefault(segment.context.path, segment.string.data)
    translate_strings(source, arabic, titles)
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.create(source=source, target_locale=arabic).save_target(publish=True)
    index = site.events.get_translation(arabic)
    child = event.get_translation(arabic)
    assert index.slug == "الفعاليات"
    assert child.url_path.startswith(index.url_path)


def test_the_demo_keeps_the_german_slug(site, django_capture_on_commit_callbacks):
    event = weekly_event(site)
    arabic = site.locales["ar"]
    source, _created = TranslationSource.get_or_create_from_instance(event)
    translate_strings(source, arabic, ARABIC)
    with django_capture_on_commit_callbacks(execute=True), keep_source_slugs():
        Translation.objects.create(source=source, target_locale=arabic).save_target(publish=True)
    # The German slug, as wagtail-localize writes it (ASCII), not one from the Arabic title.
    assert event.slug == "sprachcafé-am-markt"
    assert event.get_translation(arabic).slug == "sprachcafe-am-markt"
