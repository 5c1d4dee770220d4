"""Demo documents: categories, a public and a members-only library, files, one pending share.

Run by home.demo.load_demo() (declared as DocPagesConfig.demo_loader). Categories and the
public library are written in German and translated through wagtail-localize (the records an
editor's translation creates); the other languages get aliases, as the admin would create
them. The files are real small documents from files/ (see scripts/make_demo_documents.py).
Running it again changes nothing that exists.
"""

from datetime import date, datetime, time
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection

from core import demo
from core.roles import MEMBER_AREA_GROUPS
from home.demo import stream_data
from home.locales import add_aliases_in_other_languages

from ..collections import inbox_collection
from ..models import (
    DocumentCategory,
    DocumentLibraryPage,
    DocumentSubmission,
    LibraryCollection,
    LibraryDocument,
    NetworkDocument,
)
from . import data

# Who sees the members' collection and library: the members and the coordinators who run it.
MEMBER_GROUPS = MEMBER_AREA_GROUPS

translate = partial(demo.translate, translations=data.TRANSLATIONS)


def demo_file(name):
    return (data.FILES / name).read_bytes()


# ---------------------------------------------------------------------------------- snippets


def ensure_categories(german, locales):
    categories = {
        slug: DocumentCategory.objects.get_or_create(
            slug=slug, locale=german, defaults={"name": name}
        )[0]
        for slug, name in data.CATEGORIES
    }
    for category in categories.values():
        for code in data.LANGUAGES:
            translate(category, locales[code])
    return categories


# ---------------------------------------------------------------------------------- collections


def ensure_collection(name):
    root = Collection.get_first_root_node()
    collection = Collection.objects.filter(name=name, depth=2).first()
    return collection or root.add_child(name=name)


# ---------------------------------------------------------------------------------- documents


def ensure_document(spec, collection, category, user, original=None):
    """A stored document with its file; found again by title and collection."""
    document = NetworkDocument.objects.filter(title=spec["title"], collection=collection).first()
    if document is not None:
        return document
    with transaction.atomic():
        document = NetworkDocument(
            title=spec["title"],
            collection=collection,
            description=spec["description"],
            category=category,
            language=spec["language"],
            original=original,
            publisher=spec["publisher"],
            as_of=date.fromisoformat(spec["as_of"]) if spec.get("as_of") else None,
            uploaded_by_user=user,
        )
        document.file.save(spec["file"], ContentFile(demo_file(spec["file"])), save=False)
        document._set_document_file_metadata()
        document.save()  # reads the PDF's text
        document.tags.add(*spec.get("tags", []))
        if document.as_of:
            # "Newest first" then follows the documents' dates, not the order of this loader.
            uploaded = datetime.combine(document.as_of, time(9, 0))
            NetworkDocument.objects.filter(pk=document.pk).update(
                created_at=timezone.make_aware(uploaded)
            )
    return document


def ensure_documents(collections, categories, user):
    documents = {}
    for spec in data.DOCUMENTS:
        documents[spec["key"]] = ensure_document(
            spec,
            collections[spec["collection"]],
            categories[spec["category"]],
            user,
            original=documents.get(spec.get("original")),
        )
    return documents


def ensure_pending_share(library, categories):
    """A document the demo member shared: in the coordinators' inbox, waiting for a decision."""
    spec = data.PENDING
    member = get_user_model().objects.filter(username=spec["submitted_by"]).first()
    existing = DocumentSubmission.objects.filter(title=spec["title"], submitted_by=member).first()
    if existing is not None:
        return existing
    with transaction.atomic():
        category = categories[spec["category"]]
        document = ensure_document(spec, inbox_collection(), category, member)
        return DocumentSubmission.objects.create(
            document=document,
            title=document.title,
            library=library,
            submitted_by=member,
            language_code=spec["language"],
            status=DocumentSubmission.PENDING,
        )


# ---------------------------------------------------------------------------------- libraries


def ensure_library(spec, parent, collection, picks=()):
    library, _created = demo.ensure_child_page(
        parent,
        DocumentLibraryPage,
        spec["slug"],
        title=spec["title"],
        intro=spec["intro"],
        body=stream_data(spec["body"], {}),
        show_in_menus=spec["parent"] == "home",
        library_collections=[LibraryCollection(collection=collection, sort_order=0)],
        featured_documents=[
            LibraryDocument(document=document, sort_order=position)
            for position, document in enumerate(picks)
        ],
    )
    return library


# ---------------------------------------------------------------------------------- loader


def load(context):
    """Add the documents demo to the site home.demo built (context: locales, pages, groups)."""
    locales = context["locales"]
    pages = context["pages"]
    german = locales[settings.LANGUAGE_CODE]
    member_groups = [context["groups"][name] for name in MEMBER_GROUPS]

    categories = ensure_categories(german, locales)
    public = ensure_collection(data.PUBLIC_COLLECTION)
    members = ensure_collection(data.MEMBERS_COLLECTION)
    demo.restrict_collection(members, member_groups)
    collections = {public.name: public, members.name: members}

    coordinator = get_user_model().objects.filter(username="koordination").first()
    documents = ensure_documents(collections, categories, coordinator)

    spec = data.LIBRARY
    library = ensure_library(spec, pages[spec["parent"]], public)
    for code in data.LIBRARY_LANGUAGES:
        translate(library, locales[code])
    add_aliases_in_other_languages(library)

    spec = data.MEMBERS_LIBRARY
    picks = [documents[key] for key in spec["picks"]]
    members_library = ensure_library(spec, pages[spec["parent"]], members, picks)
    # Privacy of the German page; core.privacy copies it to every language's version.
    demo.restrict_page(members_library, member_groups)
    add_aliases_in_other_languages(members_library)

    submission = ensure_pending_share(library, categories)
    pages["dokumente"] = library
    pages["protokolle"] = members_library
    return {
        "library": library,
        "members_library": members_library,
        "documents": documents,
        "submission": submission,
    }
