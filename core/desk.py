"""The desk: what waits for the coordination office, on the admin dashboard.

One panel at the top of Wagtail's dashboard lists what waits, each item a count, a label and
a link to the admin screen where it is dealt with (filtered to what waits, where that screen
has filters). Core knows no app: each app declares its own items with a Wagtail hook in its
`wagtail_hooks.py`, the way it declares menu items or viewsets,

    @hooks.register("register_desk_item")
    def shared_documents_waiting():
        return DeskItem(
            name="shared-documents",
            label=_("Geteilte Dokumente zur Freigabe"),
            count=lambda request: DocumentSubmission.objects.filter(status=PENDING).count(),
            url=lambda: reverse("shared_documents:index") + "?status=pending",
            groups=(COORDINATION,),
        )

A hook rather than an AppConfig attribute (as `demo_loader` or `group_permissions`): the desk
lives in Wagtail's admin, and Wagtail's admin is extended through hooks; apps keep their admin
in `wagtail_hooks.py`, loaded only where the admin runs.

Who sees an item: the groups it names (`core.roles`; superusers see all). Redaktion's desk
is Koordination's without what only Koordination decides (members' drafts, members'
documents, the board's reports): those items name Koordination alone. Someone in neither
group gets no panel at all.

What it costs: one query for the user's groups, then each item's `count`, which must be one
query (a `.count()` or an aggregate) whatever the amount of content; the dashboard's queries
stay constant (tests/core/test_desk.py).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

HOOK = "register_desk_item"


@dataclass(frozen=True)
class DeskItem:
    """One thing that waits: `count(request)` (one query), `url()` (the admin screen)."""

    name: str  # stable and unique: the item's HTML id, and what tests look for
    # What waits, as a title the count follows ("Gemeldete Beiträge: 2"): no plural forms.
    label: str
    count: Callable
    url: Callable
    groups: tuple = ()
    order: int = 100
    # Said instead of the count when nothing waits.
    empty_label: str = field(default=_("Nichts offen"))

    def is_shown_to(self, group_names, is_superuser=False):
        return is_superuser or bool(set(self.groups) & group_names)


def declared_items() -> list:
    """Every app's desk items, in their order (a hook may return one item or several)."""
    items = []
    for hook in hooks.get_hooks(HOOK):
        declared = hook()
        if declared is None:
            continue
        if isinstance(declared, DeskItem):
            items.append(declared)
        else:
            items.extend(declared)
    names = [item.name for item in items]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"Desk items declared twice: {', '.join(sorted(duplicates))}")
    return sorted(items, key=lambda item: (item.order, item.name))


def items_for(user) -> list:
    """The items this user sees (one query for the user's groups)."""
    if not (user.is_authenticated and user.is_active):
        return []
    group_names = set() if user.is_superuser else set(user.groups.values_list("name", flat=True))
    return [item for item in declared_items() if item.is_shown_to(group_names, user.is_superuser)]


@dataclass(frozen=True)
class CountedItem:
    """What the template shows of one item."""

    name: str
    label: str
    empty_label: str
    count: int
    url: str


def counted(items: Iterable, request) -> list:
    return [
        CountedItem(
            name=item.name,
            label=item.label,
            empty_label=item.empty_label,
            count=item.count(request),
            url=item.url(),
        )
        for item in items
    ]


class DeskPanel(Component):
    """The dashboard panel (a labelled section: a landmark with its heading, then a list)."""

    name = "desk"
    template_name = "core/admin/desk_panel.html"
    # Before Wagtail's own panels (workflow 210/220, recent edits 250, locked pages 300).
    order = 50

    def __init__(self, items):
        self.items = items

    class Media:
        css = {"all": ["core/admin/desk.css"]}

    def get_context_data(self, parent_context=None):
        request = parent_context["request"]
        rows = counted(self.items, request)
        return {
            "items": rows,
            "waiting": sum(row.count for row in rows),
        }


def add_desk_panel(request, panels):
    """construct_homepage_panels: the desk first, for those who see at least one item."""
    items = items_for(request.user)
    if items:
        panels.append(DeskPanel(items))
