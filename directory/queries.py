"""Queries of the directory: the organisations a visitor's filters choose, one page of them
with what their cards show, and "open now".

Every function costs a fixed number of queries whatever the number of organisations: filters
are subqueries, and a page of cards reads its organisations, their places (with towns), their
offers and the topics' names once each (core.listing.page_of_ids).
"""

from django.conf import settings
from django.db.models import Q
from django.db.models.functions import Length, Substr
from wagtail.models import Locale, Page
from wagtail.search.query import PlainText

from core import county_time, memo, visibility
from core.categories import language_code
from core.listing import in_order, page_of_ids
from core.models import Municipality
from core.search_terms import search_words
from home.fields import ChoiceListField

from .models import Audience, OfferPage, OpeningException, OrganisationPage, Place, Topic

PER_PAGE = 20


def active_locale():
    try:
        return Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return None


def organisations_below(index, request):
    """The live organisations of a directory (so in its language) this visitor may see."""
    pages = OrganisationPage.objects.live().child_of(index)
    return visibility.visible_pages(pages, request, within=index.path)


def offers_below(index, request):
    pages = OfferPage.objects.live().descendant_of(index)
    return visibility.visible_pages(pages, request, within=index.path)


def with_parent_path(pages):
    """Pages annotated with their parent's tree path (no join: the path's prefix)."""
    return pages.annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))


def filter_offers(offers, values):
    """The offers that are all of the chosen topic, language, audience and online/phone."""
    if values.get("topic"):
        offers = offers.filter(topic__slug=values["topic"])
    if values.get("language"):
        offers = offers.filter(languages__contains=ChoiceListField.lookup(values["language"]))
    if values.get("audience"):
        offers = offers.filter(audiences__slug=values["audience"])
    if values.get("remote"):
        offers = offers.filter(Q(online=True) | Q(by_phone=True))
    return offers


def open_places(now=None):
    """The places open at `now` (county time): their regular hours that day unless that date
    has an exception, or the exception's own hours."""
    moment = county_time.local(now or county_time.now())
    day, time = moment.date(), moment.time().replace(tzinfo=None)
    exceptions = OpeningException.objects.filter(date=day)
    regular = Q(
        opening_hours__weekday=day.weekday(),
        opening_hours__opens__lte=time,
        opening_hours__closes__gt=time,
    ) & ~Q(pk__in=exceptions.values("place"))
    special = Q(
        pk__in=exceptions.filter(closed=False, opens__lte=time, closes__gt=time).values("place")
    )
    return Place.objects.filter(regular | special)


def matching(pages, words):
    """The pages among `pages` that match `words`, as a subquery of their ids.

    Wagtail's search results, asked for their queryset (both the SQLite and the PostgreSQL
    backend build one: the pages whose index entries match) instead of being read: reading
    them made every matching page an object, 1.3 s for 4,500 matches with 1,500
    organisations (bench/directory.py); as a subquery it is part of the list's one query.
    """
    results = pages.search(words, order_by_relevance=False)
    if hasattr(results, "get_queryset"):
        return results.get_queryset().values("pk")
    return [page.pk for page in results]  # another backend: read, as Wagtail documents it


def searched_ids(index, request, query):
    """Ids of the organisations whose own text or one of whose offers matches the words.

    Wagtail's search runs on querysets filtered by fields its index knows (path, depth, live);
    the other filters apply afterwards to these ids.
    """
    words = PlainText(search_words(query), operator="and")
    own = matching(OrganisationPage.objects.live().child_of(index), words)
    offers = OfferPage.objects.filter(
        pk__in=matching(OfferPage.objects.live().descendant_of(index), words)
    )
    return OrganisationPage.objects.filter(
        Q(pk__in=own) | Q(path__in=with_parent_path(offers).values("parent_path"))
    ).values("pk")


def selected(index, request, form, now=None):
    """The organisations the form's filters choose, by name."""
    values = form.values
    organisations = organisations_below(index, request)
    if form.filters_offers:
        offers = filter_offers(offers_below(index, request), values)
        organisations = organisations.filter(
            path__in=with_parent_path(offers).values("parent_path")
        )
    if values.get("municipality"):
        places = Place.objects.filter(municipality__slug=values["municipality"])
        organisations = organisations.filter(pk__in=places.values("page_id"))
    if values.get("open_now"):
        organisations = organisations.filter(pk__in=open_places(now).values("page_id"))
    if values.get("q"):
        if not search_words(values["q"]):
            return organisations.none()
        organisations = organisations.filter(pk__in=searched_ids(index, request, values["q"]))
    return organisations.order_by("title", "pk")


# Cards


def for_cards(pages):
    from django.db.models import Prefetch

    return pages.select_related("logo", "locale").prefetch_related(
        Prefetch("places", queryset=Place.objects.select_related("municipality"))
    )


def add_card_facts(organisations, request, language=None):
    """Each organisation's towns, languages and topics from its places and live offers:
    two queries for the whole page (offers, the topics' names)."""
    from . import languages as language_names

    if not organisations:
        return organisations
    by_path = {page.path: page for page in organisations}
    offers = visibility.visible_pages(
        with_parent_path(OfferPage.objects.live()).filter(parent_path__in=list(by_path)),
        request,
    ).only("path", "topic", "languages")
    topic_names = topic_names_by_pk(language)
    for page in organisations:
        page.card_codes, page.card_topics = [], []
    for offer in offers:
        page = by_path[offer.parent_path]
        page.card_codes.extend(offer.languages)
        name = topic_names.get(offer.topic_id)
        if name and name not in page.card_topics:
            page.card_topics.append(name)
    for page in organisations:
        page.card_languages = language_names.spoken(language_names.in_list_order(page.card_codes))
        page.card_municipalities = sorted({place.municipality.name for place in page.places.all()})
    return organisations


def page_of_organisations(request, organisations, per_page=PER_PAGE):
    def load(ids):
        rows = in_order(for_cards(OrganisationPage.objects.all()), ids)
        return add_card_facts(rows, request, active_locale())

    return page_of_ids(request, organisations.values_list("pk", flat=True), load, per_page)


def topic_names_by_pk(language=None):
    """{topic id: its name in `language`, else the German name}: an offer points at the German
    row or at a translation, both named alike (one query, kept per content generation)."""
    code = language_code(language)

    def build():
        rows = Topic.objects.values_list("pk", "translation_key", "locale__language_code", "name")
        rows = list(rows)
        german, translated = {}, {}
        for _pk, key, row_code, name in rows:
            if row_code == code:
                translated[key] = name
            elif row_code == settings.LANGUAGE_CODE:
                german[key] = name
        names = german | translated
        return {pk: names.get(key, name) for pk, key, _code, name in rows}

    return memo.remember(("directory:topic_names", code), build)


# Filter choices


def filter_choices(locale=None):
    """{"topics", "audiences", "municipalities"}: (slug, name) pairs, kept per language and
    content generation (core.memo): a visitor's every filter costs no query for them."""
    code = language_code(locale)

    def build():
        return {
            "topics": Topic.objects.choices(locale),
            "audiences": Audience.objects.choices(locale),
            "municipalities": list(Municipality.objects.values_list("slug", "name")),
        }

    return memo.remember(("directory:choices", code), build)
