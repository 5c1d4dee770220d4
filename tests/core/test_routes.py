"""Routes declared as data (core.routes): the page model names them, the app's routes module
holds them, and they resolve and reverse as Wagtail's method routes did."""

from django.test import RequestFactory
from django.urls import URLPattern
from django.utils.module_loading import import_string
from wagtail.models import get_page_models

from blogpages.models import BlogIndexPage
from core.routes import DeclaredRoutesMixin, page_path, page_re_path
from docpages.models import DocumentLibraryPage
from eventpages.models import EventIndexPage, EventPage
from exchange.models import BoardPage

calls = []


def record(request, page, *args, **kwargs):
    """Answers with what it was called with."""
    calls.append((request, page, args, kwargs))
    return "answered"


ROUTES = [
    page_path("", record, name="start"),
    page_path("<int:thread_id>/", record, name="thread"),
    page_re_path(r"^archive/(?P<year>\d{4})/$", record, name="archive"),
]


class Routed(DeclaredRoutesMixin):
    subpage_routes = "tests.core.test_routes.ROUTES"


def test_a_route_calls_its_view_with_the_request_the_page_and_what_it_captured():
    page = Routed()
    request = RequestFactory().get("/")
    calls.clear()
    view, args, kwargs = page.resolve_subpage("/12/")
    assert view(request, *args, **kwargs) == "answered"
    assert calls == [(request, page, (), {"thread_id": 12})]
    view, args, kwargs = page.resolve_subpage("/archive/2026/")
    view(request, *args, **kwargs)
    assert calls[-1][3] == {"year": "2026"}
    assert view.__name__ == "archive" and view.__doc__ == record.__doc__


def test_routes_reverse_by_name_and_the_declared_ones_come_first():
    page = Routed()
    assert page.reverse_subpage("start") == ""
    assert page.reverse_subpage("thread", args=[5]) == "5/"
    assert page.reverse_subpage("archive", kwargs={"year": "2026"}) == "archive/2026/"
    urls = Routed.get_subpage_urls()
    assert [url.name for url in urls[:3]] == ["start", "thread", "archive"]
    assert urls[-1].name == "index_route"  # Wagtail's own default, behind them


def test_every_declared_route_list_is_importable():
    declaring = [model for model in get_page_models() if getattr(model, "subpage_routes", "")]
    assert {EventIndexPage, EventPage, BlogIndexPage, DocumentLibraryPage, BoardPage} <= set(
        declaring
    )
    for model in declaring:
        routes = import_string(model.subpage_routes)
        assert routes and all(isinstance(route, URLPattern) for route in routes), model


def test_the_content_pages_keep_their_route_names():
    def names(model):
        return [url.name for url in import_string(model.subpage_routes)]

    assert names(EventIndexPage) == ["upcoming", "calendar", "archive", "ical"]
    assert names(EventPage) == ["ical", "register"]
    assert names(BlogIndexPage) == ["listing", "archive", "rss", "atom"]
    assert names(DocumentLibraryPage) == ["listing"]
    # page.reverse_subpage(name) is get_resolver().reverse(name): mails link to threads so.
    board = BoardPage.get_resolver()
    assert board.reverse("thread", 7) == "7/"
    assert board.reverse("notification_settings") == "benachrichtigungen/"
    assert BlogIndexPage.get_resolver().reverse("archive", "2026", "3") == "archive/2026/3/"
    assert EventIndexPage.get_resolver().reverse("calendar") == "calendar/"
