"""Visitor views of an event index: the upcoming list, a month calendar and the archive.

Every view is one range query on the occurrence table (plus a constant number for the frame,
the filter choices and view restrictions), whatever the number of events. The queries are
OccurrenceQuerySet's (eventpages.models), the dates county time's (core.county_time).
"""

import calendar as pycalendar
import re
from datetime import date, timedelta
from urllib.parse import parse_qsl, urlencode

from django.template.response import TemplateResponse

from core.county_time import group_by_day, last_day, local_date, midnight, now
from core.listing import page_of_ids, pagination_context

from .filters import FILTER_FIELDS, EventFilterForm
from .models import Occurrence

PER_PAGE = 20
# Filters about time: the calendar and the archive choose their own dates.
DATE_FIELDS = ("when", "date_from", "date_to")
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})$")
FIRST_YEAR, LAST_YEAR = 1900, 2999


# Helpers


def without_dates(query):
    """The filter query string without the time filters (for the calendar and archive)."""
    return urlencode([(key, value) for key, value in parse_qsl(query) if key not in DATE_FIELDS])


def paginate(request, queryset):
    """A page of results (core.listing.page_of_ids): found on ids alone (the (index, start)
    index already has them in order), then only its 20 rows are read with their events and
    venues (OccurrenceQuerySet.in_order): sorting tens of thousands of joined rows was the
    slow part of a large index.
    """
    return page_of_ids(
        request, queryset.values_list("pk", flat=True), Occurrence.objects.in_order, PER_PAGE
    )


def filter_context(request, page, form, view, *, show_dates=True):
    """Context all three views share: the page, the form and the links between the views."""
    page_url = page.get_url(request) or "/"
    query = form.query_string()
    shared = without_dates(query)
    feed_path = f"{page_url}ical/"
    if feed_path.startswith("/"):
        webcal_url = f"webcal://{request.get_host()}{feed_path}"
    else:
        webcal_url = "webcal://" + feed_path.split("://", 1)[-1]
    suffix = f"?{query}" if query else ""
    shown = [name for name in FILTER_FIELDS if show_dates or name not in DATE_FIELDS]
    context = page.get_context(request)
    context.update(
        {
            "page": page,
            "form": form,
            "view": view,
            "query": query,
            "shared_query": shared,
            "page_url": page_url,
            "list_url": page_url + (f"?{shared}" if shared else ""),
            "calendar_url": f"{page_url}calendar/" + (f"?{shared}" if shared else ""),
            "archive_url": f"{page_url}archive/" + (f"?{shared}" if shared else ""),
            "feed_url": feed_path + suffix,
            "webcal_url": webcal_url + suffix,
            "filter_fields": [form[name] for name in shown],
            "active_filter_count": form.count_active(shown),
            "is_filtered": bool(query if show_dates else shared),
            "has_errors": form.has_errors,
        }
    )
    return context


# Views


def upcoming_view(request, page):
    form = EventFilterForm(request.GET or None, locale=page.locale)
    # The same selection as the list's embed (eventpages.embeds.index); a running occurrence
    # is listed under the day the window begins.
    after, before = form.date_window(now())
    occurrences = Occurrence.objects.upcoming_for(
        page, request, after=after, before=before, filters=form
    )
    page_obj = paginate(request, occurrences)
    context = filter_context(request, page, form, "list")
    context.update(pagination_context(page_obj, context["query"]))
    context["days"] = group_by_day(page_obj.object_list, earliest=local_date(after))
    context["reset_url"] = context["page_url"]
    context["form_action"] = context["page_url"]
    return TemplateResponse(request, "eventpages/event_index_page.html", context)


def archive_view(request, page):
    form = EventFilterForm(request.GET or None, locale=page.locale)
    occurrences = Occurrence.objects.archived_for(page, request, filters=form)
    page_obj = paginate(request, occurrences)
    context = filter_context(request, page, form, "archive", show_dates=False)
    context.update(pagination_context(page_obj, context["shared_query"]))
    context["days"] = group_by_day(page_obj.object_list)
    context["reset_url"] = context["form_action"] = f"{context['page_url']}archive/"
    return TemplateResponse(request, "eventpages/archive.html", context)


def parse_month(value, today):
    """The first day of the month given as YYYY-MM, or of today's month if it is not valid."""
    match = MONTH_PATTERN.match((value or "").strip())
    if match:
        year, month = int(match[1]), int(match[2])
        if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
            return date(year, month, 1)
    return today.replace(day=1)


def add_months(first, months):
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def calendar_view(request, page):
    form = EventFilterForm(request.GET or None, locale=page.locale)
    today = local_date(now())
    month = parse_month(request.GET.get("month"), today)
    next_month = add_months(month, 1)
    month_end = next_month - timedelta(days=1)
    occurrences = list(
        form.filter_occurrences(Occurrence.objects.in_index(page, request))
        .between(midnight(month), midnight(next_month))
        .order_by("start", "event_id", "pk")
    )
    by_day = {}
    for occurrence in occurrences:
        first = max(local_date(occurrence.start), month)
        last = min(
            last_day(occurrence.start, occurrence.end, all_day=occurrence.event.all_day),
            month_end,
        )
        starts = local_date(occurrence.start)
        day = first
        while day <= last:
            by_day.setdefault(day, []).append({"occurrence": occurrence, "starts": day == starts})
            day += timedelta(days=1)
    weeks = [
        [
            {"date": day, "entries": by_day.get(day, []), "is_today": day == today}
            if day.month == month.month
            else None
            for day in week
        ]
        for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    ]
    monday = date(2024, 1, 1)  # any Monday: the names come from the date filter
    context = filter_context(request, page, form, "calendar", show_dates=False)
    shared = context["shared_query"]
    calendar_url = f"{context['page_url']}calendar/"

    def month_url(first):
        return f"{calendar_url}?month={first:%Y-%m}" + (f"&{shared}" if shared else "")

    previous_month = add_months(month, -1)
    context.update(
        {
            "month": month,
            "month_value": f"{month:%Y-%m}",
            "weeks": weeks,
            "weekdays": [monday + timedelta(days=offset) for offset in range(7)],
            "has_occurrences": bool(occurrences),
            "today": today,
            "previous_month": previous_month if previous_month.year >= FIRST_YEAR else None,
            "next_month": next_month if next_month.year <= LAST_YEAR else None,
            "previous_month_url": month_url(previous_month),
            "next_month_url": month_url(next_month),
            "current_month_url": month_url(today.replace(day=1)),
            "is_current_month": month == today.replace(day=1),
            "reset_url": f"{calendar_url}?month={month:%Y-%m}",
            "form_action": calendar_url,
        }
    )
    return TemplateResponse(request, "eventpages/calendar.html", context)
