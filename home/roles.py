"""The network's groups, their Wagtail permissions and the moderation workflow.

Created after every migrate (and so on a fresh database and in tests), and safe to run again:
existing groups keep what was added by hand; what is listed here is put back if missing.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

COORDINATION = "Koordination"
EDITORS = "Redaktion"
MEMBERS = "Netzwerk-Mitglieder"
# Who sees members-only pages, collections and the board: the members and those who run the site.
MEMBER_AREA_GROUPS = (COORDINATION, EDITORS, MEMBERS)
WORKFLOW_NAME = "Freigabe durch Koordination"
TASK_NAME = "Prüfung durch Koordination"

ALL_PAGE_ACTIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
PAGE_PERMISSIONS = {
    COORDINATION: ALL_PAGE_ACTIONS,
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    # Members get no rights on the tree as a whole: see MEMBER_PROPOSAL_PERMISSION.
    MEMBERS: [],
}
# Members propose events and posts: they may add pages under the indexes whose page type sets
# `members_may_propose = True` (in every language) and edit the pages they created there
# (Wagtail's meaning of add_page). Publishing is left to the moderation workflow.
MEMBER_PROPOSAL_PERMISSION = "add_page"
COLLECTION_PERMISSIONS = {
    COORDINATION: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.delete_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.delete_document",
        "wagtaildocs.choose_document",
    ],
    # Editors' document permissions are granted per collection (docpages.collections), so
    # that the coordinators' inbox of shared documents stays closed to them.
    EDITORS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
    ],
    MEMBERS: [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
    ],
}
MODEL_PERMISSIONS = {
    COORDINATION: [
        "wagtailadmin.access_admin",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "auth.view_user",
        "wagtail_localize.submit_translation",
        "home.change_footersettings",
        "embedding.change_embedsettings",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        # The members' board: moderation (exchange.access.can_moderate) and its topics.
        "exchange.view_thread",
        "exchange.change_thread",
        "exchange.view_post",
        "exchange.change_post",
        "exchange.view_report",
        "exchange.change_report",
        "exchange.add_topic",
        "exchange.change_topic",
        "exchange.delete_topic",
        "exchange.view_topic",
    ],
    EDITORS: ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
    MEMBERS: ["wagtailadmin.access_admin"],
}
# Wagtail's starter groups and workflow would only confuse coordinators.
WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


# Permissions that Wagtail and wagtail-localize create in migrations, not from model Meta:
# a database flush (transactional tests) removes them, so they are recreated here.
MIGRATION_PERMISSIONS = {
    "wagtailadmin.access_admin": ("admin", "Can access Wagtail admin"),
    "wagtail_localize.submit_translation": ("translation", "Can submit translations"),
}


def _permission(dotted):
    app_label, codename = dotted.split(".")
    if dotted in MIGRATION_PERMISSIONS:
        model, name = MIGRATION_PERMISSIONS[dotted]
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        return Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_roles():
    """Create or complete the three groups and the workflow; return the groups by name."""
    groups = {
        name: Group.objects.get_or_create(name=name)[0] for name in (COORDINATION, EDITORS, MEMBERS)
    }
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    for name, group in groups.items():
        group.permissions.add(*[_permission(p) for p in MODEL_PERMISSIONS[name]])
        if root_page is not None:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=_permission(f"wagtailcore.{codename}")
                )
        if root_collection is not None:
            for dotted in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=_permission(dotted)
                )

    if root_page is not None:
        # Earlier versions let members draft anywhere in the tree.
        GroupPagePermission.objects.filter(group=groups[MEMBERS], page=root_page).delete()
    grant_member_proposals(
        Page.objects.filter(content_type__in=proposal_content_types()), groups[MEMBERS]
    )

    for name in WAGTAIL_DEFAULT_GROUPS:
        Group.objects.filter(name=name, user__isnull=True).delete()

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(groups[COORDINATION])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)
    return groups


def proposal_content_types():
    """The page types under which members may propose pages (home knows them only by flag)."""
    from wagtail.models import get_page_models

    models = [model for model in get_page_models() if getattr(model, "members_may_propose", False)]
    return ContentType.objects.get_for_models(*models).values() if models else []


def grant_member_proposals(pages, members=None):
    members = members or Group.objects.filter(name=MEMBERS).first()
    if members is None:
        return
    permission = _permission(f"wagtailcore.{MEMBER_PROPOSAL_PERMISSION}")
    for page in pages:
        GroupPagePermission.objects.get_or_create(group=members, page=page, permission=permission)


def grant_on_publish(sender, instance, **kwargs):
    """A new event or news index (or its translation) is open to members' proposals at once."""
    if getattr(type(instance), "members_may_propose", False):
        grant_member_proposals(Page.objects.filter(translation_key=instance.translation_key))
