"""core.roles: who counts as in a group, and the groups' permissions collected from every app."""

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.core.exceptions import ImproperlyConfigured
from django.db.models.signals import post_migrate
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowTask,
)

from core.apps import set_up_after_migrate
from core.roles import (
    COORDINATION,
    EDITORS,
    MEMBER_AREA_GROUPS,
    MEMBERS,
    MODEL_PERMISSIONS,
    active_users_in,
    ensure_roles,
    in_groups,
    is_member,
    model_permissions,
)

pytestmark = pytest.mark.django_db

EXCHANGE_PERMISSIONS = {
    "view_thread",
    "change_thread",
    "view_post",
    "change_post",
    "view_report",
    "change_report",
    "add_topic",
    "change_topic",
    "delete_topic",
    "view_topic",
}


def codenames(group_name, app_label):
    return set(
        Group.objects.get(name=group_name)
        .permissions.filter(content_type__app_label=app_label)
        .values_list("codename", flat=True)
    )


def role_rows():
    """Everything ensure_roles creates, counted."""
    return {
        "groups": Group.objects.count(),
        "group permissions": Group.permissions.through.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "workflows": Workflow.objects.count(),
        "tasks": GroupApprovalTask.objects.count(),
        "workflow tasks": WorkflowTask.objects.count(),
    }


# ------------------------------------------------------------------------- in_groups


def test_in_groups_is_true_for_a_group_of_the_user_only(user_in_group):
    editor = user_in_group("reda-core", EDITORS)
    assert in_groups(editor, EDITORS)
    assert in_groups(editor, COORDINATION, EDITORS)  # any of the names
    assert not in_groups(editor, COORDINATION)
    assert not in_groups(editor, MEMBERS, COORDINATION)
    assert not in_groups(editor)


def test_in_groups_counts_a_superuser_in_every_group(user_in_group):
    boss = user_in_group("chefin-core", is_superuser=True)
    assert not boss.groups.exists()
    for name in (COORDINATION, EDITORS, MEMBERS, "a group nobody made"):
        assert in_groups(boss, name)


def test_anonymous_and_inactive_users_are_in_no_group(user_in_group):
    assert not in_groups(AnonymousUser(), *MEMBER_AREA_GROUPS)
    former = user_in_group("ehemalig-core", COORDINATION, is_active=False)
    assert not in_groups(former, COORDINATION)
    former_boss = user_in_group("ex-chefin-core", is_superuser=True, is_active=False)
    assert not in_groups(former_boss, COORDINATION)
    # The same users, active, are in.
    former.is_active = former_boss.is_active = True
    assert in_groups(former, COORDINATION)
    assert in_groups(former_boss, COORDINATION)


# ------------------------------------------------------------------------- is_member


@pytest.mark.parametrize("group_name", MEMBER_AREA_GROUPS)
def test_every_member_area_group_makes_a_member(user_in_group, group_name):
    assert is_member(user_in_group("mitglied-core", group_name))


def test_no_member_without_a_member_area_group(user_in_group):
    assert not is_member(user_in_group("gast-core"))
    assert not is_member(AnonymousUser())
    assert not is_member(user_in_group("weg-core", MEMBERS, is_active=False))
    assert is_member(user_in_group("chefin-core", is_superuser=True))


def test_is_member_asks_the_database_once_per_user_object(user_in_group, django_assert_num_queries):
    member = user_in_group("mila-core", MEMBERS)
    outsider = user_in_group("gast-core")
    with django_assert_num_queries(2):
        assert is_member(member) and not is_member(outsider)
    with django_assert_num_queries(0):
        assert is_member(member) and not is_member(outsider)


def test_active_users_in_a_group(user_in_group):
    user_in_group("kora-core", COORDINATION)
    user_in_group("weg-core", COORDINATION, is_active=False)
    user_in_group("reda-core", EDITORS)
    user_in_group("chefin-core", is_superuser=True)
    users = set(active_users_in(COORDINATION).values_list("username", flat=True))
    assert "kora-core" in users
    assert not users & {"weg-core", "reda-core", "chefin-core"}


# ------------------------------------------------------------------------- permissions


def test_core_grants_only_permissions_of_apps_that_are_not_the_projects():
    labels = {dotted.split(".")[0] for names in MODEL_PERMISSIONS.values() for dotted in names}
    assert labels == {"wagtailadmin", "auth", "wagtail_localize", "wagtailredirects"}


def test_apps_declare_their_permissions_and_coordination_gets_them():
    declared = model_permissions()
    assert {f"exchange.{codename}" for codename in EXCHANGE_PERMISSIONS} <= set(
        declared[COORDINATION]
    )
    assert "home.change_footersettings" in declared[COORDINATION]
    assert "embedding.change_embedsettings" in declared[COORDINATION]
    assert not any(d.startswith("exchange.") for d in declared[EDITORS] + declared[MEMBERS])

    assert codenames(COORDINATION, "exchange") == EXCHANGE_PERMISSIONS
    assert codenames(COORDINATION, "home") == {
        "change_footersettings",
        "change_membersareasettings",
        "change_accessibilitysettings",
        "change_sitelook",
    }
    assert codenames(COORDINATION, "embedding") == {"change_embedsettings"}
    assert codenames(EDITORS, "exchange") == set()
    assert codenames(MEMBERS, "exchange") == set()


def test_ensure_roles_grants_what_an_app_config_declares(monkeypatch):
    exchange = apps.get_app_config("exchange")
    monkeypatch.setattr(
        exchange, "group_permissions", {EDITORS: ["exchange.view_topic", "exchange.view_thread"]}
    )
    assert codenames(EDITORS, "exchange") == set()
    ensure_roles()
    assert codenames(EDITORS, "exchange") == {"view_topic", "view_thread"}
    # Editors keep their own (core's) permissions.
    assert Group.objects.get(name=EDITORS).permissions.filter(codename="access_admin").exists()


def test_a_declaration_for_a_group_core_does_not_know_is_refused(monkeypatch):
    monkeypatch.setattr(
        apps.get_app_config("exchange"), "group_permissions", {"Moderators": ["exchange.view_post"]}
    )
    with pytest.raises(ImproperlyConfigured, match="exchange.*Moderators"):
        ensure_roles()
    assert not Group.objects.filter(name="Moderators").exists()


def test_ensure_roles_is_idempotent_and_puts_back_what_is_missing():
    ensure_roles()
    before = role_rows()
    ensure_roles()
    assert role_rows() == before
    coordination = Group.objects.get(name=COORDINATION)
    moderate = Permission.objects.get(content_type__app_label="exchange", codename="change_post")
    coordination.permissions.remove(moderate)
    extra = Permission.objects.get(content_type__app_label="exchange", codename="delete_post")
    coordination.permissions.add(extra)  # added by hand: kept
    ensure_roles()
    assert codenames(COORDINATION, "exchange") == EXCHANGE_PERMISSIONS | {"delete_post"}


def test_roles_are_set_up_after_every_migrate():
    """core's post_migrate receiver (also after a test database flush) runs ensure_roles."""
    core = apps.get_app_config("core")
    assert post_migrate.disconnect(set_up_after_migrate, sender=core)  # it was connected
    post_migrate.connect(set_up_after_migrate, sender=core)
    coordination = Group.objects.get(name=COORDINATION)
    coordination.permissions.remove(
        *coordination.permissions.filter(content_type__app_label="exchange")
    )
    Group.objects.filter(name=MEMBERS).delete()
    set_up_after_migrate(sender=core)
    assert codenames(COORDINATION, "exchange") == EXCHANGE_PERMISSIONS
    assert Group.objects.get(name=MEMBERS).permissions.filter(codename="access_admin").exists()
