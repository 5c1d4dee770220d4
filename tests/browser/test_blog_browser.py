"""The news in the browser: axe audits of the index and posts, and subscribing by email.

Works on the demo posts (blogpages/demo/data.py). The live server runs in this process, so
the confirmation email lands in django.core.mail.outbox (locmem mailer in the test settings).
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from blogpages.demo import data as demo_content
from blogpages.models import Subscriber

pytestmark = [pytest.mark.browser]

INDEX = {"de": "/de/neuigkeiten/", "ar": "/ar/neuigkeiten/"}
SUBSCRIBE = "/de/newsletter/"
TRANSLATED = next(spec for spec in demo_content.POSTS if spec.get("translated"))
UNTRANSLATED = next(spec for spec in demo_content.POSTS if not spec.get("translated"))
CONFIRM_LINK = re.compile(r"https?://\S+/newsletter/confirm/[^/\s]+/")


def assert_no_axe_violations(page):
    results = Axe().run(page)
    assert results.response["violations"] == [], results.generate_report()


def in_language(language, message):
    """An interface string as the page shows it in `language` (whatever the catalogue has)."""
    with translation.override(language):
        return gettext(message)


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_news_index_reads_right_and_passes_axe(page, language, direction):
    page.goto(INDEX[language])
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == direction
    heading = page.locator("main h1").inner_text().strip()
    assert heading == (demo_content.TRANSLATIONS["Neuigkeiten"].get(language) or "Neuigkeiten")
    assert page.locator("main .post-card").count() >= 5
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []


@pytest.mark.parametrize("language", ["de", "ar"])
@pytest.mark.parametrize("spec", [TRANSLATED, UNTRANSLATED], ids=["translated", "alias"])
def test_post_passes_axe(page, language, spec):
    page.goto(f"{INDEX[language]}{spec['slug']}/")
    assert page.locator("html").get_attribute("lang") == language
    title = page.locator("main h1").inner_text().strip()
    if spec.get("translated") and language != "de":
        assert title == demo_content.TRANSLATIONS[spec["title"]][language]
    else:
        assert title == spec["title"]
        if language != "de":
            # An alias: German text, marked as such inside the Arabic page.
            assert page.locator("main .blog-post__header").get_attribute("lang") == "de"
    assert page.locator("main time[datetime]").count() >= 1
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []


def test_subscribe_confirm_by_the_link_in_the_email(page):
    address = "leserin@example.org"
    page.goto(SUBSCRIBE)
    assert page.locator("html").get_attribute("lang") == "de"
    assert_no_axe_violations(page)

    form = page.locator("main form.subscribe-form")
    form.locator("input[name=email]").fill(address)
    form.locator("select[name=language]").select_option("uk")
    form.get_by_label("Sprache und Bildung").check()
    form.locator("input[name=frequency][value=weekly]").check()
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()

    assert page.locator("main h1").inner_text().strip() == in_language(
        "de", "Bitte bestätigen Sie Ihre Anmeldung"
    )
    assert address in page.locator("main").inner_text()
    subscriber = Subscriber.objects.get(email=address)
    assert not subscriber.is_confirmed  # nothing is sent before the link is followed

    messages = [message for message in mail.outbox if message.to == [address]]
    assert len(messages) == 1, [message.to for message in mail.outbox]
    link = CONFIRM_LINK.search(messages[0].body)
    assert link, messages[0].body
    assert "/uk/newsletter/confirm/" in link.group(0)  # in the language the reader chose

    page.goto(link.group(0))
    assert page.locator("html").get_attribute("lang") == "uk"
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed  # opening the link (as mail scanners do) is not enough
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()

    assert page.locator("main h1").inner_text().strip() == in_language("uk", "Vielen Dank!")
    assert address in page.locator("main .subscribe-summary").inner_text()
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed
    assert subscriber.language == "uk"
    assert subscriber.frequency == Subscriber.WEEKLY
    assert list(subscriber.categories.values_list("slug", flat=True)) == ["sprache-und-bildung"]
    assert [message.to for message in mail.outbox].count([address]) == 1  # only the link
    assert page.requests_to_other_hosts == []
