"""The coordinators' inbox stays closed to editors; other collections are open to them."""

import pytest
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from core.roles import COORDINATION, EDITORS, MEMBERS
from docpages.collections import INBOX_NAME, ensure_inbox, inbox_collection

pytestmark = pytest.mark.django_db


def policy():
    return policy_registry.get_by_type(get_document_model())


def test_inbox_exists_once_and_only_coordination_may_view_it():
    ensure_inbox()
    inbox = inbox_collection()

    assert Collection.objects.filter(name=INBOX_NAME).count() == 1
    restriction = inbox.get_view_restrictions().get()
    assert list(restriction.groups.values_list("name", flat=True)) == [COORDINATION]


def test_editors_manage_documents_outside_the_inbox_only(user_in_group):
    editor = user_in_group("rana", EDITORS)
    coordinator = user_in_group("kim", COORDINATION)
    public = Collection.get_first_root_node().add_child(name="Neue Sammlung")

    editable_by_editor = policy().collections_user_has_permission_for(editor, "change")
    editable_by_coordinator = policy().collections_user_has_permission_for(coordinator, "change")

    assert public in editable_by_editor
    assert inbox_collection() not in editable_by_editor
    assert inbox_collection() in editable_by_coordinator


def test_inbox_documents_are_not_listed_for_editors_in_the_admin(
    client, user_in_group, collection, make_document
):
    hidden = make_document("Eingereichter Entwurf", inbox_collection())
    visible = make_document("Öffentlicher Ratgeber", collection("Ratgeber"))
    client.force_login(user_in_group("rana", EDITORS))

    html = client.get("/admin/documents/").content.decode()

    assert visible.title in html
    assert hidden.title not in html
    assert client.get(f"/admin/documents/edit/{hidden.pk}/").status_code in {302, 403}


def test_members_have_no_document_permissions_in_the_admin(user_in_group):
    member = user_in_group("milan", MEMBERS)

    assert (
        not policy()
        .collections_user_has_any_permission_for(member, ["add", "change", "choose"])
        .exists()
    )
    assert (
        not Group.objects.get(name=MEMBERS)
        .collection_permissions.filter(permission__content_type__app_label="wagtaildocs")
        .exists()
    )
