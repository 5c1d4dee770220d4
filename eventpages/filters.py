"""The visitor's event filters: one form, used by the list, the calendar and the feeds.

All filters are plain GET parameters, so a filtered view can be shared, bookmarked,
subscribed to as a feed, and used without JavaScript.
"""

from datetime import timedelta

from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core import county_time
from core.listing import ListingFilterForm
from home.fields import ChoiceListField
from home.languages import SPOKEN_LANGUAGES

from .models import TARGET_GROUPS, EventCategory, Municipality, Occurrence
from .registration.places import with_places_free

FILTER_FIELDS = [
    "when",
    "date_from",
    "date_to",
    "category",
    "municipality",
    "language",
    "group",
    "attendance",
    "free",
    "places",
]


class EventFilterForm(ListingFilterForm):
    """The filters of an index's list, calendar, archive, feeds and embeds; an invalid one is
    named and left out, the others apply (ListingFilterForm.values)."""

    filter_fields = FILTER_FIELDS

    when = forms.ChoiceField(
        label=_("Zeitraum"),
        required=False,
        choices=[
            ("", _("Alle kommenden")),
            ("today", _("Heute")),
            ("week", _("Diese Woche")),
            ("month", _("Diesen Monat")),
        ],
    )
    date_from = forms.DateField(
        label=_("Von"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Bis"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    category = forms.ChoiceField(label=_("Kategorie"), required=False)
    municipality = forms.ChoiceField(label=_("Ort"), required=False)
    language = forms.ChoiceField(
        label=_("Sprache der Veranstaltung"),
        required=False,
        choices=[("", _("Alle Sprachen")), *SPOKEN_LANGUAGES],
    )
    group = forms.ChoiceField(
        label=_("Zielgruppe"), required=False, choices=[("", _("Alle")), *TARGET_GROUPS]
    )
    attendance = forms.ChoiceField(
        label=_("Teilnahme"),
        required=False,
        choices=[
            ("", _("Vor Ort und online")),
            ("in_person", _("Vor Ort")),
            ("online", _("Online")),
        ],
    )
    free = forms.BooleanField(label=_("Nur kostenlose Veranstaltungen"), required=False)
    # Dates of events that take registrations here and still have a place to take.
    places = forms.BooleanField(label=_("Nur mit freien Plätzen"), required=False)

    def __init__(self, data=None, *, locale=None, **kwargs):
        super().__init__(data, **kwargs)
        locale = locale or Locale.get_active()
        # Categories in the page's language, and the German name where none is translated yet
        # (untranslated events still point at the German categories; slugs are shared).
        self.fields["category"].choices = [
            ("", _("Alle Kategorien")),
            *EventCategory.objects.choices(locale),
        ]
        self.fields["municipality"].choices = [("", _("Alle Orte"))] + list(
            Municipality.objects.values_list("slug", "name")
        )

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", _("Das Enddatum liegt vor dem Anfangsdatum."))
            # The two dates are one range: neither applies (the error is shown at the end).
            cleaned.pop("date_from", None)
        return cleaned

    def date_window(self, now=None):
        """(after, before) in aware datetimes; before may be None (open-ended)."""
        values = self.values
        now = now or county_time.now()
        today = county_time.local_date(now)
        after, before = now, None
        when = values.get("when")
        if when == "today":
            before = county_time.midnight(today + timedelta(days=1))
        elif when == "week":
            before = county_time.midnight(today + timedelta(days=7 - today.weekday()))
        elif when == "month":
            next_month = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
            before = county_time.midnight(next_month)
        if values.get("date_from"):
            after = max(after, county_time.midnight(values["date_from"]))
        if values.get("date_to"):
            end = county_time.midnight(values["date_to"] + timedelta(days=1))
            before = min(before, end) if before else end
        return after, before

    def filter_events(self, queryset, prefix=""):
        """Apply the non-date filters to events (prefix "event__" for occurrences)."""
        values = self.values
        if values.get("category"):
            queryset = queryset.filter(**{f"{prefix}categories__slug": values["category"]})
        if values.get("language"):
            lookup = ChoiceListField.lookup(values["language"])
            queryset = queryset.filter(**{f"{prefix}languages__contains": lookup})
        if values.get("group"):
            lookup = ChoiceListField.lookup(values["group"])
            queryset = queryset.filter(**{f"{prefix}target_groups__contains": lookup})
        return queryset

    def filter_occurrences(self, queryset):
        values = self.values
        queryset = self.filter_events(queryset, prefix="event__")
        if values.get("municipality"):
            queryset = queryset.filter(municipality__slug=values["municipality"])
        if values.get("attendance") == "online":
            queryset = queryset.filter(is_online=True)
        elif values.get("attendance") == "in_person":
            queryset = queryset.filter(is_in_person=True)
        if values.get("free"):
            queryset = queryset.filter(is_free=True)
        if values.get("places"):
            queryset = with_places_free(queryset)
        return queryset

    def filter_event_pages(self, queryset):
        """For feeds: the same filters on events themselves."""
        values = self.values
        queryset = self.filter_events(queryset)
        if values.get("municipality"):
            queryset = queryset.filter(venue__municipality__slug=values["municipality"])
        if values.get("attendance") == "online":
            # As EventPage.is_online: a public link, or a private one for those registered.
            queryset = queryset.filter(
                ~Q(online_url="") | (Q(takes_registrations=True) & ~Q(meeting_url=""))
            )
        elif values.get("attendance") == "in_person":
            queryset = queryset.filter(venue__isnull=False)
        if values.get("free"):
            queryset = queryset.filter(is_free=True)
        if values.get("places"):
            # A feed's event is its whole series: one of its dates with a place is enough.
            dates = with_places_free(Occurrence.objects.filter(event=OuterRef("pk")))
            queryset = queryset.filter(Exists(dates))
        return queryset
