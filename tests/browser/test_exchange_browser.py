"""The members' board in the browser: a conversation between two members with the reply
email, a reported post hidden by a coordinator in the Wagtail admin, and axe audits of the
board, a thread and its forms in German and Arabic.

Works on the demo board (exchange/demo/data.py, /<lang>/austausch/) and the demo accounts (password
netzwerk-demo): mitglied (Milan), amira (writes Arabic), koordination (Kim). The live server
runs in this process and tasks run at once (test settings), so the reply email lands in
django.core.mail.outbox.
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from exchange.demo import data as demo
from exchange.models import Post, Report, Thread

pytestmark = [pytest.mark.browser]

BOARD = {"de": "/de/austausch/", "ar": "/ar/austausch/"}
PASSWORD = "netzwerk-demo"
TITLE = "Wer hat am Samstag einen Beamer für das Elterncafé?"
OPENING = "Unser Beamer ist kaputt. Wer kann uns am Samstag einen leihen?"
REPLY = "عندنا جهاز عرض في الجمعية، يمكنك أن تأخذه يوم الجمعة."
ROOM_THREAD = next(spec for spec in demo.THREADS if spec["topic"] == "angebote")


def assert_no_axe_violations(page):
    results = Axe().run(page)
    assert results.response["violations"] == [], results.generate_report()


def log_in(page, language, username):
    page.goto(f"/{language}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def member_page(browser, demo_server, language):
    """A second member's own browser (new context: own cookies), blocked from other hosts."""
    context = browser.new_context(
        base_url=demo_server.url, locale="ar-SY" if language == "ar" else "de-DE"
    )
    page = context.new_page()
    host = demo_server.url.split("//", 1)[1]
    page.route(
        lambda url: host not in url.split("//", 1)[-1].split("/", 1)[0],
        lambda route: route.abort(),
    )
    return context, page


def submit(page):
    page.locator("main form.exchange-form button[type=submit]").click()
    page.wait_for_load_state()


def thread_path(language, thread):
    return f"{BOARD[language]}{thread.pk}/"


def demo_thread(spec):
    return Thread.objects.get(title=spec["title"])


# ------------------------------------------------------------------ a conversation


def test_member_starts_a_thread_another_replies_and_the_first_gets_the_email(
    page, browser, demo_server
):
    log_in(page, "de", "mitglied")
    page.goto(BOARD["de"])
    page.get_by_role("link", name="Neue Diskussion beginnen").click()
    page.wait_for_url("**/austausch/neu/")
    page.fill("#id_title", TITLE)
    page.locator("#id_topic").select_option(label="Anfragen")
    page.fill("#id_body", OPENING)
    page.locator("#id_language").select_option("de")
    submit(page)
    page.wait_for_url(re.compile(r"/de/austausch/\d+/$"))
    assert page.locator("main h1").inner_text().strip() == TITLE
    assert OPENING in page.locator("main .exchange-posts").inner_text()
    thread = Thread.objects.get(title=TITLE)
    assert thread.author.username == "mitglied"
    mail.outbox.clear()  # from here on: only what the reply sends

    context, other = member_page(browser, demo_server, "ar")
    try:
        log_in(other, "ar", "amira")
        other.goto(BOARD["ar"])
        other.get_by_role("link", name=TITLE).click()
        other.wait_for_url(f"**{thread_path('ar', thread)}")
        other.fill("#id_body", REPLY)
        other.locator("#id_language").select_option("ar")
        submit(other)
        text = other.locator(".exchange-post__text", has_text=REPLY)
        assert text.count() == 1
        assert text.get_attribute("lang") == "ar"
        assert text.get_attribute("dir") == "rtl"
        other.wait_for_load_state("networkidle")
    finally:
        context.close()

    reply = Post.objects.get(body=REPLY)
    assert reply.author.username == "amira" and reply.language == "ar"
    to_first = [message for message in mail.outbox if message.to == ["mitglied@example.org"]]
    assert len(to_first) == 1, [message.to for message in mail.outbox]
    assert TITLE in to_first[0].subject + to_first[0].body
    assert REPLY in to_first[0].body or f"{thread.pk}/" in to_first[0].body
    # Nobody mails the replier about her own reply.
    assert not [message for message in mail.outbox if message.to == ["amira@example.org"]]

    page.reload()
    assert REPLY in page.locator("main .exchange-posts").inner_text()
    assert page.requests_to_other_hosts == []


# ------------------------------------------------------------------ report and hide


def test_member_reports_a_post_coordinator_hides_it_in_the_admin(page, browser, demo_server):
    thread = demo_thread(ROOM_THREAD)
    reported_text = ROOM_THREAD["replies"][1][3]  # Amira's answer about children
    post = Post.objects.get(thread=thread, body=reported_text)

    log_in(page, "de", "mitglied")
    page.goto(thread_path("de", thread))
    page.locator(f"#beitrag-{post.pk}").get_by_role("link", name="melden").click()
    page.wait_for_url(f"**/beitrag/{post.pk}/melden/")
    page.fill("#id_reason", "Bitte prüfen: Das gehört nicht hierher.")
    submit(page)
    report = Report.objects.get(post=post)
    assert report.reporter.username == "mitglied"
    assert report.resolved_at is None

    context, admin = member_page(browser, demo_server, "de")
    try:
        admin.goto("/admin/login/")
        admin.fill("#id_username", "koordination")
        admin.fill("#id_password", PASSWORD)
        admin.locator("form button[type=submit]").first.click()
        admin.wait_for_url("**/admin/")
        admin.goto("/admin/exchange/")
        row = admin.locator("table.listing tbody tr", has_text=thread.title)
        assert row.count() == 1
        assert "Bitte prüfen" in row.inner_text()
        row.get_by_role("button", name="Beitrag ausblenden").click()
        admin.wait_for_load_state("networkidle")
        assert "ausgeblendet" in admin.locator("body").inner_text()
    finally:
        context.close()

    post.refresh_from_db()
    assert post.hidden
    page.goto(thread_path("de", thread))
    assert page.locator(f"#beitrag-{post.pk}").count() == 0
    assert reported_text not in page.locator("main").inner_text()
    # The rest of the thread stays.
    assert ROOM_THREAD["replies"][0][3] in page.locator("main").inner_text()
    assert page.requests_to_other_hosts == []


# ------------------------------------------------------------------ accessibility


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_board_thread_and_forms_pass_axe(page, language, direction):
    log_in(page, language, "mitglied")
    thread = demo_thread(ROOM_THREAD)

    def check(path):
        page.goto(path)
        html = page.locator("html")
        assert html.get_attribute("lang") == language, path
        assert html.get_attribute("dir") == direction, path
        assert_no_axe_violations(page)

    check(BOARD[language])
    assert page.locator("main .exchange-thread").count() == len(demo.THREADS)
    check(f"{BOARD[language]}?thema=angebote")

    check(thread_path(language, thread))  # the thread with its reply form
    arabic = page.locator(".exchange-post__text[lang=ar]").first
    assert arabic.get_attribute("dir") == "rtl"
    german = page.locator(".exchange-post__text[lang=de]").first
    assert german.get_attribute("dir") == "ltr"
    submit(page)  # an empty reply: the form comes back with its error
    assert page.locator("main .form-field--error").count() >= 1
    assert_no_axe_violations(page)

    check(f"{BOARD[language]}neu/")  # starting a thread
    submit(page)  # empty: every required field says what is missing
    assert page.locator("main .form-field--error").count() >= 3
    assert_no_axe_violations(page)

    post = thread.posts.order_by("pk").first()
    check(f"{BOARD[language]}beitrag/{post.pk}/melden/")
    check(f"{BOARD[language]}benachrichtigungen/")
    assert page.requests_to_other_hosts == []
