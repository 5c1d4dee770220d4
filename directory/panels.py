"""Panels of the organisation's edit form.

- LastCheckedPanel: the read-only "Zuletzt geprüft am" (directory.checking says why it is no
  field). The form is built from the latest revision, whose date may be older than the live
  page's (a confirmation changes only the live rows): the panel reads the live value.
- NestedInlinePanel: a place's hours and exception days, shown in the comparison of revisions
  Koordination reads before approving a member's change.
"""

import functools
from datetime import time as dt_time

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from wagtail.admin import compare
from wagtail.admin.panels import InlinePanel, Panel


class LastCheckedPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "directory/admin/last_checked_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            instance = self.instance
            live = None
            if instance is not None and instance.pk:
                live = (
                    type(instance)
                    .objects.filter(pk=instance.pk)
                    .values_list("last_checked_at", flat=True)
                    .first()
                )
            context["last_checked_at"] = live
            return context


class NestedRowsComparison(compare.ChildRelationComparison):
    """Rows inside an inline row (a place's hours) as lines of text in the comparison.

    Wagtail compares the rows of an InlinePanel field by field, but an InlinePanel nested in
    one (OpeningHours in Place) comes out empty in its "compare revisions" view: the
    coordinator approving a member's new opening hours would not see them. Here each row is
    one line ("Dienstag 10:00 12:00"); lines only in the new version are marked as added,
    those gone as deleted.
    """

    is_field = True
    is_child_relation = False

    def row_text(self, row):
        parts = []
        for make in self.field_comparisons:
            comparison = make(row, row)
            value = getattr(comparison, "val_a", None)
            if isinstance(value, bool):
                if value:
                    parts.append(str(comparison.field_label()))
                continue
            if value in (None, ""):
                continue
            if isinstance(value, dt_time):
                parts.append(value.strftime("%H:%M"))
            else:
                parts.append(strip_tags(str(comparison.htmldiff())))
        return " ".join(parts)

    def lines(self, rows):
        return [self.row_text(row) for row in rows.all()]

    def has_changed(self):
        return self.lines(self.val_a) != self.lines(self.val_b)

    def htmldiff(self):
        before, after = self.lines(self.val_a), self.lines(self.val_b)
        changes = [("equal" if line in before else "addition", line) for line in after]
        changes += [("deletion", line) for line in before if line not in after]
        return compare.TextDiff(changes, separator=mark_safe("<br>")).to_html()  # noqa: S308  # nosec B308 B703: a constant tag


class NestedInlinePanel(InlinePanel):
    """An InlinePanel inside an InlinePanel whose rows show in the revision comparison."""

    class BoundPanel(InlinePanel.BoundPanel):
        def get_comparison(self):
            return [
                functools.partial(NestedRowsComparison, *partial.args[:2], **partial.keywords)
                for partial in super().get_comparison()
            ]
