"""Demo events: the county's towns, venues, organisers, categories, an index and a dozen events.

Run by home.demo.load_demo() (declared as EventPagesConfig.demo_loader). German is written
first; snippets and the index are translated into every language and some events into
English, Arabic and Ukrainian through wagtail-localize (the records an editor's translation
creates). The other languages get aliases of the German event, as the admin would create them.

Dates follow from the day the demo is loaded (dates.py), so there is always something coming
up. Running it again changes nothing that exists.
"""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.utils import timezone

from core import demo
from home.demo import stream_data
from home.demo.pictures import ALT_TRANSLATIONS, picture_fields
from home.locales import add_aliases_in_other_languages

from .. import recurrence
from ..models import (
    CancelledDate,
    EventCategory,
    EventIndexPage,
    EventPage,
    Municipality,
    Organiser,
    Venue,
)
from . import data, partner_calendar
from .dates import first_date, local_datetime
from .registrations import ensure_registrations

translate = partial(demo.translate, translations={**data.TRANSLATIONS, **ALT_TRANSLATIONS})


# ---------------------------------------------------------------------------------- snippets


def ensure_municipalities():
    return {
        slug: Municipality.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in data.MUNICIPALITIES
    }


def ensure_organisers():
    organisers = {}
    for spec in data.ORGANISERS:
        fields = {name: spec[name] for name in ("email", "phone", "website")}
        organisers[spec["key"]] = Organiser.objects.get_or_create(
            name=spec["name"], defaults=fields
        )[0]
    return organisers


def ensure_venues(german, municipalities):
    venues = {}
    for spec in data.VENUES:
        fields = {
            name: spec[name]
            for name in (
                "street",
                "postcode",
                "latitude",
                "longitude",
                "step_free",
                "accessibility_notes",
            )
        }
        fields["municipality"] = municipalities[spec["municipality"]]
        venues[spec["key"]] = Venue.objects.get_or_create(
            name=spec["name"], locale=german, defaults=fields
        )[0]
    return venues


def ensure_categories(german):
    return {
        slug: EventCategory.objects.get_or_create(
            slug=slug, locale=german, defaults={"name": name}
        )[0]
        for slug, name in data.CATEGORIES
    }


# ---------------------------------------------------------------------------------- pages


def ensure_index(home):
    spec = data.INDEX
    index, _created = demo.ensure_child_page(
        home,
        EventIndexPage,
        spec["slug"],
        title=spec["title"],
        intro=spec["intro"],
        body=stream_data(spec["body"], {}),
        show_in_menus=True,
    )
    return index


def event_fields(spec, today, venues, organisers):
    """The EventPage field values of one demo event."""
    day = first_date(today, spec["first"])
    start_clock, end_clock = spec["time"]
    fields = {
        "title": spec["title"],
        "teaser": spec["teaser"],
        "body": stream_data([("paragraph", spec["body"])], {}),
        "start": local_datetime(day, start_clock),
        "end": local_datetime(day, end_clock),
        "venue": venues[spec["venue"]] if spec.get("venue") else None,
        "online_url": spec.get("online_url", ""),
        "organiser": organisers[spec["organiser"]],
        "frequency": spec.get("frequency", recurrence.NONE),
        "interval": spec.get("interval", 1),
        "weekdays": spec.get("weekdays", []),
        "ends": spec.get("ends", recurrence.ENDS_NEVER),
        "count": spec.get("count"),
        "languages": spec["languages"],
        "target_groups": spec["target_groups"],
        "interpreting": spec.get("interpreting", False),
        "is_free": spec.get("is_free", True),
        "cost": spec.get("cost", ""),
        "registration_required": spec.get("registration_required", False),
        "registration_email": spec.get("registration_email", ""),
        "cancelled_dates": [
            CancelledDate(date=day + timedelta(days=offset)) for offset in spec.get("cancel", [])
        ],
    }
    # Registration on this site: seats, questions, the private meeting link (registrations.py).
    if "registration" in spec:
        fields.update(takes_registrations=True, **spec["registration"])
    fields.update(picture_fields(spec.get("picture")))  # most events; the others show the tile
    if fields["frequency"] == recurrence.MONTHLY_WEEKDAY:
        fields["month_week"] = spec["first"]["month_week"]
        fields["month_weekday"] = spec["first"]["weekday"]
    if "until_weeks" in spec:
        fields["until"] = day + timedelta(weeks=spec["until_weeks"])
    if "deadline" in spec:
        fields["registration_deadline"] = day + timedelta(days=spec["deadline"])
    return fields


def ensure_event(index, spec, today, venues, organisers, categories):
    # Page.save() (in add_child) runs full_clean(), so EventPage.clean() checks the fields.
    event, created = demo.ensure_child_page(
        index,
        EventPage,
        spec["slug"],
        publish=False,
        **event_fields(spec, today, venues, organisers),
    )
    if created:
        event.categories.set([categories[slug] for slug in spec["categories"]])
        event.save_revision().publish()  # eventpages.signals rebuilds the occurrences
    return event


def translate_event(event, locale):
    """Translate an event and point the translation at the categories in its language.

    wagtail-localize leaves many-to-many fields alone, so the copy still names the German
    categories; the slugs (what filters use) are the same, the names are not.
    """
    translated = translate(event, locale).specific
    wanted = {category.get_translation(locale).pk for category in event.categories.all()}
    if set(translated.categories.values_list("pk", flat=True)) != wanted:
        translated.categories.set(wanted)
        translated.save_revision().publish()
    return translated


# ---------------------------------------------------------------------------------- loader


def load(context):
    """Add the events demo to the site home.demo built (context: locales, home, pages)."""
    locales = context["locales"]
    german = locales[settings.LANGUAGE_CODE]
    other = [locales[code] for code in data.LANGUAGES]
    event_locales = [locales[code] for code in data.EVENT_LANGUAGES]

    municipalities = ensure_municipalities()
    organisers = ensure_organisers()
    venues = ensure_venues(german, municipalities)
    categories = ensure_categories(german)
    for venue in venues.values():
        for locale in other:
            translate(venue, locale, keep=("name",))
    for category in categories.values():
        for locale in other:
            translate(category, locale)

    index = ensure_index(context["home"])
    for locale in other:
        translate(index, locale)
    add_aliases_in_other_languages(index)  # none left today; keeps a new language covered

    today = timezone.localdate(timezone.now(), recurrence.local_zone())
    events = []
    for spec in data.EVENTS:
        event = ensure_event(index, spec, today, venues, organisers, categories)
        if spec.get("translated"):
            for locale in event_locales:
                translate_event(event, locale)
        add_aliases_in_other_languages(event)
        ensure_registrations(event, spec.get("registrants", []))
        events.append(event)
    partner_calendar.load(index, today)  # a partner's calendar, imported without a request
    context["pages"]["veranstaltungen"] = index
    return {"index": index, "events": events}
