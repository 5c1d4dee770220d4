"""The visitor's view of a document library: filters, search, sorting and pages.

A constant number of queries whatever the number of documents: the visitor's visibility,
the library's collections, the filter choices, one page of documents (with categories and
tags) and their versions in other languages.
"""

from types import SimpleNamespace

from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse

from core import memo
from core.listing import first_of_ids, in_order, page_of_ids, paginate, pagination_context
from core.roles import COORDINATION, MEMBERS, in_groups
from core.tag_labels import attach_shown_tags
from core.visibility import hidden_collection_paths

from . import fulltext
from .filters import SORT_RELEVANCE, SORT_TITLE, DocumentFilterForm
from .models import DocumentCategory, NetworkDocument
from .queries import (
    active_locale,
    add_category_names,
    add_language_versions,
    documents_tagged,
    for_listing,
    library_documents,
    library_facets,
    shown_date,
    visible_library_documents,
)

PER_PAGE = 20


def filter_documents(documents, values):
    """The form's filters, on filter fields only (so Wagtail search accepts the queryset)."""
    if values.get("category"):
        documents = documents.filter(
            category_id__in=DocumentCategory.objects.filter(slug=values["category"]).values("pk")
        )
    if values.get("language"):
        documents = documents.filter(language=values["language"])
    if values.get("file_type"):
        documents = documents.filter(file_type=values["file_type"])
    if values.get("tag"):
        documents = documents.filter(id__in=documents_tagged(values["tag"]))
    return documents


def ordered(documents, values):
    """The visitor's order: newest first (by the date shown) or by title."""
    if values.get("sort") == SORT_TITLE:
        return documents.order_by("title", "id")
    return documents.order_by(shown_date().desc(), "-id")


def ordered_ids(documents, values):
    """Ids of the documents to list, in order; a search narrows them (and may rank them).

    None when the search backend is not one whose index fulltext queries directly.
    """
    query = values.get("q")
    if query:
        if not fulltext.supported():
            return None
        if values.get("sort") == SORT_RELEVANCE:
            return fulltext.ranked_ids(documents, query)
        documents = fulltext.matching(documents, query)
    return ordered(documents, values).values_list("pk", flat=True)


def searched(documents, values):
    """Wagtail's search over the documents, for a search backend fulltext does not know."""
    return ordered(documents, values).search(
        values["q"], order_by_relevance=values.get("sort") == SORT_RELEVANCE
    )


def share_url(request, page):
    """Where members share a document for this library (only members are shown the link)."""
    if not in_groups(request.user, MEMBERS, COORDINATION):
        return ""
    try:
        return f"{reverse('share_document')}?library={page.pk}"
    except NoReverseMatch:
        return ""


def page_of_documents(request, documents, values):
    """One page of results: the ids are paged first (from the indexes), then their documents
    read. With a search, the two id queries (count and page) carry the full-text match."""
    ids = ordered_ids(documents, values)
    if ids is None:
        page_obj = paginate(request, searched(for_listing(documents), values), PER_PAGE)
    else:
        page_obj = page_of_ids(request, ids, listed, PER_PAGE)
    return page_obj, list(page_obj.object_list)


def first_documents(documents, values, limit):
    """The first `limit` documents of the listing's order (an embed): no count, no pages."""
    ids = ordered_ids(documents, values)
    if ids is None:
        return list(searched(for_listing(documents), values)[:limit])
    return first_of_ids(ids, listed, limit)


def listed(ids):
    """The documents with these ids, in this order, with what a listing shows."""
    return in_order(for_listing(NetworkDocument.objects.all()), ids)


def library_selection(request, page, data=None):
    """What the listing and its embed share: the visitor's documents of the library, the
    filter form (its choices are what occurs there) and the documents it selects."""
    locale = active_locale()
    visible = visible_library_documents(request)
    documents = library_documents(page, visible)
    # What occurs among the documents this visitor sees: the same for everyone who may open
    # the same collections, until content changes (core.memo).
    facets = memo.remember(
        (
            "docpages:facets",
            page.pk,
            getattr(locale, "pk", None),
            tuple(hidden_collection_paths(request)),
        ),
        lambda: library_facets(documents, locale),
        request,
    )
    form = DocumentFilterForm(data or None, facets=facets)
    return SimpleNamespace(
        visible=visible,
        facets=facets,
        form=form,
        values=form.values,
        documents=filter_documents(documents, form.values),
    )


def library_view(request, page):
    selection = library_selection(request, page, request.GET)
    form, values = selection.form, selection.values
    page_obj, items = page_of_documents(request, selection.documents, values)
    add_category_names(items, selection.facets["category_names"])
    attach_shown_tags(items)  # their labels in the visitor's language, one query
    add_language_versions(items, selection.visible)
    query = form.query_string()
    page_url = page.get_url(request) or "/"
    context = page.get_context(request)
    context.update(
        {
            "page": page,
            "form": form,
            "documents": items,
            **pagination_context(page_obj, query),
            "is_filtered": form.is_filtered,
            "has_errors": form.has_errors,
            "page_url": page_url,
            "reset_url": page_url,
            "share_url": share_url(request, page),
        }
    )
    return TemplateResponse(request, "docpages/document_library_page.html", context)
