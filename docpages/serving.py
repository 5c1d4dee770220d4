"""Document downloads: Wagtail's serve view (which checks collection privacy) plus our headers.

A public file may be kept by browsers, proxies and a CDN for DOCUMENT_CACHE_SECONDS, then
revalidated (its ETag is the file hash): short, because a file can move into a members-only
collection at any time. The CDN is purged then (docpages.cdn); a browser or proxy we cannot
reach keeps it at most that long. Members-only files are never stored (core.middleware).
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve

from core.middleware import mark_restricted

from .privacy import is_restricted


def serve(request, document_id, document_filename):
    """Always a download, never sniffed; a members-only file is never kept in a shared cache."""
    document = (
        get_document_model().objects.filter(pk=document_id).select_related("collection").first()
    )
    restricted = document is None or is_restricted(document)
    if restricted:
        mark_restricted(request)
    if document is not None and request.user.is_authenticated and not _passes(document, request):
        # Wagtail would send them to the login page, which sends a logged-in visitor straight
        # back here: an endless redirect. Someone logged in who may not see it gets a 403.
        raise PermissionDenied
    response = wagtail_serve(request, document_id, document_filename)
    response["X-Content-Type-Options"] = "nosniff"
    if not restricted and response.status_code in (200, 304):
        # For someone logged in, the middleware turns "public" into "private".
        patch_cache_control(
            response,
            public=True,
            max_age=settings.DOCUMENT_CACHE_SECONDS,
            must_revalidate=True,
        )
    policy = response.get("Content-Security-Policy")
    if policy and "frame-ancestors" not in policy:
        # Wagtail's own policy for files (default-src 'none'), which the CSP middleware keeps;
        # default-src does not cover framing, and no page frames a download.
        response["Content-Security-Policy"] = f"{policy}; frame-ancestors 'none'"
    return response


def _passes(document, request):
    return all(r.accept_request(request) for r in document.collection.get_view_restrictions())
