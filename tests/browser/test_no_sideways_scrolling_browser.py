"""Phones (issue 17): no page of the demo scrolls sideways at 320 and 390 px (WCAG 1.4.10
Reflow), in German and Arabic, members' pages included; the events list shows its first event
on the first screen of a 390 × 844 phone, with the filters folded into a "Filter" disclosure;
the month calendar is a day-by-day agenda on phones and a table on wide screens; the header's
menu and search fold into a "Menü und Suche" disclosure on phones.

One browser context per language and width, one page object going through every address.
"""

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser]

PASSWORD = "netzwerk-demo"
WIDTHS = (320, 390)
PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 900}

# The elements that stick out of the viewport (for the failure message): their tag and class.
OVERFLOW = """() => {
    const width = window.innerWidth;
    const out = [];
    for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width && (box.right > width + 0.5 || box.left < -0.5)) {
            out.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`
                + ` (${Math.round(box.left)}..${Math.round(box.right)})`);
        }
    }
    return [document.documentElement.scrollWidth, width, out.slice(0, 6)];
}"""


def restricted(page):
    return page.get_view_restrictions().exists()


def demo_paths(language):
    """(public, members-only) addresses of every page type of the demo in one language, with
    the routes below the indexes: event list, calendar and archive, a news month, a thread."""
    from wagtail.models import Page

    from blogpages.models import BlogPage
    from eventpages.models import EventPage
    from exchange.models import Thread

    public, members = [], []
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific()
    seen = set()
    for page in pages.order_by("path"):
        kind = type(page).__name__
        if kind in ("EventPage", "BlogPage") and kind in seen:
            continue
        seen.add(kind)
        url = page.get_url()
        (members if restricted(page) else public).append(url)
        if kind == "EventIndexPage":
            public += [f"{url}calendar/", f"{url}archive/", f"{url}?free=1"]
        elif kind == "BlogIndexPage":
            latest = BlogPage.objects.live().filter(locale=page.locale).order_by("-date").first()
            public.append(f"{url}archive/{latest.date:%Y/%m}/")
        elif kind == "BoardPage":
            thread = Thread.objects.order_by("pk").first()
            members += [f"{url}{thread.pk}/", f"{url}neu/"]
    assert EventPage.objects.live().filter(locale__language_code=language).exists()
    public += [
        f"/{language}/search/?q=Naumburg",
        f"/{language}/login/",
        f"/{language}/newsletter/",
    ]
    members.append(f"/{language}/share-document/")
    return public, members


def new_page(browser, demo_server, viewport, language="de"):
    context = browser.new_context(
        base_url=demo_server.url,
        viewport=viewport,
        locale="ar-SY" if language == "ar" else "de-DE",
    )
    page = context.new_page()
    host = demo_server.url.split("//", 1)[1]
    page.route(
        lambda url: host not in url.split("//", 1)[-1].split("/", 1)[0],
        lambda route: route.abort(),
    )
    return context, page


def log_in(page, language, username="mitglied"):
    page.goto(f"/{language}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("form.site-account").count() == 1, "not logged in"


@pytest.mark.parametrize("language", ["de", "ar"])
def test_no_page_scrolls_sideways_at_320_and_390_px(browser, demo_server, language):
    public, members = demo_paths(language)
    assert len(public) >= 18 and len(members) >= 5
    sideways = []
    for width in WIDTHS:
        context, page = new_page(browser, demo_server, {"width": width, "height": 800}, language)
        for path in [*public, None, *members]:
            if path is None:  # from here on as a member
                log_in(page, language)
                continue
            response = page.goto(path)
            assert response.status == 200, path
            assert page.locator("html").get_attribute("lang") == language, path
            scroll_width, inner_width, out = page.evaluate(OVERFLOW)
            if scroll_width > inner_width:
                sideways.append(f"{width} px {path}: {scroll_width} px wide; {out}")
        page.wait_for_load_state("networkidle")
        context.close()
    assert sideways == [], "\n".join(sideways)


def shown_texts(locator):
    return locator.evaluate_all("links => links.map(link => link.innerText.trim())")


def first_month_with_events():
    from django.utils import timezone

    from core.county_time import local_date
    from eventpages.models import Occurrence

    first = (
        Occurrence.objects.filter(start__gte=timezone.now() + timedelta(days=1))
        .order_by("start")
        .first()
    )
    return local_date(first.start)


def test_events_list_on_a_phone_first_event_on_the_first_screen(browser, demo_server):
    context, page = new_page(browser, demo_server, PHONE)
    page.goto("/de/veranstaltungen/")
    disclosure = page.locator("details.filter-disclosure")
    summary = disclosure.locator("summary")
    # No filter: folded, only "Filter" shows; the nine fields are out of the way.
    assert disclosure.evaluate("details => details.open") is False
    expect(summary).to_have_text("Filter")
    expect(page.locator("select[name=category]")).to_be_hidden()
    title = page.locator(".event-item__title").first
    box = title.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
    # The three views: one row, one control.
    views = page.locator("nav.event-views a")
    assert shown_texts(views) == ["Liste", "Kalender", "Archiv"]
    tops = {round(views.nth(index).bounding_box()["y"]) for index in range(3)}
    assert len(tops) == 1
    # A link's name is the text shown (WCAG 2.5.3), and the current view is marked.
    current = page.get_by_role("link", name="Liste", exact=True)
    assert current.get_attribute("aria-current") == "page"
    expect(page.get_by_role("link", name="Kalender", exact=True)).to_be_visible()

    # The summary opens it, with the keyboard too.
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator("select[name=category]")).to_be_visible()

    # With filters set it comes open, and counts them.
    page.goto("/de/veranstaltungen/?attendance=in_person&free=1")
    assert disclosure.evaluate("details => details.open") is True
    expect(summary).to_have_text("Filter (2)")
    expect(page.locator("select[name=attendance]")).to_be_visible()
    page.wait_for_load_state("networkidle")
    context.close()


def test_events_list_on_a_wide_screen_shows_the_filters_as_before(browser, demo_server):
    context, page = new_page(browser, demo_server, WIDE)
    page.goto("/de/veranstaltungen/")
    expect(page.locator("details.filter-disclosure summary")).to_be_hidden()
    expect(page.locator("select[name=category]")).to_be_visible()
    assert shown_texts(page.locator("nav.event-views a")) == [
        "Kommende Veranstaltungen",
        "Monatskalender",
        "Vergangene Veranstaltungen",
    ]
    expect(page.get_by_role("link", name="Monatskalender", exact=True)).to_be_visible()
    page.wait_for_load_state("networkidle")
    context.close()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_header_menu_folds_on_a_phone_and_stays_open_on_a_wide_screen(
    browser, demo_server, language
):
    context, page = new_page(browser, demo_server, PHONE, language)
    page.goto(f"/{language}/")
    summary = page.locator("details.site-menu > summary")
    menu = page.locator("nav.main-menu")
    search = page.locator("#site-search-query")
    # Folded: the header ends with the button, menu and search are out of the way.
    expect(summary).to_be_visible()
    expect(menu).to_be_hidden()
    expect(search).to_be_hidden()
    header = page.locator("header.site-header").bounding_box()
    assert header["height"] < PHONE["height"] / 3, header
    # The keyboard opens it; the search then works from it.
    summary.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    search.fill("Naumburg")
    search.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=Naumburg"))
    context.close()

    context, page = new_page(browser, demo_server, WIDE, language)
    page.goto(f"/{language}/")
    expect(page.locator("details.site-menu > summary")).to_be_hidden()
    expect(page.locator("nav.main-menu")).to_be_visible()
    expect(page.locator("#site-search-query")).to_be_visible()
    context.close()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_calendar_is_an_agenda_on_a_phone_and_a_table_on_a_wide_screen(
    browser, demo_server, language
):
    day = first_month_with_events()
    path = f"/{language}/veranstaltungen/calendar/?month={day:%Y-%m}"

    context, page = new_page(browser, demo_server, PHONE, language)
    page.goto(path)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    expect(page.locator("table.calendar thead")).to_be_hidden()
    assert page.locator("table.calendar").evaluate("t => getComputedStyle(t).display") == "block"
    headings = page.locator("table.calendar h2.calendar__date")
    busy = page.locator("td.calendar__day--busy").count()
    assert busy >= 1 and headings.count() == busy
    first = headings.first
    expect(first).to_be_visible()
    # Weekday and full date, readable; the days without events are left out.
    text = first.inner_text()
    assert "," in text or "،" in text, text
    assert re.search(r"\d{4}", text), text
    assert first.bounding_box()["width"] > 200
    idle = page.locator("td.calendar__day:not(.calendar__day--busy)")
    assert idle.count() > 0
    assert all(not idle.nth(index).is_visible() for index in range(idle.count()))
    # No event title broken letter by letter: each word of a link is on one line.
    link = page.locator(".calendar__events a").first
    assert link.bounding_box()["width"] > 200
    # Not one landmark per day: the calendar is one region.
    assert page.locator("main [role=region], main section[aria-labelledby]").count() == 1
    page.wait_for_load_state("networkidle")
    context.close()

    context, page = new_page(browser, demo_server, WIDE, language)
    page.goto(path)
    expect(page.locator("table.calendar thead")).to_be_visible()
    assert page.locator("table.calendar").evaluate("t => getComputedStyle(t).display") == "table"
    assert page.locator("td.calendar__day").first.is_visible()
    long_date = page.locator("h2.calendar__date .calendar__date-long").first
    assert long_date.bounding_box()["width"] <= 1  # for screen readers; the number shows
    expect(page.locator("h2.calendar__date .calendar__date-short").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    context.close()
