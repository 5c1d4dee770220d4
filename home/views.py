"""Site search, in the visitor's language and limited to what the visitor may see."""

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from wagtail.models import Locale, Page

from .navigation import visible_pages

RESULTS_PER_PAGE = 10


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().filter(locale=Locale.get_active())
        results = visible_pages(pages, request).specific().search(query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        results_page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        results_page = paginator.page(1)
    except EmptyPage:
        results_page = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "search_query": query,
            "results": results_page,
            "paginator": paginator,
            "page_link_prefix": f"?{urlencode({'q': query})}&page=",
        },
    )


def favicon(request):
    """Browsers ask for /favicon.ico by habit; answer without rendering a 404 page."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
