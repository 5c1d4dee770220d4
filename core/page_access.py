"""Who may read a page, checked before Wagtail serves it.

Wagtail's own check (its on_serve_page hook) has two gaps this closes:
- an alias is checked against its original page but not the original's ancestors, so an alias
  of a page in the members' area, made under a public page, was public (core.privacy);
- everyone who fails a restriction is sent to the login page, which sends a logged-in visitor
  straight back: an endless redirect for someone logged in but not in the allowed groups.
  They get the 403 page (network_site/templates/403.html), as for members-only documents.
Anonymous visitors are still sent to the login page, with the page as `next`.
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import PageViewRestriction
from wagtail.wagtail_hooks import require_wagtail_login

from .middleware import mark_restricted
from .visibility import passes, restrictions_over


def check_access(page, request):
    """None when the visitor may read the page; else the answer (or PermissionDenied)."""
    restrictions = restrictions_over(page.path, request)
    if not restrictions:
        return None
    mark_restricted(request)  # never stored by a shared cache, whatever the answer
    for restriction in restrictions:
        if passes(restriction, request):
            continue
        if restriction.restriction_type == PageViewRestriction.PASSWORD:
            return password_form(page, request, restriction)
        if request.user.is_authenticated:
            raise PermissionDenied
        response = require_wagtail_login(next=request.get_full_path())
        add_never_cache_headers(response)
        return response
    return None


def password_form(page, request, restriction):
    """Wagtail's password page, for a restriction that may sit on an alias's original."""
    form = PasswordViewRestrictionForm(
        instance=restriction, initial={"return_url": request.get_full_path()}
    )
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    response = page.serve_password_required_response(request, form, action_url)
    add_never_cache_headers(response)
    return response
