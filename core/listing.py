"""Listings for visitors: the filter form base, one page of rows read by id, the page links.

Every listing (events, news, documents, the board, site search) works the same way, so a
visitor meets one behaviour everywhere:

- filters are plain GET parameters in a form; a value that is not valid is named next to its
  field and left out, the valid ones still apply (a mistyped date keeps the chosen category);
- a page number that is missing, not a number, zero or below gives the first page, one too
  large the last;
- a long listing is paged on ids alone (the database's index already has them in order), and
  only the rows of that page are then read with what their cards show;
- the page links are one template fragment, `includes/pagination.html`, fed by
  `pagination_context` (plus `includes/page_number_title.html` for the window title).
"""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator

PAGE_PARAMETER = "page"


class ListingFilterForm(forms.Form):
    """A visitor's filters over a listing (bound to request.GET, or None without filters).

    `filter_fields`: the fields that filter, in the order of the query string that pages,
    feeds and views link with; `sorting_fields`: those of them that only sort (they are kept in
    links but do not make a listing "filtered").
    """

    filter_fields = ()
    sorting_fields = ()

    @property
    def values(self):
        """The cleaned values of the valid fields only; an invalid field is left out here and
        its error is shown by the form. Without data, no values."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return dict(self.cleaned_data)

    @property
    def has_errors(self):
        return self.is_bound and bool(self.errors)

    @property
    def is_filtered(self):
        values = self.values
        return any(
            values.get(name) for name in self.filter_fields if name not in self.sorting_fields
        )

    def count_active(self, fields=None):
        """How many filters are set (sorting aside): shown on a folded filter panel as
        "Filter (2)", and what opens it. `fields`: only these (the calendar ignores dates)."""
        values = self.values
        names = self.filter_fields if fields is None else fields
        return sum(
            1
            for name in names
            if name not in self.sorting_fields and values.get(name) not in (None, "", False)
        )

    @property
    def active_filter_count(self):
        return self.count_active()

    def query_string(self, fields=None):
        """The valid filters as a query string (a checked box as 1), for page links and feeds."""
        values = self.values
        pairs = []
        for name in self.filter_fields if fields is None else fields:
            value = values.get(name)
            if value in (None, "", False):
                continue
            pairs.append((name, "1" if value is True else str(value)))
        return urlencode(pairs)


def page_number(request):
    """The page asked for; 1 when none or not a number."""
    try:
        return int(request.GET.get(PAGE_PARAMETER, "1"))
    except ValueError:
        return 1


def paginate(request, items, per_page):
    """The page of `items` (a queryset, search results or list) the request asks for.

    Below 1 or not a number gives the first page, beyond the last the last: a shared or old
    link never ends in an error page.
    """
    paginator = Paginator(items, per_page)
    number = min(max(page_number(request), 1), paginator.num_pages)
    return paginator.page(number)


def page_of_ids(request, ids, load, per_page=20):
    """One page of a listing: the ids are paged, then `load(ids of the page)` reads the rows.

    `ids` is an ordered sequence that can be counted and sliced (`values_list("pk",
    flat=True)`, search results); `load` returns the rows in the order of the ids it is given
    (see `in_order`). Counting and slicing ids is cheap where sorting joined rows is not.
    """
    page_obj = paginate(request, ids, per_page)
    page_obj.object_list = load(list(page_obj.object_list))
    return page_obj


def first_of_ids(ids, load, limit):
    """The first `limit` rows of an ordered selection, read as a page is (an embed, a teaser):
    no count, no pages."""
    return load(list(ids[:limit]))


def in_order(queryset, ids):
    """The rows of `queryset` with these ids, in the order of the ids (one query).

    Ids that are not (or no longer) in the queryset are left out. An item may also be a row
    itself (search results), whose pk is used.
    """
    ids = [getattr(item, "pk", item) for item in ids]
    rows = queryset.in_bulk(ids)
    return [rows[pk] for pk in ids if pk in rows]


def pagination_context(page_obj, query=""):
    """What `includes/pagination.html` and the page titles need: the page, its paginator and
    the address of a page up to its number, keeping the listing's filters (`query`)."""
    return {
        "page_obj": page_obj,
        "paginator": page_obj.paginator,
        "page_link_prefix": f"?{query}&{PAGE_PARAMETER}=" if query else f"?{PAGE_PARAMETER}=",
    }
