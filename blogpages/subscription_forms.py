"""The subscribe form: address, language, topics and how often, with a trap for bots.

Topics are the German categories (stored as such), labelled in the visitor's language; posts
and subscriptions meet through the categories' translation_key, so any language matches.
"""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import BlogCategory, Subscriber

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Named so that bots fill it in and browsers' autofill leaves it alone; people never see it.
HONEYPOT_FIELD = "website"


def category_names(language_code):
    """{translation_key: name} of every category, in `language_code` where translated."""
    return BlogCategory.objects.names_by_key(language_code)


def subscribable_categories():
    return BlogCategory.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class LanguageSelect(forms.Select):
    """Each language's name is written in that language: say so to screen readers."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class CategoryChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *args, names=None, **kwargs):
        self.names = names or {}
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return self.names.get(obj.translation_key, obj.name)


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    language = forms.ChoiceField(
        label=_("Sprache der E-Mails"),
        choices=settings.LANGUAGES,
        widget=LanguageSelect,
        help_text=_("Nachrichten, die es in dieser Sprache nicht gibt, kommen auf Deutsch."),
    )
    categories = CategoryChoiceField(
        label=_("Themen"),
        queryset=BlogCategory.objects.none(),
        required=False,
        help_text=_("Keine Auswahl: alle Nachrichten."),
    )
    frequency = forms.ChoiceField(
        label=_("Wie oft?"),
        choices=Subscriber.FREQUENCIES,
        initial=Subscriber.IMMEDIATELY,
        widget=forms.RadioSelect,
    )
    website = forms.CharField(
        label=_("Bitte leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language_code = get_language() or settings.LANGUAGE_CODE
        if language_code in LANGUAGE_CODES:
            self.fields["language"].initial = language_code
        names = category_names(language_code)
        field = self.fields["categories"]
        field.names = names
        ordered = sorted(
            subscribable_categories(),
            key=lambda category: names.get(category.translation_key, category.name).lower(),
        )
        field.queryset = subscribable_categories()
        # The checkboxes in the visitor's alphabetical order (the queryset only validates).
        field.choices = [(category.pk, field.label_from_instance(category)) for category in ordered]

    @property
    def is_trapped(self):
        """A bot filled in the field people never see."""
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
