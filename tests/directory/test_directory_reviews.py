"""Entries nobody confirmed for a review period (directory.reviews): the daily command's mails
(who, which language, once per period), the one-click link (GET asks, POST confirms; expired,
changed), the desk's item and the report it opens."""

import re
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from dateutil.relativedelta import relativedelta
from django.core import mail, signing
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.users.models import UserProfile

from core import county_time
from core.roles import COORDINATION, EDITORS, MEMBERS
from directory import reviews
from directory.models import OrganisationEditor, OrganisationPage, ReviewReminder
from tests.directory.conftest import make_organisation

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^\s\"<]+/directory/review/[^/\s\"<]+/")


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "https://netzwerk.example.org"
    settings.WAGTAILADMIN_BASE_URL = "https://netzwerk.example.org"


def months_ago(months):
    return county_time.today() - relativedelta(months=months)


@pytest.fixture
def entries(directory):
    return {
        "stale_linked": make_organisation(
            directory, "Afghanischer Kulturverein", last_checked_at=months_ago(13)
        ),
        "stale_mail": make_organisation(
            directory,
            "Seniorentreff Elsteraue",
            email="treff@example.org",
            last_checked_at=months_ago(20),
        ),
        "stale_nobody": make_organisation(
            directory, "Sportverein Osterfeld", last_checked_at=months_ago(15)
        ),
        "recent": make_organisation(
            directory,
            "Kreisvolkshochschule",
            email="vhs@example.org",
            last_checked_at=months_ago(3),
        ),
    }


@pytest.fixture
def members(entries, user_in_group):
    amira = user_in_group("amira", MEMBERS, email="amira@example.org")
    UserProfile.get_for_user(amira).__class__.objects.filter(user=amira).update(
        preferred_language="ar"
    )
    milan = user_in_group("milan", MEMBERS, email="milan@example.org")
    for user in (amira, milan):
        OrganisationEditor.objects.create(organisation=entries["stale_linked"], user=user)
    return amira, milan


def sent_to():
    return sorted(address for message in mail.outbox for address in message.to)


def test_the_command_mails_linked_members_in_their_language_else_the_entrys_address(
    entries, members, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_directory_reviews", stdout=open("/dev/null", "w"))
    assert sent_to() == ["amira@example.org", "milan@example.org", "treff@example.org"]
    by_address = {message.to[0]: message for message in mail.outbox}

    german = by_address["milan@example.org"]
    assert german.subject == "Stimmen Ihre Angaben im Wegweiser noch? Afghanischer Kulturverein"
    html = german.alternatives[0][0]
    assert 'lang="de"' in html
    links = LINK.findall(german.body)
    assert links and links[0].startswith("https://netzwerk.example.org/de/directory/review/")
    edit = f"https://netzwerk.example.org/admin/pages/{entries['stale_linked'].pk}/edit/"
    assert edit in german.body

    arabic = by_address["amira@example.org"]
    assert 'lang="ar"' in arabic.alternatives[0][0] and 'dir="rtl"' in arabic.alternatives[0][0]
    assert LINK.findall(arabic.body)[0].startswith("https://netzwerk.example.org/ar/")

    # The organisation's own address has no account: no edit link.
    contact = by_address["treff@example.org"]
    assert "/admin/" not in contact.body
    assert LINK.findall(contact.body)

    # Recorded, also for the entry without any address (so it is not looked at daily).
    assert ReviewReminder.objects.count() == 3
    assert ReviewReminder.objects.get(organisation=entries["stale_nobody"]).recipients == 0


def test_once_per_review_period(entries, members, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert reviews.send_reminders() == 2
    assert len(mail.outbox) == 3
    with django_capture_on_commit_callbacks(execute=True):
        reviews.send_reminders()  # the next day's run
        reviews.send_reminders(now=timezone.now() + timedelta(days=100))
    assert len(mail.outbox) == 3
    # A whole period later, still not checked: asked again.
    with django_capture_on_commit_callbacks(execute=True):
        reviews.send_reminders(now=timezone.now() + timedelta(days=370))
    # ... and the entry checked three months ago is due by then too.
    assert sorted(address for message in mail.outbox[3:] for address in message.to) == [
        "amira@example.org",
        "milan@example.org",
        "treff@example.org",
        "vhs@example.org",
    ]


def test_the_review_period_is_a_setting(entries, settings):
    settings.DIRECTORY_REVIEW_MONTHS = 24
    assert set(reviews.due_for_review()) == set()
    settings.DIRECTORY_REVIEW_MONTHS = 2
    assert entries["recent"] in set(reviews.due_for_review())


def test_the_link_asks_on_get_and_confirms_on_post(
    client, entries, members, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reviews.send_reminders()
    message = next(m for m in mail.outbox if m.to == ["milan@example.org"])
    path = LINK.findall(message.body)[0].split("netzwerk.example.org", 1)[1]
    organisation = entries["stale_linked"]

    response = client.get(path)  # a mail scanner opening the link
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("main form[method=post] button")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert OrganisationPage.objects.get(pk=organisation.pk).last_checked_at == months_ago(13)

    response = client.post(path)
    assert response.status_code == 200
    text = " ".join(BeautifulSoup(response.content, "html.parser").main.get_text().split())
    assert "Vielen Dank" in text
    today = county_time.today()
    assert county_time.today().strftime("%Y") in text
    rows = OrganisationPage.objects.filter(translation_key=organisation.translation_key)
    assert set(rows.values_list("last_checked_at", flat=True)) == {today}
    assert organisation not in set(reviews.due_for_review())


def test_an_expired_or_changed_link_confirms_nothing(client, entries, settings):
    organisation = entries["stale_mail"]
    token = reviews.confirm_token(organisation)
    changed = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    assert client.post(f"/de/directory/review/{changed}/").status_code == 404
    other_salt = signing.dumps({"o": organisation.pk}, salt="something.else")
    assert client.post(f"/de/directory/review/{other_salt}/").status_code == 404

    old = timezone.now() - reviews.LINK_MAX_AGE - timedelta(days=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(signing.time, "time", lambda: old.timestamp())
        expired = reviews.confirm_token(organisation)
    response = client.post(f"/de/directory/review/{expired}/")
    assert response.status_code == 400
    assert "abgelaufen" in response.content.decode()
    assert OrganisationPage.objects.get(pk=organisation.pk).last_checked_at == months_ago(20)


# ---------------------------------------------------------------------- desk and report


def test_the_desk_counts_the_entries_due_and_links_to_the_report(
    client, rf, entries, user_in_group
):
    from directory.wagtail_hooks import entries_due_for_review

    client.force_login(user_in_group("koord", COORDINATION))
    response = client.get("/admin/")
    section = BeautifulSoup(response.content, "html.parser").find("section", id="desk-section")
    item = section.find("li", attrs={"data-desk-item": "directory-review"})
    assert int(item["data-count"]) == 3
    assert "Wegweiser-Einträge lange nicht geprüft" in item.get_text()
    report = item.find("a")["href"]
    assert report == "/admin/directory/review/"

    # One query for the count, however many entries are due.
    for number in range(5):
        make_organisation(
            entries["recent"].get_parent(), f"Verein {number}", last_checked_at=date(2020, 1, 1)
        )
    with CaptureQueriesContext(connection) as queries:
        assert entries_due_for_review().count(rf.get("/admin/")) == 8
    assert len(queries) == 1

    listing = client.get(report)
    assert listing.status_code == 200
    rows = BeautifulSoup(listing.content, "html.parser").select("main table tbody tr")
    titles = " ".join(" ".join(row.get_text().split()) for row in rows)
    assert "Seniorentreff Elsteraue" in titles and "Verein 4" in titles
    assert "Kreisvolkshochschule" not in titles


def test_only_coordination_sees_the_item_and_the_report(client, entries, user_in_group):
    for username, group in [("redakteurin", EDITORS), ("mitglied2", MEMBERS)]:
        client.force_login(user_in_group(username, group))
        response = client.get("/admin/")
        assert b'data-desk-item="directory-review"' not in response.content
        refused = client.get("/admin/directory/review/")
        assert refused.status_code == 403
        assert "Diese Liste sieht nur die Koordination." in refused.content.decode()
