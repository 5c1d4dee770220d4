"""Groups, permissions and the moderation workflow exist after migrate; members cannot publish."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.roles import COORDINATION, EDITORS, MEMBERS, WORKFLOW_NAME
from home.models import ContentPage

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
    assert page_permissions(MEMBERS) == {"add_page"}


def test_members_may_propose_only_under_event_and_news_indexes():
    granted = GroupPagePermission.objects.filter(group__name=MEMBERS).select_related("page")
    types = {grant.page.specific_class.__name__ for grant in granted}
    assert types == {"EventIndexPage", "BlogIndexPage"}
    # In every language: the German index and its translations or aliases.
    languages = {grant.page.locale.language_code for grant in granted}
    assert languages == {"de", "en", "ar", "fa", "uk", "ru", "tr"}
    assert not granted.filter(page__depth__lte=2).exists()


def test_new_index_is_open_to_members_once_published(user_in_group):
    from eventpages.models import EventIndexPage

    member = user_in_group("mila", MEMBERS)
    home = Page.objects.get(locale__language_code="de", depth=2)
    index = EventIndexPage(title="Termine Zeitz", slug="termine-zeitz")
    home.add_child(instance=index)
    assert not index.permissions_for_user(member).can_add_subpage()
    index.save_revision().publish()
    member = type(member).objects.get(pk=member.pk)  # Wagtail caches permissions on the user
    assert index.permissions_for_user(member).can_add_subpage()
    assert not index.permissions_for_user(member).can_publish()


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


def test_member_cannot_publish_nor_edit_the_sites_pages(user_in_group):
    member = user_in_group("mila", MEMBERS)
    editor = user_in_group("reda", EDITORS)
    page = Page.objects.get(locale__language_code="de", slug="beratung")
    assert not page.permissions_for_user(member).can_edit()
    assert not page.permissions_for_user(member).can_publish()
    assert page.permissions_for_user(editor).can_publish()


def _new_page_post(title, action=None):
    data = nested_form_data(
        {"title": title, "slug": "neu-von-mitglied", "intro": "", "body": streamfield([])}
    )
    if action:
        data[action] = "1"
    return data


def test_member_cannot_add_pages_to_the_sites_pages(client, user_in_group):
    member = user_in_group("mila", MEMBERS)
    client.force_login(member)
    home = Page.objects.get(locale__language_code="de", depth=2)
    url = f"/admin/pages/add/home/contentpage/{home.pk}/"
    response = client.post(url, _new_page_post("Treffen der Mitglieder", "action-publish"))
    assert response.status_code in (302, 403)
    assert not ContentPage.objects.filter(slug="neu-von-mitglied").exists()


def test_member_submits_a_news_post_to_coordination_and_edits_it(client, user_in_group):
    from blogpages.models import BlogIndexPage, BlogPage

    member = user_in_group("mila", MEMBERS)
    home = Page.objects.get(locale__language_code="de", depth=2)
    index = BlogIndexPage(title="Neues aus Zeitz", slug="neues-zeitz")
    home.add_child(instance=index)
    index.save_revision().publish()
    client.force_login(member)
    data = nested_form_data(
        {
            "title": "Sprachcafé in Zeitz",
            "slug": "sprachcafe-zeitz",
            "date": "2026-11-20",
            "teaser": "Jeden Donnerstag.",
            "body": streamfield([]),
            "tags": "",
            "related_events": inline_formset([]),
            "attached_documents": inline_formset([]),
        }
    )
    data["action-submit"] = "1"
    response = client.post(f"/admin/pages/add/blogpages/blogpage/{index.pk}/", data)
    assert response.status_code == 302
    post = BlogPage.objects.get(slug="sprachcafe-zeitz", locale__language_code="de")
    assert not post.live
    assert post.owner == member
    state = post.current_workflow_state
    assert state is not None
    assert state.workflow.name == WORKFLOW_NAME
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # Her own proposal stays hers to edit; the index itself is not.
    assert post.permissions_for_user(member).can_edit()
    assert not index.permissions_for_user(member).can_edit()


def test_editor_logs_into_admin(client):
    response = client.post("/admin/login/", {"username": "redaktion", "password": "netzwerk-demo"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_editors_can_add_every_kind_of_section_under_the_home_page():
    from blogpages.models import BlogIndexPage, BlogPage
    from docpages.models import DocumentLibraryPage
    from eventpages.models import EventIndexPage, EventPage
    from home.models import HomePage

    allowed = set(HomePage.allowed_subpage_models())
    assert {ContentPage, EventIndexPage, DocumentLibraryPage, BlogIndexPage} <= allowed
    assert set(ContentPage.allowed_subpage_models()) == allowed
    assert not {EventPage, BlogPage, HomePage} & allowed
