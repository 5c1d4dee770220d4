"""schema.org Event as JSON-LD (dates in county time, core.county_time).

The JSON goes into the page inside a <script> element; like Django's json_script, <, > and &
are written as \\u escapes, so no text an editor types (say "</script>") can end that element.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.county_time import last_day, local

from . import recurrence

SCHEMA = "https://schema.org/"
ATTENDANCE_MODES = {
    "offline": SCHEMA + "OfflineEventAttendanceMode",
    "online": SCHEMA + "OnlineEventAttendanceMode",
    "mixed": SCHEMA + "MixedEventAttendanceMode",
}
# The same escapes as django.utils.html.json_script.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
IMAGE_SPEC = "fill-1200x675"


def jsonld_script(data):
    """A <script type="application/ld+json"> element that nothing in `data` can break out of."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        # <, > and & escaped as \uXXXX, as json_script does.
        mark_safe(text.translate(JSON_SCRIPT_ESCAPES)),  # nosec B308 B703
    )


def absolute(request, url):
    if not url:
        return ""
    if request is not None:
        return request.build_absolute_uri(url)
    return url


def shown_dates(event):
    """(start, end or None) of the date to announce: for a series, the next one."""
    occurrence = event.upcoming_occurrences(1).first()
    if occurrence is None and event.frequency != recurrence.NONE:
        occurrence = event.occurrences.order_by("-start").first()
    if occurrence is not None:
        has_end = bool(event.end) or event.all_day
        return occurrence.start, occurrence.end if has_end else None
    return event.start, event.end


def is_cancelled(event):
    """A single date that was called off (a series only loses some of its dates)."""
    if event.frequency != recurrence.NONE or event.extra_dates.exists():
        return False
    day = local(event.start).date()
    return any(item.date == day for item in event.cancelled_dates.all())


def place(venue):
    address = {
        "@type": "PostalAddress",
        "streetAddress": venue.street,
        "postalCode": venue.postcode,
        "addressLocality": venue.municipality.name,
        "addressCountry": "DE",
    }
    data = {
        "@type": "Place",
        "name": venue.name,
        "address": {key: value for key, value in address.items() if value},
    }
    if venue.latitude is not None and venue.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(venue.latitude),
            "longitude": float(venue.longitude),
        }
    return data


def event_jsonld(event, request=None):
    """The schema.org Event for one language version of an event page, as a dict."""
    start, end = shown_dates(event)
    page_url = absolute(request, event.get_url(request)) or event.full_url
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
    }
    if event.teaser:
        data["description"] = event.teaser
    if event.all_day:
        data["startDate"] = local(start).date().isoformat()
        data["endDate"] = last_day(start, end, all_day=True).isoformat()
    else:
        data["startDate"] = local(start).isoformat()
        if end:
            data["endDate"] = local(end).isoformat()
    data["eventStatus"] = SCHEMA + ("EventCancelled" if is_cancelled(event) else "EventScheduled")
    data["eventAttendanceMode"] = ATTENDANCE_MODES[event.attendance_mode]

    locations = []
    if event.venue_id:
        locations.append(place(event.venue.localized))
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations

    if event.languages:
        data["inLanguage"] = list(event.languages)
    if event.organiser_id:
        organiser = event.organiser
        organizer = {
            "@type": "Organization",
            "name": organiser.name,
            "email": organiser.email,
            "telephone": organiser.phone,
            "url": organiser.website,
        }
        data["organizer"] = {key: value for key, value in organizer.items() if value}
    data["url"] = page_url
    if event.image_id:
        rendition = event.image.get_rendition(IMAGE_SPEC)
        data["image"] = absolute(request, rendition.url) or rendition.full_url
    if event.is_free:
        data["isAccessibleForFree"] = True
        data["offers"] = {
            "@type": "Offer",
            "price": 0,
            "priceCurrency": "EUR",
            "availability": SCHEMA + "InStock",
            "url": event.registration_url or page_url,
        }
    return data
