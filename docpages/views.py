"""The visitor's view of a document library: filters, search, sorting and pages.

A constant number of queries whatever the number of documents: the visitor's visibility,
the library's collections, the filter choices, one page of documents (with categories and
tags) and their versions in other languages.
"""

from types import SimpleNamespace

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse

from core.roles import COORDINATION, MEMBERS, in_groups

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


def paginate(request, results):
    """A page of results: no number or a wrong one gives the first, too large the last page."""
    paginator = Paginator(results, PER_PAGE)
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        number = 1
    number = min(max(number, 1), paginator.num_pages)
    return paginator.page(number)


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
        page_obj = paginate(request, searched(for_listing(documents), values))
        return page_obj, list(page_obj.object_list)
    page_obj = paginate(request, ids)
    return page_obj, listed(list(page_obj.object_list))


def first_documents(documents, values, limit):
    """The first `limit` documents of the listing's order (an embed): no count, no pages."""
    ids = ordered_ids(documents, values)
    if ids is None:
        return list(searched(for_listing(documents), values)[:limit])
    return listed(list(ids[:limit]))


def listed(ids):
    """The documents with these ids, in this order, with what a listing shows."""
    by_id = for_listing(NetworkDocument.objects.filter(pk__in=ids)).in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


def library_selection(request, page, data=None):
    """What the listing and its embed share: the visitor's documents of the library, the
    filter form (its choices are what occurs there) and the documents it selects."""
    locale = active_locale()
    visible = visible_library_documents(request)
    documents = library_documents(page, visible)
    facets = library_facets(documents, locale)
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
    add_language_versions(items, selection.visible)
    query = form.query_string()
    page_url = page.get_url(request) or "/"
    context = page.get_context(request)
    context.update(
        {
            "page": page,
            "form": form,
            "documents": items,
            "page_obj": page_obj,
            "paginator": page_obj.paginator,
            "page_link_prefix": f"?{query}&page=" if query else "?page=",
            "is_filtered": form.is_filtered,
            "has_errors": form.has_errors,
            "page_url": page_url,
            "reset_url": page_url,
            "share_url": share_url(request, page),
        }
    )
    return TemplateResponse(request, "docpages/document_library_page.html", context)
