"""One way to point at another app's content (README "Code map"): pages through
wagtailcore.Page with the page type named once as data, documents through
settings.WAGTAILDOCS_DOCUMENT_MODEL. So no model (and no migration) of one content app depends
on another's page models.
"""

import pytest
from django.apps import apps
from django.conf import settings
from wagtail.models import Page

from blogpages import models as blogpages_models
from docpages import models as docpages_models
from eventpages import models as eventpages_models
from exchange import models as exchange_models

CONTENT_APPS = {"eventpages", "docpages", "blogpages", "exchange", "directory"}


def links_to_other_content_apps():
    """(model.field, target) of every relation from one content app to another's model."""
    for model in apps.get_models():
        app = model._meta.app_label
        if app not in CONTENT_APPS:
            continue
        for field in model._meta.get_fields():
            if not field.is_relation or field.auto_created or field.related_model is None:
                continue
            target = field.related_model._meta
            if target.app_label in CONTENT_APPS - {app}:
                yield f"{model._meta.label}.{field.name}", target.label


def test_apps_point_at_each_other_only_through_the_document_setting():
    links = dict(links_to_other_content_apps())
    assert links == {
        "blogpages.BlogPageDocument.document": settings.WAGTAILDOCS_DOCUMENT_MODEL,
        "exchange.Thread.documents": settings.WAGTAILDOCS_DOCUMENT_MODEL,
    }


@pytest.mark.parametrize(
    "field",
    [
        exchange_models.Thread._meta.get_field("events"),
        blogpages_models.BlogPageRelatedEvent._meta.get_field("event"),
    ],
)
def test_events_are_pointed_at_as_pages(field):
    assert field.related_model is Page


@pytest.mark.parametrize("module", [exchange_models, blogpages_models])
def test_the_event_page_type_named_as_data_is_a_page_type(module):
    event_page = apps.get_model(module.EVENT_PAGE_TYPE)
    assert issubclass(event_page, Page) and event_page is not Page
    assert event_page._meta.app_label == "eventpages"


def test_the_board_resolves_the_event_page_type_by_name():
    assert exchange_models.event_page_model() is apps.get_model(exchange_models.EVENT_PAGE_TYPE)


def test_the_news_chooser_is_typed_by_the_same_name():
    (panel,) = blogpages_models.BlogPageRelatedEvent.panels
    assert panel.page_type == blogpages_models.EVENT_PAGE_TYPE


@pytest.mark.parametrize(
    "module, field",
    [
        (eventpages_models, eventpages_models.Organiser._meta.get_field("organisation")),
        (docpages_models, docpages_models.NetworkDocument._meta.get_field("organisation")),
    ],
)
def test_organisations_of_the_directory_are_pointed_at_as_pages(module, field):
    assert field.related_model is Page
    organisation_page = apps.get_model(module.ORGANISATION_PAGE_TYPE)
    assert issubclass(organisation_page, Page) and organisation_page._meta.app_label == "directory"
