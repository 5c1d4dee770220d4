"""A partner's calendar served locally and a calendar snippet pointing at it."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import Locale

from eventpages.ical_import.models import ExternalCalendar, ImportedEvent
from eventpages.ical_import.sync import sync
from eventpages.models import EventPage, Municipality, Occurrence

from ..ical_import.feed_server import FeedServer, respond

CORPUS = Path(__file__).parent.parent / "ical_corpus"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def server(settings):
    settings.ICAL_IMPORT_ALLOWED_HOSTS = ["127.0.0.1"]
    with FeedServer() as feeds:
        yield feeds


@pytest.fixture
def serve(server):
    """serve(body or corpus name, path="/cal.ics", headers=None) → the feed's address."""

    def serve(content, path="/cal.ics", headers=None):
        if isinstance(content, str) and content.endswith(".ics"):
            content = (CORPUS / content).read_bytes()
        elif isinstance(content, str):
            content = content.replace("\n", "\r\n").encode()
        headers = {"Content-Type": "text/calendar", **(headers or {})}
        server.routes[path] = respond(content, headers=headers)
        return server.url(path)

    return serve


@pytest.fixture
def municipality(db):
    return Municipality.objects.get_or_create(name="Zeitz", defaults={"slug": "zeitz"})[0]


@pytest.fixture
def calendar(site, municipality, server):
    def make(url, **fields):
        fields.setdefault("publish_directly", True)
        fields.setdefault("index", site.events)
        fields.setdefault("name", "VHS Burgenlandkreis")
        return ExternalCalendar.objects.create(url=url, municipality=municipality, **fields)

    return make


def feed(*events, head=""):
    """A small calendar around VEVENT bodies (CRLF, as producers write it)."""
    body = "".join(f"BEGIN:VEVENT\n{text.strip()}\nEND:VEVENT\n" for text in events)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n{head}{body}END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


# The corpus is written for 2027: the sync runs "on" New Year's Day 2027, and the site's clock
# (occurrence rows, "upcoming" listings, revision times) is held there too, so these tests
# read the same in any year.
NOW = datetime(2027, 1, 1, tzinfo=BERLIN)
UNTIL = datetime(2028, 1, 1, tzinfo=BERLIN)


@pytest.fixture
def clock(monkeypatch):
    """Hold the site's clock near NOW (county_time reads django.utils.timezone.now): each
    reading is a millisecond after the one before, so publishes stay in order and kept feed
    texts (versioned by the publish time) are renewed. Returns a function that sets it."""
    from django.utils import timezone

    state = {"now": NOW.astimezone(UTC)}

    def now():
        state["now"] += timedelta(milliseconds=1)
        return state["now"]

    monkeypatch.setattr(timezone, "now", now)

    def move(moment):
        state["now"] = moment.astimezone(UTC)
        return moment

    return move


def run(calendar, now=NOW, **options):
    """One sync on a calendar read afresh (as the hourly command would find it)."""
    calendar = ExternalCalendar.objects.get(pk=calendar.pk)
    return sync(calendar, now=now, **options)


def record(calendar, uid):
    return ImportedEvent.objects.select_related("page").get(calendar=calendar, uid=uid)


def page_of(calendar, uid):
    return EventPage.objects.get(pk=record(calendar, uid).page_id)


def starts(page, after=NOW, before=UNTIL):
    """The page's Occurrence rows in [after, before), as UTC instants."""
    return [
        moment.astimezone(UTC)
        for moment in Occurrence.objects.filter(event=page, start__gte=after, start__lt=before)
        .order_by("start")
        .values_list("start", flat=True)
    ]


def utc(*texts):
    return [datetime.fromisoformat(text).astimezone(UTC) for text in texts]


def our_feed(client, index, language="de"):
    """Our own index feed (`<index>/ical/`) in a language, parsed with icalendar."""
    import icalendar

    url = index.get_translation(Locale.objects.get(language_code=language)).url + "ical/"
    response = client.get(url)
    assert response.status_code == 200, url
    return icalendar.Calendar.from_ical(response.content)


def vevents(feed, title):
    return [vevent for vevent in feed.walk("VEVENT") if str(vevent["SUMMARY"]) == title]


def expand(vevent, after=NOW, before=UNTIL):
    """The starts a calendar program reads from one VEVENT (RFC 5545: RRULE and RDATE, less
    EXDATE), as UTC instants; all-day dates as the county's midnights. Written here rather
    than with recurring-ical-events, which drops an RDATE that falls inside the span of an
    EXDATE'd instance (a date moved by an hour)."""
    from dateutil.rrule import rruleset, rrulestr

    def values(name):
        found = vevent.get(name)
        if found is None:
            return []
        parts = found if isinstance(found, list) else [found]
        return [item.dt for part in parts for item in part.dts]

    def moment(value):
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=BERLIN)
        return datetime.combine(value, datetime.min.time(), tzinfo=BERLIN)

    start = moment(vevent["DTSTART"].dt)
    dates = rruleset()
    if vevent.get("RRULE") is not None:
        rule = vevent["RRULE"].to_ical().decode()
        dates.rrule(rrulestr(rule, dtstart=start, ignoretz=False))
    else:
        dates.rdate(start)
    for value in values("RDATE"):
        dates.rdate(moment(value))
    for value in values("EXDATE"):
        dates.exdate(moment(value))
    return [value.astimezone(UTC) for value in dates.between(after, before, inc=True)]
