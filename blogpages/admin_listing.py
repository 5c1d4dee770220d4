"""The admin's listing of news posts ("Nachrichten"): one row per post, newest first.

A Wagtail page listing (core.admin_translations: one language at a time, the other languages
as badges) with the post's date (absolute, in the admin user's language), its authors and
categories, and filters for category (named once each, in the admin's language) and author
(each person once, by the German entry).
"""

import django_filters
from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet

from core.admin_translations import OneLanguagePageIndexView, OneLanguagePageListingViewSet
from core.dates import short_day as format_day

from .models import Author, BlogCategory, BlogPage


def category_choices():
    """Each category once, named in the admin's language (German where untranslated)."""
    return BlogCategory.objects.choices(get_language())


def author_choices():
    """Each author once: the German entries (names are the same in every language)."""
    authors = Author.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    return [(str(key), name) for key, name in authors.values_list("translation_key", "name")]


class NewsFilterSet(PageFilterSet):
    category = django_filters.MultipleChoiceFilter(
        label=_("Kategorie"),
        choices=category_choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_category",
    )
    author = django_filters.MultipleChoiceFilter(
        label=_("Autorin oder Autor"),
        choices=author_choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_author",
    )
    # Every post is a leaf below an index on the one site: these say nothing here.
    has_child_pages = None
    site = None

    class Meta:
        model = BlogPage
        fields = []

    def filter_category(self, queryset, name, value):
        # Slugs are the same in every language: a translated post's categories match too.
        return queryset.filter(pk__in=BlogPage.objects.filter(categories__slug__in=value))

    def filter_author(self, queryset, name, value):
        # A translated post points at the author's translation: the same translation key.
        return queryset.filter(pk__in=BlogPage.objects.filter(authors__translation_key__in=value))


class DayColumn(Column):
    """A date as "Mi., 16.12.2026" in the admin's language."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return format_day(value) if value else ""


def names(related):
    return ", ".join(str(item) for item in related.all())


class NewsIndexView(OneLanguagePageIndexView):
    default_ordering = "-date"

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .prefetch_related("authors", "categories", for_specific_subqueries=True)
        )


WAGTAIL_COLUMNS = {column.name: column for column in OneLanguagePageIndexView.base_columns}


class NewsListingViewSet(OneLanguagePageListingViewSet):
    model = BlogPage
    icon = "doc-full"
    menu_label = _("Nachrichten")
    menu_name = "news"
    menu_order = 151
    add_to_admin_menu = True
    index_view_class = NewsIndexView
    filterset_class = NewsFilterSet
    columns = [
        WAGTAIL_COLUMNS["bulk_actions"],
        WAGTAIL_COLUMNS["title"],
        DayColumn("date", label=_("Datum"), sort_key="date"),
        Column("authors", label=_("Autorinnen und Autoren"), accessor=lambda p: names(p.authors)),
        Column("categories", label=_("Kategorien"), accessor=lambda p: names(p.categories)),
        WAGTAIL_COLUMNS["parent"],
        WAGTAIL_COLUMNS["status"],
    ]
