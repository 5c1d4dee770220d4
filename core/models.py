"""The shared concerns' own rows."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .glossary_form import GlossaryTermForm, field_name, other_languages


class RateLimitCounter(models.Model):
    """One fixed window of a rate limit (core.ratelimit) where no Redis counts them.

    A row per limited thing (its scope and hashed key), counted up with one UPDATE ... SET
    count = count + 1, which the database applies one after the other however many gunicorn
    processes ask at once; rows of ended windows are deleted as new ones come in.
    """

    key = models.CharField(max_length=200, unique=True)
    window_end = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.key}: {self.count} until {self.window_end:%Y-%m-%d %H:%M:%S}"


def priority_language_choices():
    """Every language of the site but the source language (German: nothing to translate to)."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def default_priority_languages():
    return [code for code in DEFAULT_PRIORITY_LANGUAGES if code in dict(settings.LANGUAGES)]


# The languages most of the county's newcomers read, until the coordinators choose otherwise.
DEFAULT_PRIORITY_LANGUAGES = ("ar", "fa", "uk")


class DeskSettingsForm(WagtailAdminModelForm):
    """The languages as checkboxes (the model keeps them as a JSON list of codes)."""

    priority_languages = forms.MultipleChoiceField(
        label=_("Sprachen, die das Netzwerk am meisten braucht"),
        choices=priority_language_choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Veranstaltungen dieser Woche ohne Übersetzung in eine dieser Sprachen zeigt die "
            "Übersicht „Was auf Sie wartet“ auf der Startseite der Verwaltung, zum Beispiel "
            "Arabisch, Persisch und Ukrainisch."
        ),
    )


@register_setting(icon="tasks")
class DeskSettings(BaseSiteSetting):
    """What the desk on the admin dashboard (core.desk) counts that the office decides.

    A site setting, not a Django setting: which languages the network serves most changes
    with the people who arrive in the county, and it is the coordinators who notice, not
    whoever deploys the site. Wagtail's settings are where coordinators already keep the
    footer's legal pages; Koordination may change them (core.apps), and a new database starts
    from DEFAULT_PRIORITY_LANGUAGES.
    """

    priority_languages = models.JSONField(
        _("Sprachen, die das Netzwerk am meisten braucht"),
        default=default_priority_languages,
        blank=True,
    )

    base_form_class = DeskSettingsForm
    panels = [FieldPanel("priority_languages")]

    class Meta:
        verbose_name = _("Übersicht der Koordination")

    def languages(self):
        """The chosen codes the site still speaks, in the site's order of languages."""
        chosen = set(self.priority_languages or [])
        return [code for code, _name in priority_language_choices() if code in chosen]


class TagLabel(models.Model):
    """A tag's name in one of the site's other languages (core.tag_labels shows it).

    Tags (django-taggit) are one row for all languages, typed in German by whoever tags a
    post, an event or a document; their slug is the same in every language, in `?tag=`
    filters and feed addresses alike. What a visitor reads is this label in their language,
    else the German name, marked as German. Coordinators write the labels in "Schlagwörter
    übersetzen" (core.tag_admin).
    """

    tag = models.ForeignKey(
        "taggit.Tag",
        verbose_name=_("Schlagwort"),
        on_delete=models.CASCADE,
        related_name="labels",
    )
    language = models.CharField(_("Sprache"), max_length=12, choices=priority_language_choices)
    label = models.CharField(_("Übersetzung"), max_length=100)

    class Meta:
        verbose_name = _("Übersetzung eines Schlagworts")
        verbose_name_plural = _("Übersetzungen von Schlagwörtern")
        constraints = [
            models.UniqueConstraint(fields=["tag", "language"], name="one_label_per_language")
        ]

    def __str__(self):
        return f"{self.tag.name} ({self.language}): {self.label}"


class GlossaryTerm(models.Model):
    """A fixed term the machine translator keeps as given (core.machine_translation.glossary):
    the network's name, place names, "Integrationskurs", "Jobcenter".

    Either kept unchanged in every language (a name), or translated as given per language
    (`translations`, {language code: text}); a language with neither is left to the machine.
    Coordinators keep the list ("Glossar" in the settings menu, core.glossary_admin).
    """

    term = models.CharField(
        _("Begriff"),
        max_length=100,
        unique=True,
        help_text=_(
            "Wie er in deutschen Texten steht, mit Groß- und Kleinschreibung, z. B. "
            "„Jobcenter“ oder „Zeitz“."
        ),
    )
    keep_unchanged = models.BooleanField(
        _("In allen Sprachen unverändert"),
        default=False,
        help_text=_(
            "Zum Beispiel Namen: Die maschinelle Übersetzung lässt den Begriff stehen, wo "
            "unten keine Übersetzung angegeben ist."
        ),
    )
    translations = models.JSONField(_("Übersetzungen"), default=dict, blank=True)

    base_form_class = GlossaryTermForm
    panels = [
        FieldPanel("term"),
        FieldPanel("keep_unchanged"),
        MultiFieldPanel(
            [FieldPanel(field_name(code)) for code in other_languages()],
            heading=_("Übersetzungen, wie sie sein sollen"),
        ),
    ]

    class Meta:
        verbose_name = _("Begriff im Glossar")
        verbose_name_plural = _("Begriffe im Glossar")
        ordering = ["term"]

    def __str__(self):
        return self.term

    def given(self, language):
        return str((self.translations or {}).get(language) or "").strip()

    @classmethod
    def fixed_for(cls, language):
        """{term: the text `language` gets} for every term fixed in that language."""
        fixed = {}
        for term in cls.objects.all():
            wanted = term.given(language) or (term.term if term.keep_unchanged else "")
            if wanted:
                fixed[term.term] = wanted
        return fixed


class Municipality(models.Model):
    """A town or municipality of the county; names are proper nouns, the same in every language.

    The county's geography, shared by events, venues and the directory's places: it lives in
    core (it was eventpages' until the directory came; the table kept its name, and
    eventpages.models still re-exports it).
    """

    name = models.CharField(
        _("Name"),
        max_length=100,
        unique=True,
        help_text=_("Der Ort, nach dem Besucher Veranstaltungen filtern, z. B. „Naumburg“."),
    )
    slug = models.SlugField(
        _("Kurzname"),
        max_length=100,
        unique=True,
        help_text=_(
            "Steht in Filter-Links und eingebetteten Kalendern; nur Kleinbuchstaben und "
            "Bindestriche, z. B. „bad-koesen“."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        db_table = "eventpages_municipality"
        ordering = ["name"]
        verbose_name = _("Gemeinde")
        verbose_name_plural = _("Gemeinden")

    def __str__(self):
        return self.name
