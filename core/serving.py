"""Finding the site and the page for a request, without asking the database each time.

Wagtail looks up the Site for every request (one query), then the root page, its locale, its
translation in the visitor's language and its specific type (four more) before it looks for
the page itself. Those change only with content, so they are kept per content generation
(core.memo) and handed to Wagtail where it looks for them first: `request._wagtail_site`
(Site.find_for_request) and `request._wagtail_route_for_request` (Page.route_for_request).
Each request gets its own copy of the kept instances, so nothing one request sets on them is
seen by another.
"""

import copy

from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Site

from . import memo


def known_site(request):
    """The request's Site (Wagtail's matching by host and port), once per generation."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host = request.get_host()

    def find():
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page  # noqa: B018 - loaded once, kept with the site
        return site

    site = memo.remember(("serving:site", host, request.is_secure()), find, request)
    request._wagtail_site = copy.copy(site) if site is not None else None
    return request._wagtail_site


def localized_root(request):
    """The site's root page in the active language, specific (what Wagtail routes from)."""
    site = known_site(request)
    if site is None:
        return None
    found = memo.remember(
        ("serving:root", site.pk, get_language()),
        lambda: site.root_page.localized.specific,
        request,
    )
    return copy.copy(found)


class KnownSiteMiddleware:
    """Reads the content generation once for the request (core.memo) and sets the request's
    Site from the memo before any view or tag asks Wagtail for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = memo.answering(request)
        try:
            known_site(request)
            return self.get_response(request)
        finally:
            memo.answered(token)


def serve(request, path):
    """Wagtail's serve view, routing from the kept root page instead of looking it up."""
    if not hasattr(request, "_wagtail_route_for_request"):
        root = localized_root(request)
        if root is None:
            request._wagtail_route_for_request = None
        else:
            components = [component for component in path.split("/") if component]
            try:
                request._wagtail_route_for_request = root.route(request, components)
            except Http404:
                request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)


def keep_locales():
    """Locale lookups by language code (Wagtail's Locale.get_active, get_default, and its
    `page.localized`) answered from the memo: a page asked for the same Locale up to five
    times. Called once from CoreConfig.ready(); a missing locale still raises DoesNotExist."""
    from wagtail.models.i18n import LocaleManager

    if getattr(LocaleManager.get_for_language, "kept", False):
        return
    looked_up = LocaleManager.get_for_language

    def get_for_language(manager, language_code):
        found = memo.remember(
            ("serving:locale", manager.db, language_code),
            lambda: looked_up(manager, language_code),
        )
        return copy.copy(found)

    get_for_language.kept = True
    LocaleManager.get_for_language = get_for_language
