"""The visitor keeps their place in Chromium: the language switcher leads to the same route
with the same filters (a translated category mapped), and login and logout in Arabic come
back to the Arabic page (home.places, home.accounts)."""

import re
from urllib.parse import unquote

import pytest
from wagtail.models import Locale, Page

from eventpages.models import EventCategory, EventIndexPage
from home.demo.data import DEMO_PASSWORD

pytestmark = [pytest.mark.browser]


def events_url(language):
    return EventIndexPage.objects.get(locale__language_code=language).url


def switch_to(page, language):
    page.locator(f'nav.language-switcher a[hreflang="{language}"]').click()
    page.wait_for_load_state()
    return unquote(page.url)


def test_switcher_keeps_the_calendar_month(page, demo_server):
    german, arabic = events_url("de"), events_url("ar")
    page.goto(f"{german}calendar/?month=2027-04")
    url = switch_to(page, "ar")
    assert url == f"{demo_server.url}{arabic}calendar/?month=2027-04"
    assert page.locator("html").get_attribute("dir") == "rtl"
    # April's calendar: its neighbours are March and May.
    assert (
        page.locator('.calendar-nav a[rel="next"]').get_attribute("href").endswith("month=2027-05")
    )
    assert switch_to(page, "de") == f"{demo_server.url}{german}calendar/?month=2027-04"


def test_switcher_maps_a_translated_category(page, demo_server):
    """A category whose Arabic version has a slug of its own: the Arabic list is filtered by
    it, and the way back leads to the German slug."""
    german_category = EventCategory.objects.get(slug="beratung", locale__language_code="de")
    arabic_category = EventCategory.objects.get(
        translation_key=german_category.translation_key, locale__language_code="ar"
    )
    arabic_category.slug = "istishara"
    arabic_category.save()
    german, arabic = events_url("de"), events_url("ar")
    page.goto(f"{german}archive/?category=beratung")
    url = switch_to(page, "ar")
    assert url == f"{demo_server.url}{arabic}archive/?category=istishara"
    assert page.locator('select[name="category"]').input_value() == "istishara"
    assert switch_to(page, "de") == f"{demo_server.url}{german}archive/?category=beratung"
    assert page.locator('select[name="category"]').input_value() == "beratung"


def test_login_and_logout_in_arabic_keep_the_arabic_page(page, demo_server):
    arabic = events_url("ar")
    place = f"{arabic}calendar/?month=2027-04"
    page.goto(place)
    page.locator("a.site-account").click()
    page.wait_for_url(re.compile(r"/ar/login/"))
    page.locator("#id_username").fill("mitglied")
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ar/.*calendar/"))
    assert unquote(page.url) == f"{demo_server.url}{place}"
    assert page.locator("form.site-account").is_visible()

    # The members' area is in the Arabic menu; logging out there leads to the Arabic home
    # page (the members' page is not public), not to a login page.
    members = Page.objects.get(locale=Locale.objects.get(language_code="ar"), slug="mitglieder").url
    page.locator(f'nav.main-menu a[href="{members}"]').click()
    page.wait_for_load_state()
    assert page.locator("section.members-area a").count() >= 3
    page.locator("form.site-account button[type=submit]").click()
    page.wait_for_load_state()
    assert unquote(page.url) == f"{demo_server.url}/ar/"
    assert page.locator("a.site-account").is_visible()
