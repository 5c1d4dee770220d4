"""{% load directory_editing %}: what a linked member may do from an organisation's page.

    {% organisation_editing page as editing %}
    {% if editing %}<a href="{{ editing.edit_url }}">…</a>
        <form method="post" action="{{ editing.confirm_url }}">…</form>{% endif %}

None for everyone else: no query for anonymous visitors (whose pages the page cache keeps),
one for a logged-in visitor (directory.editors.linked_organisation_id).
"""

from django import template
from django.urls import reverse

from ..editors import linked_organisation_id

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_editing(context, page):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or page is None:
        return None
    organisation_id = linked_organisation_id(user, page)
    if organisation_id is None:
        return None
    return {
        "edit_url": reverse("wagtailadmin_pages:edit", args=[organisation_id]),
        "confirm_url": reverse("directory_still_correct", args=[organisation_id]),
    }
