"""The coordinators' screen "Schlagwörter übersetzen": every tag with its labels, one field
per language (core.models.TagLabel, shown by core.tag_labels).

A Wagtail ModelViewSet on taggit's Tag with a listing and an edit view only: tags are made
by whoever tags a post, an event or a document, and their German name and slug stay as they
are (addresses use the slug); what is edited here is the tags' names in the other languages.
Who may open it is decided by the TagLabel permissions (granted to Koordination, core.apps).
"""

from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from .models import TagLabel

TRANSLATED_LANGUAGES = [
    code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
]
NO_VIEWS = ("add", "delete", "history", "usage")


def field_name(code):
    return f"label_{code}"


class TagLabelsFormBase(WagtailAdminModelForm):
    """The tag's labels as one optional field per language; an empty field removes the label."""

    class Meta:
        model = Tag
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for label in self.instance.labels.all():
                if field_name(label.language) in self.fields:
                    self.fields[field_name(label.language)].initial = label.label

    def save(self, commit=True):
        tag = super().save(commit=commit)
        if commit:
            self.save_labels(tag)
        return tag

    def save_labels(self, tag):
        for code in TRANSLATED_LANGUAGES:
            text = (self.cleaned_data.get(field_name(code)) or "").strip()
            if text:
                TagLabel.objects.update_or_create(tag=tag, language=code, defaults={"label": text})
            else:
                TagLabel.objects.filter(tag=tag, language=code).delete()


def label_field(code):
    info = get_language_info(code)
    return forms.CharField(
        # The admin's language names the language; its own name helps who writes in it.
        label=f"{info['name_translated']} ({info['name_local']})",
        required=False,
        max_length=100,
        help_text=_("Leer lassen: Besucher sehen dann das deutsche Schlagwort."),
    )


TagLabelsForm = type(
    "TagLabelsForm",
    (TagLabelsFormBase,),
    {field_name(code): label_field(code) for code in TRANSLATED_LANGUAGES},
)


class LabelsColumn(Column):
    """The labels a tag has, as "EN: Daycare · AR: …"; "–" where none."""

    def get_value(self, instance):
        labels = {label.language: label.label for label in instance.labels.all()}
        parts = [
            f"{code.upper()}: {labels[code]}" for code in TRANSLATED_LANGUAGES if code in labels
        ]
        return " · ".join(parts) or "–"


class TagIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("labels")


class TagLabelViewSet(ModelViewSet):
    model = Tag
    name = "schlagwoerter"
    icon = "tag"
    menu_label = _("Schlagwörter übersetzen")
    menu_order = 900
    add_to_admin_menu = True
    index_view_class = TagIndexView
    list_display = [
        # The name links to the form, as in every Wagtail listing.
        TitleColumn("name", label=_("Schlagwort"), sort_key="name", url_name="schlagwoerter:edit"),
        LabelsColumn("labels", label=_("Übersetzungen")),
    ]
    ordering = ["name"]
    search_fields = ["name"]
    search_backend_name = None
    copy_view_enabled = False
    add_to_reference_index = False
    edit_handler = ObjectList(
        [FieldPanel(field_name(code)) for code in TRANSLATED_LANGUAGES],
        base_form_class=TagLabelsForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        no_views = {f"{view}_url_name": None for view in NO_VIEWS}
        return super().get_common_view_kwargs(**(no_views | kwargs))

    def get_urlpatterns(self):
        return [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name in ("index", "index_results", "edit")
        ]

    def register_permissions(self):
        """Translating tags is a TagLabel permission, not one on taggit's Tag."""
        if policy_registry.get_by_type(Tag, fallback=False) is None:
            register_permission_policy(Tag, ModelPermissionPolicy(TagLabel), exact_class=True)

    def register_admin_url_finder(self):
        pass
