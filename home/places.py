"""The visitor's place on a page, carried into another language: the sub-route and the query.

From `/de/veranstaltungen/calendar/?month=2027-04` the Arabic link leads to the Arabic index's
`calendar/?month=2027-04`, not to its list. The sub-route is the part of the address below the
page, when it is one of the page type's routes (RoutablePageMixin: calendar, archive, a board
thread, ...); routes are the same for every language version of a page type, and the board's
threads belong to the board in all its languages. The query is kept as it is, except the
parameters a page type names in `translated_filters` (core.routes): their values are slugs of
a translated category, mapped through its translation key to the slug in each language.

Costs: nothing for the route; one query when such a filter is active, none otherwise; worked
out once per request (the switcher and the hreflang alternates share it). Login and logout
receive the place as `next` and find its page again (`page_at`, `in_language`, home.accounts).
"""

from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from django.http import Http404, QueryDict
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.encoding import iri_to_uri
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Site

from core.visibility import visible_pages


@dataclass
class Place:
    route: str = ""  # below the page, e.g. "calendar/" or "archive/2027/4/"
    query: QueryDict = field(default_factory=QueryDict)
    mapped: dict = field(default_factory=dict)  # {parameter: {value: {language: value}}}

    def suffix(self, language):
        """What to add to the page's address in `language` to arrive at the same place."""
        query = self.query.copy()
        for parameter, values in self.mapped.items():
            query.setlist(
                parameter,
                [values.get(value, {}).get(language, value) for value in query.getlist(parameter)],
            )
        encoded = query.urlencode()
        return iri_to_uri(self.route) + (f"?{encoded}" if encoded else "")


def place(request, page):
    """Where the visitor is on `page` (the page in the context), worked out once per request."""
    if request is None or page is None:
        return Place()
    cached = getattr(request, "_visitor_place", None)
    if cached is not None and cached[0] == page.pk:
        return cached[1]
    here = Place(
        route=subroute(request, page),
        query=request.GET,
        mapped=mapped_filters(page, request.GET),
    )
    request._visitor_place = (page.pk, here)
    return here


def subroute(request, page, path=None):
    """The address below the page (the request's, or `path`) when it is one of its routes
    ("" for the page itself)."""
    if not isinstance(page, RoutablePageMixin):
        return ""
    parts = page.get_url_parts(request)
    if parts is None:
        return ""
    page_path = unquote(parts[2])
    path = request.path if path is None else path
    if not path.startswith(page_path) or len(path) == len(page_path):
        return ""
    route = path[len(page_path) :]
    try:
        page.resolve_subpage("/" + route)
    except Http404:
        return ""
    return route


def mapped_filters(page, query):
    """{parameter: {slug: {language: slug}}} for the page type's translated filters that are
    set (one query per such parameter; each page type has at most one)."""
    mapped = {}
    for parameter, model in getattr(page, "translated_filters", {}).items():
        values = [value for value in query.getlist(parameter) if value]
        if values:
            mapped[parameter] = model.objects.slugs_by_language(values)
    return mapped


def view_name(url):
    """The URL name a local address resolves to (in its own language), or None."""
    path = unquote(urlsplit(url).path)
    with translation.override(translation.get_language_from_path(path)):
        try:
            return resolve(path).url_name
        except Resolver404:
            return None


def page_at(request, url):
    """(page, route) that a local address of the site leads to, or (None, "") for other views
    (search, login) and addresses that lead nowhere. For login and logout, which receive the
    place as `next`; costs the queries of Wagtail's routing."""
    path = unquote(urlsplit(url).path)
    language = translation.get_language_from_path(path)
    if language is None:
        return None, ""
    with translation.override(language):
        try:
            match = resolve(path)
        except Resolver404:
            return None, ""
        site = Site.find_for_request(request)
        if match.url_name != "wagtail_serve" or site is None:
            return None, ""
        components = [component for component in match.args[0].split("/") if component]
        try:
            page = site.root_page.localized.specific.route(request, components).page
        except Http404:
            return None, ""
        return page, subroute(request, page, path)


def in_language(request, url, page, route, language):
    """The address of the same place in `language`: the page's live translation there that
    the visitor may read, with the route and the query (filters mapped), or None."""
    if page.locale.language_code == language:
        return url
    translations = page.get_translations().live().filter(locale__language_code=language)
    target = visible_pages(translations, request).first()
    if target is None:
        return None
    query = QueryDict(urlsplit(url).query)
    here = Place(route=route, query=query, mapped=mapped_filters(page, query))
    return target.get_url(request) + here.suffix(language)
