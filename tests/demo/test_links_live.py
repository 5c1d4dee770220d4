"""Every absolute link in every email and feed resolves on the running site.

The site runs on pytest-django's live server (another host and port than any default), with
SITE_URL set to its address, as `make demo` sets it. Each kind of email is triggered the way the
site triggers it (through the live server where a visitor starts it), then every http(s) URL
in their text and HTML parts and headers, and in the news feeds, the calendars and the sitemap,
must point at SITE_URL and be found there: 200, or a redirect to a login for what only members
or the admin may see. Committed data is put back afterwards (tests/database_snapshot.py).
"""

import html
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import feedparser
import icalendar
import pytest
import requests
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.base import ContentFile
from django.utils import timezone

from blogpages.models import BlogIndexPage, BlogPage, Subscriber
from core.roles import COORDINATION, MEMBERS
from core.site_url import sync_default_site
from docpages.collections import inbox_collection
from docpages.models import DocumentLibraryPage, DocumentSubmission, NetworkDocument
from docpages.sharing import approve_submission, notify_coordinators
from eventpages.models import EventIndexPage, EventPage
from exchange import services
from exchange.models import BoardPage, Topic
from tests.docpages.files import pdf_bytes

# Starts processes (make test-fast skips it).
pytestmark = pytest.mark.slow

URL = re.compile(r"https?://[^\s<>\"'\]\[]+")
LOGIN = re.compile(r"^/(?:[a-z]{2}|admin)/login/$")


@pytest.fixture
def site(live_server, settings):
    """The demo on the live server, told where it runs (as `make demo` does with SITE_URL)."""
    settings.SITE_URL = live_server.url
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    sync_default_site()
    return live_server.url


def urls_in_text(text):
    return {url.rstrip(".,;:!?)") for url in URL.findall(html.unescape(text))}


def urls_in_message(message):
    found = urls_in_text(message.body)
    for content, _mimetype in getattr(message, "alternatives", ()):
        found |= urls_in_text(content)
    for name, value in message.message().items():
        found |= {(name, url) for url in urls_in_text(str(value))}
    return found


def member(username, group, **fields):
    User = get_user_model()
    user = User.objects.create_user(username=username, password="pw-" + username, **fields)
    user.groups.add(Group.objects.get(name=group))
    return user


def german(model):
    return model.objects.live().filter(locale__language_code="de").first()


def subscribe_through_the_site(site):
    """A visitor fills in the form on the running site: the double opt-in email."""
    session = requests.Session()
    form = session.get(f"{site}/ar/newsletter/", timeout=30)
    assert form.status_code == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    answer = session.post(
        f"{site}/ar/newsletter/",
        data={
            "csrfmiddlewaretoken": token,
            "email": "links-live@example.org",
            "language": "ar",
            "frequency": "immediately",
        },
        headers={"Referer": f"{site}/ar/newsletter/"},
        timeout=30,
    )
    assert answer.status_code in (200, 302), answer.text[:500]


def publish_a_post():
    """A new post in the news: its email goes to the confirmed subscribers (with a German and
    an Arabic one among them), with List-Unsubscribe."""
    for email, language in (("leser-de@example.org", "de"), ("leser-ar@example.org", "ar")):
        Subscriber.objects.create(email=email, language=language, confirmed_at=timezone.now())
    index = german(BlogIndexPage)
    post = BlogPage(
        title="Links, die überall funktionieren",
        date=timezone.localdate(),
        teaser="Ein Beitrag für den Test der Links.",
    )
    index.add_child(instance=post)
    post.save_revision().publish()


def share_and_approve_a_document():
    """A member shares a document (the coordinators hear of it) and it is approved."""
    sharer = member("links-teilerin", MEMBERS, email="teilerin@example.org")
    coordinator = member("links-koord", COORDINATION, email="koord@example.org")
    library = next(
        page
        for page in DocumentLibraryPage.objects.live().filter(locale__language_code="de")
        if page.upload_collection() is not None
    )
    document = NetworkDocument(title="Handreichung Links", collection=inbox_collection())
    document.file.save("handreichung-links.pdf", ContentFile(pdf_bytes("Links")), save=False)
    document._set_document_file_metadata()
    document.save()
    submission = DocumentSubmission.objects.create(
        document=document,
        title=document.title,
        library=library,
        submitted_by=sharer,
        language_code="uk",
    )
    notify_coordinators(submission)
    approve_submission(submission, coordinator)


def talk_on_the_board():
    """A reply in a thread (the other participant is told) and a report (coordinators are)."""
    board = german(BoardPage)
    topic = Topic.objects.filter(locale__language_code="de").first()
    asking = member("links-amina", MEMBERS, email="amina-links@example.org")
    answering = member("links-jonas", MEMBERS, email="jonas-links@example.org")
    thread = services.start_thread(
        board, asking, title="Wer kennt den Weg?", topic=topic, body="Bitte melden.", language="de"
    )
    reply = services.add_reply(thread, answering, body="Ich komme mit.", language="de")
    services.add_reply(thread, asking, body="Danke!", language="de")
    services.report_post(reply, asking, reason="Nur ein Test der Links.")


def feed_urls(site):
    """Links in the news feeds (RSS, Atom), the calendars (iCal) and the sitemap."""
    found = set()
    for language in ("de", "ar"):
        index = BlogIndexPage.objects.live().get(
            locale__language_code=language, translation_key=german(BlogIndexPage).translation_key
        )
        for kind in ("rss/", "atom/"):
            response = requests.get(site + index.url + kind, timeout=30)
            assert response.status_code == 200, (index.url + kind, response.status_code)
            feed = feedparser.parse(response.content)
            assert feed.entries
            found.add(("feed", feed.feed.link))
            found |= {("feed", link.href) for link in feed.feed.get("links", [])}
            for entry in feed.entries:
                found.add(("feed", entry.link))
                found |= {("feed", link.href) for link in entry.get("links", [])}
    calendars = [german(EventIndexPage).url + "ical/", german(EventPage).url + "ical/"]
    online_meetings = set(
        EventPage.objects.exclude(online_url="").values_list("online_url", flat=True)
    )
    # Links an editor or a partner's calendar wrote into a teaser are content too.
    for teaser in EventPage.objects.exclude(teaser="").values_list("teaser", flat=True):
        online_meetings |= urls_in_text(teaser)
    for path in calendars:
        response = requests.get(site + path, timeout=30)
        assert response.status_code == 200, path
        calendar = icalendar.Calendar.from_ical(response.content)
        events = calendar.walk("VEVENT")
        assert events
        for event in events:
            found.add(("ical URL", str(event["URL"])))
            # The description also names the online meeting's address and the teaser's links:
            # content, not ours.
            in_text = urls_in_text(str(event.get("DESCRIPTION"))) - online_meetings
            found |= {("ical text", url) for url in in_text}
    response = requests.get(site + "/sitemap.xml", timeout=30)
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    locations = [element.text for element in tree.iter() if element.tag.endswith("}loc")]
    alternates = [element.get("href") for element in tree.iter() if element.get("href")]
    assert len(locations) > 50
    found |= {("sitemap", url) for url in locations + alternates}
    return found


def check(site, where, url):
    """The URL is on the site's own origin and leads somewhere: 200, or a login."""
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}" == site, (where, url)
    response = requests.get(url, allow_redirects=False, timeout=30)
    if response.status_code in (301, 302):
        location = urlsplit(response.headers["Location"])
        assert LOGIN.match(location.path), (where, url, response.headers["Location"])
        assert location.netloc in ("", parts.netloc), (where, url, response.headers["Location"])
        return "login"
    assert response.status_code == 200, (where, url, response.status_code)
    return "ok"


def test_every_absolute_link_in_emails_and_feeds_resolves_on_the_running_site(site):
    mail.outbox.clear()
    subscribe_through_the_site(site)
    publish_a_post()
    share_and_approve_a_document()
    talk_on_the_board()

    subjects = {message.subject for message in mail.outbox}
    by_kind = {
        "double opt-in": [m for m in mail.outbox if m.to == ["links-live@example.org"]],
        "news post": [m for m in mail.outbox if m.to == ["leser-ar@example.org"]],
        "to the coordinators": [m for m in mail.outbox if m.to == ["koord@example.org"]],
        "approval": [m for m in mail.outbox if m.to == ["teilerin@example.org"]],
        "reply": [m for m in mail.outbox if m.to == ["jonas-links@example.org"]],
    }
    assert all(by_kind.values()), (by_kind, subjects)
    (post_mail,) = by_kind["news post"]
    assert post_mail.extra_headers["List-Unsubscribe"].startswith(f"<{site}/ar/newsletter/")
    coordinator_mails = by_kind["to the coordinators"]
    assert any("/admin/shared-documents/" in m.body for m in coordinator_mails)
    assert any("/admin/exchange/" in m.body for m in coordinator_mails)  # the report

    links = set()
    for message in mail.outbox:
        for item in urls_in_message(message):
            where, url = item if isinstance(item, tuple) else ("body", item)
            links.add((f"{message.subject} {where}", url))
    for kind, messages in by_kind.items():
        for message in messages:
            assert urls_in_message(message), f"no link in the {kind} email"
    links |= feed_urls(site)

    results = {}
    for where, url in sorted(links):
        results[url] = check(site, where, url)
    assert len(results) > 60
    # Public links open; member and admin links ask for a login, nothing else.
    assert results[post_mail.extra_headers["List-Unsubscribe"][1:-1]] == "ok"
    assert "login" in results.values()
