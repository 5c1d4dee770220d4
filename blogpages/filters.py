"""The visitor's filters for a news index: search, category and tag, as one GET form.

Plain GET parameters, so a filtered list can be shared, bookmarked and subscribed to as a feed,
without JavaScript. An invalid value is left out and named in the form, never an error page.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import ListingFilterForm
from core.tag_labels import TagSelect

from . import queries

FILTER_FIELDS = ["q", "category", "tag"]


class BlogFilterForm(ListingFilterForm):
    filter_fields = FILTER_FIELDS

    q = forms.CharField(
        label=_("Suchbegriff"), required=False, max_length=200, widget=forms.SearchInput
    )
    category = forms.ChoiceField(label=_("Kategorie"), required=False)
    tag = forms.ChoiceField(label=_("Schlagwort"), required=False, widget=TagSelect)

    def __init__(self, data=None, *, categories=(), tags=((), ()), **kwargs):
        """`categories`: (slug, name) pairs the visitor can choose from; `tags`: the tags'
        (slug, label) pairs and the slugs shown in German (core.tag_labels.tag_choices)."""
        super().__init__(data, **kwargs)
        tag_pairs, german_tags = tags
        self.fields["category"].choices = [("", _("Alle Kategorien")), *categories]
        self.fields["tag"].choices = [("", _("Alle Schlagwörter")), *tag_pairs]
        self.fields["tag"].widget.untranslated = frozenset(german_tags)

    def filter_posts(self, posts):
        """Category and tag; the search words are applied last (see queries.searched)."""
        values = self.values
        if values.get("category"):
            posts = queries.in_category(posts, values["category"])
        if values.get("tag"):
            posts = queries.tagged(posts, values["tag"])
        return posts
