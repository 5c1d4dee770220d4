"""The events listing and the event index's explorer render each row's "more" dropdown and its
language badges once per shape (core.listing_dropdown, core.admin_translations with
core.marked_render), and the HTML is byte for byte what Wagtail's templates give row by row:
for the superuser and for Koordination, for rows that are live, drafts, locked, translated
(with a sync button whose address carries `next`), aliases or German only, and for titles
that need escaping."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail import hooks
from wagtail.admin import wagtail_hooks as wagtail_admin_hooks
from wagtail.admin.ui.tables import BaseColumn
from wagtail.models import Site

from core import listing_dropdown, listing_rows
from core.admin_translations import TranslationsColumn
from tests.admin_queries import ADMIN_USERS, client_for, rows
from tests.localize_helpers import localize

pytestmark = pytest.mark.django_db

DROPDOWN = "wagtailadmin/pages/listing/_button_with_dropdown.html"
BUTTON = "wagtailadmin/shared/button.html"
BADGES = "core/admin/translations_cell.html"


@pytest.fixture
def rows_of_every_kind(make_event):
    translated = make_event(title="Tanz & \"Musik\" <für> 'alle'", aliases=True)
    localize(translated, "ar")
    make_event(title="Sprachcafé", aliases=True)
    make_event(title="Entwurf & Plan", publish=False)
    locked = make_event(title="Gesperrt")
    locked.locked = True
    locked.locked_by = get_user_model().objects.get(username="admin")
    locked.save()
    for number in range(6):
        make_event(title=f"Nähcafé {number}")


def html(response):
    assert response.status_code == 200
    text = response.content.decode()
    return re.sub(r'"CSRF_TOKEN": "[^"]*"|name="csrfmiddlewaretoken" value="[^"]*"', "", text)


def template_count(response, name):
    return sum(1 for template in response.templates if template.name == name)


@pytest.mark.parametrize("username", ADMIN_USERS)
@pytest.mark.parametrize("screen", ["listing", "explorer"])
def test_rows_are_what_wagtail_renders_row_by_row(
    event_index, rows_of_every_kind, monkeypatch, username, screen
):
    url = "/admin/events/" if screen == "listing" else f"/admin/pages/{event_index.pk}/"
    client = client_for(username)
    shared = client.get(url)
    with monkeypatch.context() as unshared:
        unshared.setattr(listing_dropdown, "share_row_dropdowns", lambda *args, **kwargs: None)
        unshared.setattr(TranslationsColumn, "render_cell_html", BaseColumn.render_cell_html)
        # Wagtail's own row buttons (each address reversed) and rows asked anew each time.
        unshared.setitem(
            hooks._hooks,
            "register_page_listing_buttons",
            [(wagtail_admin_hooks.page_listing_buttons, 0)],
        )
        unshared.setattr(listing_rows, "prepare", lambda rows, request=None: None)
        row_by_row = client.get(url)

    assert html(shared) == html(row_by_row)
    page = html(shared)
    assert "Tanz &amp; &quot;Musik&quot; &lt;für&gt; &#x27;alle&#x27;" in page
    assert "/admin/localize/update/" in page  # the translated row's sync button
    # Nine rows or more, a few shapes: the dropdown and its buttons are rendered per shape.
    assert rows(shared) >= 9
    assert template_count(row_by_row, DROPDOWN) >= rows(shared)
    assert template_count(shared, DROPDOWN) <= 4
    assert template_count(shared, BUTTON) * 2 < template_count(row_by_row, BUTTON)
    if screen == "listing":
        assert template_count(row_by_row, BADGES) == rows(shared)
        assert template_count(shared, BADGES) <= 4


def test_a_shape_is_shared_only_within_its_request(event_index, rows_of_every_kind):
    client = client_for("koordination")
    first = client.get("/admin/events/")
    second = client.get("/admin/events/")
    assert template_count(first, DROPDOWN) >= 1
    assert template_count(second, DROPDOWN) == template_count(first, DROPDOWN)


def test_rows_ask_for_permissions_and_site_root_paths_once(
    event_index, rows_of_every_kind, monkeypatch
):
    """Each row builds one permission tester (not one per button) and the listing reads the
    site's root paths once (a cache round trip per row otherwise)."""
    client = client_for("koordination")
    client.get("/admin/events/")
    testers, root_paths = [], []
    tester_class = __import__("wagtail.models.pages", fromlist=["x"]).PagePermissionTester
    original_init = tester_class.__init__
    original_paths = Site.get_site_root_paths

    def counting_init(self, user, page):
        testers.append(page.pk)
        original_init(self, user, page)

    def counting_paths():
        root_paths.append(1)
        return original_paths()

    monkeypatch.setattr(tester_class, "__init__", counting_init)
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(counting_paths))
    response = client.get("/admin/events/")
    listed = rows(response)
    assert listed >= 9
    assert len(root_paths) == 1
    # One per row, and a few for the view itself (its header buttons, the add button).
    assert len(set(testers)) >= listed
    assert len(testers) <= listed + 5
