"""Admin: the offers' topics and audiences, translatable snippets in one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_translations import TranslatableSnippetViewSet

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
    items = (TopicViewSet, AudienceViewSet)


register_snippet(DirectorySnippetsGroup)
