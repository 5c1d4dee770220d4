"""Issue 22's partner, end to end on the demo: Olena, linked to the Ukrainian community's entry
(directory/demo/loader.py), changes an opening hour of its place in the admin and submits it
for approval; the public page keeps the old hours until a coordinator approves in the admin;
then it shows the new ones, checked today. axe finds nothing on the page, also with Olena's
buttons on it."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_desk_browser import log_in

pytestmark = [pytest.mark.browser]


def assert_no_axe_violations(page):
    results = Axe().run(page)
    assert results.response["violations"] == [], results.generate_report()


def hours_text(page, url):
    page.goto(url)
    return " ".join(page.locator("main .place").first.inner_text().split())


def test_a_linked_member_updates_opening_hours_through_the_workflow(page, browser, demo_server):
    from core import county_time
    from directory.models import OrganisationPage

    organisation = OrganisationPage.objects.get(
        slug="ukrainische-gemeinde", locale__language_code="de"
    )
    url = organisation.url
    visitor = browser.new_context(base_url=demo_server.url, locale="de-DE").new_page()
    before = hours_text(visitor, url)
    assert "16:00" in before and "15:00" not in before
    assert_no_axe_violations(visitor)
    assert visitor.locator(".organisation__editing").count() == 0

    # Olena sees her buttons on the entry and opens the admin's edit view from there.
    log_in(page, "olena")
    page.goto(url)
    editing = page.locator(".organisation__editing")
    expect(editing).to_be_visible()
    assert_no_axe_violations(page)
    with page.expect_navigation():
        editing.locator("a").click()
    assert page.url.endswith(f"/admin/pages/{organisation.pk}/edit/")
    assert page.locator("button[name='action-publish']").count() == 0  # she cannot publish
    # Wagtail's script builds the StreamField's inputs: posting before that loses the body.
    page.wait_for_selector("input[name='body-count']", state="attached")

    opens = page.locator("input[name='places-0-opening_hours-0-opens']")
    opens.fill("15:00")
    with page.expect_navigation():
        page.locator("button[name='action-submit']").first.dispatch_event("click")
    page.wait_for_load_state("networkidle")
    expect(page.locator(".messages")).to_be_visible()

    # Waiting for approval: the public page shows the old hours.
    assert "15:00" not in hours_text(visitor, url)

    # A coordinator approves in the admin.
    coordinator = browser.new_context(base_url=demo_server.url, locale="de-DE").new_page()
    log_in(coordinator, "koordination")
    coordinator.goto(f"/admin/pages/{organisation.pk}/edit/")
    coordinator.wait_for_selector("input[name='body-count']", state="attached")
    approve = coordinator.locator("button[data-workflow-action-name='approve']").first
    if not approve.is_visible():
        coordinator.locator("footer button.dropdown-toggle, footer [aria-label]").last.click()
    with coordinator.expect_navigation():
        approve.dispatch_event("click")
    coordinator.wait_for_load_state("networkidle")

    after = hours_text(visitor, url)
    assert "15:00" in after and "16:00" not in after
    checked = visitor.locator(".organisation__checked time")
    assert checked.get_attribute("datetime") == county_time.today().isoformat()
    assert_no_axe_violations(visitor)
    assert page.requests_to_other_hosts == []
