"""Documents in the site search (home's "site_search_sections" hook).

Only what the visitor may see is searched (the same check as the libraries), so a refused
visitor gets neither a hit nor a count for a private document.
"""

from django.utils.translation import gettext_lazy as _

from core.visibility import visible_pages
from home.accessibility import wants_easy_language

from . import fulltext
from .models import (
    EASY_LANGUAGE_CODE,
    DocumentLibraryPage,
    LibraryCollection,
    LibraryDocument,
)
from .queries import active_locale, visible_library_documents

RESULTS_LIMIT = 20


def add_libraries(documents, request):
    """`library`: a live library in the visitor's language that lists the document, if any."""
    libraries = DocumentLibraryPage.objects.live()
    locale = active_locale()
    if locale is not None:
        libraries = libraries.filter(locale=locale)
    libraries = visible_pages(libraries, request).order_by("path")
    collections = list(
        LibraryCollection.objects.filter(page__in=libraries)
        .select_related("collection", "page")
        .order_by("page__path", "sort_order")
    )
    picks = {}
    for pick in (
        LibraryDocument.objects.filter(
            page__in=libraries, document_id__in=[document.pk for document in documents]
        )
        .select_related("page")
        .order_by("page__path", "sort_order")
    ):
        picks.setdefault(pick.document_id, pick.page)
    for document in documents:
        document.library = picks.get(document.pk)
        if document.library is None:
            document.library = next(
                (
                    row.page
                    for row in collections
                    if document.collection.path.startswith(row.collection.path)
                ),
                None,
            )
    return documents


def found_documents(request, query):
    """The first RESULTS_LIMIT visible documents matching the query (best first), and how many
    match in all. The ids are ranked first, then only those documents are read.

    With the search's filter "Leichte Sprache" only documents in easy-to-read German; without
    words, all of those by title."""
    visible = visible_library_documents(request)
    if wants_easy_language(request):
        visible = visible.filter(language=EASY_LANGUAGE_CODE)
    shown = visible.select_related("collection").only(
        "pk",
        "title",
        "file",
        "description",
        "language",
        "file_type",
        "file_size",
        "collection__path",
    )
    if not query:
        if not wants_easy_language(request):
            return [], 0
        ordered = shown.order_by("title")
        return list(ordered[:RESULTS_LIMIT]), ordered.count()
    if not fulltext.supported():
        results = shown.search(query)
        documents = list(results[:RESULTS_LIMIT])
        return documents, results.count() if documents else 0
    ranked = fulltext.ranked_ids(visible, query)
    ids = list(ranked[:RESULTS_LIMIT])
    if not ids:
        return [], 0
    by_id = shown.in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id], ranked.count()


def document_search_section(request, query):
    """Visible documents matching the query in title, description, tags, publisher or text."""
    documents, count = found_documents(request, query)
    if not documents:
        return None
    return {
        "heading": _("Dokumente"),
        "template": "docpages/includes/search_results.html",
        "results": add_libraries(documents, request),
        "count": count,
        "stylesheets": ["css/docpages.css"],
    }
