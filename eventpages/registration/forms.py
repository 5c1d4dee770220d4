"""The registration form on an event page, in the visitor's language.

Name and e-mail are always asked; the number of persons (1 to the event's
`persons_per_registration`) when more than one may come; the questions the organiser chose
(eventpages.models.REGISTRATION_QUESTIONS); for a series (or several open dates) the dates,
as checkboxes named with their places left. A hidden honeypot field catches bots, as on the
other public forms (blogpages.subscription_forms).
"""

from django import forms
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from core.people import member_name

HONEYPOT_FIELD = "website"


class RegistrationForm(forms.Form):
    dates = forms.MultipleChoiceField(
        label=_("Termine"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Wählen Sie einen oder mehrere Termine."),
        error_messages={"required": _("Wählen Sie mindestens einen Termin.")},
    )
    name = forms.CharField(
        label=_("Ihr Name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
    )
    email = forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=254,
        help_text=_("Dorthin schicken wir den Link zur Bestätigung."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    persons = forms.TypedChoiceField(label=_("Wie viele Personen kommen?"), coerce=int)
    phone = forms.CharField(
        label=_("Telefon"),
        max_length=50,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "dir": "ltr", "type": "tel"}),
    )
    children = forms.IntegerField(
        label=_("Anzahl der Kinder"), min_value=0, max_value=30, required=False
    )
    spoken_languages = forms.CharField(
        label=_("Welche Sprachen sprechen Sie?"),
        max_length=200,
        required=False,
        help_text=_("Zum Beispiel: Arabisch, ein wenig Deutsch"),
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )
    accessibility = forms.CharField(
        label=_("Barrierefreiheit: was brauchen Sie?"),
        max_length=1000,
        required=False,
        help_text=_("Zum Beispiel: Rollstuhl, Gebärdensprache, Kinderbetreuung"),
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
    note = forms.CharField(
        label=_("Nachricht an die Veranstalter"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
    website = forms.CharField(
        label=_("Bitte leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    # The question a field answers (models.REGISTRATION_QUESTIONS); asked only when chosen.
    QUESTIONS = {
        "phone": "phone",
        "children": "children",
        "spoken_languages": "languages",
        "accessibility": "accessibility",
        "note": "note",
    }

    def __init__(self, event, date_choices, *args, user=None, **kwargs):
        """`date_choices`: [(ISO start, label)] of the dates open for registration."""
        super().__init__(*args, **kwargs)
        self.event = event
        asked = set(event.registration_questions or [])
        for name, question in self.QUESTIONS.items():
            if question not in asked:
                del self.fields[name]
        most = max(event.persons_per_registration or 1, 1)
        if most > 1:
            self.fields["persons"].choices = [(n, str(n)) for n in range(1, most + 1)]
            self.fields["persons"].initial = 1
        else:
            del self.fields["persons"]
        field = self.fields["dates"]
        field.choices = list(date_choices)
        self.one_date = len(field.choices) == 1
        if self.one_date:
            field.widget = forms.MultipleHiddenInput()
            field.initial = [field.choices[0][0]]
        if user is not None and user.is_authenticated and not self.is_bound:
            self.fields["name"].initial = member_name(user)
            self.fields["email"].initial = user.email

    @property
    def is_trapped(self):
        """A bot filled in the field people never see."""
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    def question_fields(self):
        return [self[name] for name in self.QUESTIONS if name in self.fields]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_dates(self):
        return [parse_datetime(value) for value in self.cleaned_data["dates"]]

    def answers(self):
        """The model's fields from the valid form (the questions not asked stay empty)."""
        data = self.cleaned_data
        answers = {"name": data["name"].strip(), "email": data["email"]}
        answers["persons"] = data.get("persons") or 1
        for name in self.QUESTIONS:
            value = data.get(name)
            if value not in (None, ""):
                answers[name] = value.strip() if isinstance(value, str) else value
        return answers
