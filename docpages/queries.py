"""Queries for document listings: a library's documents, its filter choices, language versions.

Each costs a constant number of queries whatever the number of documents. Filters are written
on fields that are `index.FilterField`s (ids, collection, category, language, file type), so the
same queryset can go through Wagtail search.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import DateField, Q
from django.db.models.functions import Cast, Coalesce
from taggit.models import Tag, TaggedItem
from wagtail.models import Collection, Locale

from core import memo
from core.tag_labels import tag_choices
from home.languages import SPOKEN_LANGUAGES

from .collections import inbox_collection
from .models import DocumentCategory, LibraryCollection, LibraryDocument, NetworkDocument
from .privacy import visible_collection_ids

LANGUAGE_POSITIONS = {code: position for position, (code, _name) in enumerate(SPOKEN_LANGUAGES)}


def collections_below(paths):
    """Ids of the collections at these tree paths and below them (as a subquery)."""
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    if not below:
        return Collection.objects.none().values_list("pk", flat=True)
    return Collection.objects.filter(below).values_list("pk", flat=True)


def visible_library_documents(request):
    """Every document this visitor may see, never those waiting in the coordinators' inbox."""
    inbox = inbox_collection()
    excluded = [inbox.path] if inbox is not None else []
    return NetworkDocument.objects.filter(
        collection_id__in=visible_collection_ids(request, exclude_paths=excluded)
    )


def library_collection_paths(page):
    """Tree paths of the library's own collections (kept per content generation)."""
    return memo.remember(
        ("docpages:library_paths", page.pk),
        lambda: list(
            Collection.objects.filter(
                pk__in=LibraryCollection.objects.filter(page=page).values("collection_id")
            ).values_list("path", flat=True)
        ),
    )


def _scope(page):
    """(ids of the library's collections and those below them, ids of its picked documents):
    three queries, kept per content generation (core.memo)."""
    paths = library_collection_paths(page)
    collection_ids = list(collections_below(paths)) if paths else []
    picked = list(LibraryDocument.objects.filter(page=page).values_list("document_id", flat=True))
    return collection_ids, picked


def library_documents(page, visible):
    """The documents of a library's collections (and their sub-collections) and its picks.

    `visible` is the visitor's visible documents (visible_library_documents), so the
    permission check is run once per request. Collection and pick ids are read first, so the
    documents are found through the collection index (no OR when nothing is picked).
    """
    collection_ids, picked = memo.remember(
        ("docpages:library_scope", page.pk), lambda: _scope(page)
    )
    if picked:
        return visible.filter(Q(collection_id__in=collection_ids) | Q(id__in=picked))
    return visible.filter(collection_id__in=collection_ids)


def shown_date():
    """The date a listing shows and sorts by: the Stand, or else the upload date."""
    return Coalesce("as_of", Cast("created_at", DateField()))


def for_listing(queryset):
    return queryset.select_related("category").prefetch_related("tags").defer("text")


def documents_tagged(slug):
    """Ids of documents carrying a tag (tags are not a filter field of the search index)."""
    return TaggedItem.objects.filter(
        content_type=ContentType.objects.get_for_model(NetworkDocument), tag__slug=slug
    ).values("object_id")


def library_facets(documents, locale):
    """What occurs among a library's documents: the filter form's choices (four queries).

    "tags": (slug, label) pairs sorted by label; "german_tags": the slugs without a label in
    the visitor's language."""
    rows = set(documents.order_by().values_list("language", "file_type", "category_id").distinct())
    category_ids = {category_id for _language, _type, category_id in rows if category_id}
    categories = list(
        DocumentCategory.objects.filter(pk__in=category_ids).only(
            "pk", "slug", "name", "translation_key"
        )
    )
    keys = {category.translation_key for category in categories}
    names = {}
    if keys:  # in the visitor's language, German where not translated
        names = DocumentCategory.objects.filter(translation_key__in=keys).names_by_key(locale)
    by_slug = {}
    for category in categories:
        by_slug.setdefault(category.slug, names.get(category.translation_key, category.name))
    # (slug, label) in the visitor's language, and the slugs still in German (core.tag_labels)
    tags, german_tags = tag_choices(
        Tag.objects.filter(
            taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(
                NetworkDocument
            ),
            taggit_taggeditem_items__object_id__in=documents.order_by().values("pk"),
        ).distinct(),
        locale,
    )
    return {
        "languages": {language for language, _type, _category in rows},
        "file_types": {file_type for _language, file_type, _category in rows},
        "categories": by_slug,
        "category_names": names,
        "tags": tags,
        "german_tags": german_tags,
    }


def language_order(document):
    """Versions in the order of the language list (German, Leichte Sprache, English, …)."""
    return LANGUAGE_POSITIONS.get(document.language, len(LANGUAGE_POSITIONS)), document.pk


def add_language_versions(documents, visible):
    """Give each document `other_languages`: the visible versions of it in other languages.

    All versions of a document share the id of the original (language_group_id); they are
    read for the whole page of documents in one query.
    """
    groups = {document.language_group_id for document in documents}
    by_group = {}
    if groups:
        versions = (
            visible.filter(Q(id__in=groups) | Q(original_id__in=groups))
            .order_by("title", "pk")
            .only("pk", "title", "file", "language", "original_id", "file_type", "file_size")
        )
        for version in versions:
            by_group.setdefault(version.language_group_id, []).append(version)
    for document in documents:
        document.other_languages = sorted(
            (
                version
                for version in by_group.get(document.language_group_id, [])
                if version.pk != document.pk
            ),
            key=language_order,
        )
    return documents


def add_category_names(documents, names):
    """`category_name`: the category in the visitor's language, or as the document names it."""
    for document in documents:
        category = document.category
        document.category_name = (
            names.get(category.translation_key, category.name) if category else ""
        )
    return documents


def active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None
