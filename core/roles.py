"""The network's groups: who is in which, what each may do, and the moderation workflow.

One place for the three groups and the checks against them (`in_groups`, `is_member`): the
apps ask here instead of querying a user's groups themselves.

Permissions: core grants Wagtail's, Django's user management, wagtail-localize's and the
redirects' (none of them a project app). Each project app declares its own on its AppConfig,

    group_permissions = {COORDINATION: ["exchange.view_thread", ...]}

and `ensure_roles` collects them, so core names no app.

`ensure_roles` runs after every migrate (and so on a fresh database and in tests: core.apps),
and is safe to run again: existing groups keep what was added by hand; what is declared is put
back if missing.

AppConfig modules import the group names from here before the models are loaded: models are
imported inside the functions that need them.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

COORDINATION = "Koordination"
EDITORS = "Redaktion"
MEMBERS = "Netzwerk-Mitglieder"
GROUPS = (COORDINATION, EDITORS, MEMBERS)
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
# Model permissions of Wagtail, Django's users, wagtail-localize and the redirects. The
# project's apps add their own (`group_permissions` on their AppConfig: model_permissions()).
MODEL_PERMISSIONS = {
    COORDINATION: [
        "wagtailadmin.access_admin",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "auth.view_user",
        "wagtail_localize.submit_translation",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
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


# Who is in which group


def in_groups(user, *names):
    """Whether the user is in at least one of the named groups.

    Anonymous and inactive users are in no group; a superuser counts as in every group (as
    every check of the apps has always treated them).
    """
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    return any(name in names for name in group_names(user).values())


def group_names(user):
    """{id: name} of the user's groups: one query per user object, which lives no longer than
    a request or a task, however often the request asks (visibility, roles, menus)."""
    cached = getattr(user, "_groups_by_id", None)
    if cached is None:
        cached = dict(user.groups.values_list("pk", "name")) if user.pk else {}
        try:
            user._groups_by_id = cached
        except AttributeError:
            pass
    return cached


def is_member(user):
    """Whether the user belongs to the member area (MEMBER_AREA_GROUPS, or is a superuser).

    Asked many times in one request (each post of a thread, each recipient of a summary): the
    answer is kept on the user object, which lives no longer than the request or task.
    """
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_member", None)
    if cached is None:
        cached = user._is_member = in_groups(user, *MEMBER_AREA_GROUPS)
    return cached


def active_users_in(*names):
    """The groups' active users (superusers only if they are in one): who hears for a group."""
    return get_user_model().objects.filter(is_active=True, groups__name__in=names).distinct()


# What each group may do


def model_permissions():
    """Each group's model permissions: core's (MODEL_PERMISSIONS) and every app's declaration."""
    permissions = {name: list(MODEL_PERMISSIONS[name]) for name in GROUPS}
    for app_config in apps.get_app_configs():
        for name, dotted in getattr(app_config, "group_permissions", {}).items():
            if name not in permissions:
                raise ImproperlyConfigured(
                    f"{app_config.label}: group_permissions names the group {name!r}, "
                    f"which is none of {', '.join(GROUPS)} (core.roles)."
                )
            permissions[name].extend(dotted)
    return permissions


def _permission(dotted):
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

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
    from django.contrib.auth.models import Group
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

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUPS}
    declared = model_permissions()
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    for name, group in groups.items():
        group.permissions.add(*[_permission(p) for p in declared[name]])
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
    """The page types under which members may propose pages (core knows them only by flag)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import get_page_models

    models = [model for model in get_page_models() if getattr(model, "members_may_propose", False)]
    return ContentType.objects.get_for_models(*models).values() if models else []


def grant_member_proposals(pages, members=None):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission

    members = members or Group.objects.filter(name=MEMBERS).first()
    if members is None:
        return
    permission = _permission(f"wagtailcore.{MEMBER_PROPOSAL_PERMISSION}")
    for page in pages:
        GroupPagePermission.objects.get_or_create(group=members, page=page, permission=permission)


def grant_on_publish(sender, instance, **kwargs):
    """page_published: a new index whose type has `members_may_propose` (or its translation)
    is open to members' proposals at once."""
    from wagtail.models import Page

    if getattr(type(instance), "members_may_propose", False):
        grant_member_proposals(Page.objects.filter(translation_key=instance.translation_key))
