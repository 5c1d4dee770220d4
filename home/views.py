"""Site search, in the visitor's language and limited to what the visitor may see."""

from urllib.parse import urlencode

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from wagtail import hooks
from wagtail.models import Locale, Page

from core.listing import paginate, pagination_context
from core.search_terms import search_words
from core.visibility import visible_pages

from .accessibility import EASY_LANGUAGE_PARAM, wants_easy_language
from .models import ContentPage, SiteLook

RESULTS_PER_PAGE = 10
# Apps add their own results (documents, …) without home importing them: each function
# registered under this hook takes (request, query) and returns None or a dict with
# (query may be "" when the visitor only asks for "Leichte Sprache": see
# home.accessibility.wants_easy_language, which each section honours for its own items)
# "heading", "template" (rendered with `section` in the context), "results", "count" and
# optionally "stylesheets" (static paths). Each checks what the visitor may see itself.
SEARCH_SECTIONS_HOOK = "site_search_sections"


def search_sections(request, query):
    sections = []
    for find in hooks.get_hooks(SEARCH_SECTIONS_HOOK):
        section = find(request, query)
        if section and section.get("results"):
            sections.append(section)
    return sections


def easy_language_page_ids():
    """Ids of the pages marked "Leichte Sprache" (one query; their aliases are marked too)."""
    return list(ContentPage.objects.filter(easy_language=True).values_list("id", flat=True))


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    easy_language = wants_easy_language(request)
    results = Page.objects.none()
    words = search_words(query)  # quotes, brackets or NUL are never search syntax
    if words or easy_language:
        pages = Page.objects.live().filter(locale=Locale.get_active())
        if easy_language:
            pages = pages.filter(id__in=easy_language_page_ids())
        pages = visible_pages(pages, request).specific()
        results = pages.search(words) if words else pages.order_by("title")
    results_page = paginate(request, results, RESULTS_PER_PAGE)
    paginator = results_page.paginator
    # Counted on every page of results, shown on the first.
    sections = search_sections(request, words) if words or easy_language else []
    params = {"q": query} | ({EASY_LANGUAGE_PARAM: "1"} if easy_language else {})
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "search_query": query,
            "searched": bool(words or easy_language),
            "easy_language": easy_language,
            "easy_language_param": EASY_LANGUAGE_PARAM,
            "results": results_page,
            **pagination_context(results_page, urlencode(params)),
            "sections": sections,
            "result_count": paginator.count + sum(section["count"] for section in sections),
            "stylesheets": sorted(
                {path for section in sections for path in section.get("stylesheets", ())}
            ),
        },
    )


def favicon(request):
    """Browsers ask for /favicon.ico by habit; answer without rendering a 404 page."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def site_colours(request):
    """The chosen colours as CSS custom properties (home.look): a stylesheet, because the
    Content-Security-Policy allows no inline style. Pages link it with the colours'
    fingerprint in `v`; that address never changes its answer, so it may be kept a year."""
    look = SiteLook.for_request(request)
    response = HttpResponse(look.colours_stylesheet, content_type="text/css; charset=utf-8")
    if request.GET.get("v") == look.colours_version:
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    else:
        response["Cache-Control"] = "public, max-age=300"
    return response
