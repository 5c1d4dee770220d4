"""Visitor views of an event index: the upcoming list, a month calendar and the archive.

Every view is one range query on the occurrence table (plus a constant number for the frame,
the filter choices and view restrictions), whatever the number of events. The queries are
OccurrenceQuerySet's (eventpages.models), the dates county time's (core.county_time).
"""

import calendar as pycalendar
import re
from datetime import date, timedelta
from operator import attrgetter
from urllib.parse import parse_qsl, urlencode

from django.db.models import Case, Count, DateTimeField, F, Q, Value, When, Window
from django.db.models.functions import RowNumber
from django.template.response import TemplateResponse

from core.county_time import group_by_day, last_day, local_date, midnight, now
from core.listing import page_of_ids, pagination_context

from .filters import FILTER_FIELDS, EventFilterForm
from .models import Occurrence

PER_PAGE = 20
# Filters about time: the calendar and the archive choose their own dates.
DATE_FIELDS = ("when", "date_from", "date_to")
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})$")
DAY_PATTERN = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Dates shown in a day of the month calendar; the others are behind "+N weitere".
CALENDAR_PER_DAY = 3
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


def parse_day(value):
    """The date given as YYYY-MM-DD, or None."""
    match = DAY_PATTERN.match((value or "").strip())
    if not match:
        return None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def day_bounds(month, month_end):
    """A CASE giving the midnight that ends the county day a row starts on, for the days of
    the month (the database compares moments; no time-zone function per row)."""
    ends = [midnight(month + timedelta(days=offset + 1)) for offset in range(month_end.day)]
    return Case(
        *[When(start__lt=end, then=Value(end)) for end in ends],
        default=Value(ends[-1]),
        output_field=DateTimeField(),
    )


def calendar_days(occurrences, month, month_end):
    """{day: (the first CALENDAR_PER_DAY entries, how many in all)} for a month's occurrences.

    Counted by the database, not by reading every row: a festival month can have thousands of
    dates. Dates within one day (most) are counted per day and only the first few of each day
    are read (one query with window functions); dates that may cover several days (begun
    before the month, or ending after the midnight that ends their first day) are read and
    spread over their days here.
    """
    day_end = day_bounds(month, month_end)
    occurrences = occurrences.annotate(day_end=day_end)
    within_day = Q(start__gte=midnight(month), end__lte=F("day_end"))
    order = ("start", "event_id", "pk")
    # Ids and counts only (the window needs no joined rows), then the few rows shown.
    first_of_day = dict(
        occurrences.filter(within_day)
        .annotate(
            rank=Window(RowNumber(), partition_by=[day_end], order_by=[F(f) for f in order]),
            day_total=Window(Count("pk"), partition_by=[day_end]),
        )
        .filter(rank__lte=CALENDAR_PER_DAY)
        .values_list("pk", "day_total")
    )
    entries, totals = {}, {}
    for occurrence in sorted(
        Occurrence.objects.in_order(list(first_of_day)), key=attrgetter(*order)
    ):
        day = local_date(occurrence.start)
        entries.setdefault(day, []).append({"occurrence": occurrence, "starts": True})
        totals[day] = first_of_day[occurrence.pk]
    # Begun before the month, or ending after the day they begin on: few, and each can be
    # found through an index ((index, end, start) for the first, (index, start) the second).
    spanning = Q(start__lt=midnight(month)) | Q(start__gte=midnight(month), end__gt=F("day_end"))
    for occurrence in occurrences.filter(spanning).order_by(*order):
        first = max(local_date(occurrence.start), month)
        last = min(
            last_day(occurrence.start, occurrence.end, all_day=occurrence.event.all_day),
            month_end,
        )
        starts = local_date(occurrence.start)
        day = first
        while day <= last:
            entries.setdefault(day, []).append({"occurrence": occurrence, "starts": day == starts})
            totals[day] = totals.get(day, 0) + 1
            day += timedelta(days=1)

    def position(entry):
        return attrgetter(*order)(entry["occurrence"])

    return {
        day: (sorted(shown, key=position)[:CALENDAR_PER_DAY], totals[day])
        for day, shown in entries.items()
    }


def calendar_view(request, page):
    """A month as a table, at most CALENDAR_PER_DAY dates a day with a link to the rest; with
    `?day=YYYY-MM-DD` also that day's whole list below it (paginated as the list is).

    The day's list is here and not the upcoming list filtered to that date: that list starts
    at the present moment, so it could not show a past day of the calendar.
    """
    form = EventFilterForm(request.GET or None, locale=page.locale)
    today = local_date(now())
    selected_day = parse_day(request.GET.get("day"))
    if selected_day is not None:
        month = selected_day.replace(day=1)
    else:
        month = parse_month(request.GET.get("month"), today)
    next_month = add_months(month, 1)
    month_end = next_month - timedelta(days=1)
    in_index = form.filter_occurrences(Occurrence.objects.in_index(page, request))
    days = calendar_days(in_index.between(midnight(month), midnight(next_month)), month, month_end)
    context = filter_context(request, page, form, "calendar", show_dates=False)
    shared = context["shared_query"]
    calendar_url = f"{context['page_url']}calendar/"

    def month_url(first):
        return f"{calendar_url}?month={first:%Y-%m}" + (f"&{shared}" if shared else "")

    def day_query(day):
        return f"month={day:%Y-%m}&day={day:%Y-%m-%d}" + (f"&{shared}" if shared else "")

    def cell(day):
        shown, total = days.get(day, ([], 0))
        return {
            "date": day,
            "entries": shown,
            "more": total - len(shown),
            "more_url": f"{calendar_url}?{day_query(day)}#calendar-day",
            "is_today": day == today,
        }

    weeks = [
        [cell(day) if day.month == month.month else None for day in week]
        for week in pycalendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    ]
    monday = date(2024, 1, 1)  # any Monday: the names come from the date filter
    previous_month = add_months(month, -1)
    context.update(
        {
            "month": month,
            "month_value": f"{month:%Y-%m}",
            "weeks": weeks,
            "weekdays": [monday + timedelta(days=offset) for offset in range(7)],
            "has_occurrences": bool(days),
            "today": today,
            "previous_month": previous_month if previous_month.year >= FIRST_YEAR else None,
            "next_month": next_month if next_month.year <= LAST_YEAR else None,
            "previous_month_url": month_url(previous_month),
            "next_month_url": month_url(next_month),
            "current_month_url": month_url(today.replace(day=1)),
            "is_current_month": month == today.replace(day=1),
            "reset_url": f"{calendar_url}?month={month:%Y-%m}",
            "form_action": calendar_url,
            "selected_day": selected_day,
        }
    )
    if selected_day is not None:
        occurrences = in_index.between(
            midnight(selected_day), midnight(selected_day + timedelta(days=1))
        ).order_by("start", "event_id", "pk")
        page_obj = paginate(request, occurrences)
        context.update(pagination_context(page_obj, day_query(selected_day)))
        context["day_occurrences"] = page_obj.object_list
    return TemplateResponse(request, "eventpages/calendar.html", context)
