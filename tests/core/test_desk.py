"""The desk on the admin dashboard (core.desk): who sees which item, counts, links, queries.

Each app's own item is tested in its folder (tests/<app>/test_desk_item.py); here the desk as
a whole, and the items core declares itself: drafts in the workflow and outdated translations.
"""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Workflow
from wagtail_localize.models import Translation, TranslationSource

from core.desk import DeskItem, declared_items
from core.outdated_translations import outdated_sources
from core.roles import EDITORS, WORKFLOW_NAME
from home.models import ContentPage
from tests.factories import make_event

pytestmark = pytest.mark.django_db

DASHBOARD = "/admin/"
EVERY_ITEM = [
    "workflow",
    "shared-documents",
    "board-reports",
    "outdated-translations",
    "failed-deliveries",
    "untranslated-events",
    "imported-venues",
    "directory-review",
]
# Members' drafts, members' documents and the board's reports are Koordination's alone.
EDITORS_ITEMS = ["outdated-translations", "failed-deliveries", "untranslated-events"]


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def desk(client):
    """The desk's section on the dashboard, or None."""
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("section", id="desk-section")


def items(section):
    return {
        li["data-desk-item"]: {
            "count": int(li["data-count"]),
            "text": " ".join(li.get_text().split()),
            "href": li.find("a")["href"],
        }
        for li in section.find_all("li", attrs={"data-desk-item": True})
    }


def count_of(client, name):
    return items(desk(client))[name]["count"]


def test_every_app_declares_its_item_once():
    assert [item.name for item in declared_items()] == EVERY_ITEM
    assert all(isinstance(item, DeskItem) and item.groups for item in declared_items())


def test_coordination_sees_every_item_with_a_count_and_a_link(site, client):
    section = desk(login(client, "koordination"))
    heading = section.find("h2")
    assert " ".join(heading.get_text().split()) == "Was auf Sie wartet"
    assert section["aria-labelledby"] == heading["id"]  # a region named by its heading
    shown = items(section)
    assert list(shown) == EVERY_ITEM
    assert shown["workflow"]["href"] == "/admin/reports/workflow/?status=in_progress"
    assert shown["shared-documents"]["href"] == "/admin/shared-documents/?status=pending"
    assert shown["board-reports"]["href"] == "/admin/exchange/?status=open"
    assert shown["outdated-translations"]["href"] == "/admin/reports/translations/?state=outdated"
    assert shown["failed-deliveries"]["href"] == "/admin/blog-subscribers/#failed-deliveries"
    assert shown["untranslated-events"]["href"] == "/admin/events/?locale=de&when=this_week"


def test_nothing_waiting_is_said_in_words(site, client):
    section = desk(login(client, "koordination"))
    shown = items(section)
    assert all(item["count"] == 0 for item in shown.values())
    assert shown["board-reports"]["text"] == "Gemeldete Beiträge im Austausch: Nichts offen"
    assert "Im Moment wartet nichts auf Sie." in section.get_text()


def test_redaktion_sees_the_desk_without_members_and_moderation_items(site, client):
    assert list(items(desk(login(client, "redaktion")))) == EDITORS_ITEMS


def test_superusers_see_everything(site, client):
    assert list(items(desk(login(client, "admin")))) == EVERY_ITEM


def test_members_and_plain_editors_get_no_desk(site, client, user_in_group):
    from django.contrib.auth.models import Permission

    assert desk(login(client, "mitglied")) is None
    plain = user_in_group("nur-admin")
    plain.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(plain)
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    assert b"desk-section" not in response.content
    assert "Geteilte Dokumente zur Freigabe" not in response.content.decode()


def test_every_app_item_is_shown_to_the_groups_it_names():
    for item in declared_items():
        assert item.is_shown_to({"Koordination"})
        assert item.is_shown_to({EDITORS}) is (item.name in EDITORS_ITEMS)
        assert not item.is_shown_to({"Netzwerk-Mitglieder"})
        assert item.is_shown_to(set(), is_superuser=True)


# The workflow


def test_a_members_draft_in_the_workflow_is_counted(site, client, user_in_group):
    member = user_in_group("vorschlag", "Netzwerk-Mitglieder")
    draft = ContentPage(title="Unser Vorschlag", slug="vorschlag")
    site.home.add_child(instance=draft)
    draft.save_revision(user=member)
    login(client, "koordination")
    assert count_of(client, "workflow") == 0

    Workflow.objects.get(name=WORKFLOW_NAME).start(draft, member)
    assert count_of(client, "workflow") == 1
    listing = client.get("/admin/reports/workflow/?status=in_progress")
    assert listing.status_code == 200
    assert "Unser Vorschlag" in listing.content.decode()


# Outdated translations


def translated_page(home, title="Beratung für Familien"):
    """A published German page translated into Arabic with wagtail-localize."""
    page = ContentPage(title=title, slug=title.lower().replace(" ", "-"))
    home.add_child(instance=page)
    page.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(page)
    # As the admin's "Übersetzen" does: a Translation record, then the translated page.
    Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code="ar")
    )
    source.create_or_update_translation(
        Locale.objects.get(language_code="ar"), publish=True, fallback=True
    )
    return ContentPage.objects.get(pk=page.pk), source


def test_a_translation_is_outdated_once_the_german_original_is_published_again(site, client):
    page, source = translated_page(site.home)
    login(client, "koordination")
    assert count_of(client, "outdated-translations") == 0

    page.title = "Beratung für Familien und Paare"
    page.save_revision().publish()
    assert count_of(client, "outdated-translations") == 1

    # The desk's link: the translation report, filtered to what is outdated
    # (tests/core/translation_report/ for the report itself).
    listing = client.get(items(desk(client))["outdated-translations"]["href"])
    assert listing.status_code == 200
    table = BeautifulSoup(listing.content, "html.parser").find("table", class_="cn-report")
    row = table.find("tbody").find("tr")
    assert "Beratung für Familien und Paare" in row.get_text()
    assert row.select_one('td[data-language="ar"]')["data-state"] == "outdated"
    back = "/admin/reports/translations/%3Fstate%3Doutdated"
    update = row.find("a", href=f"/admin/localize/update/{source.pk}/?next={back}")
    assert update is not None

    # "Übersetzungen aktualisieren" (wagtail-localize) takes the original again.
    source.update_from_db()
    assert count_of(client, "outdated-translations") == 0


def test_a_draft_of_the_original_does_not_make_translations_outdated(site):
    page, _source = translated_page(site.home)
    page.title = "Noch nicht veröffentlicht"
    page.save_revision()
    assert outdated_sources().count() == 0


def test_a_page_shown_in_other_languages_only_as_aliases_has_nothing_outdated(site):
    page, _source = translated_page(site.home)
    page.save_revision().publish()
    assert outdated_sources().count() == 1
    ContentPage.objects.get(
        translation_key=page.translation_key, locale__language_code="ar"
    ).delete()
    assert outdated_sources().count() == 0


def test_only_koordination_and_redaktion_open_the_outdated_translations(site, client):
    """The earlier listing's address leads to the report (which refuses members)."""
    assert client.get("/admin/outdated-translations/").status_code == 302  # to the login
    login(client, "mitglied")
    response = client.get("/admin/outdated-translations/", follow=True)
    assert response.status_code == 403
    login(client, "redaktion")
    response = client.get("/admin/outdated-translations/", follow=True)
    assert response.redirect_chain == [("/admin/reports/translations/?state=outdated", 302)]
    assert response.status_code == 200


# Queries


def make_waiting_things(site, n):
    """n of everything the desk counts that needs no other app's fixtures."""
    from blogpages.models import Delivery, Subscriber

    for number in range(n):
        page, _source = translated_page(site.home, title=f"Seite {len(ContentPage.objects.all())}")
        page.save_revision().publish()
        subscriber = Subscriber.objects.create(
            email=f"leser{Subscriber.objects.count()}@example.org", language="de"
        )
        Delivery.objects.create(subscriber=subscriber, key=f"k{number}", status=Delivery.FAILED)
        make_event(
            site.events,
            title=f"Treffen {number}",
            start=timezone.now().replace(microsecond=0) + timedelta(minutes=10 + number),
        )


@pytest.mark.slow
def test_the_dashboard_queries_do_not_grow_with_what_waits(site, client):
    login(client, "koordination")
    make_waiting_things(site, 1)
    client.get(DASHBOARD)  # caches warm (site settings, content types)
    with CaptureQueriesContext(connection) as few:
        section = desk(client)
    assert items(section)["failed-deliveries"]["count"] == 1

    make_waiting_things(site, 6)
    client.get(DASHBOARD)  # what is kept per content generation, after the change (core.memo)
    with CaptureQueriesContext(connection) as many:
        section = desk(client)
    assert items(section)["failed-deliveries"]["count"] == 7
    assert items(section)["outdated-translations"]["count"] == 7
    assert len(many) == len(few)


def test_the_desk_costs_one_query_per_item_and_one_for_the_groups(site, rf):
    from core.desk import DeskPanel, items_for

    user = get_user_model().objects.get(username="koordination")
    request = rf.get(DASHBOARD)
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        shown = items_for(user)
    assert len(queries) == 1
    DeskPanel(shown).render_html({"request": request})  # the site's desk settings row exists
    request = rf.get(DASHBOARD)
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        DeskPanel(shown).render_html({"request": request})
    # One count each, and the site settings the events' item reads (two: the site, the row).
    assert len(queries) == len(shown) + 2


def test_the_desk_and_the_listing_badges_agree_on_outdated(site, client):
    """One rule (core.translation_states): what the desk counts as outdated, the events
    listing marks "veraltet"."""
    from tests.localize_helpers import localize

    event = make_event(site.events, title="Nähcafé")
    localize(event, "ar")
    login(client, "koordination")

    def arabic_badge():
        page = BeautifulSoup(client.get("/admin/events/").content, "html.parser")
        row = next(tr for tr in page.select("main table tbody tr") if "Nähcafé" in tr.get_text())
        return row.select_one("[data-language=ar]")["data-state"]

    assert count_of(client, "outdated-translations") == 0
    assert arabic_badge() == "translated"
    event.save_revision().publish()
    assert count_of(client, "outdated-translations") == 1
    assert arabic_badge() == "outdated"
