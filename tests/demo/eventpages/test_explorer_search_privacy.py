"""The admin explorer (listing and search) shows members only the event proposals they may open.

Members may add events below the events index (to propose them), which makes every page there
explorable for them; the explorer's search must still leave out other people's drafts
(core.page_chooser, through Wagtail's construct_explorer_page_queryset hook).
"""

import pytest
from django.contrib.auth import get_user_model

from core.roles import MEMBERS
from eventpages.models import EventIndexPage

pytestmark = pytest.mark.django_db

OTHERS_DRAFT = "Quittenweg Kündigungsgespräch Entwurf"
OWN_DRAFT = "Quittenweg Sommerfest Vorschlag"
LIVE = "Quittenweg Nachbarschaftstreff"


@pytest.fixture
def proposals(make_event, user_in_group):
    index = EventIndexPage.objects.get(locale__language_code="de", slug="veranstaltungen")
    member = user_in_group("milan", MEMBERS)
    coordinator = get_user_model().objects.get(username="koordination")
    make_event(OTHERS_DRAFT, parent=index, publish=False, owner=coordinator)
    make_event(OWN_DRAFT, parent=index, publish=False, owner=member)
    make_event(LIVE, parent=index, owner=coordinator)
    return {"index": index, "member": member, "coordinator": coordinator}


@pytest.mark.parametrize("where", ["index search", "whole tree search", "index listing"])
def test_member_explorer_hides_other_peoples_drafts(client, proposals, where):
    client.force_login(proposals["member"])
    index_url = f"/admin/pages/{proposals['index'].pk}/"
    url, query = {
        "index search": (index_url, {"q": "Quittenweg"}),
        "whole tree search": ("/admin/pages/search/", {"q": "Quittenweg"}),
        "index listing": (index_url, {"ordering": "-latest_revision_created_at"}),
    }[where]
    response = client.get(url, query)
    assert response.status_code == 200
    html = response.content.decode()

    assert LIVE in html
    assert OWN_DRAFT in html
    assert OTHERS_DRAFT not in html


def test_coordinator_explorer_search_shows_drafts(client, proposals):
    client.force_login(proposals["coordinator"])
    response = client.get(f"/admin/pages/{proposals['index'].pk}/", {"q": "Quittenweg"})

    html = response.content.decode()
    assert OTHERS_DRAFT in html
    assert LIVE in html
