"""What belongs to us survives every sync: categories and audience a coordinator set, events a
coordinator took over (detached) or deleted, drafts waiting for approval.

The source owns the title, texts, times and place (pages.SOURCE_FIELDS); everything else is
edited here the way an editor does it, as a published revision, and must still be there after
the partner changed the event.
"""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from core.roles import COORDINATION, EDITORS
from eventpages.ical_import import messages
from eventpages.ical_import.models import CategoryMapping, ImportRun
from eventpages.models import EventCategory, EventPage, Occurrence
from tests.factories import locale, make_user

from .conftest import NOW, feed, page_of, record, run, starts

pytestmark = pytest.mark.django_db


def event(uid="treff-1", summary="Frauentreff", categories="", start="20270310T100000", seq=0):
    lines = [
        f"UID:{uid}",
        "DTSTAMP:20261201T000000Z",
        f"SEQUENCE:{seq}",
        f"SUMMARY:{summary}",
        f"DTSTART;TZID=Europe/Berlin:{start}",
        "DURATION:PT2H",
        "LOCATION:Bürgerhaus",
    ]
    if categories:
        lines.append(f"CATEGORIES:{categories}")
    return "\n".join(lines)


@pytest.fixture
def categories(db):
    german = locale("de")

    def make(name):
        slug = name.lower().replace(" ", "-")
        return EventCategory.objects.get_or_create(
            slug=slug, locale=german, defaults={"name": name}
        )[0]

    return make


def names(page):
    return sorted(category.name for category in page.categories.all())


def sync_at(cal, hours):
    return run(cal, now=NOW + timedelta(hours=hours))


# Categories ---------------------------------------------------------------------------------


def test_the_mapping_table_then_the_default_category(serve, calendar, categories, clock):
    women, language, meeting = categories("Frauen"), categories("Sprache"), categories("Treffen")
    url = serve(
        feed(
            event("a", "Frauentreff", categories="  FRAUEN ,Begegnung"),
            event("b", "Deutschkurs", categories="Sprachkurs,frauen"),
            event("c", "Stammtisch", categories="Geselligkeit"),
            event("d", "Ohne Kategorie"),
        )
    )
    cal = calendar(url, category=meeting)
    CategoryMapping.objects.create(calendar=cal, source_name="Frauen", category=women)
    CategoryMapping.objects.create(calendar=cal, source_name="Sprachkurs", category=language)
    assert run(cal).created == 4
    assert names(page_of(cal, "a")) == ["Frauen"]
    assert names(page_of(cal, "b")) == ["Frauen", "Sprache"]
    assert names(page_of(cal, "c")) == ["Treffen"]  # not in the table: the default
    assert names(page_of(cal, "d")) == ["Treffen"]


def test_without_a_default_an_unmapped_event_has_no_category(serve, calendar, clock):
    cal = calendar(serve(feed(event(categories="Irgendwas"))))
    run(cal)
    assert names(page_of(cal, "treff-1")) == []


def test_a_category_and_audience_set_here_survive_a_change_at_the_source(
    serve, calendar, categories, clock
):
    women, meeting = categories("Frauen"), categories("Treffen")
    cal = calendar(serve(feed(event(categories="Frauen"))), category=meeting)
    CategoryMapping.objects.create(calendar=cal, source_name="Frauen", category=women)
    sync_at(cal, 0)
    page = page_of(cal, "treff-1")
    assert names(page) == ["Frauen"]
    # An editor changes the category and the audience and publishes, as in the admin.
    editor = make_user("editorin", EDITORS)
    page.categories.set([meeting])
    page.target_groups = ["women", "families"]
    page.languages = ["de", "ar"]
    page.save_revision(user=editor).publish(user=editor)
    # The partner renames the event, moves it, and even changes its CATEGORIES.
    serve(
        feed(
            event(
                summary="Frauenfrühstück", categories="Frauen,Neu", seq=1, start="20270311T100000"
            )
        )
    )
    outcome = sync_at(cal, 1)
    assert outcome.updated == 1
    page = page_of(cal, "treff-1")
    assert page.title == "Frauenfrühstück"
    assert starts(page) == [datetime(2027, 3, 11, 9, tzinfo=UTC)]
    assert names(page) == ["Treffen"]
    assert list(page.target_groups) == ["women", "families"]
    assert list(page.languages) == ["de", "ar"]
    assert not page.has_unpublished_changes
    # The other languages follow the page, ours included.
    for alias in EventPage.objects.filter(alias_of=page):
        assert alias.title == "Frauenfrühstück"
        assert list(alias.target_groups) == ["women", "families"]


def test_a_coordinators_draft_keeps_its_edits_and_gets_the_change(serve, calendar, clock):
    cal = calendar(serve(feed(event())))
    sync_at(cal, 0)
    page = page_of(cal, "treff-1")
    coordinator = make_user("koordinatorin", COORDINATION)
    draft = page.get_latest_revision_as_object()
    draft.target_groups = ["seniors"]
    draft.save_revision(user=coordinator)  # saved, not published yet
    serve(feed(event(summary="Seniorentreff", seq=1)))
    sync_at(cal, 1)
    page = page_of(cal, "treff-1")
    assert page.live and page.title == "Seniorentreff"  # the live page follows the source
    assert list(page.target_groups) == []
    assert page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Seniorentreff"
    assert list(draft.target_groups) == ["seniors"]


# Detached and deleted -----------------------------------------------------------------------


def test_a_detached_event_is_not_touched(serve, calendar, clock):
    cal = calendar(serve(feed(event("a"), event("b", "Zweiter Treff"))))
    sync_at(cal, 0)
    taken = record(cal, "a")
    taken.detached_at = timezone.now()
    taken.save()
    page = page_of(cal, "a")
    revisions = page.revisions.count()
    # Changed at the source, then gone from it: neither reaches the detached page.
    serve(feed(event("a", "Anders", seq=3), event("b", "Zweiter Treff")))
    outcome = sync_at(cal, 1)
    assert outcome.updated == 0 and outcome.unchanged == 2
    serve(feed(event("b", "Zweiter Treff")))
    outcome = sync_at(cal, 2)
    assert outcome.cancelled == 0
    page = page_of(cal, "a")
    assert page.title == "Frauentreff" and page.live
    assert page.revisions.count() == revisions
    assert starts(page) == [datetime(2027, 3, 10, 9, tzinfo=UTC)]
    assert not page.cancelled_dates.exists()
    assert record(cal, "a").removed_at is None


def test_an_event_deleted_here_is_not_created_again(serve, calendar, clock):
    cal = calendar(serve(feed(event("a"), event("b", "Zweiter Treff"))))
    sync_at(cal, 0)
    page_of(cal, "a").delete()
    assert record(cal, "a").page_id is None
    pages = EventPage.objects.filter(locale=locale("de")).count()
    serve(feed(event("a", "Frauentreff, geändert", seq=1), event("b", "Zweiter Treff")))
    outcome = sync_at(cal, 1)
    assert outcome.created == 0 and outcome.skipped == 1
    assert outcome.result != ImportRun.FAILED
    # No page again in German (what became of the other languages' aliases when the page was
    # deleted is Wagtail's business: they turn into pages of their own).
    assert EventPage.objects.filter(locale=locale("de")).count() == pages
    assert not EventPage.objects.filter(locale=locale("de"), title__startswith="Frauentreff")
    assert not EventPage.objects.filter(title="Frauentreff, geändert").exists()
    detail = next(item for item in outcome.details if item["uid"] == "a")
    assert detail["reason"] == str(messages.DELETED_HERE)
    assert detail["title"] == "Frauentreff, geändert"
    # Vanishing from the feed later is nothing to do either.
    serve(feed(event("b", "Zweiter Treff")))
    outcome = sync_at(cal, 2)
    assert outcome.result == ImportRun.UNCHANGED


# Drafts -------------------------------------------------------------------------------------


def test_drafts_wait_for_a_coordinator_then_follow_the_source(serve, calendar, client, clock):
    cal = calendar(serve(feed(event())), publish_directly=False)
    outcome = sync_at(cal, 0)
    assert outcome.created == 1
    page = page_of(cal, "treff-1")
    assert not page.live
    assert page.get_latest_revision() is not None
    assert not Occurrence.objects.filter(event__translation_key=page.translation_key).exists()
    assert not EventPage.objects.filter(alias_of=page, live=True).exists()
    listing = client.get(cal.index.url)
    assert listing.status_code == 200 and "Frauentreff" not in listing.text
    assert client.get(page.url).status_code == 404
    # A change while it waits: the draft gets it, still unpublished.
    serve(feed(event(summary="Frauentreff am Mittwoch", seq=1)))
    sync_at(cal, 1)
    page = page_of(cal, "treff-1")
    assert not page.live
    assert page.get_latest_revision_as_object().title == "Frauentreff am Mittwoch"
    assert "Frauentreff" not in client.get(cal.index.url).text
    # A coordinator approves it.
    coordinator = make_user("koordinatorin", COORDINATION)
    page.get_latest_revision().publish(user=coordinator)
    page = page_of(cal, "treff-1")
    assert page.live
    assert "Frauentreff am Mittwoch" in client.get(cal.index.url).text
    assert starts(page) == [datetime(2027, 3, 10, 9, tzinfo=UTC)]
    # From now on the partner's changes are published directly.
    serve(feed(event(summary="Frauentreff im Bürgerhaus", seq=2, start="20270317T100000")))
    outcome = sync_at(cal, 2)
    assert outcome.updated == 1
    page = page_of(cal, "treff-1")
    assert page.live and not page.has_unpublished_changes
    assert page.title == "Frauentreff im Bürgerhaus"
    assert starts(page) == [datetime(2027, 3, 17, 9, tzinfo=UTC)]
    assert "Frauentreff im Bürgerhaus" in client.get(cal.index.url).text
    for alias in EventPage.objects.filter(alias_of=page):
        assert alias.live and starts(alias) == starts(page)


def test_aliases_of_a_directly_published_event_are_live(serve, calendar, client, clock):
    cal = calendar(serve(feed(event())))
    sync_at(cal, 0)
    page = page_of(cal, "treff-1")
    aliases = EventPage.objects.filter(alias_of=page)
    assert aliases.count() == 6
    for alias in aliases:
        assert alias.live and not alias.has_unpublished_changes, alias.locale
        assert starts(alias) == starts(page)
    english = aliases.get(locale__language_code="en")
    assert client.get(english.url).status_code == 200
    assert "Frauentreff" in client.get(cal.index.get_translation(english.locale).url).text
