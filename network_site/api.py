"""The public read-only JSON API at /api/v2/: pages, events, documents, posts and the directory.

Wagtail's API v2, with one policy for every endpoint: the answer is the same for everybody.
A request is read as anonymous before anything looks at it (a member's session changes
nothing: no drafts, no restricted pages, collections or events); only GET, HEAD and OPTIONS,
JSON only, no cookies, and cacheable by anyone for five minutes. CORS headers for other
websites come from django-cors-headers (settings: CORS_URLS_REGEX). `?search=` looks for the
words of the query only (core.search_terms): quotes or brackets are never database syntax.
"""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils.cache import patch_cache_control, patch_vary_headers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Page

from blogpages import api as blog_api
from blogpages.models import BlogPage
from core.search_terms import search_words
from core.visibility import visible_pages
from directory import api as directory_api
from directory.models import OfferPage, OrganisationPage
from docpages import api as document_api
from eventpages import api as event_api
from eventpages.models import EventPage

API_MAX_AGE = 300
# What the pages endpoint shows of each page type beyond Wagtail's own fields: the app's api
# module (or one of its classes), with its PAGE_FIELDS and for_pages_api(pages) (what
# reading them needs).
PAGE_TYPES = {
    EventPage: event_api,
    BlogPage: blog_api,
    OrganisationPage: directory_api.OrganisationPages,
    OfferPage: directory_api.OfferPages,
}


class PublicEndpoint:
    """Mixed in before a Wagtail endpoint: anonymous, read-only, JSON, cacheable."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]  # the browsable API would set a CSRF cookie
    http_method_names = ["get", "head", "options"]

    def dispatch(self, request, *args, **kwargs):
        # Before anything reads the session (and so leaves the member's session untouched).
        request.user = AnonymousUser()
        return super().dispatch(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=API_MAX_AGE)
            patch_vary_headers(response, ["Accept-Language"])
        return response


class WordsSearchFilter(SearchFilter):
    """Wagtail's ?search= (and ?search_operator=), given only the words of the query.

    Wagtail hands the query to the search backend as it comes, and an unpaired quote or
    bracket, or a NUL character, makes the database fail; a wrong operator raised a
    ValueError. No words at all: no results.
    """

    OPERATORS = ("and", "or")

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator")
        if operator is not None and operator.lower() not in self.OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        words = search_words(request.GET["search"])
        if not words:
            return queryset.none()
        params = request.GET.copy()
        params["search"] = words
        # Wagtail's filter reads nothing of the request but its GET parameters.
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


def with_words_search(filter_backends):
    """An endpoint's filters, with WordsSearchFilter in place of Wagtail's SearchFilter."""
    return [WordsSearchFilter if f is SearchFilter else f for f in filter_backends]


class PublicPagesEndpoint(PublicEndpoint):
    """For Wagtail's pages endpoint and those built on it (posts)."""

    def get_base_queryset(self):
        """Live pages of the site, in every language, without any restricted section.

        Wagtail's get_public_pages_queryset, with the site's one permission check for an
        anonymous visitor (core.visibility) in place of Wagtail's, which asks every
        restriction for its groups (a query each, three times a request).
        """
        if not hasattr(self, "_base_queryset"):
            try:
                requested = self.request.GET.get("site")
                site = SiteFilterValidator(site=requested, request=self.request).site_obj
            except ValueError as error:
                raise BadRequestError(str(error)) from error
            pages = visible_pages(Page.objects.live(), self.request)
            if site is None:
                self._base_queryset = pages.none()
            else:
                roots = [site.root_page, *site.root_page.get_translations()]
                in_site = Q()
                for root in roots:
                    in_site |= Q(path__startswith=root.path)
                self._base_queryset = pages.filter(in_site)
        return self._base_queryset

    def get_queryset(self):
        return super().get_queryset().select_related("locale")  # every item shows it


class PagesEndpoint(PublicPagesEndpoint, PagesAPIViewSet):
    """/api/v2/pages/: Wagtail's pages endpoint (live, public pages; ?type, ?locale, …)."""

    filter_backends = with_words_search(PagesAPIViewSet.filter_backends)

    @classmethod
    def get_body_fields(cls, model):
        if model in PAGE_TYPES:
            fields = PAGE_TYPES[model].PAGE_FIELDS
        else:
            fields = getattr(model, "api_fields", ())
        return cls._convert_api_fields(cls.body_fields + list(fields))

    def get_queryset(self):
        pages = super().get_queryset()
        if pages.model in PAGE_TYPES:
            pages = PAGE_TYPES[pages.model].for_pages_api(pages)
        return pages


class EventsEndpoint(PublicEndpoint, event_api.EventsAPIViewSet):
    pass


class DirectoryEndpoint(PublicEndpoint, directory_api.DirectoryAPIViewSet):
    pass


class DocumentsEndpoint(PublicEndpoint, document_api.PublicDocumentsAPIViewSet):
    filter_backends = with_words_search(document_api.PublicDocumentsAPIViewSet.filter_backends)


class PostsEndpoint(PublicPagesEndpoint, blog_api.PostsAPIViewSet):
    filter_backends = with_words_search(blog_api.PostsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
# Pages first: detail URLs of events and posts point at the pages endpoint.
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("events", EventsEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
api_router.register_endpoint("posts", PostsEndpoint)
api_router.register_endpoint("directory", DirectoryEndpoint)
