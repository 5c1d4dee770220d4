"""The directory in another website's frame: the cards of the visitor's list for the same
filters (directory.queries.selected), only the first few, read in a fixed number of queries.

The request is anonymous: an embed never shows an organisation only members may see.
"Open now" changes with the clock, not with content: such an embed is never cached
(`max_age`), as the list itself (directory.views).
"""

from collections import Counter

from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext

from core.listing import in_order
from core.visibility import public_visitor, visible_pages

from .. import languages, queries
from ..filters import DirectoryFilterForm
from ..models import OfferPage, OrganisationPage, Place

DEFAULT_LIMIT = 10
MAX_PRESETS = 6
template = "directory/embed/directory_index.html"


def filter_form(index, data=None):
    if isinstance(data, str):
        data = QueryDict(data)
    return DirectoryFilterForm(data or None, **queries.filter_choices(index.locale))


def context(index, request, options):
    form = filter_form(index, request.GET)
    organisations = queries.selected(index, request, form)
    limit = options.limit or DEFAULT_LIMIT
    ids = list(organisations.values_list("pk", flat=True)[: limit + 1])
    more = len(ids) > limit
    rows = in_order(queries.for_cards(OrganisationPage.objects.all()), ids[:limit])
    return {
        "organisations": queries.add_card_facts(rows, request, index.locale),
        "has_more": more,
        "is_filtered": form.is_filtered,
    }


def max_age(index, request):
    """Never kept while "open now" is chosen: the answer changes with the clock."""
    return 0 if filter_form(index, request.GET).values.get("open_now") else None


# ------------------------------------------------------------------------------ presets


def german(code):
    return code == settings.LANGUAGE_CODE or code.startswith(settings.LANGUAGE_CODE + "-")


def frequent_combinations(index):
    """[(count, topic slug, topic id, language code, town slug, town name)] of the public live
    offers below the directory, most frequent first (two queries, whatever the number)."""
    offers = visible_pages(
        queries.with_parent_path(OfferPage.objects.live().descendant_of(index)).filter(
            topic__isnull=False
        ),
        public_visitor(),
        within=index.path,
    ).values_list("parent_path", "topic_id", "topic__slug", "languages")
    offers = list(offers)
    if not offers:
        return []
    towns = {}
    places = Place.objects.filter(page__live=True, page__path__startswith=index.path).values_list(
        "page__path", "municipality__slug", "municipality__name"
    )
    for path, slug, name in places:
        towns.setdefault(path, {})[slug] = name
    counts = Counter()
    names = {}
    for parent, topic_id, topic_slug, codes in offers:
        for code in {code for code in codes if not german(code)}:
            for slug, name in towns.get(parent, {}).items():
                counts[(topic_slug, topic_id, code, slug)] += 1
                names[slug] = name
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [(count, *key, names[key[3]]) for key, count in ranked]


def presets(index):
    """The most frequent selections of topic, a language other than German and town, as
    "Beratung auf Arabisch in Zeitz", named in the active language (the builder's)."""
    topic_names = queries.topic_names_by_pk()
    result = []
    for _count, topic, topic_id, code, town, town_name in frequent_combinations(index):
        # Translators: a ready-made selection in the embed builder, e.g. "Beratung auf
        # Arabisch in Zeitz". The language's name stands as a word alone (nominative, as in
        # a list); where that does not fit the sentence, write e.g. "Topic · language · town".
        label = gettext("%(topic)s auf %(language)s in %(town)s") % {
            "topic": topic_names.get(topic_id, topic),
            "language": languages.name_in(code),
            "town": town_name,
        }
        result.append((label, {"topic": topic, "language": code, "municipality": town}))
        if len(result) == MAX_PRESETS:
            break
    return result
