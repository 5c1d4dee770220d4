"""A members-only page stays members-only wherever its alias or copy lives.

The page under test is restricted only through its parent (the members' area). Each way of
making an alias or copy outside that area, the admin's copy view and the model methods, must
leave anonymous visitors without its text (page, search, API, sitemap) and members with it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from wagtail.models import Locale, Page

from core.privacy import is_restricted
from core.roles import MEMBERS
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db

SECRET = "Zugangscode-Schrank-Quarzmehl"  # one word, found only in the members' page
TITLE = "Protokoll der Vorstandssitzung"


@pytest.fixture
def members_area():
    return Page.objects.get(locale__language_code="de", slug="mitglieder")


@pytest.fixture
def secret_page(members_area):
    """A live page whose only protection is its parent's restriction."""
    page = ContentPage(title=TITLE, slug="protokoll", intro=f"Intern: {SECRET}")
    members_area.add_child(instance=page)
    page.save_revision().publish()
    assert not page.view_restrictions.exists()
    return page


@pytest.fixture
def public_parent():
    return HomePage.objects.get(locale__language_code="de")


@pytest.fixture
def coordinator(client):
    client.force_login(get_user_model().objects.get(username="koordination"))
    return client


def assert_anonymous_gets_nothing(client, url):
    client.logout()
    response = client.get(url)
    assert response.status_code in (302, 403, 404), response.status_code
    assert SECRET not in response.content.decode()
    if response.status_code == 302:
        assert response["Location"].startswith("/de/login/?next=")


def assert_member_reads_it(client, url, user_in_group):
    client.force_login(user_in_group("milan", MEMBERS))
    response = client.get(url)
    assert response.status_code == 200
    assert SECRET in response.content.decode()
    client.logout()


def admin_copy(client, page, parent, slug, alias):
    data = {
        "new_title": f"{TITLE} (öffentlich)",
        "new_slug": slug,
        "new_parent_page": parent.pk,
        "publish_copies": "on",
    }
    if alias:
        data["alias"] = "on"
    response = client.post(f"/admin/pages/{page.pk}/copy/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    # The coordinator is told why the new page is not public.
    new_page = Page.objects.get(path__startswith=parent.path, depth=parent.depth + 1, slug=slug)
    notices = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert f"Wie das Original ist „{new_page.title}“ nicht öffentlich sichtbar." in notices
    return new_page


@pytest.mark.parametrize("alias", [True, False], ids=["alias", "copy"])
def test_admin_alias_or_copy_outside_stays_members_only(
    coordinator, secret_page, public_parent, user_in_group, alias
):
    new_page = admin_copy(coordinator, secret_page, public_parent, "protokoll-kopie", alias)
    assert new_page.live
    assert (new_page.alias_of_id == secret_page.pk) is alias
    url = new_page.url

    assert_anonymous_gets_nothing(coordinator, url)
    assert_member_reads_it(coordinator, url, user_in_group)


def test_model_alias_outside_stays_members_only(client, secret_page, public_parent, user_in_group):
    alias = secret_page.create_alias(parent=public_parent, update_slug="protokoll-alias")
    assert alias.live

    assert_anonymous_gets_nothing(client, alias.url)
    assert_member_reads_it(client, alias.url, user_in_group)


def test_model_copy_outside_stays_members_only(client, secret_page, public_parent, user_in_group):
    copy = secret_page.copy(
        to=public_parent, update_attrs={"slug": "protokoll-kopie"}, keep_live=True
    )
    assert copy.live

    assert_anonymous_gets_nothing(client, copy.url)
    assert_member_reads_it(client, copy.url, user_in_group)


def test_alias_follows_its_original_into_the_members_area(
    client, members_area, public_parent, user_in_group
):
    """Made while the original was public; the original moves in later: the alias follows."""
    original = ContentPage(title=TITLE, slug="entwurf-protokoll", intro=f"Intern: {SECRET}")
    public_parent.add_child(instance=original)
    original.save_revision().publish()
    alias = original.create_alias(parent=public_parent, update_slug="protokoll-alias")
    assert client.get(alias.url).status_code == 200

    original.move(members_area, pos="last-child")

    alias.refresh_from_db()
    assert is_restricted(alias)  # what embeds and newsletters ask
    assert not alias.get_view_restrictions().exists()  # Wagtail's own check misses it
    assert_anonymous_gets_nothing(client, alias.url)
    assert_member_reads_it(client, alias.url, user_in_group)
    assert SECRET not in client.get("/api/v2/pages/", {"search": SECRET}).content.decode()


def test_language_alias_stays_members_only(client, secret_page, user_in_group):
    """wagtail-localize's alias of an untranslated page in another language."""
    arabic = secret_page.copy_for_translation(Locale.objects.get(language_code="ar"), alias=True)
    assert arabic.alias_of_id == secret_page.pk
    url = arabic.url
    client.logout()
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/login/?next=")
    assert SECRET not in response.content.decode()
    assert_member_reads_it(client, url, user_in_group)


@pytest.fixture
def outside_alias_and_copy(secret_page, public_parent):
    alias = secret_page.create_alias(parent=public_parent, update_slug="protokoll-alias")
    copy = secret_page.copy(
        to=public_parent, update_attrs={"slug": "protokoll-kopie"}, keep_live=True
    )
    return alias, copy


def test_api_does_not_list_or_show_them(client, outside_alias_and_copy):
    alias, copy = outside_alias_and_copy

    found = client.get("/api/v2/pages/", {"search": SECRET})
    assert found.status_code == 200
    assert found.json()["meta"]["total_count"] == 0

    listing = client.get("/api/v2/pages/", {"limit": 100, "locale": "de", "fields": "title"})
    ids = {item["id"] for item in listing.json()["items"]}
    assert not ids & {alias.pk, copy.pk}
    assert public_listed(client, listing)  # the listing itself works
    for page in (alias, copy):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def public_listed(client, listing):
    return any(item["meta"]["slug"] == "ueber-uns" for item in listing.json()["items"])


def test_site_search_shows_them_to_members_only(client, outside_alias_and_copy, user_in_group):
    alias, copy = outside_alias_and_copy

    anonymous = client.get("/de/search/", {"q": SECRET}).content.decode()
    assert alias.url not in anonymous and copy.url not in anonymous

    client.force_login(user_in_group("milan", MEMBERS))
    member = client.get("/de/search/", {"q": SECRET}).content.decode()
    assert alias.url in member and copy.url in member


def test_sitemap_leaves_them_out(client, outside_alias_and_copy):
    alias, copy = outside_alias_and_copy

    sitemap = client.get("/sitemap.xml").content.decode()

    assert "/de/ueber-uns/" in sitemap
    assert alias.url not in sitemap and copy.url not in sitemap
