"""The admin's page chooser and explorer list only pages the user may open.

Members have admin access to propose events and posts, and the chooser (browse and search)
would show them every page in the tree, including the titles of other people's unpublished
drafts and of pages behind restrictions they do not pass. A user sees a page there when they
may edit it (their own pages; for the Koordination and Redaktion groups, the whole tree), or
when it is live and they may read it on the site.
"""

from django.db.models import Q
from wagtail.models import GroupPagePermission
from wagtail.permission_policies.pages import PagePermissionPolicy

from .visibility import hidden_paths

# Wagtail's page permissions that let a group edit every page below the one they are set on
# ("add" lets them edit only the pages they own, which the owner condition covers).
EDITING_PERMISSIONS = ("change_page", "publish_page")


def editable_by(user):
    """Q for the pages a user may edit: their own, and those below a group's editing grant."""
    may_edit = Q(owner=user)
    grants = GroupPagePermission.objects.filter(
        group__user=user, permission__codename__in=EDITING_PERMISSIONS
    ).values_list("page__path", flat=True)
    for path in set(grants):
        may_edit |= Q(path__startswith=path)
    return may_edit


def choosable_pages(pages, request):
    """For the construct_page_chooser_queryset hook: filters only on indexed fields (search)."""
    user = request.user
    if user.is_superuser:
        return pages
    may_edit = editable_by(user)
    may_read = Q(live=True)
    for path in hidden_paths(request):
        may_read &= ~Q(path__startswith=path)
    return pages.filter(may_edit | may_read)


def _without_others_drafts(explorable_instances):
    """Wrap Wagtail's PagePermissionPolicy.explorable_instances (explorer listing and searches).

    Members may add events and posts below their indexes, which makes every page there
    explorable for them, other members' unpublished proposals included. What the explorer
    lists, beyond the pages a user may edit, is what is live: the ancestors a user needs to
    reach their own pages are live too.
    """

    def explorable_without_others_drafts(self, user):
        pages = explorable_instances(self, user)
        if not user.is_active or user.is_superuser:
            return pages
        return pages.filter(editable_by(user) | Q(live=True))

    explorable_without_others_drafts.__wrapped__ = explorable_instances
    return explorable_without_others_drafts


if not hasattr(PagePermissionPolicy.explorable_instances, "__wrapped__"):
    PagePermissionPolicy.explorable_instances = _without_others_drafts(
        PagePermissionPolicy.explorable_instances
    )
