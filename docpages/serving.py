"""Document downloads: Wagtail's serve view (which checks collection privacy) plus our headers."""

from django.core.exceptions import PermissionDenied
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve

from home.middleware import mark_restricted

from .privacy import is_restricted


def serve(request, document_id, document_filename):
    """Always a download, never sniffed; a members-only file is never kept in a shared cache."""
    document = (
        get_document_model().objects.filter(pk=document_id).select_related("collection").first()
    )
    if document is None or is_restricted(document):
        mark_restricted(request)
    if document is not None and request.user.is_authenticated and not _passes(document, request):
        # Wagtail would send them to the login page, which sends a logged-in visitor straight
        # back here: an endless redirect. Someone logged in who may not see it gets a 403.
        raise PermissionDenied
    response = wagtail_serve(request, document_id, document_filename)
    response["X-Content-Type-Options"] = "nosniff"
    policy = response.get("Content-Security-Policy")
    if policy and "frame-ancestors" not in policy:
        # Wagtail's own policy for files (default-src 'none'), which the CSP middleware keeps;
        # default-src does not cover framing, and no page frames a download.
        response["Content-Security-Policy"] = f"{policy}; frame-ancestors 'none'"
    return response


def _passes(document, request):
    return all(r.accept_request(request) for r in document.collection.get_view_restrictions())
