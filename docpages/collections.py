"""The collections this app relies on: the coordinators' inbox for documents shared by members.

Wagtail's collection permissions apply to a collection and everything below it, so a
permission on the root would open the inbox as well. Editors therefore get their document
permissions on each top-level collection except the inbox, also on ones created later.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission

from core import memo
from core.roles import COORDINATION, EDITORS

INBOX_NAME = "Eingang: geteilte Dokumente"
EDITOR_DOCUMENT_PERMISSIONS = ["add_document", "change_document", "choose_document"]


@transaction.atomic
def ensure_inbox():
    """A collection only coordinators can open; shared documents wait there for approval."""
    root = Collection.get_first_root_node()
    if root is None:
        return None
    inbox = Collection.objects.filter(name=INBOX_NAME, depth=2).first()
    if inbox is None:
        inbox = root.add_child(name=INBOX_NAME)
    coordination = Group.objects.filter(name=COORDINATION).first()
    restriction, _created = CollectionViewRestriction.objects.get_or_create(
        collection=inbox, restriction_type=CollectionViewRestriction.GROUPS
    )
    if coordination is not None:
        restriction.groups.add(coordination)
    editors = Group.objects.filter(name=EDITORS).first()
    if editors is not None:
        GroupCollectionPermission.objects.filter(
            group=editors, permission__content_type__app_label="wagtaildocs"
        ).filter(collection__in=[root, inbox]).delete()
        for collection in Collection.objects.filter(depth=2).exclude(pk=inbox.pk):
            grant_editor_document_permissions(collection, editors)
    return inbox


def inbox_collection():
    """The members' inbox collection (kept per content generation: every library asks)."""
    return memo.remember(
        "docpages:inbox",
        lambda: Collection.objects.filter(name=INBOX_NAME, depth=2).first() or ensure_inbox(),
    )


def grant_editor_document_permissions(collection, editors=None):
    editors = editors or Group.objects.filter(name=EDITORS).first()
    if editors is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtaildocs", codename__in=EDITOR_DOCUMENT_PERMISSIONS
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=editors, collection=collection, permission=permission
        )


@receiver(post_save, sender=Collection)
def open_new_collection_to_editors(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.depth == 2 and instance.name != INBOX_NAME:
        grant_editor_document_permissions(instance)
