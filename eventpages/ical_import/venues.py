"""A source event's LOCATION as one of our venues (or an online link).

Calendars write a place as free text: "Bürgerhaus", "Bürgerhaus, Marktstr. 3, 06712 Zeitz" or
an address only; Mobilizon and video meetings write a link. In this order:

1. a link (http/https) is the event's online address, not a place;
2. a text the import met before maps to the venue it was given then (a coordinator may have
   corrected that venue since: their correction holds);
3. a venue whose name is the text, or the text's first part before a comma, is that venue
   (case and spacing ignored);
4. anything else becomes a new venue in the calendar's municipality, listed for a coordinator
   to check (`ImportedVenue`), with the rest of the text as its street.

One `VenueMatcher` per sync reads the venues once, so a feed of 2,000 events costs a handful of
queries for its places, not thousands.
"""

import re
from dataclasses import dataclass

from wagtail.models import Locale

from eventpages.models import Municipality, Venue

from .models import ImportedVenue

POSTCODE = re.compile(r"^(?P<street>.*?),?\s*(?P<postcode>\d{5})\s+(?P<town>[^,]+)$")
LINK = re.compile(r"^https?://\S+$", re.I)


def key(text):
    return " ".join((text or "").casefold().split())


@dataclass
class Place:
    venue: Venue | None = None
    online_url: str = ""


class VenueMatcher:
    def __init__(self, calendar, locale):
        self.calendar = calendar
        self.locale = locale
        self.by_location = {
            key(row.location): row.venue
            for row in ImportedVenue.objects.select_related("venue").order_by("pk")
        }
        self.by_name = {}
        for venue in Venue.objects.order_by("-locale_id", "pk"):
            # The calendar's language first: the venue the page is written next to.
            name = key(venue.name)
            if venue.locale_id == locale.pk or name not in self.by_name:
                self.by_name[name] = venue
        self.created = []

    def place(self, location, geo=None):
        location = (location or "").strip()
        if not location:
            return Place()
        if LINK.match(location):
            return Place(online_url=location)
        known = self.by_location.get(key(location))
        if known is not None:
            return Place(venue=known)
        name, _comma, rest = location.partition(",")
        for candidate in (location, name):
            venue = self.by_name.get(key(candidate))
            if venue is not None:
                return Place(venue=venue)
        venue = self._create(location, name.strip(), rest.strip(), geo)
        return Place(venue=venue) if venue else Place()

    def _create(self, location, name, rest, geo):
        municipality = self.calendar.municipality or self._municipality_named(rest)
        if municipality is None:
            return None  # nowhere to file it: the page says where in its text, as the source did
        street = rest
        match = POSTCODE.match(rest)
        postcode = ""
        if match:
            street, postcode = match.group("street").strip(" ,"), match.group("postcode")
        venue = Venue(
            name=name[:200] or location[:200],
            street=street[:200],
            postcode=postcode,
            municipality=municipality,
            locale=self.locale,
        )
        if geo:
            venue.latitude, venue.longitude = round(geo[0], 6), round(geo[1], 6)
        venue.save()
        # In every language, as the demo's and the admin's venues are (a name is a name).
        for locale in Locale.objects.exclude(pk=venue.locale_id):
            venue.copy_for_translation(locale).save()
        ImportedVenue.objects.create(venue=venue, calendar=self.calendar, location=location)
        self.by_location[key(location)] = venue
        self.by_name.setdefault(key(venue.name), venue)
        self.created.append(venue)
        return venue

    def _municipality_named(self, text):
        words = key(text)
        for municipality in Municipality.objects.all():
            if key(municipality.name) and key(municipality.name) in words:
                return municipality
        return None
