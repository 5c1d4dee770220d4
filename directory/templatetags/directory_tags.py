"""The directory's page helpers: JSON-LD, an organisation's places with their hours, an
offer's facts in the visitor's language."""

from django import template
from wagtail.models import Locale

from core.categories import translated
from core.jsonld import jsonld_script
from core.visibility import visible_pages

from .. import languages
from ..jsonld import offer_jsonld, organisation_jsonld
from ..models import OfferPage, OrganisationPage, Place

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_jsonld_script(context, page):
    return jsonld_script(organisation_jsonld(page, context.get("request"), places_of(page)))


@register.simple_tag(takes_context=True)
def offer_jsonld_script(context, offer):
    organisation = offer.get_parent().specific
    places = places_of(organisation)
    return jsonld_script(offer_jsonld(offer, organisation, context.get("request"), places))


@register.simple_tag
def places_of(page):
    """The organisation's places with towns, hours and exceptions: three queries whatever the
    number of places, once per page object (the JSON-LD in the head and the page's body)."""
    if not hasattr(page, "_places_with_hours"):
        page._places_with_hours = list(
            Place.objects.filter(page=page)
            .select_related("municipality")
            .prefetch_related("opening_hours", "opening_exceptions")
        )
    return page._places_with_hours


@register.simple_tag(takes_context=True)
def offers_of(context, page):
    """The organisation's live offers this visitor may see (core.visibility), by title."""
    offers = OfferPage.objects.live().child_of(page).order_by("title")
    return list(visible_pages(offers, context.get("request"), within=page.path))


@register.simple_tag
def organisation_of(offer):
    return OrganisationPage.objects.parent_of(offer).first()


@register.simple_tag
def spoken_languages(codes):
    return languages.spoken(languages.in_list_order(codes))


@register.simple_tag
def offer_categories(offer):
    """(topic, audiences) in the visitor's language (German where not translated)."""
    try:
        locale = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        locale = None
    topic = translated([offer.topic], locale)[0] if offer.topic_id else None
    return {"topic": topic, "audiences": translated(offer.audiences.all(), locale)}
