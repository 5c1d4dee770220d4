"""'Angaben stimmen noch': from the reminder mail's link, or a linked member's button.

Site-level addresses under the language prefix (network_site/urls.py), not routes below the
organisation page: its slug may be renamed or translated, and the link in a mail must keep
working. The language prefix only chooses the language the page is shown in.

- `review` (the mail's link, no login): GET shows the entry and a button; only the POST
  confirms, since mail scanners and link previews open links. Afterwards: thanks and the date.
- `still_correct` (the button on the organisation page): POST only, for a logged-in member
  linked to the organisation (directory.editors); anyone else gets 403.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from core.site_url import page_url

from . import checking, reviews
from .editors import linked_organisation_id
from .models import OrganisationPage

TEMPLATES = "directory/review/"


def shown(organisation):
    """The entry in the visitor's language where there is one (translation or alias)."""
    return reviews.in_language(organisation, get_language())


def link_problem(request, problem, status):
    context = {"problem": problem, "link_days": reviews.LINK_MAX_AGE.days}
    return TemplateResponse(request, TEMPLATES + "link_problem.html", context, status=status)


def thanks(request, organisation):
    local = shown(organisation)
    context = {
        "organisation": local,
        "page_url": page_url(local),
        "day": organisation.last_checked_at,
    }
    return TemplateResponse(request, TEMPLATES + "thanks.html", context)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def review(request, token):
    try:
        organisation = reviews.read_token(token)
    except reviews.ExpiredToken:
        return link_problem(request, "expired", 400)
    except reviews.InvalidToken:
        return link_problem(request, "invalid", 404)
    if not organisation.live:
        return link_problem(request, "invalid", 404)
    if request.method == "POST":
        checking.mark_checked(organisation)
        return thanks(request, organisation)
    local = shown(organisation)
    context = {
        "organisation": local,
        "page_url": page_url(local),
        "last_checked_at": organisation.last_checked_at,
    }
    return TemplateResponse(request, TEMPLATES + "confirm.html", context)


@never_cache
@require_POST
def still_correct(request, pk):
    page = get_object_or_404(OrganisationPage, pk=pk)
    if not request.user.is_authenticated:
        raise PermissionDenied
    organisation_id = linked_organisation_id(request.user, page)
    if organisation_id is None:
        raise PermissionDenied
    organisation = OrganisationPage.objects.filter(pk=organisation_id).first()
    if organisation is None:
        raise Http404
    checking.mark_checked(organisation)
    return thanks(request, organisation)
