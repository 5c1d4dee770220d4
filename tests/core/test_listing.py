"""core.listing: the filter form keeps its valid fields, a page of ids reads only its rows."""

from datetime import date

import pytest
from django import forms
from django.contrib.auth.models import Group
from django.http import QueryDict
from django.test import RequestFactory

from core.listing import (
    ListingFilterForm,
    first_of_ids,
    in_order,
    page_of_ids,
    paginate,
    pagination_context,
)


class ShelfFilterForm(ListingFilterForm):
    filter_fields = ("q", "colour", "since", "boxed", "sort")
    sorting_fields = ("sort",)

    q = forms.CharField(required=False, max_length=10)
    colour = forms.ChoiceField(required=False, choices=[("", "-"), ("red", "Rot")])
    since = forms.DateField(required=False)
    boxed = forms.BooleanField(required=False)
    sort = forms.ChoiceField(required=False, choices=[("", "-"), ("title", "Titel")])


def shelf(query):
    return ShelfFilterForm(QueryDict(query) if query is not None else None)


def test_an_invalid_field_is_named_and_the_valid_ones_still_apply():
    form = shelf("colour=red&since=2025-13-45&q=Apfel")
    assert form.values == {"q": "Apfel", "colour": "red", "boxed": False, "sort": ""}
    assert form.has_errors
    assert list(form.errors) == ["since"]
    assert form.is_filtered
    assert form.query_string() == "q=Apfel&colour=red"


def test_every_field_invalid_leaves_no_filter():
    form = shelf("colour=blue&since=gestern&q=" + "x" * 11)
    assert form.has_errors
    assert set(form.errors) == {"colour", "since", "q"}
    assert not form.is_filtered
    assert form.query_string() == ""


def test_valid_values_and_the_query_string_in_field_order():
    form = shelf("boxed=on&since=2025-03-01&sort=title")
    assert form.values["since"] == date(2025, 3, 1)
    assert form.values["boxed"] is True
    assert not form.has_errors
    assert form.query_string() == "since=2025-03-01&boxed=1&sort=title"
    assert form.query_string(fields=["boxed"]) == "boxed=1"


def test_sorting_alone_is_not_filtering():
    form = shelf("sort=title")
    assert form.values["sort"] == "title"
    assert not form.is_filtered
    assert shelf("sort=title&colour=red").is_filtered


def test_an_unbound_form_has_no_values_and_no_errors():
    form = shelf(None)
    assert form.values == {}
    assert not form.has_errors
    assert not form.is_filtered
    assert form.query_string() == ""


def test_the_values_are_a_copy():
    form = shelf("colour=red")
    form.values["colour"] = "blue"
    assert form.values["colour"] == "red"


@pytest.fixture
def groups(db):
    """25 groups, listed by name backwards (an order that is not the ids' order)."""
    created = [Group.objects.create(name=f"Regal {number:02d}") for number in range(25)]
    ids = list(
        Group.objects.filter(pk__in=[group.pk for group in created])
        .order_by("-name")
        .values_list("pk", flat=True)
    )
    return Group.objects.filter(pk__in=ids).order_by("-name"), ids


def request_for(page=None):
    return RequestFactory().get("/", {"page": page} if page is not None else {})


def loader(calls):
    def load(ids):
        calls.append(list(ids))
        return in_order(Group.objects.all(), ids)

    return load


def test_a_page_of_ids_reads_only_that_pages_rows_in_id_order(groups, django_assert_num_queries):
    selection, ids = groups
    calls = []
    with django_assert_num_queries(3):  # count, the page's ids, its rows
        page_obj = page_of_ids(
            request_for(2), selection.values_list("pk", flat=True), loader(calls), per_page=10
        )
    assert calls == [ids[10:20]]
    assert [group.pk for group in page_obj.object_list] == ids[10:20]
    assert page_obj.number == 2
    assert page_obj.paginator.count == 25
    assert page_obj.paginator.num_pages == 3


@pytest.mark.parametrize(
    ("asked", "number"),
    [
        (None, 1),
        ("", 1),
        ("abc", 1),
        ("2.5", 1),
        ("2", 2),
        ("3", 3),
        ("99", 3),
        ("0", 1),
        ("-3", 1),
    ],
)
def test_no_number_or_below_one_gives_the_first_page_too_large_the_last(groups, asked, number):
    selection, ids = groups
    ids_query = selection.values_list("pk", flat=True)
    page_obj = page_of_ids(request_for(asked), ids_query, loader([]), per_page=10)
    assert page_obj.number == number
    expected = ids[(number - 1) * 10 : number * 10]
    assert [group.pk for group in page_obj.object_list] == expected


def test_an_empty_listing_has_one_empty_page(db):
    nothing = Group.objects.none().values_list("pk", flat=True)
    page_obj = page_of_ids(request_for(5), nothing, loader([]))
    assert page_obj.number == 1
    assert list(page_obj.object_list) == []
    assert not page_obj.has_other_pages()


def test_in_order_keeps_the_order_and_leaves_out_rows_that_are_gone(groups):
    _selection, ids = groups
    chosen = [ids[3], ids[0], 0, ids[7]]
    assert [group.pk for group in in_order(Group.objects.all(), chosen)] == [
        ids[3],
        ids[0],
        ids[7],
    ]
    # Rows (search results) stand for their ids.
    rows = list(Group.objects.filter(pk__in=ids[:2]))
    assert {group.pk for group in in_order(Group.objects.all(), rows)} == set(ids[:2])


def test_first_of_ids_reads_only_the_first_rows(groups, django_assert_num_queries):
    selection, ids = groups
    calls = []
    with django_assert_num_queries(2):  # no count
        rows = first_of_ids(selection.values_list("pk", flat=True), loader(calls), 4)
    assert calls == [ids[:4]]
    assert [group.pk for group in rows] == ids[:4]


def test_pagination_context_keeps_the_filters_in_the_page_links(groups):
    selection, _ids = groups
    page_obj = paginate(request_for(2), selection, 10)
    context = pagination_context(page_obj, "colour=red&q=Apfel")
    assert context["page_obj"] is page_obj
    assert context["paginator"] is page_obj.paginator
    assert context["page_link_prefix"] == "?colour=red&q=Apfel&page="
    assert pagination_context(page_obj)["page_link_prefix"] == "?page="
