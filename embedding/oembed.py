"""The oEmbed provider: a county site running Wagtail or WordPress pastes a page's address
and gets the iframe of its embed (https://oembed.com, type "rich", JSON only).

Public pages only, answered as for an anonymous visitor: 404 for anything else, so the
endpoint tells nobody whether a private page exists.
"""

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse, QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from core.site_title import home_title

from .options import EmbedOptions, filter_query
from .pages import embed_path, embeddable, full_url, page_for_url
from .views import make_anonymous, public_response

DEFAULT_WIDTH = 600
DEFAULT_HEIGHT = 800
# How long a consumer may keep our answer; the frame itself is always current.
CACHE_AGE = 24 * 60 * 60


def size(value, default):
    """`maxwidth`/`maxheight`: a positive number caps the default; anything else is ignored."""
    try:
        limit = int(value)
    except (TypeError, ValueError):
        return default
    return min(default, limit) if limit > 0 else default


def plain(status, message):
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


def embed_query(query):
    """The URL's filters and its (valid) embed options, in the embed's address."""
    data = QueryDict(query)
    values = filter_query(data)
    values.update(EmbedOptions.from_query(data).as_query())
    return values.urlencode()


def provider(request, page):
    """The network site the page belongs to: its name in the page's language (its home page's
    title, core.site_title) and its address."""
    return home_title(page) or settings.WAGTAIL_SITE_NAME, full_url(request, page, "/")


@require_safe
def oembed(request):
    make_anonymous(request)
    url = request.GET.get("url", "").strip()
    if not url:
        return plain(400, "Missing parameter: url")
    if (request.GET.get("format") or "json").lower() != "json":
        return plain(501, "Only format=json is supported")
    try:
        page, query = page_for_url(request, url)
    except Http404:
        page = None
    if not embeddable(page):
        return plain(404, "No public embeddable page at this address")

    translation.activate(page.locale.language_code)
    width = size(request.GET.get("maxwidth"), DEFAULT_WIDTH)
    height = size(request.GET.get("maxheight"), DEFAULT_HEIGHT)
    query = embed_query(query)
    src = full_url(request, page, embed_path(page, query, request))
    # The frame's accessible name: what is in it and where it comes from.
    provider_name, provider_url = provider(request, page)
    title = f"{page.title} – {provider_name}"
    html = format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" '
        'style="border: 0; max-width: 100%;"></iframe>',
        src,
        title,
        width,
        height,
    )
    response = JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": page.title,
            "provider_name": provider_name,
            "provider_url": provider_url,
            "html": str(html),
            "width": width,
            "height": height,
            "cache_age": CACHE_AGE,
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Access-Control-Allow-Origin"] = "*"
    return public_response(response)


def discovery_href(request, page_url):
    """The oEmbed address of a page's URL (the discovery `<link>`)."""
    return (
        request.build_absolute_uri(reverse("oembed"))
        + "?"
        + urlencode({"url": page_url, "format": "json"})
    )
