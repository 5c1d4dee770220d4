"""The coordinators' glossary of fixed terms ("Glossar" in the settings menu): a snippet with
the German term, whether it stays unchanged, and one field per other language for its given
translation (core.models.GlossaryTerm, its form in core.glossary_form).

Only Koordination (and superusers) may keep it: core.apps grants the permissions.
"""

from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from .glossary_form import other_languages
from .models import GlossaryTerm


class GivenColumn(Column):
    """`unverändert` or the given translations, "EN: job centre · AR: …", each isolated in
    its language (<bdi lang dir>): an Arabic term between Latin ones keeps its place."""

    def get_value(self, instance):
        parts = [
            format_html(
                '{}: <bdi lang="{}" dir="{}">{}</bdi>',
                code.upper(),
                code,
                "rtl" if get_language_info(code)["bidi"] else "ltr",
                instance.given(code),
            )
            for code in other_languages()
            if instance.given(code)
        ]
        if instance.keep_unchanged:
            parts.insert(0, _("sonst unverändert") if parts else _("unverändert"))
        return format_html_join(" · ", "{}", ((part,) for part in parts)) or "–"


class GlossaryViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = _("Glossar")
    add_to_settings_menu = True
    list_display = ["term", GivenColumn("given", label=_("In anderen Sprachen"))]
    search_fields = ["term"]
    search_backend_name = None  # the database's icontains: the glossary is not indexed
    ordering = ["term"]
    copy_view_enabled = False
