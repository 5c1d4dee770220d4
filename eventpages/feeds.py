"""iCalendar feeds: one event to download, and the events of an index to subscribe to.

Written with the icalendar library. A series is one VEVENT with its RRULE, EXDATEs for the
cancelled dates and RDATEs for the extra ones, all in Europe/Berlin wall-clock time with a
VTIMEZONE, so calendar programs expand it to exactly the dates the site lists.

Only what the visitor may see is in a feed: live events, and none under a view restriction the
request does not pass. A feed costs the same number of queries for 5 events or 500.

An index feed is its header, one VTIMEZONE and each event's VEVENT text, joined as text: the
texts are kept between rebuilds (eventpages.feed_cache), read and built 500 events at a time,
and only one request rebuilds a feed while the others get the previous answer. It carries the
events with a date from FEED_PAST_DAYS ago on, the nearest first, up to FEED_MAX_BYTES: Google
Calendar refuses a subscription larger than 1 MB. Where that cuts the feed short, it ends
after a whole day and says until when it is complete, and that the filtered feeds (a category,
a town) carry the later dates.
"""

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

import icalendar
from django.conf import settings
from django.db.models import DateTimeField, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core import county_time
from core import dates as date_format
from core.tag_labels import attach_shown_tags
from core.visibility import visible_pages

from . import feed_cache, recurrence
from .filters import EventFilterForm
from .models import CancelledDate, EventCategory, EventPage, Occurrence
from .vtimezone import vtimezone

CONTENT_TYPE = "text/calendar; charset=utf-8"
PRODID = "-//Integrationsnetzwerk//Veranstaltungen//DE"
REFRESH_INTERVAL = timedelta(hours=6)
TIMEZONE_YEARS_AHEAD = 20
# An index feed carries events with a date in the last FEED_PAST_DAYS days or later: the last
# month stays in subscribers' calendars (they replace the whole feed on each refresh, and "what
# was on last week" is still asked), while older one-off dates would only fill the 1 MB below;
# the archive keeps them. 90 days cost a sixth more of a large feed for little use.
FEED_PAST_DAYS = 30
# Google Calendar does not subscribe to a feed over 1 MB; some room is left below it.
FEED_MAX_BYTES = 950_000
# Room kept for the VTIMEZONE (about 1 KB for 20 years; series may begin decades back) and the
# description of a shortened feed, which are written after the events are chosen.
FRAME_ALLOWANCE = 20_000
# Events read (texts looked up, missing ones built) at a time: bounded IN lists.
CHUNK = 500


def tzid():
    return county_time.zone().key


def feed_queryset(queryset):
    """Everything a VEVENT needs, in a fixed number of queries."""
    return queryset.select_related("locale", "venue__municipality", "organiser").prefetch_related(
        "cancelled_dates", "extra_dates", "categories", "tags"
    )


def feed_host(request):
    site = Site.find_for_request(request)
    if site is not None and site.hostname:
        return site.hostname
    return request.get_host().split(":")[0]


def category_names(locale):
    """Category names in the feed's language (German where not translated), by translation key
    (one query)."""
    return EventCategory.objects.names_by_key(locale)


def as_local(naive, all_day):
    """A wall-clock time as an iCalendar value: a DATE for all-day events, else TZID-bound."""
    if all_day:
        return naive.date()
    return recurrence.aware(naive)


def all_day_end(naive_start, duration):
    """The exclusive end DATE of an all-day event: the day after its last day, as the site
    counts it (core.county_time.last_day: whole days from the start date)."""
    return naive_start.date() + county_time.whole_days(duration) * county_time.DAY


def exact_end(naive_start, duration):
    """DTEND: the elapsed `duration` after DTSTART's real moment (RFC 5545 §3.8.5.3).

    Written in local time, or in UTC when that local time comes twice and its TZID form would
    be read as the first of the two (RFC 5545 §3.3.5).
    """
    end = recurrence.instant(naive_start).astimezone(UTC) + duration
    wall = county_time.wall_clock(end)
    if recurrence.aware(wall).astimezone(UTC) == end:
        return recurrence.aware(wall)
    return end


def dates(event, series):
    """(dtstart, rrule or None, rdates, exdates) as naive wall-clock times, or None.

    DTSTART is the series' first real date: RFC 5545 always counts DTSTART as an occurrence,
    while the site (dateutil) leaves out a start that does not match the rule.
    """
    extras = sorted({county_time.wall_clock(moment) for moment in series.extra})
    rule = series.rule()
    rrule = None
    if rule is None:
        dtstart = series.local_start
    else:
        dtstart = rule.after(series.local_start, inc=True)
        if dtstart is not None:
            rrule = icalendar.vRecur.from_ical(event.rrule)
            if event.all_day and "UNTIL" in rrule and event.until:
                rrule["UNTIL"] = [event.until]  # with a DATE start, UNTIL is a DATE too
        elif extras:
            dtstart = extras[0]
        else:
            return None
    rdates = [extra for extra in extras if extra != dtstart]
    if rrule is not None:
        cancelled = sorted(set(series.cancelled))
    elif rule is None:
        cancelled = [dtstart.date()] if dtstart.date() in series.cancelled else []
    else:
        cancelled = []  # only extra dates are left, and cancellations do not touch those
    exdates = []
    for day in cancelled:
        moment = datetime.combine(day, dtstart.time())
        if event.all_day:
            clash = any(extra.date() == day for extra in extras)
        else:
            clash = moment in extras
        if not clash:  # the site keeps an extra date even on a cancelled day
            exdates.append(moment)
    return dtstart, rrule, rdates, exdates


def page_url(event, request):
    return request.build_absolute_uri(event.get_url(request))


def location_text(event):
    if event.venue_id:
        venue = event.venue
        return ", ".join(part for part in [venue.name, venue.address] if part)
    return event.online_url


def wholly_called_off(series, now):
    """Whether a series has called-off dates to come and no other date left."""
    today = county_time.local_date(now)
    if not any(day >= today for day in series.cancelled):
        return False
    return not series.starts_between(now, now + timedelta(days=settings.EVENTS_HORIZON_DAYS))


def build_vevent(event, request, *, host, names, now, url=None):
    """The event's VEVENT (None without dates). `url`: its page's address where there is no
    request (a registration's mail, eventpages.registration.calendar)."""
    series = event.series()
    found = dates(event, series)
    if found is None:
        return None
    dtstart, rrule, rdates, exdates = found
    all_day = event.all_day
    duration = series.duration
    url = url or page_url(event, request)
    vevent = icalendar.Event()
    vevent.add("uid", f"{event.translation_key}-{event.locale.language_code}@{host}")
    stamp = event.last_published_at or now
    vevent.add("dtstamp", stamp.astimezone(UTC))
    if event.last_published_at:
        vevent.add("last-modified", event.last_published_at.astimezone(UTC))
    vevent.add("dtstart", as_local(dtstart, all_day))
    if all_day:
        vevent.add("dtend", all_day_end(dtstart, duration))
    elif event.end:
        vevent.add("dtend", exact_end(dtstart, duration))
    if rrule is not None:
        vevent.add("rrule", rrule)
    if rdates:
        vevent.add("rdate", [as_local(moment, all_day) for moment in rdates])
    # A single date that was called off stays as itself, STATUS:CANCELLED (RFC 5545 §3.8.1.11),
    # so calendars mark it cancelled: an EXDATE on its only date would leave nothing to mark.
    # So does a series whose every date to come is called off (a partner cancelled it as a
    # whole, eventpages.ical_import): the master's status covers all its dates.
    called_off = bool(exdates) and (
        (rrule is None and not rdates) or wholly_called_off(series, now)
    )
    if exdates and not called_off:
        vevent.add("exdate", [as_local(moment, all_day) for moment in exdates])
    vevent.add("status", "CANCELLED" if called_off else "CONFIRMED")
    vevent.add("summary", event.title)
    description = [event.teaser]
    if event.online_url and event.venue_id:
        description.append(_("Online-Teilnahme: %(url)s") % {"url": event.online_url})
    description.append(url)
    vevent.add("description", "\n\n".join(part for part in description if part))
    vevent.add("url", url)
    location = location_text(event)
    if location:
        vevent.add("location", location)
    venue = event.venue if event.venue_id else None
    if venue is not None and venue.latitude is not None and venue.longitude is not None:
        vevent.add("geo", (float(venue.latitude), float(venue.longitude)))
    categories = [names.get(item.translation_key, item.name) for item in event.categories.all()]
    # Then its tags, in the feed's language too (core.tag_labels; build_calendar attached them).
    categories += [tag.name for tag in getattr(event, "shown_tags", ())]
    if categories:
        vevent.add("categories", categories)
    if event.organiser_id and event.organiser.email:
        organizer = icalendar.vCalAddress(f"mailto:{event.organiser.email}")
        organizer.params["cn"] = icalendar.vText(event.organiser.name)
        vevent.add("organizer", organizer)
    vevent.add("class", "PUBLIC")
    return vevent


def calendar_frame(name, *, refresh=False, description=None):
    """The VCALENDAR's own lines, as (head, tail) to put the VTIMEZONE and VEVENTs between."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", tzid())
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
    if refresh:
        calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    text = calendar.to_ical()
    tail = b"END:VCALENDAR\r\n"
    return text.removesuffix(tail), tail


@lru_cache(maxsize=32)
def timezone_text(first_year, last_year):
    """The VTIMEZONE from the start of `first_year` to the start of `last_year`."""
    return vtimezone(tzid(), date(first_year, 1, 1), date(last_year, 1, 1)).to_ical()


def assemble(head, tail, texts, first_day, today):
    """A VCALENDAR from its frame and VEVENT texts, with one VTIMEZONE covering every date
    from the year before `first_day` to TIMEZONE_YEARS_AHEAD years after today."""
    zone = timezone_text(first_day.year - 1, today.year + TIMEZONE_YEARS_AHEAD)
    return b"".join([head, zone, *texts, tail])


def vevent_text(event, request, *, host, names, now):
    """(VEVENT as text, the day of its DTSTART), or (b"", None) for an event without dates."""
    vevent = build_vevent(event, request, host=host, names=names, now=now)
    if vevent is None:
        return b"", None
    start = vevent.decoded("dtstart")
    return vevent.to_ical(), start if type(start) is date else start.date()


def build_calendar(events, request, *, name, locale):
    """One event's calendar (its own download) as text."""
    host = feed_host(request)
    names = category_names(locale)
    events = attach_shown_tags(events, language=locale)  # one query for all their tags' labels
    now = county_time.now()
    today = county_time.local_date(now)
    texts, first_day = [], today
    for event in events:
        text, start = vevent_text(event, request, host=host, names=names, now=now)
        if text:
            texts.append(text)
            first_day = min(first_day, start)
    head, tail = calendar_frame(name)
    return assemble(head, tail, texts, first_day, today)


def calendar_response(content, filename=None):
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    if filename:
        response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def is_visible(event, request):
    if not event.live:
        return False
    return visible_pages(EventPage.objects.filter(pk=event.pk), request).exists()


def event_feed(request, event):
    """One event (all its dates) as an .ics download."""
    if not is_visible(event, request):
        raise Http404
    event = feed_queryset(EventPage.objects.filter(pk=event.pk)).get()
    with translation.override(event.locale.language_code):
        content = build_calendar([event], request, name=event.title, locale=event.locale)
    filename = f"{slugify(event.slug) or f'veranstaltung-{event.pk}'}.ics"
    return calendar_response(content, filename)


def called_off(now):
    """A called-off date to come of an event with no date left (a single event called off
    has no occurrence rows; nor has a series called off as a whole).

    Kept in the feeds with STATUS:CANCELLED until that day has passed, so subscribed calendars
    learn of the cancellation instead of just losing the event.
    """
    return CancelledDate.objects.filter(
        page=OuterRef("pk"), date__gte=county_time.local_date(now)
    ).filter(~Exists(Occurrence.objects.filter(event=OuterRef("page"), end__gte=now)))


def feed_candidates(index, request, form, today):
    """(pk, last_published_at, url_path, first date) of the events an index feed may carry,
    the nearest first: those with a date ending on or after FEED_PAST_DAYS ago (series that are
    still running keep their whole rule), and called-off single events whose day is to come.

    One query; the first date is the event's earliest occurrence in that window (its own start
    for a called-off event, which has no occurrence rows).
    """
    cutoff = county_time.midnight(today - timedelta(days=FEED_PAST_DAYS))
    first_date = Subquery(
        Occurrence.objects.filter(event=OuterRef("pk"), end__gte=cutoff)
        .order_by("start")
        .values("start")[:1],
        output_field=DateTimeField(),
    )
    events = EventPage.objects.live().descendant_of(index).filter(locale=index.locale)
    events = form.filter_event_pages(visible_pages(events, request))
    return (
        events.annotate(first_date=first_date)
        .filter(Q(first_date__isnull=False) | Exists(called_off(county_time.now())))
        .annotate(first=Coalesce("first_date", "start", output_field=DateTimeField()))
        .values_list("pk", "last_published_at", "url_path", "first")
        .distinct()
        .order_by("first", "pk")
    )


def chunks(rows, size=CHUNK):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def text_version(row):
    """What a kept text was built from: the event's last publish and its address."""
    _pk, published, url_path, _first = row
    return f"{published.isoformat() if published else ''}|{url_path}"


def event_texts(rows, request, locale, store):
    """(row, VEVENT text, DTSTART day) for each candidate row, in order, CHUNK rows at a time:
    texts kept in `store` (eventpages.feed_cache) where their version matches, the others
    built (a fixed number of queries per chunk) and put into it. Lazy: a full feed stops
    reading."""
    host = feed_host(request)
    names = None
    for batch in chunks(rows):
        found = {row[0]: store.get(row[0], text_version(row)) for row in batch}
        missing = [pk for pk, value in found.items() if value is None]
        if missing:
            if names is None:
                names = category_names(locale)
            events = feed_queryset(EventPage.objects.filter(pk__in=missing))
            events = attach_shown_tags(events, language=locale)
            versions = {row[0]: text_version(row) for row in batch}
            now = county_time.now()
            for event in events:
                found[event.pk] = vevent_text(event, request, host=host, names=names, now=now)
                store.put(event.pk, versions[event.pk], found[event.pk])
        for row in batch:
            if found.get(row[0]) is not None:
                yield row, *found[row[0]]


def fill(entries, budget):
    """The texts that fit into `budget` bytes, whole days at a time: (texts, first DTSTART day,
    the first day left out or None). `entries` come ordered by each event's first date."""
    texts, first_day, size = [], None, 0
    group, group_day, group_size = [], None, 0

    def take(items):
        nonlocal first_day
        for text, start in items:
            texts.append(text)
            first_day = start if first_day is None else min(first_day, start)

    for row, text, start in entries:
        if not text:
            continue
        day = county_time.local_date(row[3])
        if day != group_day:
            if size + group_size > budget:
                return texts, first_day, group_day
            take(group)
            size += group_size
            group, group_day, group_size = [], day, 0
        if not texts and size + group_size + len(text) > budget:
            # Not even the first day fits: as much of it as fits (a feed must not stay empty).
            take(group)
            return texts, first_day, day
        group.append((text, start))
        group_size += len(text)
    if size + group_size > budget:
        return texts, first_day, group_day
    take(group)
    return texts, first_day, None


def index_calendar(request, index):
    """The index feed's text for this request's filters (in the index's language)."""
    locale = index.locale
    form = EventFilterForm(request.GET or None, locale=locale)
    today = county_time.today()
    rows = list(feed_candidates(index, request, form, today))
    store = feed_cache.TextStore(
        feed_cache.store_key(
            index_pk=index.pk,
            language=locale.language_code,
            site=f"{request.build_absolute_uri('/')}|{feed_host(request)}",
        )
    )
    budget = FEED_MAX_BYTES - FRAME_ALLOWANCE
    texts, first_day, left_out = fill(event_texts(rows, request, locale, store), budget)
    if not form.query_string():
        # Every filtered feed's events are among the unfiltered feed's: the others can go.
        store.keep_only({row[0] for row in rows})
    store.save()
    description = None
    if left_out is not None:
        description = _(
            "Dieser Kalender enthält die Termine bis zum %(day)s. Spätere Termine finden Sie in "
            "den gefilterten Kalendern, zum Beispiel nach Kategorie oder Ort: %(url)s"
        ) % {
            "day": date_format.day(left_out - timedelta(days=1)),
            "url": request.build_absolute_uri(index.get_url(request)),
        }
    head, tail = calendar_frame(calendar_name(index), refresh=True, description=description)
    return assemble(head, tail, texts, min(first_day or today, today), today)


def shares_answers(request):
    """Whether this request's feed is the same for every visitor of its address (anonymous,
    page cache on), so one rebuild can serve them all."""
    if getattr(settings, "PAGE_CACHE_SECONDS", 0) <= 0:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def index_feed(request, index):
    """The live events below an index in its language, with the listing's filters."""
    with translation.override(index.locale.language_code):
        if shares_answers(request):
            content, fresh = feed_cache.stale_while_rebuilding(
                feed_cache.feed_key(request), lambda: index_calendar(request, index)
            )
        else:
            content, fresh = index_calendar(request, index), True
    response = calendar_response(content)
    if not fresh:
        # The previous answer while another request rebuilds: the page cache must not keep it.
        patch_cache_control(response, max_age=0)
    return response


def calendar_name(index):
    """ "Veranstaltungen – <site name>" in the feed's language (an alias has German titles)."""
    title = _("Veranstaltungen") if index.alias_of_id else index.title
    home = Page.objects.ancestor_of(index).filter(depth=2).only("title").first()
    if home is None:
        return title
    return _("%(calendar)s – %(site)s") % {"calendar": title, "site": home.title}
