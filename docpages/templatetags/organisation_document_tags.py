"""An organisation's public documents on its page in the directory (docpages.organisations);
the directory shows them through this tag and imports nothing of ours."""

from django import template

from core import fragments

from ..organisations import organisation_documents as public_documents

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_documents(context, organisation):
    """The section "Dokumente", or nothing at all (no heading) when there are none.

    Rendered once per organisation page, language and content generation (core.fragments):
    one query when built, none after."""
    return fragments.kept(
        "docpages:organisation",
        "docpages/includes/organisation_documents.html",
        lambda: {"documents": public_documents(organisation)},
        context.get("request"),
        extra=(organisation.pk,),
    )
