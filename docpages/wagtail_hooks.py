"""Admin hooks of the document app: versions, the inbox, the categories, the site search."""

from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.admin_translations import TranslatableSnippetViewSet

from .models import DocumentCategory


# --- Earlier versions of a document (docpages.versions) ---
@hooks.register("register_admin_urls")
def register_document_version_urls():
    from . import versions

    return [path("document-versions/", include(versions))]


# --- Coordinators' inbox of documents shared by members (docpages.inbox) ---
@hooks.register("register_admin_viewset")
def register_shared_documents_inbox():
    from .inbox import InboxViewSet

    return InboxViewSet()


# --- Documents in the site search (docpages.search) ---
@hooks.register("site_search_sections")
def search_documents(request, query):
    from .search import document_search_section

    return document_search_section(request, query)


# --- The coordinators' desk (core.desk): shared documents waiting in the inbox ---
@hooks.register("register_desk_item")
def shared_documents_desk_item():
    from django.urls import reverse
    from django.utils.translation import gettext_lazy as _

    from core.desk import DeskItem
    from core.roles import COORDINATION

    from .inbox import NAMESPACE, PENDING
    from .models import DocumentSubmission

    # Members' documents are for Koordination alone (the inbox is closed to Redaktion).
    return DeskItem(
        name="shared-documents",
        label=_("Geteilte Dokumente zur Freigabe"),
        count=lambda request: DocumentSubmission.objects.filter(status=PENDING).count(),
        url=lambda: reverse(f"{NAMESPACE}:index") + f"?status={PENDING}",
        groups=(COORDINATION,),
        order=20,
    )


# --- Document categories: a translatable snippet, one language at a time with badges ---
class DocumentCategoryViewSet(TranslatableSnippetViewSet):
    model = DocumentCategory
    icon = "tag"
    list_display = ["name", "slug"]


register_snippet(DocumentCategoryViewSet)


# --- The documents listing: filters by language and category (docpages.admin_documents) ---
def _install_document_filters():
    from .admin_documents import install

    install()


_install_document_filters()


# --- The members' page (home's members_area_links): members' libraries, the share form ---
@hooks.register("members_area_links")
def members_area_documents(request, members_page):
    from .members_area import members_area_links

    return members_area_links(request, members_page)
