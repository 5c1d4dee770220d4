"""The desk items core declares itself (core.desk): the moderation workflow core sets up
(core.roles) and translations behind their original (core.outdated_translations; the
link opens the translation report filtered to them, core.translation_report).

The apps' items (shared documents, reports, deliveries, events) are declared by the apps.
"""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from .desk import DeskItem
from .outdated_translations import outdated_sources
from .roles import COORDINATION, EDITORS
from .translation_report.views import report_url
from .translation_states import OUTDATED


def workflow_item():
    """Drafts waiting for Koordination's approval (members cannot publish, so their drafts go
    through the workflow): Wagtail's workflow report, filtered to those in progress."""
    return DeskItem(
        name="workflow",
        label=_("Entwürfe warten auf Freigabe"),
        count=lambda request: WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS
        ).count(),
        url=lambda: (
            reverse("wagtailadmin_reports:workflow")
            + "?"
            + urlencode({"status": WorkflowState.STATUS_IN_PROGRESS})
        ),
        groups=(COORDINATION,),
        order=10,
    )


def outdated_translations_item():
    return DeskItem(
        name="outdated-translations",
        label=_("Übersetzungen, deren Original sich geändert hat"),
        count=lambda request: outdated_sources().count(),
        url=lambda: report_url(state=OUTDATED),
        groups=(COORDINATION, EDITORS),
        order=40,
    )
