"""Which page an embed URL names, and whether it may be embedded.

What a content app provides to make its pages embeddable (a module named by the page class,
`embed_module`) is described in embedding.hook.
"""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Locale, Page, Site

from core.privacy import is_restricted

from .hook import has_embed, page_embed

EMBED_PREFIX = "embed/"


def embeddable(page):
    if page is None or not has_embed(page) or not page.live:
        return False
    if not page_embed(page).is_embeddable():
        return False
    # Public pages only: a restriction on the page or above it keeps it out of every embed.
    return not is_restricted(page)  # also above an alias's original (core.privacy)


def page_for_path(request, page_path, site=None):
    """The live page at "<language>/<path>/" of the site (the request's by default), or Http404."""
    language, _slash, rest = page_path.strip("/").partition("/")
    if language not in dict(settings.LANGUAGES):
        raise Http404
    site = site or Site.find_for_request(request)
    locale = Locale.objects.filter(language_code=language).first()
    if site is None or locale is None:
        raise Http404
    root = site.root_page.get_translation_or_none(locale)
    if root is None:
        raise Http404
    components = [part for part in rest.split("/") if part]
    url_path = root.url_path + "".join(f"{part}/" for part in components)
    page = Page.objects.live().filter(locale=locale, url_path=url_path).first()
    if page is None:
        raise Http404
    return page.specific


def site_for_host(request, hostname, port):
    """The Wagtail site with that host name, or the request's own site for the request's host.

    Addresses of any other host are not ours, whatever their path: None.
    """
    hostname = (hostname or "").lower()
    sites = list(Site.objects.filter(hostname=hostname).select_related("root_page"))
    if sites:
        return next((site for site in sites if site.port == port), None) or next(
            (site for site in sites if site.is_default_site), sites[0]
        )
    if hostname and hostname == split_domain_port(request.get_host())[0].lower():
        return Site.find_for_request(request)
    return None


def page_for_url(request, url):
    """The page a URL of this site names, with the URL's query: (page, query) or Http404.

    Accepts the page's own address ("https://host/de/veranstaltungen/?ort=…") and its embed
    address ("https://host/embed/de/veranstaltungen/?…") on any host name of this site.
    """
    try:
        parts = urlsplit((url or "").strip())
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise Http404 from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Http404
    site = site_for_host(request, parts.hostname, port)
    if site is None:
        raise Http404
    path = unquote(parts.path).lstrip("/")
    if path.startswith(EMBED_PREFIX):
        path = path[len(EMBED_PREFIX) :]
    return page_for_path(request, path, site=site), parts.query


def page_address(page, request=None):
    """(site id, site root URL, "/<language>/<path>/") of a page, or None when not routable."""
    parts = page.get_url_parts(request)
    if parts is None or parts[2] is None:
        return None
    return parts


def embed_path(page, query=None, request=None, view="embed"):
    """/embed/<language>/<path>/?<query>: the embed of a page (with filters and options).

    `view="embed_preview"`: the same for the admin's builder (/embed-preview/…, which only
    the site itself may frame). None for a page that has no address on any site.
    """
    parts = page_address(page, request)
    if parts is None:
        return None
    # Wagtail gives the path percent-encoded; reverse() encodes it again.
    address = reverse(view, args=[unquote(parts[2]).lstrip("/")])
    if query:
        address += "?" + (query if isinstance(query, str) else urlencode(query, doseq=True))
    return address


def full_url(request, page, path=None):
    """The full address of `path` (default: the page's own) on the page's site.

    The request's scheme and host when the page belongs to the request's site (so a site
    served under another name or port links to itself), else the site's root URL.
    """
    parts = page_address(page, request)
    if parts is None:
        return None
    path = parts[2] if path is None else path
    current = Site.find_for_request(request)
    if current is not None and current.pk == parts[0]:
        return request.build_absolute_uri(path)
    return parts[1] + path
