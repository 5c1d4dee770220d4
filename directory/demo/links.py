"""The demo's organisers and documents that belong to a demo organisation (issue 22).

Event organisers (eventpages.Organiser.organisation) and documents
(NetworkDocument.organisation) point at organisation pages. Their demos load before this one
(INSTALLED_APPS order, core.demo.demo_loaders), so the links are made here, once the
organisations exist: found by the organiser's name and the document's title. Their models
are named here as data (as they name the organisation page type), so nothing of theirs is
imported. A missing app, organiser or document leaves its link out; a link an editor has set
is never changed.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist

# organisation slug: names of the events demo's organisers (eventpages/demo/data.py)
ORGANISERS = {
    "migrationsberatung-zeitz": ["Migrationsberatung Zeitz (Beispielträger)"],
    "sportverein-osterfeld": ["Sportverein Osterfeld 1921 e. V."],
}

# organisation slug: titles of the documents demo's public documents (docpages/demo/data.py)
DOCUMENTS = {
    "migrationsberatung-zeitz": [
        "Checkliste: Die ersten Wochen im Burgenlandkreis",
        "Wegweiser Beratungsstellen im Burgenlandkreis",
        "دليل مراكز الاستشارة في منطقة بورغنلاند",
    ],
    "volkshochschule": ["Übersicht Sprachkurse im Burgenlandkreis"],
}


def _pointing_model(label):
    """The model of another app that points at organisations (`organisation`), or None."""
    try:
        model = apps.get_model(label)
        model._meta.get_field("organisation")
    except (LookupError, FieldDoesNotExist):
        return None
    return model


def link(organisations):
    """Link the demo's organisers and documents to these (German) organisation pages."""
    by_slug = {organisation.slug: organisation for organisation in organisations}
    for label, lookup, links in (
        ("eventpages.Organiser", "name__in", ORGANISERS),
        (settings.WAGTAILDOCS_DOCUMENT_MODEL, "title__in", DOCUMENTS),
    ):
        model = _pointing_model(label)
        if model is None:
            continue
        for slug, names in links.items():
            organisation = by_slug.get(slug)
            if organisation is not None:
                model.objects.filter(organisation=None, **{lookup: names}).update(
                    organisation=organisation
                )
