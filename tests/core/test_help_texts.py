"""Every field a coordinator fills in explains itself in plain German, with an example.

Walks the admin forms our apps build (pages, snippets, site settings, the document form) the
way the Wagtail admin builds them, so a new field without a help text, or one written in
English, fails here instead of puzzling a coordinator.
"""

import re

import pytest
from django.apps import apps
from django.utils import translation
from wagtail.admin.panels import get_edit_handler
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from docpages.validators import MESSAGES
from tests.factories import make_user

OUR_APPS = ("blogpages", "docpages", "exchange", "home", "core", "directory")

# Fields Wagtail explains itself, or whose label says it all.
SELF_EXPLANATORY = {
    "title",
    "slug",
    "seo_title",
    "search_description",
    "show_in_menus",
    "go_live_at",
    "expire_at",
    "locale",
    "comment_notifications",
}
# Formsets Wagtail adds to every page form (comments), not fields of ours.
WAGTAIL_FORMSETS = {"comments"}

ENGLISH = re.compile(
    r"\b(the|for|and|with|of|this|that|your|you|is|are|will|when|leave|blank|choose|select|"
    r"enter|e\.g)\b",
    re.IGNORECASE,
)
EXAMPLE = re.compile(r"z\. B\.|zum Beispiel", re.IGNORECASE)


def our_models(predicate):
    return sorted(
        (
            model
            for label in OUR_APPS
            for model in apps.get_app_config(label).get_models()
            if predicate(model)
        ),
        key=lambda model: model._meta.label,
    )


def page_models():
    return our_models(lambda model: issubclass(model, Page) and model is not Page)


def other_admin_models():
    """Snippets and site settings of our apps."""
    edited = set(get_snippet_models()) | set(settings_registry)
    return our_models(lambda model: model in edited)


def form_fields(form_class, prefix=""):
    """(name, field) of a form class and of its inline panels' child forms."""
    for name, field in form_class.base_fields.items():
        yield f"{prefix}{name}", field
    for name, formset in getattr(form_class, "formsets", {}).items():
        if name not in WAGTAIL_FORMSETS:
            yield from form_fields(formset.form, prefix=f"{prefix}{name}.")


def problems(fields):
    """What is wrong with the fields' help texts and labels, one line per field."""
    found = []
    for name, field in fields:
        if name.rsplit(".", 1)[-1] in SELF_EXPLANATORY:
            continue
        help_text = str(field.help_text or "").strip()
        label = str(field.label or "")
        if not help_text:
            found.append(f"{name}: no help text")
            continue
        if ENGLISH.search(help_text) or ENGLISH.search(label):
            found.append(f"{name}: English words in {label!r} / {help_text!r}")
        if not EXAMPLE.search(help_text):
            found.append(f"{name}: no example (z. B. …) in {help_text!r}")
    return found


@pytest.fixture(autouse=True)
def german():
    with translation.override("de"):
        yield


def test_the_walk_finds_the_admin_forms_of_every_app():
    """A guard for the test itself: an empty walk would pass everything."""
    pages = {model._meta.label for model in page_models()}
    others = {model._meta.label for model in other_admin_models()}
    assert {
        "home.HomePage",
        "home.ContentPage",
        "blogpages.BlogIndexPage",
        "blogpages.BlogPage",
        "docpages.DocumentLibraryPage",
        "exchange.BoardPage",
    } <= pages
    assert {
        "blogpages.Author",
        "blogpages.BlogCategory",
        "docpages.DocumentCategory",
        "exchange.Topic",
        "home.FooterSettings",
        "core.DeskSettings",
    } <= others
    post_fields = dict(form_fields(page_form(apps.get_model("blogpages", "BlogPage"))))
    assert {"teaser", "authors", "related_events.event"} <= post_fields.keys()


def page_form(model):
    return model.get_edit_handler().get_form_class()


@pytest.mark.parametrize("model", page_models(), ids=lambda model: model._meta.label)
def test_page_fields_explain_themselves_in_german(model):
    assert problems(form_fields(page_form(model))) == []


@pytest.mark.parametrize("model", other_admin_models(), ids=lambda model: model._meta.label)
def test_snippet_and_setting_fields_explain_themselves_in_german(model):
    form_class = get_edit_handler(model).get_form_class()
    assert problems(form_fields(form_class)) == []


@pytest.mark.django_db
def test_document_form_fields_explain_themselves_in_german(site):
    """The help texts of the document form are partly set when it is built (file, collection)."""
    document_form = get_document_form(get_document_model())
    user = make_user("hilfetexte", superuser=True)
    add = document_form(user=user)
    fields = list(add.fields.items())
    assert {"file", "collection", "description", "original", "as_of"} <= add.fields.keys()
    assert problems(fields) == []


def test_the_check_catches_missing_english_and_example_free_help_texts():
    """The checker itself: each kind of fault is reported."""
    from django import forms

    class Faulty(forms.Form):
        title = forms.CharField()  # self-explanatory: not reported
        missing = forms.CharField(label="Ort")
        english = forms.CharField(label="Ort", help_text="Shown for the visitor, z. B. Zeitz.")
        no_example = forms.CharField(label="Ort", help_text="Wo die Veranstaltung stattfindet.")
        good = forms.CharField(label="Ort", help_text="Wo es stattfindet, z. B. „Zeitz“.")

    found = problems(form_fields(Faulty))
    assert [line.split(":")[0] for line in found] == ["missing", "english", "no_example"]


def test_upload_messages_say_how_to_fix_the_file():
    """Every refusal of an upload ends with what to do: each one asks for something."""
    for code, message in MESSAGES.items():
        assert "Bitte" in str(message), code
