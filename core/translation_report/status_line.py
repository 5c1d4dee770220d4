"""The page editor's status line: where each other language of this page stands.

"Englisch: übersetzt · Arabisch: veraltet · Ukrainisch: fehlt", below the editor's header,
for Koordination and Redaktion (who look after translations). Each language links to its
version (the translation editor, for wagtail-localize's own) or, where there is none, to the
report's list of what that language misses. The states are core.translation_states' (three
queries, whatever the number of languages): the same words as the report, the listings'
badges and the desk.

Wagtail 8 offers no hook that adds a line to the page header; the editor's template is
extended instead (core/templates/wagtailadmin/pages/edit.html, one block, `{{ block.super }}`
kept), with the `translation_status_line` tag (core.templatetags.translation_status).
wagtail-localize's own translation editor replaces that template: a translation's editor
shows no line (its original's does).
"""

from dataclasses import dataclass

from django.urls import reverse

from ..translation_states import MISSING, translation_states
from .views import can_see, report_url


@dataclass(frozen=True)
class StatusItem:
    version: object
    url: str


def status_items(page, user):
    """The page's other languages, each with its link; nothing for those who do not look
    after translations (members editing their proposals: the report is not theirs)."""
    if page is None or not page.pk or page.is_root() or not can_see(user):
        return []
    states = translation_states([page]).get(page.pk)
    if states is None:
        return []
    items = []
    for version in states.versions:
        if version.pk and version.state != MISSING:
            url = reverse("wagtailadmin_pages:edit", args=[version.pk])
        else:
            url = report_url(language=version.language_code, state=MISSING)
        items.append(StatusItem(version, url))
    return items
