"""Factories for document tests: collections (public and members-only), documents, libraries."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.models import Collection, CollectionViewRestriction

from core.roles import MEMBER_AREA_GROUPS
from docpages.models import DocumentCategory, DocumentLibraryPage, NetworkDocument
from home.locales import add_aliases_in_other_languages
from home.models import HomePage

from .files import pdf_bytes


@pytest.fixture
def collection(db):
    """A collection below the root; `members_only=True` restricts it to the member area groups."""

    def make(name, members_only=False):
        root = Collection.get_first_root_node()
        new = root.add_child(name=name)
        if members_only:
            restriction = CollectionViewRestriction.objects.create(
                collection=new, restriction_type=CollectionViewRestriction.GROUPS
            )
            restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))
        return new

    return make


@pytest.fixture
def doc_category(db):
    def make(name, slug):
        from wagtail.models import Locale

        return DocumentCategory.objects.get_or_create(
            slug=slug, locale=Locale.objects.get(language_code="de"), defaults={"name": name}
        )[0]

    return make


@pytest.fixture
def make_document(db):
    """A stored document; PDF by default, with `text` inside it."""

    def make(title, collection, text="Inhalt", filename=None, content=None, **fields):
        filename = filename or f"{title.lower().replace(' ', '-')}.pdf"
        content = content if content is not None else pdf_bytes(text)
        document = NetworkDocument(title=title, collection=collection, **fields)
        document.file.save(filename, ContentFile(content), save=False)
        document._set_document_file_metadata()
        document.save()
        return document

    return make


@pytest.fixture
def make_library(db):
    """A live library page below the German home page, with aliases in the other languages."""

    def make(title, collections=(), slug=None, members_only=False, documents=()):
        home = HomePage.objects.get(locale__language_code="de")
        library = DocumentLibraryPage(
            title=title, slug=slug or title.lower().replace(" ", "-"), intro="Dokumente."
        )
        for position, collection in enumerate(collections):
            library.library_collections.add(
                library.library_collections.model(collection=collection, sort_order=position)
            )
        for position, document in enumerate(documents):
            library.featured_documents.add(
                library.featured_documents.model(document=document, sort_order=position)
            )
        home.add_child(instance=library)
        library.save_revision().publish()
        if members_only:
            from wagtail.models import PageViewRestriction

            restriction = PageViewRestriction.objects.create(
                page=library, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))
        add_aliases_in_other_languages(library)
        return library

    return make
