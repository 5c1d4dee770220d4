"""Who may see an event's participants in the admin, and how a date is named in its addresses.

Participants' names and addresses are personal data: the Koordination group (and superusers)
see every event's, everyone else only those of events they may edit by Wagtail's page
permissions (the event's owner, a member who proposed it, Redaktion, who edit every page).
Every screen and every export asks `may_see_participants` for the page in its address before
it reads anything (a 403 otherwise, core.admin_refusal), and every registration it acts on must
belong to that page's event, so an address with another event's registration is a 404.

A date travels in addresses as its start in UTC, `20261210T170000Z`: readable, no characters
that need escaping, and the same for every language version of the event.
"""

from datetime import UTC, datetime

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.roles import COORDINATION, in_groups

from ..models import EventPage

DATE_FORMAT = "%Y%m%dT%H%M%SZ"


def sees_every_event(user):
    return in_groups(user, COORDINATION)


def may_see_participants(user, page):
    """Koordination (and superusers), or who may edit this event page."""
    if not (user.is_authenticated and user.is_active):
        return False
    return sees_every_event(user) or page.permissions_for_user(user).can_edit()


def events_for(user):
    """The events that take registrations whose participants this user may see: one row per
    event (its German version, where the registration settings are kept)."""
    events = EventPage.objects.filter(
        takes_registrations=True, locale__language_code=settings.LANGUAGE_CODE
    )
    if sees_every_event(user):
        return events
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    return events.filter(pk__in=editable.values("pk"))


def event_page(page_id):
    """The event page of an address, or 404 (any language version: they share their dates)."""
    return get_object_or_404(EventPage, pk=page_id)


def date_slug(start):
    return start.astimezone(UTC).strftime(DATE_FORMAT)


def parse_date_slug(slug):
    """The start a date's address names; 404 when it names none."""
    try:
        return datetime.strptime(slug, DATE_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise Http404 from None
