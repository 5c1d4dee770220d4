"""schema.org Event as JSON-LD (dates in county time, core.county_time).

The <script> element that carries it, safely escaped, is core's (core.jsonld), shared with
the directory.
"""

from datetime import timedelta

from core.county_time import last_day, local, midnight
from core.jsonld import SCHEMA, absolute, jsonld_script  # noqa: F401  (the safe <script>: core)

from . import recurrence
from .organisations import event_organisation_page
from .registration.places import next_places

ATTENDANCE_MODES = {
    "offline": SCHEMA + "OfflineEventAttendanceMode",
    "online": SCHEMA + "OnlineEventAttendanceMode",
    "mixed": SCHEMA + "MixedEventAttendanceMode",
}
IMAGE_SPEC = "fill-1200x675"


def shown_dates(event):
    """(start, end or None) of the date to announce: for a series, the next one."""
    occurrence = next(iter(event.next_occurrences), None)
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
    return any(item.date == day for item in event.cancelled_list)


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
        locations.append(place(event.localized_venue))
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    elif event.is_online:
        # Online through the meeting link that only registered participants get: the place to
        # go is the page they register on (the link itself is never published).
        locations.append({"@type": "VirtualLocation", "url": page_url})
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
        # An organiser that is an organisation of the directory: its page there is its
        # address on this site, its own website what it is also known as.
        page = event_organisation_page(event)
        if page is not None:
            organizer["url"] = absolute(request, page.get_url(request)) or page.full_url
            organizer["sameAs"] = organiser.website
        data["organizer"] = {key: value for key, value in organizer.items() if value}
    data["url"] = page_url
    if event.image_id:
        rendition = event.image.get_rendition(IMAGE_SPEC)
        data["image"] = absolute(request, rendition.url) or rendition.full_url
    if event.is_free:
        data["isAccessibleForFree"] = True
    places = next_places(event, start)
    if places is not None:
        data["maximumAttendeeCapacity"] = places.capacity
        data["remainingAttendeeCapacity"] = places.left
        data["offers"] = registration_offer(event, places, page_url)
    elif event.is_free:
        data["offers"] = {
            "@type": "Offer",
            "price": 0,
            "priceCurrency": "EUR",
            "availability": SCHEMA + "InStock",
            "url": event.registration_url or page_url,
        }
    return data


def offer_availability(places):
    """schema.org's ItemAvailability of a date's places, in the values search engines read for
    events (InStock, LimitedAvailability, SoldOut): no place to take, because the date is
    full (new registrations join the waiting list) or registration has closed, is SoldOut;
    a fifth of the seats or fewer left is LimitedAvailability."""
    if not places.is_open or places.is_full:
        return SCHEMA + "SoldOut"
    if places.left * 5 <= places.capacity:
        return SCHEMA + "LimitedAvailability"
    return SCHEMA + "InStock"


def registration_offer(event, places, page_url):
    """The Offer of a date that takes registrations on its page: free of charge or not, its
    availability, and until when registration runs (the deadline's day, county time)."""
    offer = {"@type": "Offer", "url": page_url, "availability": offer_availability(places)}
    if event.is_free:
        offer.update({"price": 0, "priceCurrency": "EUR"})
    if event.registration_deadline:
        offer["validThrough"] = local(
            midnight(event.registration_deadline + timedelta(days=1))
        ).isoformat()
    return offer
