"""What a document library shows in another website's frame (the interface embedding.hook
describes; a library has no feed).

The embed is the library's list for an anonymous visitor: the same documents, filters and
order as the page (views.library_selection), only the first few, with absolute download
links. Members-only collections never show, even to a member who is logged in on our site.
"""

from django.http import QueryDict

from core.visibility import hidden_collection_paths, public_visitor

from .queries import add_category_names, library_collection_paths
from .views import first_documents, library_selection

DEFAULT_LIMIT = 10
template = "docpages/embed/document_library.html"


def is_embeddable(library):
    """Whether a library is for everyone: one of its collections is open to all, or it only
    shows hand-picked documents. A library of members-only collections is never embedded."""
    paths = library_collection_paths(library)
    if not paths:
        return True
    hidden = hidden_collection_paths(public_visitor())
    return any(not any(path.startswith(closed) for closed in hidden) for path in paths)


def context(library, request, options):
    selection = library_selection(request, library, request.GET)
    items = first_documents(selection.documents, selection.values, options.limit or DEFAULT_LIMIT)
    add_category_names(items, selection.facets["category_names"])
    for document in items:
        document.download_url = request.build_absolute_uri(document.url)
    return {"documents": items, "is_filtered": selection.form.is_filtered}


def filter_form(library, data=None):
    """The library's filter form, with the choices an anonymous visitor has."""
    if isinstance(data, str):
        data = QueryDict(data)
    return library_selection(public_visitor(), library, data).form
