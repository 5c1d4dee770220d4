"""The glossary term's admin form (core.models.GlossaryTerm): the JSON object of given
translations as one optional text field per language, typed in that language's direction.

No model is imported here: Wagtail builds the form for the model from its panels, with this
as the base (core.models imports it).
"""

from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


def other_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def field_name(code):
    return f"translation_{code}"


def translation_field(code):
    info = get_language_info(code)
    return forms.CharField(
        label=f"{info['name_translated']} ({info['name_local']})",
        required=False,
        max_length=100,
        help_text=_(
            "So heißt der Begriff in dieser Sprache, z. B. „job centre“ für „Jobcenter“ auf "
            "Englisch. Leer lassen, wo die Maschine ihn frei übersetzen darf (oder unverändert "
            "lassen soll, wenn oben angekreuzt)."
        ),
    )


class GlossaryTermFormBase(WagtailAdminModelForm):
    """The JSON object of translations as one optional text field per language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code in other_languages():
            name = field_name(code)
            if name in self.fields:
                self.fields[name].initial = self.instance.given(code)
                self.fields[name].widget.attrs.update(
                    lang=code, dir="rtl" if get_language_info(code)["bidi"] else "ltr"
                )

    def clean_term(self):
        term = " ".join(self.cleaned_data["term"].split())
        if not term:
            raise forms.ValidationError(_("Bitte geben Sie einen Begriff an."))
        return term

    def save(self, commit=True):
        self.instance.translations = {
            code: text
            for code in other_languages()
            if (text := " ".join((self.cleaned_data.get(field_name(code)) or "").split()))
        }
        return super().save(commit=commit)


GlossaryTermForm = type(
    "GlossaryTermForm",
    (GlossaryTermFormBase,),
    {field_name(code): translation_field(code) for code in other_languages()},
)
