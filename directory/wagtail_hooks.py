"""Admin, in one "Wegweiser" menu: the offers' topics and audiences (translatable snippets),
the members linked to organisations and the entries due for review (Koordination), and the
desk's item for those (core.desk)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_translations import TranslatableSnippetViewSet
from core.desk import DeskItem
from core.roles import COORDINATION

from . import reviews
from .admin_editors import OrganisationEditorViewSet
from .admin_review import DueForReviewViewSet
from .models import Audience, Topic


class TopicViewSet(TranslatableSnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


class AudienceViewSet(TranslatableSnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug"]


class DirectorySnippetsGroup(SnippetViewSetGroup):
    menu_label = _("Wegweiser")
    menu_icon = "site"
    menu_order = 220
    items = (TopicViewSet, AudienceViewSet, OrganisationEditorViewSet, DueForReviewViewSet)


register_snippet(DirectorySnippetsGroup)


@hooks.register("register_desk_item")
def entries_due_for_review():
    return DeskItem(
        name="directory-review",
        label=_("Wegweiser-Einträge lange nicht geprüft"),
        count=lambda request: reviews.due_for_review().count(),
        url=lambda: reverse("directory_review:index"),
        groups=(COORDINATION,),
        order=70,
    )
