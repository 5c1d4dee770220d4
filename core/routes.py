"""Sub-page routes of a page type, kept beside its views and named by the page model as data.

Wagtail's RoutablePageMixin finds a page's routes among the methods of its class, so every
route method had to import its view inside the method: the model imported its views while the
views imported the model (an import circle). Here a page class says where its routes are,

    class EventIndexPage(DeclaredRoutesMixin, Page):
        subpage_routes = "eventpages.routes.INDEX_ROUTES"

a list of `page_path(...)` / `page_re_path(...)` in a module of the app that imports the views
(views → models, never back). The list is imported by its dotted path the first time the page
type routes a request (or Django's checks run), never when the models are loaded.

A route's view is called as `view(request, page, **captured)`: the page takes the place of
`self`, the values the pattern captures come as keyword arguments. The route's name is what
`page.reverse_subpage(name)` takes. Wagtail's own default route ("" renders the page with
its template) stays behind the declared ones.
"""

from django.urls import path, re_path
from django.utils.module_loading import import_string
from wagtail.contrib.routable_page.models import RoutablePageMixin


def _route(make, pattern, view, name):
    def serve(page, request, *args, **kwargs):
        return view(request, page, *args, **kwargs)

    serve.__name__ = serve.__qualname__ = name
    serve.__doc__ = view.__doc__
    return make(pattern, serve, name=name)


def page_path(pattern, view, name):
    """A route in django.urls.path syntax ("calendar/", "<int:thread_id>/")."""
    return _route(path, pattern, view, name)


def page_re_path(pattern, view, name):
    """A route as a regular expression (captured groups are strings)."""
    return _route(re_path, pattern, view, name)


class DeclaredRoutesMixin(RoutablePageMixin):
    """RoutablePageMixin with the routes in the module `subpage_routes` names."""

    subpage_routes = ""
    # Query parameters whose values are slugs of a translated category (TranslatableCategory):
    # {"category": EventCategory}. The language switcher maps them through the translation
    # key to the slug in the other language (home.places); other parameters are kept as they are.
    translated_filters = {}

    @classmethod
    def get_subpage_urls(cls):
        declared = tuple(import_string(cls.subpage_routes)) if cls.subpage_routes else ()
        return declared + tuple(super().get_subpage_urls())
