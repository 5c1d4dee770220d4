"""The filter forms' fields rendered in Python say exactly what Django's widget templates say."""

import pytest
from bs4 import BeautifulSoup
from django import forms

from blogpages.filters import BlogFilterForm
from core import plain_widgets
from docpages.filters import DocumentFilterForm
from eventpages.filters import EventFilterForm


def parsed(html):
    """Tag, attributes and options of one rendered widget, comparable whatever the spacing."""
    element = BeautifulSoup(str(html), "html.parser").find(["select", "input"])
    options = [
        (option.get("value"), option.get_text(), option.has_attr("selected"))
        for option in element.find_all("option")
    ]
    groups = [group.get("label") for group in element.find_all("optgroup")]
    return element.name, dict(element.attrs), options, groups


class KnownWidgets(forms.Form):
    text = forms.CharField(required=True, widget=forms.TextInput(attrs={"placeholder": "<z>"}))
    search = forms.CharField(required=False, widget=forms.SearchInput)
    day = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    number = forms.IntegerField(required=False)
    email = forms.EmailField(required=False)
    yes = forms.BooleanField(required=False)
    grouped = forms.ChoiceField(
        required=False, choices=[("", "Alle"), ("Gruppe", [("a", "A & B"), ("b", "B")])]
    )
    other = forms.MultipleChoiceField(required=False, choices=[("x", "X")])


@pytest.mark.parametrize(
    "data",
    [
        {},
        {
            "text": 'Anführungs"zeichen',
            "search": "<script>",
            "day": "2026-13-01",
            "number": "x",
            "email": "kein",
            "yes": "on",
            "grouped": "a",
            "other": ["x"],
        },
    ],
)
def test_known_widgets_render_as_django_does(data):
    form = KnownWidgets(data or None)
    form.is_valid()
    for field in form:
        assert parsed(plain_widgets.render(field)) == parsed(field.as_widget()), field.name


@pytest.mark.django_db
@pytest.mark.parametrize("form_class", [EventFilterForm, DocumentFilterForm, BlogFilterForm])
@pytest.mark.parametrize("data", [{}, {"free": "on", "date_from": "2026-13-01", "q": "Amt"}])
def test_the_listings_filter_forms_render_as_django_does(site, form_class, data):
    form = form_class(data or None)
    form.is_valid()
    assert len(list(form)) >= 3
    for field in form:
        mine, django = parsed(plain_widgets.render(field)), parsed(field.as_widget())
        assert mine == django, field.name
    invalid = [field for field in form if field.errors]
    for field in invalid:  # errors are announced through the field itself
        attrs = parsed(plain_widgets.render(field))[1]
        assert attrs["aria-invalid"] == "true"
        assert attrs["aria-describedby"] == f"{field.auto_id}_error"
