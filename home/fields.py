"""A multiple-choice model field that stays filterable on SQLite and PostgreSQL alike."""

from django import forms
from django.db import models


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
