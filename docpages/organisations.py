"""The documents of an organisation of the directory (NetworkDocument.organisation, issue 22).

An organisation's page lists its public documents: those anyone may open by the library's own
rule (docpages.queries.visible_library_documents for the public visitor: no members-only
collection, never the coordinators' inbox). The page is the same for every visitor, so a
member sees there what the public sees. Documents linked to any language version of the
organisation count (matched by its translation key). The directory is known only by the
foreign key's target (a page): nothing of it is imported.
"""

from wagtail.models import Page

from core.visibility import public_visitor

from .queries import visible_library_documents


def organisation_documents(organisation):
    """The organisation's public documents by title, with what a line shows (file type, size,
    language): one query after the visibility rule's (kept per content generation)."""
    versions = Page.objects.filter(translation_key=organisation.translation_key).values("pk")
    return list(
        visible_library_documents(public_visitor())
        .filter(organisation_id__in=versions)
        .defer("text")
        .order_by("title", "pk")
    )
