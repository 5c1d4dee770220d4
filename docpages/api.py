"""Documents in the public JSON API (network_site/api.py): what every visitor may download.

Only documents of collections nobody has restricted, never those waiting in the coordinators'
inbox; `download_url` is our serve view, which checks privacy again on every download.
"""

from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.documents.api.v2.views import DocumentsAPIViewSet

from core.visibility import public_visitor, visible_pages

from .models import DocumentCategory, DocumentLibraryPage
from .queries import library_documents, visible_library_documents


class CategorySlugField(Field):
    """The category by its slug: the same in every language, as in the library's filters."""

    def to_representation(self, category):
        return category.slug


class TagNamesField(Field):
    """Tag names, from the tags read for the whole page of documents (Wagtail's reads each)."""

    def to_representation(self, tags):
        return sorted(tag.name for tag in tags.all())


class CategoryFilter(BaseFilterBackend):
    """?category=<slug> (the library's filter); ?library=<page id>: one public library's."""

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get("category")
        if slug:
            # By ids: the search index filters on the category field, not on its slug.
            categories = DocumentCategory.objects.filter(slug=slug).values("pk")
            queryset = queryset.filter(category_id__in=categories)
        library_id = request.GET.get("library")
        if library_id is not None:
            queryset = queryset.filter(
                pk__in=library_documents(public_library(library_id), queryset).values("pk")
            )
        return queryset


def public_library(value):
    if not value.isdigit():
        raise BadRequestError("library must be the id of a document library page")
    libraries = DocumentLibraryPage.objects.live().filter(pk=int(value))
    library = visible_pages(libraries, public_visitor()).first()
    if library is None:
        raise BadRequestError(f"no public document library page with id {value}")
    return library


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    """/api/v2/documents/: public documents, newest first.

    Filters: ?language=<code>, ?category=<slug>, ?file_type=pdf, ?tags=<name>,
    ?library=<page id>, ?search=<words>; ?order=title (or -created_at, …).
    """

    body_fields = DocumentsAPIViewSet.body_fields + [
        "description",
        "language",
        APIField("category", serializer=CategorySlugField(read_only=True)),
        "publisher",
        "as_of",
        "file_type",
        "file_size",
        "created_at",
    ]
    meta_fields = [
        field if field != "tags" else APIField("tags", serializer=TagNamesField(read_only=True))
        for field in DocumentsAPIViewSet.meta_fields
    ]
    listing_default_fields = DocumentsAPIViewSet.listing_default_fields + [
        "description",
        "language",
        "category",
        "file_type",
        "file_size",
    ]
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters.union(
        ["category", "library"]
    )
    # Our filters before Wagtail's search, which must come last.
    filter_backends = [FieldsFilter, CategoryFilter, OrderingFilter, SearchFilter]

    def get_queryset(self):
        return (
            visible_library_documents(public_visitor())
            .select_related("category")
            .prefetch_related("tags")
            .order_by("-created_at", "-pk")
        )

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            # ?category= takes a slug (CategoryFilter), not the field's id.
            fields = [field for field in fields if field != "category"]
        return fields
