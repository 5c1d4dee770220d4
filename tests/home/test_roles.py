"""Groups, permissions and the moderation workflow exist after migrate; members cannot publish."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ContentPage
from home.roles import COORDINATION, EDITORS, MEMBERS, WORKFLOW_NAME

pytestmark = pytest.mark.django_db


def page_permissions(group_name):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name).values_list(
            "permission__codename", flat=True
        )
    )


def test_groups_exist_with_admin_access():
    for name in (COORDINATION, EDITORS, MEMBERS):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()


def test_page_permissions_per_group():
    assert {"add_page", "change_page", "publish_page"} <= page_permissions(COORDINATION)
    assert {"add_page", "change_page", "publish_page"} <= page_permissions(EDITORS)
    assert page_permissions(MEMBERS) == {"add_page", "change_page"}


def test_coordination_manages_users_and_editors_do_not():
    coordination = Group.objects.get(name=COORDINATION)
    editors = Group.objects.get(name=EDITORS)
    for codename in ("add_user", "change_user", "delete_user"):
        assert coordination.permissions.filter(codename=codename).exists()
        assert not editors.permissions.filter(codename=codename).exists()


def test_workflow_for_member_submissions():
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert workflow.active
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [COORDINATION]
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow == workflow
    german_page = Page.objects.get(locale__language_code="de", slug="beratung")
    assert german_page.get_workflow() == workflow


def test_member_cannot_publish(user_in_group):
    member = user_in_group("mila", MEMBERS)
    editor = user_in_group("reda", EDITORS)
    page = Page.objects.get(locale__language_code="de", slug="beratung")
    assert page.permissions_for_user(member).can_edit()
    assert not page.permissions_for_user(member).can_publish()
    assert page.permissions_for_user(editor).can_publish()


def _new_page_post(title, action=None):
    data = nested_form_data(
        {"title": title, "slug": "neu-von-mitglied", "intro": "", "body": streamfield([])}
    )
    if action:
        data[action] = "1"
    return data


def test_member_publish_attempt_creates_no_live_page(client, user_in_group):
    member = user_in_group("mila", MEMBERS)
    client.force_login(member)
    home = Page.objects.get(locale__language_code="de", depth=2)
    url = f"/admin/pages/add/home/contentpage/{home.pk}/"
    response = client.post(url, _new_page_post("Treffen der Mitglieder", "action-publish"))
    assert response.status_code in (200, 302, 403)
    assert not ContentPage.objects.filter(slug="neu-von-mitglied", live=True).exists()


def test_member_submits_draft_to_coordination(client, user_in_group):
    member = user_in_group("mila", MEMBERS)
    client.force_login(member)
    home = Page.objects.get(locale__language_code="de", depth=2)
    url = f"/admin/pages/add/home/contentpage/{home.pk}/"
    response = client.post(url, _new_page_post("Sprachcafé", "action-submit"))
    assert response.status_code == 302
    page = ContentPage.objects.get(slug="neu-von-mitglied", locale__language_code="de")
    assert not page.live
    state = page.current_workflow_state
    assert state is not None
    assert state.workflow.name == WORKFLOW_NAME
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_editor_logs_into_admin(client):
    response = client.post("/admin/login/", {"username": "redaktion", "password": "netzwerk-demo"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
