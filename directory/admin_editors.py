"""Admin: Koordination links members to the organisations they keep current.

A plain ModelViewSet over models.OrganisationEditor in the "Wegweiser" menu: list, add,
delete (and edit) links. Only Koordination holds the model's permissions (DirectoryConfig.
group_permissions), so Wagtail's model permission policy shows the menu item and opens the
views to them alone. Each saved or deleted link puts the organisation's editing group in step
(directory.editors, connected in DirectoryConfig.ready).
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet

from core.people import member_name
from core.roles import MEMBER_AREA_GROUPS

from .editors import german_organisations
from .models import OrganisationEditor


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return f"{member_name(user)} ({user.username})"


class OrganisationEditorForm(WagtailAdminModelForm):
    """Members of the network (active, in a member-area group) and German organisation pages."""

    class Meta:
        model = OrganisationEditor
        fields = ["user", "organisation"]
        field_classes = {"user": MemberChoiceField}
        widgets = {"user": forms.Select, "organisation": forms.Select}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=MEMBER_AREA_GROUPS)
            .distinct()
            .order_by("first_name", "username")
        )
        self.fields["user"].help_text = _(
            "Das Mitglied kann den Eintrag und die Angebote bearbeiten; die Koordination gibt "
            "Änderungen frei."
        )
        self.fields["organisation"].queryset = german_organisations()
        self.fields["organisation"].help_text = _("Die deutsche Seite der Organisation.")


class OrganisationEditorViewSet(ModelViewSet):
    model = OrganisationEditor
    name = "directory_editors"
    url_prefix = "directory/editors"
    icon = "user"
    menu_label = _("Zuständige Mitglieder")
    list_display = ["user", "organisation", "created_at"]
    list_filter = ["organisation"]
    ordering = ["organisation__title", "user__username"]
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("organisation")],
        base_form_class=OrganisationEditorForm,
    )
