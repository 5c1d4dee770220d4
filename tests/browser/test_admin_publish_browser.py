"""A coordinator types a new page's title and publishes at once.

The slug used to be filled from the title only when the title field lost focus, and Wagtail's
autosave could create the page while the publish was on its way; the publish then failed with
"Dieses Feld muss ausgefüllt werden" or "Der Kurztitel … wird bereits verwendet"
(core/admin_forms.py, core/static/core/js/publish-after-autosave.js).
"""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser]


def log_in_admin(page):
    page.goto("/admin/login/")
    page.fill("#id_username", "koordination")
    page.fill("#id_password", "netzwerk-demo")
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()


@pytest.mark.parametrize("pause_ms", [0, 900])
def test_publish_within_a_second_of_typing_the_title(page, pause_ms):
    from home.models import ContentPage, HomePage

    home = HomePage.objects.get(locale__language_code="de")
    title = f"Sprachcafé im Advent {pause_ms}"
    log_in_admin(page)
    page.goto(f"/admin/pages/add/home/contentpage/{home.pk}/")
    page.locator("#id_title").press_sequentially(title, delay=10)
    page.wait_for_timeout(pause_ms)
    with page.expect_navigation():
        # The button sits in the footer's menu; the title field keeps the focus.
        page.locator("button[name='action-publish']").first.dispatch_event("click")
    page.wait_for_load_state("networkidle")

    expect(page.locator(".messages")).to_contain_text("veröffentlicht")
    created = ContentPage.objects.filter(title=title, locale__language_code="de")
    assert created.count() == 1
    assert created.get().live
    assert created.get().slug == f"sprachcafé-im-advent-{pause_ms}"
