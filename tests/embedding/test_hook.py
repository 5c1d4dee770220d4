"""The embed hook (embedding.hook): a page type names its embed module, embedding calls it."""

from types import SimpleNamespace

from django.test import RequestFactory
from wagtail.models import Page, get_page_models

from blogpages.models import BlogIndexPage, BlogPage
from directory.models import DirectoryIndexPage, OfferPage, OrganisationPage
from docpages.models import DocumentLibraryPage
from embedding.hook import has_embed, page_embed
from eventpages.models import EventIndexPage, EventPage
from exchange.models import BoardPage
from home.models import HomePage


def test_the_embeddable_page_types_name_a_module_with_a_template_and_a_context():
    embeddable = {model for model in get_page_models() if has_embed(model)}
    assert embeddable == {
        EventIndexPage,
        EventPage,
        DocumentLibraryPage,
        BlogIndexPage,
        BlogPage,
        DirectoryIndexPage,
        OrganisationPage,
    }
    for model in embeddable:
        embed = page_embed(model)  # the module is the page type's
        assert embed.template.endswith(".html") and "/embed/" in embed.template
        assert callable(embed.module.context)


def test_other_pages_have_no_embed():
    for model in (Page, HomePage, BoardPage, OfferPage):
        assert not has_embed(model) and page_embed(model) is None


# This module is itself a minimal embed module: a template and a context, nothing optional.
template = "tests/embed/minimal.html"


def context(page, request, options):
    return {"page_title": page.title, "limit": options.limit}


def test_the_module_is_called_with_the_page_and_the_optional_functions_have_defaults():
    page = SimpleNamespace(embed_module=__name__, title="Minimal")
    embed = page_embed(page)
    assert embed.template == template
    assert embed.context(None, SimpleNamespace(limit=3)) == {"page_title": "Minimal", "limit": 3}
    assert embed.filter_form({"a": "b"}) is None
    assert embed.feed_urls(RequestFactory().get("/"), None) == []
    assert embed.is_embeddable() is True
    assert embed.presets() == []
    assert embed.max_age(RequestFactory().get("/")) is None
