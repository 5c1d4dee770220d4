"""The visitor's filters for a document library: one GET form, usable without JavaScript.

The choices are what occurs in the library (languages, file types, categories, tags), so a
visitor is never offered a filter that can only find nothing.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm
from core.tag_labels import TagSelect
from home.languages import SPOKEN_LANGUAGE_NAMES, SPOKEN_LANGUAGES

from .models import FILE_TYPES

FILTER_FIELDS = ["q", "category", "language", "file_type", "tag", "sort"]
SORT_NEWEST, SORT_TITLE, SORT_RELEVANCE = "", "title", "relevance"


class DocumentFilterForm(ListingFilterForm):
    filter_fields = FILTER_FIELDS
    sorting_fields = ("sort",)

    q = forms.CharField(
        label=_("Suchbegriff"), required=False, max_length=200, widget=forms.SearchInput
    )
    category = forms.ChoiceField(label=_("Kategorie"), required=False)
    language = forms.ChoiceField(label=_("Sprache des Dokuments"), required=False)
    file_type = forms.ChoiceField(label=_("Dateityp"), required=False)
    tag = forms.ChoiceField(label=_("Schlagwort"), required=False, widget=TagSelect)
    sort = forms.ChoiceField(
        label=_("Sortierung"),
        required=False,
        choices=[
            (SORT_NEWEST, _("Neueste zuerst")),
            (SORT_TITLE, _("Titel von A bis Z")),
            (SORT_RELEVANCE, _("Beste Treffer zuerst (bei Suche)")),
        ],
    )

    def __init__(self, data=None, *, facets=None, **kwargs):
        """`facets`: what occurs in the library (see queries.library_facets)."""
        super().__init__(data, **kwargs)
        facets = facets or {}
        self.fields["category"].choices = [("", _("Alle Kategorien"))] + sorted(
            facets.get("categories", {}).items(), key=lambda item: str(item[1]).lower()
        )
        languages = facets.get("languages", set())
        self.fields["language"].choices = [("", _("Alle Sprachen"))] + [
            (code, name) for code, name in SPOKEN_LANGUAGES if code in languages
        ]
        # A language code not in the list (changed list, old data) is still offered.
        self.fields["language"].choices += [
            (code, code) for code in sorted(languages - set(SPOKEN_LANGUAGE_NAMES))
        ]
        file_types = facets.get("file_types", set())
        known = dict(FILE_TYPES)
        self.fields["file_type"].choices = [("", _("Alle Dateitypen"))] + [
            (code, name) for code, name in FILE_TYPES if code in file_types
        ]
        self.fields["file_type"].choices += [
            (code, code.upper()) for code in sorted(file_types - set(known)) if code
        ]
        self.fields["tag"].choices = [("", _("Alle Schlagwörter")), *facets.get("tags", [])]
        self.fields["tag"].widget.untranslated = frozenset(facets.get("german_tags", ()))
