"""Model fields the content apps share: a filterable multiple choice, a picture's words."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChoiceListField(models.TextField):
    """Several choices stored as "|a|b|", so `field__contains="|a|"` filters on any database."""

    def __init__(self, *args, choices_list=(), **kwargs):
        self.choices_list = list(choices_list)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("blank", None)
        kwargs.pop("default", None)
        return name, path, args, kwargs

    @staticmethod
    def parse(value):
        if isinstance(value, list | tuple):
            return [str(item) for item in value if item]
        return [item for item in (value or "").split("|") if item]

    @staticmethod
    def lookup(code):
        return f"|{code}|"

    def from_db_value(self, value, expression, connection):
        return self.parse(value)

    def to_python(self, value):
        return self.parse(value)

    def get_prep_value(self, value):
        codes = self.parse(value)
        return f"|{'|'.join(codes)}|" if codes else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices_list,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            empty_value=[],
        )


def image_alt_field():
    """The page's own words for its picture ("Bildbeschreibung"), translated with the page.

    Events and posts declare it alike; empty, the image's description stands in, and the page
    form (core.admin_forms) asks for one of the two.
    """
    return models.CharField(
        _("Bildbeschreibung"),
        max_length=255,
        blank=True,
        help_text=_(
            "Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen (wird übersetzt), "
            "z. B. „Zwei Tassen Kaffee und Sprechblasen auf einem Tisch“. Leer gilt die "
            "Beschreibung des Bildes selbst; eine von beiden ist Pflicht."
        ),
    )
