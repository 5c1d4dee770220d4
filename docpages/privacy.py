"""Which documents a visitor may see: the one permission check for documents.

Privacy lives on collections (Wagtail's collection view restrictions, which its file view
checks too). A restricted collection hides its documents and those of its sub-collections
from everyone who does not pass the restriction: in listings, search and anywhere else.
"""

from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction

from core import memo
from core.visibility import hidden_collection_paths


def visible_collections(request):
    """Collections whose documents this visitor may see (one query after the restrictions)."""
    hidden = Q()
    for path in hidden_collection_paths(request):
        hidden |= Q(path__startswith=path)
    collections = Collection.objects.all()
    return collections.exclude(hidden) if hidden else collections


def visible_collection_ids(request, exclude_paths=()):
    """Ids of the visible collections (a short list: collections are few, documents many).

    A literal list lets the database use its index on the documents' collection directly.
    """
    if not hasattr(request, "_visible_collection_ids"):
        hidden = tuple(hidden_collection_paths(request))
        request._visible_collection_ids = memo.remember(
            ("docpages:visible_collections", hidden),
            lambda: list(visible_collections(request).values_list("pk", "path")),
            request,
        )
    return [
        pk
        for pk, path in request._visible_collection_ids
        if not any(path.startswith(excluded) for excluded in exclude_paths)
    ]


def visible_documents(queryset, request):
    """Leave out documents in collections this visitor may not open."""
    return queryset.filter(collection_id__in=visible_collection_ids(request))


def is_restricted(document):
    """Whether the document's collection (or one above it) carries a view restriction."""
    return document.collection.get_view_restrictions().exists()


def private_collections():
    """Collections with a view restriction of their own or on one above them."""
    paths = set(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return Collection.objects.none()
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    return Collection.objects.filter(below)


def is_private_collection(collection):
    return collection.get_view_restrictions().exists()
