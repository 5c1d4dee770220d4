"""What every page's frame needs: the language's home page, menu, switcher and alternates.

Which pages a visitor may see is core.visibility's; each helper costs a constant number of
queries, whatever the size of the tree. The home page and the menu are the same for every
visitor who may see the same pages until content changes: kept per language and content
generation (core.memo). The page's language versions are read once per request, for the
switcher and the hreflang links alike.
"""

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from core import memo
from core.serving import localized_root
from core.visibility import hidden_paths, visible_pages

from .models import MembersAreaSettings
from .places import place

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


def localized_home(request):
    """The home page in the active language (falls back to the site's root page)."""
    if request is None:
        return None
    cached = getattr(request, "_localized_home", None)
    if cached is None:
        cached = request._localized_home = localized_root(request)
    return cached


def menu_pages(request):
    home = localized_home(request)
    if home is None:
        return []
    hidden = tuple(hidden_paths(request))
    return memo.remember(
        ("home:menu", home.pk, hidden),
        lambda: list(visible_pages(home.get_children().live().in_menu(), request)),
        request,
    )


def members_area(request):
    """The members' page (home.models.MembersAreaSettings) in the active language, for a
    logged-in visitor who may read it; else None. Nothing to ask for anonymous visitors; two
    queries (the setting, the page) for others, once per request."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    cached = getattr(request, "_members_area", None)
    if cached is not None and cached[0] == user.pk:
        return cached[1]
    setting = memo.site_setting(MembersAreaSettings, request)
    page = None
    if setting.members_page_id is not None:
        page = memo.remember(
            (
                "home:members_area",
                setting.members_page_id,
                get_language(),
                tuple(hidden_paths(request)),
            ),
            lambda: _members_page(setting.members_page_id, request),
            request,
        )
    request._members_area = (user.pk, page)
    return page


def _members_page(page_id, request):
    versions = Page.objects.live().filter(
        translation_key__in=Page.objects.filter(pk=page_id).values("translation_key"),
        locale__language_code__in={get_language(), settings.LANGUAGE_CODE},
    )
    versions = sorted(
        visible_pages(versions.select_related("locale"), request),
        key=lambda p: p.locale.language_code != get_language(),
    )
    return versions[0] if versions else None


def language_links(request, page=None):
    """One link per language the visitor can switch to, named in its own script.

    For a page: each live translation (or alias) of it the visitor may read, at the same place
    (sub-route and query, home.places). For other views (search, login): the same view in the
    other language with the same query, or that language's home page.
    """
    current = get_language()
    links = []
    if page is not None:
        here = place(request, page)
        hidden = tuple(hidden_paths(request)) if request is not None else ()
        translations = {
            translation.locale.language_code: translation
            for translation in language_versions(request, page)
            if not translation.path.startswith(hidden)
        }
        for code, _name in settings.LANGUAGES:
            translation = translations.get(code)
            if translation is not None:
                url = translation.get_url(request) + here.suffix(code)
                links.append(_link(code, url, current))
        return links
    path = request.get_full_path() if request is not None else "/"
    try:
        match = resolve(request.path_info) if request is not None else None
    except Resolver404:
        match = None
    for code, _name in settings.LANGUAGES:
        if match is not None and match.url_name and match.url_name != "wagtail_serve":
            url = translate_url(path, code)
        else:
            url = f"/{code}/"
        links.append(_link(code, url, current))
    return links


def language_versions(request, page):
    """The live language versions of the page (itself included), translations and aliases,
    with their locales: one query per request, shared by the switcher and the hreflang links
    (each then leaves out what its reader may not see)."""
    cache = getattr(request, "_language_versions", None) if request is not None else None
    if cache is not None and cache[0] == page.pk:
        return cache[1]
    versions = list(
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .order_by("path")
    )
    if request is not None:
        request._language_versions = (page.pk, versions)
    return versions


def _link(code, url, current):
    info = get_language_info(code)
    return {
        "code": code,
        "name": LANGUAGE_NAMES[code],
        "url": url,
        "is_current": code == current,
        "direction": "rtl" if info["bidi"] else "ltr",
    }


def alternate_links(request, page):
    """hreflang alternates for search engines, with German as x-default: the public language
    versions of the page, at the same place as the switcher's links (a page's own address has
    no sub-route and no query, so its alternates are the pages' addresses)."""
    if page is None or request is None:
        return []
    here = place(request, page)
    public = tuple(hidden_paths(None))
    return hreflang_links(
        [t for t in language_versions(request, page) if not t.path.startswith(public)],
        lambda t: request.build_absolute_uri(
            t.get_url(request) + here.suffix(t.locale.language_code)
        ),
    )


def hreflang_links(translations, url_of):
    """hreflang links to these language versions of one page (`url_of(page)` gives an absolute
    address), in the site's language order, with German (else the first) as x-default."""
    links = [
        {"hreflang": t.locale.language_code, "href": url_of(t)}
        for t in sorted(translations, key=lambda t: _language_order(t.locale.language_code))
    ]
    default = next(
        (link for link in links if link["hreflang"] == settings.LANGUAGE_CODE),
        links[0] if links else None,
    )
    if default is not None:
        links.append({"hreflang": "x-default", "href": default["href"]})
    return links


def _language_order(code):
    codes = [c for c, _ in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)
