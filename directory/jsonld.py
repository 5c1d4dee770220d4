"""schema.org for the directory: an organisation as Organization (an authority as
GovernmentOrganization) with its places' addresses and opening hours, an offer as Service
with the languages it is given in, the towns it serves and its provider."""

from core.jsonld import SCHEMA, absolute

DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def address(place):
    return {
        "@type": "PostalAddress",
        "streetAddress": place.street,
        "postalCode": place.postcode,
        "addressLocality": place.municipality.name,
        "addressCountry": "DE",
    }


def opening_hours(place):
    specs = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": SCHEMA + DAY_NAMES[hours.weekday],
            "opens": hours.opens.strftime("%H:%M"),
            "closes": hours.closes.strftime("%H:%M"),
        }
        for hours in place.opening_hours.all()
    ]
    for exception in place.opening_exceptions.all():
        day = exception.date.isoformat()
        closed = exception.closed or not (exception.opens and exception.closes)
        specs.append(
            {
                "@type": "OpeningHoursSpecification",
                "validFrom": day,
                "validThrough": day,
                # schema.org's way to say "closed that day": opens and closes at midnight.
                "opens": "00:00" if closed else exception.opens.strftime("%H:%M"),
                "closes": "00:00" if closed else exception.closes.strftime("%H:%M"),
            }
        )
    return specs


def organisation_jsonld(page, request=None, places=None):
    """`places`: the page's places with towns, hours and exceptions read (queries.places_of)."""
    places = list(page.places.all()) if places is None else places
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization" if page.is_authority else "Organization",
        "name": page.title,
        "url": absolute(request, page.get_url(request)),
    }
    if page.phone:
        data["telephone"] = page.phone
    if page.email:
        data["email"] = page.email
    if page.website:
        data["sameAs"] = [page.website]
    if places:
        data["address"] = [address(place) for place in places]
        data["location"] = [
            {
                "@type": "Place",
                "name": place.name or page.title,
                "address": address(place),
                "openingHoursSpecification": opening_hours(place),
            }
            for place in places
        ]
    return data


def offer_jsonld(offer, organisation, request=None, places=None):
    places = list(organisation.places.all()) if places is None else places
    towns = sorted({place.municipality.name for place in places})
    channels = []
    if offer.online:
        channels.append("online")
    if offer.by_phone:
        channels.append("phone")
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": offer.title,
        "url": absolute(request, offer.get_url(request)),
        "availableLanguage": [
            {"@type": "Language", "alternateName": code} for code in offer.languages
        ],
        "provider": {
            "@type": "GovernmentOrganization" if organisation.is_authority else "Organization",
            "name": organisation.title,
            "url": absolute(request, organisation.get_url(request)),
        },
    }
    if towns:
        data["areaServed"] = [{"@type": "City", "name": town} for town in towns]
    if offer.cost:
        data["offers"] = {"@type": "Offer", "description": offer.cost}
    return data
