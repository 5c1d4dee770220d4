"""The visitor's filters for a news index: search, category and tag, as one GET form.

Plain GET parameters, so a filtered list can be shared, bookmarked and subscribed to as a feed,
without JavaScript. An invalid value is left out and named in the form, never an error page.
"""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from . import queries

FILTER_FIELDS = ["q", "category", "tag"]


class BlogFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Suchbegriff"), required=False, max_length=200, widget=forms.SearchInput
    )
    category = forms.ChoiceField(label=_("Kategorie"), required=False)
    tag = forms.ChoiceField(label=_("Schlagwort"), required=False)

    def __init__(self, data=None, *, categories=(), tags=(), **kwargs):
        """`categories` and `tags`: (slug, name) pairs the visitor can choose from."""
        super().__init__(data, **kwargs)
        self.fields["category"].choices = [("", _("Alle Kategorien")), *categories]
        self.fields["tag"].choices = [("", _("Alle Schlagwörter")), *tags]

    @property
    def values(self):
        """The valid fields' values; an invalid one is left out (and shown as an error)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return self.cleaned_data

    @property
    def is_filtered(self):
        return any(self.values.get(name) for name in FILTER_FIELDS)

    @property
    def has_errors(self):
        return self.is_bound and bool(self.errors)

    def query_string(self, fields=FILTER_FIELDS):
        """The valid filters as a query string, for page links and feed addresses."""
        values = self.values
        return urlencode([(name, values[name]) for name in fields if values.get(name)])

    def filter_posts(self, posts):
        """Category and tag; the search words are applied last (see queries.searched)."""
        values = self.values
        if values.get("category"):
            posts = queries.in_category(posts, values["category"])
        if values.get("tag"):
            posts = queries.tagged(posts, values["tag"])
        return posts
