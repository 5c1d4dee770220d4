"""Demo directory: about fifteen fictional organisations across the county's towns, with
places, opening hours (a few closed on a day soon) and offers in several languages.

Run by home.demo.load_demo() (declared as DirectoryConfig.demo_loader), after the events demo
(INSTALLED_APPS order), whose towns it shares (core.models.Municipality). German is written
first; the directory page, topics and audiences are translated into every language through
wagtail-localize (texts in data.py), organisations and offers get aliases, as the admin would
create them. Running it again changes nothing that exists.
"""

from datetime import time, timedelta
from functools import partial

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model

from core import county_time, demo
from core.models import Municipality
from home.demo import stream_data
from home.locales import add_aliases_in_other_languages

from ..checking import mark_checked
from ..models import (
    Audience,
    DirectoryIndexPage,
    OfferPage,
    OpeningException,
    OpeningHours,
    OrganisationEditor,
    OrganisationPage,
    Place,
    Topic,
)
from . import data, links

# Entries nobody has confirmed for longer than the review period (12 months): the desk shows
# them, and `send_directory_reviews` would ask their contacts (directory.reviews).
NOT_CHECKED_FOR_MONTHS = {"sportverein-osterfeld": 14, "seniorentreff-elsteraue": 20}
# The demo member who keeps an organisation current (directory.editors): Olena, who writes
# Ukrainian (a user of the exchange demo, loaded before this one).
LINKED_MEMBERS = {"olena": "ukrainische-gemeinde"}

translate = partial(demo.translate, translations=data.TRANSLATIONS)


def ensure_categories(model, specs, german, locales):
    categories = {}
    for slug, name in specs:
        category = model.objects.get_or_create(slug=slug, locale=german, defaults={"name": name})[0]
        for code in data.LANGUAGES:
            translate(category, locales[code])
        categories[slug] = category
    return categories


def ensure_municipalities():
    return {
        slug: Municipality.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in data.MUNICIPALITIES
    }


def build_place(spec, closed_in_days, towns, today):
    name, street, postcode, town, hours = spec
    exceptions = []
    if closed_in_days is not None:
        exceptions.append(
            OpeningException(
                date=today + timedelta(days=closed_in_days), closed=True, note="Teamfortbildung"
            )
        )
    latitude, longitude = data.COORDINATES.get((town, street), (None, None))
    return Place(
        name=name,
        street=street,
        postcode=postcode,
        municipality=towns[town],
        latitude=latitude,
        longitude=longitude,
        wheelchair_access=len(street) % 2 == 0,  # a fictional mix
        accessible_toilet=len(name) % 3 == 0,
        hearing_loop=town == "naumburg",
        opening_hours=[
            OpeningHours(weekday=day, opens=time.fromisoformat(a), closes=time.fromisoformat(b))
            for day, a, b in hours
        ],
        opening_exceptions=exceptions,
    )


def checked_on(spec, today):
    months = NOT_CHECKED_FOR_MONTHS.get(spec["slug"])
    if months:
        return today - relativedelta(months=months)
    return today - timedelta(days=30 + len(spec["slug"]) * 7)


def ensure_editors(organisations):
    by_slug = {organisation.slug: organisation for organisation in organisations}
    users = get_user_model().objects.in_bulk(LINKED_MEMBERS, field_name="username")
    for username, slug in LINKED_MEMBERS.items():
        if username in users and slug in by_slug:
            OrganisationEditor.objects.get_or_create(
                user=users[username], organisation=by_slug[slug]
            )


def ensure_organisation(index, spec, towns, topics, audiences, today):
    organisation, created = demo.ensure_child_page(
        index,
        OrganisationPage,
        spec["slug"],
        publish=False,
        title=spec["title"],
        kind=spec["kind"],
        is_member=spec.get("member", False),
        phone=spec.get("phone", ""),
        email=spec.get("email", ""),
        website=spec.get("website", ""),
        messenger=spec.get("messenger", ""),
        last_checked_at=checked_on(spec, today),
        body=stream_data([("paragraph", [spec["text"]])], {}),
    )
    if not created:
        return organisation
    closed = spec.get("closed_in_days")
    organisation.places = [
        build_place(place, closed if number == 0 else None, towns, today)
        for number, place in enumerate(spec["places"])
    ]
    organisation.save_revision().publish()
    # Publishing counts as a check (directory.checking): the demo's dates are set after it.
    mark_checked(organisation, checked_on(spec, today))
    for number, offer_spec in enumerate(spec["offers"]):
        fields = dict(offer_spec)
        offer_audiences = [audiences[slug] for slug in fields.pop("audiences")]
        fields["topic"] = topics[fields.pop("topic")]
        offer, _created = demo.ensure_child_page(
            organisation, OfferPage, f"angebot-{number + 1}", publish=False, **fields
        )
        offer.audiences = offer_audiences
        offer.save_revision().publish()
    return organisation


def load(context):
    """Add the directory below the demo's home page (context: locales, home, pages)."""
    locales = context["locales"]
    german = locales["de"]
    today = county_time.today()
    topics = ensure_categories(Topic, data.TOPICS, german, locales)
    audiences = ensure_categories(Audience, data.AUDIENCES, german, locales)
    towns = ensure_municipalities()
    index, created = demo.ensure_child_page(
        context["home"],
        DirectoryIndexPage,
        data.INDEX["slug"],
        title=data.INDEX["title"],
        intro=data.INDEX["intro"],
        show_in_menus=True,
    )
    organisations = [
        ensure_organisation(index, spec, towns, topics, audiences, today)
        for spec in data.ORGANISATIONS
    ]
    if created:
        index = DirectoryIndexPage.objects.get(pk=index.pk)  # read back as published
    for code in data.LANGUAGES:
        translate(index, locales[code])
    # Aliases in every other language, parents first (an offer's alias needs its organisation's).
    for organisation in organisations:
        add_aliases_in_other_languages(organisation)
        for offer in OfferPage.objects.child_of(organisation):
            add_aliases_in_other_languages(offer)
    # Organisers and documents of the earlier demos that belong to these organisations.
    links.link(organisations)
    ensure_editors(organisations)
    context["pages"]["wegweiser"] = index
    return {"index": index, "organisations": organisations}
