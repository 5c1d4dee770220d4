"""The admin's documents listing filters by the language a document is written in and by its
category (German names, one entry per category).

Wagtail 8's documents listing is not a viewset: `wagtail.documents.views.documents.IndexView`
names its filter set as a class attribute, read on every request. `install()` gives it this
one, which keeps Wagtail's own filters (collection, tags, usage) and adds ours. Read
`wagtail/documents/views/documents.py` again when upgrading Wagtail.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.documents.views import documents
from wagtail.models import Locale

from home.languages import SPOKEN_LANGUAGES

from .models import DocumentCategory


def german_categories(request):
    return DocumentCategory.objects.filter(locale=Locale.get_default()).order_by("name")


class DocumentFilterSet(documents.DocumentsFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Sprache des Dokuments"), choices=SPOKEN_LANGUAGES, empty_label=_("Alle Sprachen")
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Kategorie"), queryset=german_categories, empty_label=_("Alle")
    )

    class Meta(documents.DocumentsFilterSet.Meta):
        pass


def install():
    documents.IndexView.filterset_class = DocumentFilterSet
