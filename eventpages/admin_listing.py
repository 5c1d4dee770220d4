"""The admin's listing of events ("Veranstaltungen"): one row per event, by its next date.

A Wagtail page listing (core.admin_translations: one language at a time, the other languages
as badges) with what a coordinator asks of it: when is it next, where, is it translated.
Dates are absolute, in the admin user's language (core.dates). The next date comes
from the occurrences (one subquery in the listing's query); a draft has none yet, so its
first date stands in while it is still to come. Filters: the event index, category (named
once each, in the admin's language), municipality (of the venue) and upcoming / past /
this month, in county time.
"""

from datetime import timedelta

import django_filters
from django import forms
from django.db.models import Case, Exists, F, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.models import Page

from core import county_time
from core.admin_translations import OneLanguagePageIndexView, OneLanguagePageListingViewSet
from core.dates import short_moment as format_moment

from .models import EventCategory, EventIndexPage, EventPage, Municipality, Occurrence

UPCOMING, PAST, THIS_WEEK, THIS_MONTH = "upcoming", "past", "this_week", "this_month"


# ------------------------------------------------------------------------------ when


def month_bounds(day):
    """The moments the county month of `day` begins and ends."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return county_time.midnight(first), county_time.midnight(following)


def rest_of_week():
    """From now until the county's Monday midnight: what the office still has to prepare."""
    today = county_time.today()
    return county_time.now(), county_time.midnight(today + timedelta(days=7 - today.weekday()))


def takes_place(occurrences, drafts):
    """Events with an occurrence in `occurrences`, or drafts (no occurrences yet) whose first
    date matches `drafts`."""
    return Q(Exists(occurrences.filter(event=OuterRef("pk")))) | (Q(live=False) & drafts)


def when_filter(value):
    now = county_time.now()
    if value == UPCOMING:
        return takes_place(Occurrence.objects.in_range(now), Q(start__gte=now))
    if value == PAST:
        return ~takes_place(Occurrence.objects.in_range(now), Q(start__gte=now))
    if value == THIS_WEEK:
        after, before = rest_of_week()
    else:
        after, before = month_bounds(county_time.today())
    return takes_place(
        Occurrence.objects.between(after, before), Q(start__gte=after, start__lt=before)
    )


def with_dates(pages):
    """Each event's next date (`next_date`, None when all are past) and its latest past one
    (`last_date`), read in the listing's own query."""
    now = county_time.now()
    mine = Occurrence.objects.filter(event=OuterRef("pk"))
    upcoming = mine.in_range(now).order_by("start", "pk").values("start")[:1]
    latest = mine.filter(start__lt=now).order_by("-start", "-pk").values("start")[:1]
    return pages.annotate(
        next_date=Coalesce(
            Subquery(upcoming), Case(When(live=False, start__gte=now, then=F("start")))
        ),
        last_date=Coalesce(Subquery(latest), F("start")),
    )


# ------------------------------------------------------------------------------ filters


def index_choices():
    """The event indexes by their German titles; each stands for all its language versions."""
    indexes = EventIndexPage.objects.filter(locale__language_code="de").order_by("title")
    return [(str(key), title) for key, title in indexes.values_list("translation_key", "title")]


def category_choices():
    """Each category once, named in the admin's language (German where untranslated)."""
    return EventCategory.objects.choices(get_language())


class EventFilterSet(PageFilterSet):
    when = django_filters.ChoiceFilter(
        label=_("Zeitraum"),
        choices=[
            (UPCOMING, _("Anstehend")),
            (PAST, _("Vorbei")),
            (THIS_WEEK, _("Diese Woche")),
            (THIS_MONTH, _("Diesen Monat")),
        ],
        empty_label=_("Alle"),
        widget=forms.RadioSelect,
        method="filter_when",
    )
    index = django_filters.ChoiceFilter(
        label=_("Veranstaltungsübersicht"),
        choices=index_choices,
        empty_label=_("Alle"),
        widget=forms.RadioSelect,
        method="filter_index",
    )
    category = django_filters.MultipleChoiceFilter(
        label=_("Kategorie"),
        choices=category_choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_category",
    )
    municipality = django_filters.ModelMultipleChoiceFilter(
        label=_("Gemeinde"),
        queryset=Municipality.objects.all(),
        field_name="venue__municipality",
        widget=forms.CheckboxSelectMultiple,
    )
    # Every event is a leaf below an index on the one site: these say nothing here.
    has_child_pages = None
    site = None

    class Meta:
        model = EventPage
        fields = []

    def filter_when(self, queryset, name, value):
        return queryset.filter(when_filter(value))

    def filter_index(self, queryset, name, value):
        indexes = Page.objects.filter(translation_key=value).values_list("path", "depth")
        below = Q(pk__in=[])
        for path, depth in indexes:
            below |= Q(path__startswith=path, depth=depth + 1)
        return queryset.filter(below)

    def filter_category(self, queryset, name, value):
        # Slugs are the same in every language: a translated event's categories match too.
        tagged = EventPage.objects.filter(categories__slug__in=value).values("pk")
        return queryset.filter(pk__in=tagged)


# ------------------------------------------------------------------------------ columns


class NextDateColumn(Column):
    """ "Mi., 16.12.2026, 17:00", or the last date of an event that is over."""

    cell_template_name = "eventpages/admin/next_date_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        upcoming = instance.next_date is not None
        moment = instance.next_date if upcoming else instance.last_date
        context["upcoming"] = upcoming
        context["moment"] = moment
        context["text"] = format_moment(moment, with_time=not instance.all_day) if moment else ""
        return context


class EventIndexView(OneLanguagePageIndexView):
    default_ordering = "next_date"
    # A coordinator looks for the next few weeks' events, and every row costs rendering time
    # (its buttons, dates and badges): 25 keep the listing under 100 ms (bench/admin.py).
    paginate_by = 25

    def get_base_queryset(self):
        pages = with_dates(super().get_base_queryset())
        return pages.select_related("venue__municipality", for_specific_subqueries=True)

    def order_queryset(self, queryset):
        if self.ordering == "next_date":
            return queryset.order_by(F("next_date").asc(nulls_last=True), "-last_date", "pk")
        if self.ordering == "-next_date":
            return queryset.order_by(F("next_date").desc(nulls_last=True), "-last_date", "-pk")
        return super().order_queryset(queryset)


def place(event):
    if event.venue_id:
        return event.venue.municipality.name
    return _("Online") if event.online_url else ""


WAGTAIL_COLUMNS = {column.name: column for column in OneLanguagePageIndexView.base_columns}


class EventListingViewSet(OneLanguagePageListingViewSet):
    model = EventPage
    icon = "date"
    menu_label = _("Veranstaltungen")
    menu_order = 150
    add_to_admin_menu = True
    index_view_class = EventIndexView
    filterset_class = EventFilterSet

    columns = [
        WAGTAIL_COLUMNS["bulk_actions"],
        WAGTAIL_COLUMNS["title"],
        NextDateColumn("next_date", label=_("Nächster Termin"), sort_key="next_date"),
        Column("place", label=_("Ort"), accessor=place),
        WAGTAIL_COLUMNS["parent"],
        WAGTAIL_COLUMNS["status"],
    ]
