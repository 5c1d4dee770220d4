"""The admin's page chooser shows members only what they may open.

Members have admin access to propose events and posts; the chooser must not show them the
titles of other people's unpublished drafts.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from core.roles import MEMBERS
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db

OTHERS_DRAFT = "Kündigung Trägervertrag Quittenweg"
OWN_DRAFT = "Quittenweg Sommerfest Vorschlag"
LIVE = "Quittenweg Nachbarschaftstreff"


@pytest.fixture
def pages(user_in_group):
    home = HomePage.objects.get(locale__language_code="de")
    member = user_in_group("milan", MEMBERS)
    coordinator = get_user_model().objects.get(username="koordination")
    others = ContentPage(title=OTHERS_DRAFT, slug="entwurf-fremd", live=False, owner=coordinator)
    home.add_child(instance=others)
    own = ContentPage(title=OWN_DRAFT, slug="entwurf-eigen", live=False, owner=member)
    home.add_child(instance=own)
    live = ContentPage(title=LIVE, slug="treff", owner=coordinator)
    home.add_child(instance=live)
    live.save_revision().publish()
    return {"member": member, "coordinator": coordinator, "home": home, "others": others}


def search(client, user):
    client.force_login(user)
    response = client.get("/admin/choose-page/search/", {"q": "Quittenweg"})
    assert response.status_code == 200
    return response.content.decode()


def browse(client, user, parent):
    client.force_login(user)
    response = client.get(f"/admin/choose-page/{parent.pk}/")
    assert response.status_code == 200
    return response.json()["html"]


def test_member_search_hides_other_peoples_drafts(client, pages):
    html = search(client, pages["member"])

    assert LIVE in html
    assert OWN_DRAFT in html
    assert OTHERS_DRAFT not in html


def test_member_browse_hides_other_peoples_drafts(client, pages):
    html = browse(client, pages["member"], pages["home"])

    assert LIVE in html
    assert OWN_DRAFT in html
    assert OTHERS_DRAFT not in html


def test_member_chooser_hides_pages_behind_other_groups_restrictions(client, pages, user_in_group):
    """A live page behind a restriction the member does not pass is left out too."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    board_only = Group.objects.create(name="Vorstand")
    secret = Page.objects.get(slug="treff", locale__language_code="de")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([board_only])

    assert LIVE not in search(client, pages["member"])
    assert LIVE in search(client, pages["coordinator"])


def test_coordinator_still_sees_drafts(client, pages):
    assert OTHERS_DRAFT in search(client, pages["coordinator"])
    assert OTHERS_DRAFT in browse(client, pages["coordinator"], pages["home"])
