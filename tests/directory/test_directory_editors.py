"""Members who keep their organisation current (directory.editors, .checking, admin_editors):
Koordination links them; a linked member drafts changes to the entry and its offers, which go
through the workflow; nobody else edits; "Zuletzt geprüft am" follows publishing and the
member's confirmation without touching drafts."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page, WorkflowState

from core import county_time
from core.roles import COORDINATION, EDITORS, MEMBERS
from directory.models import EditorGroup, OfferPage, OrganisationEditor, OrganisationPage
from tests.directory.conftest import make_organisation, make_place

pytestmark = pytest.mark.django_db

LINKS = "/admin/directory/editors/"


@pytest.fixture
def zeitz(town):
    return town("zeitz", "Zeitz")


@pytest.fixture
def organisations(directory, zeitz):
    offer = {"title": "Beratung zum Aufenthalt", "languages": ["de", "ar"]}
    counselling = make_organisation(
        directory,
        "Migrationsberatung Zeitz",
        places=[make_place(zeitz, hours=[(1, "09:00", "12:00")])],
        offers=[offer],
        last_checked_at=date(2025, 1, 10),
    )
    other = make_organisation(directory, "Sprachschule Lützen", offers=[{"title": "Deutschkurs"}])
    return counselling, other


@pytest.fixture
def member(user_in_group):
    return user_in_group("milan", MEMBERS, email="milan@example.org")


@pytest.fixture
def linked(organisations, member):
    OrganisationEditor.objects.create(organisation=organisations[0], user=member)
    return member


def as_user(client, user):
    client.force_login(user)
    return client


def offer_of(organisation):
    return OfferPage.objects.child_of(organisation).get()


# ---------------------------------------------------------------------- Koordination's screen


def test_only_coordination_opens_the_links_screen(client, user_in_group, member):
    for username, group, status in [
        ("koord", COORDINATION, 200),
        ("redakteurin", EDITORS, 302),  # Wagtail sends those without permission to the dashboard
        ("mitglied2", MEMBERS, 302),
    ]:
        response = as_user(client, user_in_group(username, group)).get(LINKS)
        assert response.status_code == status, username
        if status == 302:
            assert as_user(client, user_in_group(username + "x", group)).get(
                LINKS + "new/"
            ).status_code in (302, 403)


def test_coordination_links_a_member_and_the_group_follows(
    client, user_in_group, organisations, member
):
    counselling, _other = organisations
    as_user(client, user_in_group("koord", COORDINATION))
    form = BeautifulSoup(client.get(LINKS + "new/").content, "html.parser")
    # Only German organisation pages and members are offered.
    offered = [o.get_text() for o in form.select("select[name=organisation] option") if o["value"]]
    assert offered == ["Migrationsberatung Zeitz", "Sprachschule Lützen"]
    assert any("milan" in o.get_text() for o in form.select("select[name=user] option"))

    response = client.post(LINKS + "new/", {"user": member.pk, "organisation": counselling.pk})
    assert response.status_code == 302
    link = OrganisationEditor.objects.get()
    group = EditorGroup.objects.get(organisation=counselling).group
    assert list(group.user_set.all()) == [member]
    assert group.name == f"Wegweiser: Migrationsberatung Zeitz (#{counselling.pk})"
    granted = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    )
    assert granted == {(counselling.pk, "add_page"), (counselling.pk, "change_page")}

    # Removing the link takes the group and its permissions with it.
    response = client.post(f"{LINKS}delete/{link.pk}/")
    assert response.status_code == 302
    assert not OrganisationEditor.objects.exists()
    assert not Group.objects.filter(pk=group.pk).exists()
    assert not GroupPagePermission.objects.filter(page=counselling).exists()


def test_a_renamed_organisation_keeps_its_group(organisations, linked, user_in_group):
    counselling = organisations[0]
    group = EditorGroup.objects.get(organisation=counselling).group
    counselling.title = "Migrationsberatung Zeitz-Ost"
    counselling.save_revision().publish()
    OrganisationEditor.objects.create(organisation=counselling, user=user_in_group("olga", MEMBERS))
    group.refresh_from_db()
    assert group.name.startswith("Wegweiser: Migrationsberatung Zeitz-Ost")
    assert group.user_set.count() == 2


# ---------------------------------------------------------------------- what a member may do


def test_a_linked_member_edits_their_entry_and_offers_but_publishes_nothing(
    client, organisations, linked
):
    counselling, other = organisations
    as_user(client, linked)
    offer = offer_of(counselling)
    for page in (counselling, offer):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        html = response.content.decode()
        assert (
            'name="action-submit"' in html
            or "action-workflow-action" in html
            or ("Zur Freigabe" in html)
        )
        assert 'name="action-publish"' not in html
        perms = page.permissions_for_user(linked)
        assert perms.can_edit() and not perms.can_publish()
    # A new offer below their organisation, not elsewhere.
    assert counselling.permissions_for_user(linked).can_add_subpage()
    assert not other.permissions_for_user(linked).can_edit()
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{offer_of(other).pk}/edit/").status_code in (302, 403)
    # Neither the directory page above nor a publish by POST.
    assert (
        not Page.objects.get(pk=counselling.get_parent().pk).permissions_for_user(linked).can_edit()
    )


def test_an_unlinked_member_edits_no_organisation(client, organisations, user_in_group):
    someone = user_in_group("sara", MEMBERS)
    as_user(client, someone)
    for page in organisations:
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)
        assert not page.permissions_for_user(someone).can_edit()


def test_the_page_chooser_shows_a_member_no_other_organisations_draft(
    client, organisations, linked, directory
):
    counselling, other = organisations
    # A draft offer of the other organisation, never published.
    other.add_child(instance=OfferPage(title="Geheimer Entwurf", live=False, locale=other.locale))
    as_user(client, linked)
    response = client.get(f"/admin/choose-page/{other.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Deutschkurs" in html  # what is live, as on the site
    assert "Geheimer Entwurf" not in html
    search = client.get("/admin/choose-page/search/", {"q": "Entwurf"})
    assert "Geheimer Entwurf" not in search.content.decode()


def submit_for_moderation(client, page, **changes):
    """Post the edit form as the admin would, with `changes`, pressing "submit"."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    place = page.places.get()
    hours = list(place.opening_hours.all())
    data = nested_form_data(
        {
            "title": changes.get("title", page.title),
            "slug": page.slug,
            "kind": page.kind,
            "body": streamfield([]),
            "phone": changes.get("phone", page.phone),
            "email": page.email,
            "website": page.website,
            "messenger": page.messenger,
            "places": inline_formset(
                [
                    {
                        "id": place.pk,
                        "name": place.name,
                        "street": place.street,
                        "postcode": place.postcode,
                        "municipality": place.municipality_id,
                        "latitude": "",
                        "longitude": "",
                        "opening_hours": inline_formset(
                            [
                                {
                                    "id": h.pk,
                                    "weekday": h.weekday,
                                    "opens": changes.get("opens", "09:00"),
                                    "closes": "12:00",
                                }
                                for h in hours
                            ],
                            initial=len(hours),
                        ),
                        "opening_exceptions": inline_formset([], initial=0),
                    }
                ],
                initial=1,
            ),
        }
    )
    data["action-submit"] = "1"
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_a_members_change_waits_for_coordination_who_sees_what_changed(
    client, organisations, linked, user_in_group
):
    counselling = organisations[0]
    as_user(client, linked)
    response = submit_for_moderation(client, counselling, phone="03441 999", opens="10:00")
    assert response.status_code == 302, response.content.decode()[:3000]
    counselling.refresh_from_db()
    assert counselling.phone == ""  # the live page is unchanged
    assert counselling.places.get().opening_hours.get().opens.hour == 9
    state = counselling.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    # Koordination compares the draft with the live page: the hour of the place shows.
    coordinator = user_in_group("koord", COORDINATION)
    as_user(client, coordinator)
    latest = counselling.get_latest_revision()
    live = counselling.live_revision
    compare = client.get(
        f"/admin/pages/{counselling.pk}/revisions/compare/{live.pk}...{latest.pk}/"
    )
    assert compare.status_code == 200
    text = compare.content.decode()
    assert "03441 999" in text
    # The place's hours (an inline inside an inline, directory.panels.NestedInlinePanel).
    hours = BeautifulSoup(text, "html.parser")
    assert hours.select_one(".addition", string="Dienstag 10:00 12:00") is not None
    assert hours.select_one(".deletion", string="Dienstag 09:00 12:00") is not None

    # Approving publishes it, and publishing counts as a check.
    task_state = state.current_task_state
    approve = client.post(
        f"/admin/pages/workflow/action/{counselling.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    assert approve.status_code in (200, 302)
    counselling = OrganisationPage.objects.get(pk=counselling.pk)
    assert counselling.phone == "03441 999"
    assert counselling.places.get().opening_hours.get().opens.hour == 10
    assert counselling.last_checked_at == county_time.today()


# ---------------------------------------------------------------------- "Zuletzt geprüft am"


def test_publishing_sets_the_date_for_the_page_and_its_aliases(organisations):
    counselling = organisations[0]
    assert counselling.last_checked_at == date(2025, 1, 10)
    counselling.save_revision().publish()
    dates = set(
        OrganisationPage.objects.filter(translation_key=counselling.translation_key).values_list(
            "last_checked_at", flat=True
        )
    )
    assert dates == {county_time.today()}
    assert OrganisationPage.objects.filter(translation_key=counselling.translation_key).count() > 1


def test_the_members_button_confirms_without_touching_the_waiting_draft(
    client, organisations, linked
):
    counselling = organisations[0]
    counselling.phone = "0000 Entwurf"
    draft = counselling.save_revision(user=linked)
    revisions = counselling.revisions.count()

    as_user(client, linked)
    page = BeautifulSoup(client.get(counselling.url).content, "html.parser")
    editing = page.select_one(".organisation__editing")
    assert editing.select_one("a")["href"] == f"/admin/pages/{counselling.pk}/edit/"
    form = editing.select_one("form")
    assert form["method"] == "post"

    assert client.get(form["action"]).status_code == 405  # GET confirms nothing
    response = client.post(form["action"])
    assert response.status_code == 200
    assert "Vielen Dank" in response.content.decode()

    counselling = OrganisationPage.objects.get(pk=counselling.pk)
    assert counselling.last_checked_at == county_time.today()
    assert counselling.phone == ""  # the draft was not published ...
    assert counselling.revisions.count() == revisions  # ... nor a revision added
    assert counselling.get_latest_revision().pk == draft.pk
    aliases = OrganisationPage.objects.filter(translation_key=counselling.translation_key)
    assert set(aliases.values_list("last_checked_at", flat=True)) == {county_time.today()}

    # The old draft published later is a check too: its stale date does not come back.
    draft.publish()
    assert OrganisationPage.objects.get(pk=counselling.pk).last_checked_at == county_time.today()


def test_the_button_is_only_for_linked_members(client, organisations, linked, user_in_group):
    counselling, other = organisations
    url = f"/de/directory/still-correct/{counselling.pk}/"
    assert client.post(url).status_code in (302, 403)  # anonymous
    someone = user_in_group("sara", MEMBERS)
    as_user(client, someone)
    assert "organisation__editing" not in client.get(counselling.url).content.decode()
    assert client.post(url).status_code == 403
    as_user(client, linked)
    assert "organisation__editing" not in client.get(other.url).content.decode()
    assert client.post(f"/de/directory/still-correct/{other.pk}/").status_code == 403
    assert OrganisationPage.objects.get(pk=counselling.pk).last_checked_at == date(2025, 1, 10)


def test_a_linked_member_finds_the_buttons_on_the_arabic_alias(client, organisations, linked):
    counselling = organisations[0]
    arabic = OrganisationPage.objects.get(
        translation_key=counselling.translation_key, locale__language_code="ar"
    )
    as_user(client, linked)
    page = BeautifulSoup(client.get(arabic.url).content, "html.parser")
    assert page.select_one(".organisation__editing a")["href"] == (
        f"/admin/pages/{counselling.pk}/edit/"
    )
    assert page.select_one(".organisation__checked time")["datetime"] == "2025-01-10"


def test_the_date_shows_on_the_offer_in_the_visitors_language(client, organisations):
    offer = offer_of(organisations[0])
    page = BeautifulSoup(client.get(offer.url).content, "html.parser")
    checked = page.select_one(".organisation__checked")
    assert checked.select_one("time")["datetime"] == "2025-01-10"
    assert "10. Januar 2025" in checked.get_text()


def test_an_anonymous_visit_asks_nothing_about_editors_a_members_one_query(
    client, organisations, linked
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counselling = organisations[0]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(counselling.url)
    assert "organisation__editing" not in response.content.decode()
    assert not [q for q in queries if "directory_organisationeditor" in q["sql"]]
    as_user(client, linked)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(counselling.url)
    assert "organisation__editing" in response.content.decode()
    assert len([q for q in queries if "directory_organisationeditor" in q["sql"]]) == 1


def test_the_members_link_stays_after_the_user_leaves(organisations, linked):
    get_user_model().objects.filter(pk=linked.pk).delete()
    assert not EditorGroup.objects.exists()
