"""The event editor's recurrence panel: it shows what the chosen rule needs, and a preview.

`RecurrencePanel` is a MultiFieldPanel that carries the table of `rule_checks.RULE_FIELDS` in
its markup for the Stimulus controller `recurrence` (eventpages/static/eventpages/js/
recurrence.js). Each field inside names itself with `data-recurrence-field`; the controller
hides those the choice does not need and marks the visible required ones. Without JavaScript
every field stays visible, and the server's validation (`rule_checks.problems`) checks only
the fields the rule needs, so both agree.

`RecurrencePreviewPanel` is the live region under the rule: the controller asks the admin view
in eventpages.recurrence_preview for the next dates (debounced) and shows its answer there.
"""

import json

from django.urls import reverse
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, Panel

from .rule_checks import REQUIRED_WHEN_SHOWN, RULE_FIELDS


def rule_field(name, panel_class=FieldPanel, **kwargs):
    """A field panel (or inline panel) the recurrence controller shows or hides by its name."""
    attrs = {"data-recurrence-field": name, **kwargs.pop("attrs", {})}
    return panel_class(name, attrs=attrs, **kwargs)


def rule_inline(name, **kwargs):
    return rule_field(name, InlinePanel, **kwargs)


class RecurrencePanel(MultiFieldPanel):
    """A MultiFieldPanel under the `recurrence` controller, with the table it follows."""

    def __init__(self, children=(), *args, **kwargs):
        attrs = {
            "data-controller": "recurrence",
            "data-recurrence-rules-value": json.dumps(RULE_FIELDS),
            "data-recurrence-required-value": json.dumps(REQUIRED_WHEN_SHOWN),
            **(kwargs.pop("attrs", None) or {}),
        }
        super().__init__(children, *args, attrs=attrs, **kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        # The controller's attributes are added again by __init__.
        kwargs["attrs"] = {
            key: value
            for key, value in kwargs["attrs"].items()
            if not key.startswith("data-recurrence-") and key != "data-controller"
        }
        return kwargs


class RecurrencePreviewPanel(Panel):
    """The next dates of the series as the form stands, in a polite live region."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "eventpages/admin/recurrence_preview_panel.html"

        class Media:
            js = ["eventpages/js/recurrence.js"]

        def preview_url(self):
            """The preview view for this page (edit) or for a new page below its parent."""
            if self.instance.pk:
                return reverse("eventpages_recurrence_preview", args=["page", self.instance.pk])
            parent = getattr(self.form, "parent_page", None)
            if parent is None:
                return ""
            return reverse("eventpages_recurrence_preview", args=["new", parent.pk])

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["preview_url"] = self.preview_url()
            context["region_id"] = f"{self.prefix}-recurrence-preview"
            return context
