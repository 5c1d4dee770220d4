"""iCalendar feeds: one event to download, and the events of an index to subscribe to.

Written with the icalendar library. A series is one VEVENT with its RRULE, EXDATEs for the
cancelled dates and RDATEs for the extra ones, all in Europe/Berlin wall-clock time with a
VTIMEZONE, so calendar programs expand it to exactly the dates the site lists.

Only what the visitor may see is in a feed: live events, and none under a view restriction the
request does not pass. A feed costs the same number of queries for 5 events or 500.
"""

from datetime import UTC, date, datetime, timedelta

import icalendar
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import TruncDate
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from core import county_time
from core.tag_labels import attach_shown_tags
from core.visibility import visible_pages

from . import recurrence
from .filters import EventFilterForm
from .models import CancelledDate, EventCategory, EventPage, Occurrence
from .vtimezone import vtimezone

CONTENT_TYPE = "text/calendar; charset=utf-8"
PRODID = "-//Integrationsnetzwerk//Veranstaltungen//DE"
REFRESH_INTERVAL = timedelta(hours=6)
TIMEZONE_YEARS_AHEAD = 20
# An index feed carries events with a date in the last FEED_PAST_DAYS or later.
FEED_PAST_DAYS = 90


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


def build_vevent(event, request, *, host, names, now):
    series = event.series()
    found = dates(event, series)
    if found is None:
        return None
    dtstart, rrule, rdates, exdates = found
    all_day = event.all_day
    duration = series.duration
    url = page_url(event, request)
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
    called_off = rrule is None and not rdates and bool(exdates)
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


def build_calendar(events, request, *, name, locale, refresh=False):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", tzid())
    if refresh:
        calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    host = feed_host(request)
    names = category_names(locale)
    events = attach_shown_tags(events, language=locale)  # one query for all their tags' labels
    now = county_time.now()
    today = county_time.local_date(now)
    first_day = today
    for event in events:
        vevent = build_vevent(event, request, host=host, names=names, now=now)
        if vevent is not None:
            calendar.add_component(vevent)
            start = vevent.decoded("dtstart")
            first_day = min(first_day, start if type(start) is date else start.date())
    zone = vtimezone(
        tzid(), date(first_day.year - 1, 1, 1), date(today.year + TIMEZONE_YEARS_AHEAD, 1, 1)
    )
    calendar.subcomponents.insert(0, zone)
    return calendar


def calendar_response(calendar, filename=None):
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
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
        calendar = build_calendar([event], request, name=event.title, locale=event.locale)
    filename = f"{slugify(event.slug) or f'veranstaltung-{event.pk}'}.ics"
    return calendar_response(calendar, filename)


def called_off(now):
    """A single event's own day, called off and not yet over (it has no occurrence rows).

    Kept in the feeds with STATUS:CANCELLED until that day has passed, so subscribed calendars
    learn of the cancellation instead of just losing the event.
    """
    return (
        CancelledDate.objects.filter(page=OuterRef("pk"), date__gte=county_time.local_date(now))
        .annotate(start_day=TruncDate("page__start", tzinfo=county_time.zone()))
        .filter(date=F("start_day"))
    )


def index_feed(request, index):
    """The live events below an index in its language, with the listing's filters."""
    locale = index.locale
    with translation.override(locale.language_code):
        form = EventFilterForm(request.GET or None, locale=locale)
        # Current and coming events only: a subscribed calendar need not carry years of past
        # one-off events (series that are still running keep their whole rule).
        now = county_time.now()
        cutoff = now - timedelta(days=FEED_PAST_DAYS)
        running = Occurrence.objects.filter(event=OuterRef("pk"), end__gte=cutoff)
        events = (
            EventPage.objects.live()
            .descendant_of(index)
            .filter(locale=locale)
            .filter(Exists(running) | Exists(called_off(now)))
        )
        events = form.filter_event_pages(visible_pages(events, request)).distinct()
        events = feed_queryset(events).order_by("start", "pk")
        calendar = build_calendar(
            events, request, name=calendar_name(index), locale=locale, refresh=True
        )
    return calendar_response(calendar)


def calendar_name(index):
    """ "Veranstaltungen – <site name>" in the feed's language (an alias has German titles)."""
    title = _("Veranstaltungen") if index.alias_of_id else index.title
    home = Page.objects.ancestor_of(index).filter(depth=2).only("title").first()
    if home is None:
        return title
    return _("%(calendar)s – %(site)s") % {"calendar": title, "site": home.title}
