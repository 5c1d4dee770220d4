"""The visitor's directory filters: one GET form (core.listing), so a filtered directory can
be shared and bookmarked and works without JavaScript.

Topic, language, audience and "online or by phone" ask about one and the same offer: "Beratung
zum Aufenthalt auf Arabisch" finds organisations with an offer that is both, not one with
Arabic in a course and residence counselling in German.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm

from . import languages

FILTER_FIELDS = ["q", "topic", "municipality", "language", "audience", "remote", "open_now"]
OFFER_FILTERS = ("topic", "language", "audience", "remote")


class DirectoryFilterForm(ListingFilterForm):
    filter_fields = FILTER_FIELDS

    q = forms.CharField(
        label=_("Suchbegriff"), required=False, max_length=200, widget=forms.SearchInput
    )
    topic = forms.ChoiceField(label=_("Thema"), required=False)
    municipality = forms.ChoiceField(label=_("Ort"), required=False)
    language = forms.ChoiceField(label=_("Sprache"), required=False)
    audience = forms.ChoiceField(label=_("Zielgruppe"), required=False)
    remote = forms.BooleanField(label=_("Online oder telefonisch"), required=False)
    open_now = forms.BooleanField(label=_("Jetzt geöffnet"), required=False)

    def __init__(self, data=None, *, topics=(), audiences=(), municipalities=(), **kwargs):
        """`topics`, `audiences`, `municipalities`: (slug, name) pairs to choose from."""
        super().__init__(data, **kwargs)
        self.fields["topic"].choices = [("", _("Alle Themen")), *topics]
        self.fields["municipality"].choices = [("", _("Alle Orte")), *municipalities]
        self.fields["language"].choices = [("", _("Alle Sprachen")), *languages.choices()]
        self.fields["audience"].choices = [("", _("Alle")), *audiences]

    @property
    def filters_offers(self):
        values = self.values
        return any(values.get(name) for name in OFFER_FILTERS)
