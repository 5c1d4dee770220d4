"""The `.ics` a participant gets with their seat: the site's own VEVENT for their date.

Built by the feeds' code (eventpages.feeds.build_vevent), so it carries the SAME UID as the
event in the site's feed and its own download (`<translation key>-<language>@<host>`): a
calendar that subscribed to the feed and imports the mail's invitation keeps one entry. For a
date of a series (or of an event with extra dates) it is that one instance: the UID with a
RECURRENCE-ID, its own DTSTART and DTEND and no rule (RFC 5545 §3.8.4.4). METHOD:PUBLISH,
as the feed: it informs, it asks for no reply. The private meeting link is never in it.
"""

import icalendar
from django.conf import settings
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Site

from core import county_time
from core.site_url import page_url, split_site_url

from .. import feeds

MIMETYPE = "text/calendar; method=PUBLISH; charset=utf-8"


def calendar_host():
    """The host the feeds write into UIDs: the default site's (synced from SITE_URL)."""
    site = Site.objects.filter(is_default_site=True).only("hostname").first()
    if site is not None and site.hostname:
        return site.hostname
    return split_site_url(settings.SITE_URL)[1]


def date_vevent(event, start, *, description_extra=""):
    """The VEVENT of `event` on `start` (an aware datetime), or None when it has no dates."""
    names = feeds.category_names(event.locale)
    now = county_time.now()
    vevent = feeds.build_vevent(
        event, None, host=calendar_host(), names=names, now=now, url=page_url(event)
    )
    if vevent is None:
        return None
    is_instance = any(name in vevent for name in ("RRULE", "RDATE", "EXDATE"))
    if is_instance or vevent.decoded("dtstart") != start:
        for name in ("RRULE", "RDATE", "EXDATE", "DTSTART", "DTEND", "STATUS"):
            vevent.pop(name, None)
        series = event.series()
        local = county_time.wall_clock(start)
        vevent.add("dtstart", feeds.as_local(local, event.all_day))
        if event.all_day:
            vevent.add("dtend", feeds.all_day_end(local, series.duration))
        elif event.end:
            vevent.add("dtend", feeds.exact_end(local, series.duration))
        if is_instance:
            vevent.add("recurrence-id", feeds.as_local(local, event.all_day))
        vevent.add("status", "CONFIRMED")
    if description_extra:
        vevent["DESCRIPTION"] = icalendar.vText(
            f"{vevent.get('DESCRIPTION', '')}\n\n{description_extra}"
        )
    return vevent


def ics_attachment(event, start, *, description_extra=""):
    """(filename, text, mimetype) for core.mail, or None when the event has no dates."""
    with translation.override(event.locale.language_code):
        vevent = date_vevent(event, start, description_extra=description_extra)
        if vevent is None:
            return None
        head, tail = feeds.calendar_frame(event.title)
        today = county_time.today()
        first_day = min(county_time.local_date(start), today)
        content = feeds.assemble(head, tail, [vevent.to_ical()], first_day, today)
    filename = f"{slugify(event.slug) or 'veranstaltung'}.ics"
    return filename, content.decode("utf-8"), MIMETYPE
