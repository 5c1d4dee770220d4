"""The directory's map view: the places of a visitor's selection, as markers for Leaflet or as
a list by town, and the tile server's origins for the page's Content-Security-Policy.

A tile server (MapSettings.tile_url) is a third party: the page names it and asks it for
nothing until the visitor clicks "Karte laden" (static/directory/map.js). Its address goes
to the script in a data attribute, never into an <img>, <link> or preload; only the map page
allows its origin for images (core.security.with_image_origins), and only when one is set.

The selection costs two queries however many organisations it holds: the organisations,
then all their places with their towns.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.functional import cached_property

from .models import Place

# Leaflet's default subdomains for a "{s}" in the tile address.
SUBDOMAINS = "abc"


def tile_origins(tile_url):
    """The origins tiles come from ("https://tile.example.org"), or [] when `tile_url` is not
    an http(s) address template: then there is no map (nothing to allow, nothing to ask)."""
    tile_url = (tile_url or "").strip()
    if not tile_url:
        return []
    urls = [tile_url.replace("{s}", sub) for sub in SUBDOMAINS] if "{s}" in tile_url else [tile_url]
    origins = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.netloc or "{" in parts.netloc:
            return []
        origins.append(f"{parts.scheme}://{parts.netloc}")
    return list(dict.fromkeys(origins))


def tile_host(tile_url):
    """The host named to the visitor before they agree ("tile.openstreetmap.org")."""
    host = urlsplit(tile_url.strip()).hostname or ""
    return host.removeprefix("{s}.")


@dataclass
class Stop:
    """One place of one organisation, with what the popup and the lists show."""

    organisation: object
    url: str
    place: Place

    @property
    def address(self):
        place = self.place
        town = " ".join(part for part in (place.postcode, place.municipality.name) if part)
        return ", ".join(part for part in (place.street, town) if part)

    @property
    def located(self):
        return self.place.latitude is not None and self.place.longitude is not None

    def marker(self):
        place = self.place
        return {
            "lat": float(place.latitude),
            "lng": float(place.longitude),
            "name": self.organisation.title,
            # An alias shows the German title: marked, for screen readers' pronunciation.
            "lang": settings.LANGUAGE_CODE if self.organisation.alias_of_id else "",
            "url": self.url,
            "place": place.name,
            "address": self.address,
        }


@dataclass
class Town:
    name: str
    stops: list = field(default_factory=list)


class Selection:
    """The places of the selected organisations (a queryset ordered by name)."""

    def __init__(self, organisations, request):
        self.organisations = list(organisations)
        urls = {page.pk: page.get_url(request) for page in self.organisations}
        by_pk = {page.pk: page for page in self.organisations}
        places = (
            Place.objects.filter(page_id__in=organisations.values("pk"))
            .select_related("municipality")
            .order_by("page_id", "sort_order", "pk")
        )
        self.stops_by_page = {}
        for place in places:
            self.stops_by_page.setdefault(place.page_id, []).append(
                Stop(by_pk[place.page_id], urls[place.page_id], place)
            )
        self.stops = [
            stop for page in self.organisations for stop in self.stops_by_page.get(page.pk, [])
        ]
        self.urls = urls

    def __len__(self):
        return len(self.organisations)

    @cached_property
    def markers(self):
        """What map.js puts on the map (as JSON in the page): the places with coordinates."""
        return [stop.marker() for stop in self.stops if stop.located]

    @cached_property
    def unlocated(self):
        """Places the map cannot show, and organisations without a place: listed below it."""
        return [stop for stop in self.stops if not stop.located]

    @cached_property
    def without_place(self):
        return [
            {"organisation": page, "url": self.urls[page.pk]}
            for page in self.organisations
            if page.pk not in self.stops_by_page
        ]

    @cached_property
    def towns(self):
        """The selection by town (without a tile server, the map view is this list): each town
        once, alphabetically; an organisation under every town it has a place in."""
        towns = {}
        for stop in self.stops:
            name = stop.place.municipality.name
            towns.setdefault(name, Town(name)).stops.append(stop)
        return [towns[name] for name in sorted(towns, key=str.casefold)]
