"""Visitor views of an event index: the upcoming list, a month calendar and the archive.

Every view is one range query on the occurrence table (plus a constant number for the frame,
the filter choices and view restrictions), whatever the number of events.
"""

import calendar as pycalendar
import re
from datetime import date, datetime, time, timedelta
from urllib.parse import parse_qsl, urlencode

from django.template.response import TemplateResponse
from django.utils import timezone

from core.listing import first_of_ids, in_order, page_of_ids, pagination_context
from core.visibility import visible_pages

from .filters import FILTER_FIELDS, EventFilterForm
from .models import Occurrence
from .recurrence import local_zone

PER_PAGE = 20
# Filters about time: the calendar and the archive choose their own dates.
DATE_FIELDS = ("when", "date_from", "date_to")
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})$")
FIRST_YEAR, LAST_YEAR = 1900, 2999


def now():
    """The current moment (a function, so tests can hold the clock still)."""
    return timezone.now()


# Visibility


def visible_occurrences(queryset, request, within=""):
    """Occurrences of events the visitor may see (core.visibility's one permission check).

    Only restrictions inside the index matter here: Wagtail itself refuses the index page
    when a restriction above it is not passed.
    """
    return visible_pages(queryset, request, within=within, path_field="event__path")


def index_occurrences(request, page, form):
    """Live, visible occurrences of the events below an index, with the non-date filters."""
    # Rows exist only for live events (unpublishing deletes them), in the index's language.
    queryset = Occurrence.objects.for_listing().filter(index_id=page.pk)
    return form.filter_occurrences(visible_occurrences(queryset, request, within=page.path))


# Helpers


def local_date(moment):
    return timezone.localtime(moment, local_zone()).date()


def midnight(day):
    return datetime.combine(day, time.min).replace(tzinfo=local_zone())


def last_day(occurrence):
    """The local date an occurrence ends on (an end at midnight belongs to the day before).

    An all-day event lasts whole days from its start date: one day, however late it starts.
    """
    first = local_date(occurrence.start)
    if not occurrence.end or occurrence.end <= occurrence.start:
        return first
    if occurrence.event.all_day:
        # Counted on the clock: the autumn change day has 25 hours and is still one day.
        zone = local_zone()
        span = timezone.localtime(occurrence.end, zone).replace(tzinfo=None) - (
            timezone.localtime(occurrence.start, zone).replace(tzinfo=None)
        )
        days = -(-span // timedelta(days=1))  # rounded up
        return first + timedelta(days=days - 1)
    return local_date(occurrence.end - timedelta(microseconds=1))


def group_by_day(occurrences, earliest=None):
    """[(date, [occurrence, ...]), ...] in the given order, by local start date.

    Occurrences that began before `earliest` (still running) are shown under that day.
    """
    days = []
    for occurrence in occurrences:
        day = local_date(occurrence.start)
        if earliest is not None and day < earliest:
            day = earliest
        if days and days[-1][0] == day:
            days[-1][1].append(occurrence)
        else:
            days.append((day, [occurrence]))
    return days


def without_dates(query):
    """The filter query string without the time filters (for the calendar and archive)."""
    return urlencode([(key, value) for key, value in parse_qsl(query) if key not in DATE_FIELDS])


def paginate(request, queryset):
    """A page of results (core.listing.page_of_ids): found on ids alone (the (index, start)
    index already has them in order), then only its 20 rows are read with their events and
    venues: sorting tens of thousands of joined rows was the slow part of a large index.
    """
    return page_of_ids(request, queryset.values_list("pk", flat=True), listed, PER_PAGE)


def first_occurrences(queryset, limit):
    """The first `limit` occurrences of an ordered selection, read the way a page is."""
    return first_of_ids(queryset.values_list("pk", flat=True), listed, limit)


def listed(ids):
    """The occurrences with these ids, in this order, with their events and venues."""
    return in_order(Occurrence.objects.for_listing(), ids)


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
            "filter_fields": [
                form[name] for name in FILTER_FIELDS if show_dates or name not in DATE_FIELDS
            ],
            "is_filtered": bool(query if show_dates else shared),
            "has_errors": form.has_errors,
        }
    )
    return context


# Views


def upcoming_occurrences(request, page, form):
    """(occurrences, after): the index's coming and running occurrences in the form's window.

    The list and its embed show exactly this selection, in this order; `after` is the moment
    the window begins (a running occurrence is listed under that day).
    """
    after, before = form.date_window(now())
    occurrences = index_occurrences(request, page, form).filter(end__gt=after)
    if before is not None:
        occurrences = occurrences.filter(start__lt=before)
    return occurrences.order_by("start", "pk"), after


def upcoming_view(request, page):
    form = EventFilterForm(request.GET or None, locale=page.locale)
    occurrences, after = upcoming_occurrences(request, page, form)
    page_obj = paginate(request, occurrences)
    context = filter_context(request, page, form, "list")
    context.update(pagination_context(page_obj, context["query"]))
    context["days"] = group_by_day(page_obj.object_list, earliest=local_date(after))
    context["reset_url"] = context["page_url"]
    context["form_action"] = context["page_url"]
    return TemplateResponse(request, "eventpages/event_index_page.html", context)


def archive_view(request, page):
    form = EventFilterForm(request.GET or None, locale=page.locale)
    occurrences = index_occurrences(request, page, form).filter(end__lt=now())
    page_obj = paginate(request, occurrences.order_by("-start", "-pk"))
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
        index_occurrences(request, page, form)
        .between(midnight(month), midnight(next_month))
        .order_by("start", "event_id", "pk")
    )
    by_day = {}
    for occurrence in occurrences:
        first = max(local_date(occurrence.start), month)
        last = min(last_day(occurrence), month_end)
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
