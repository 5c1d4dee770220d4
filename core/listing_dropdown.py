"""The page listings' "more" dropdown, rendered by Wagtail's templates once per shape and request.

Every row of a page listing (the explorer, the events and news listings) has a dropdown of
about ten buttons (Wagtail's `ButtonWithDropdownFromHook`), and Wagtail renders each button
from its own template: some 550 templates for fifty rows, half of the listing's time. Rows
differ in two ways only: which buttons they have (what this user may do with that page, so
the buttons themselves are still asked of every row, through Wagtail's hooks, exactly as
before), and the values in them (the buttons' addresses, the page title in the toggle's label).

So the dropdown of the first row of each shape (the same buttons with the same labels, icons
and attributes) is rendered by Wagtail's own templates with markers for those values, and every
row of that shape is that HTML with its own values, escaped as the templates escape them
(core.marked_render): the same bytes as before, from one rendering per shape instead of one
per row. The shapes live on
the request, so nothing outlives it (not the user, the language or the permissions).

Only Wagtail's own dropdown whose buttons are all plain `Button`s (what Wagtail's menu items,
wagtail-localize's and our hooks give) takes this path; anything else, or a shape whose markers
do not come out of the templates as put in, is rendered as Wagtail renders it.
`construct_page_listing_buttons` (Wagtail's hook for changing a row's buttons) puts it in place.
"""

import copy

from wagtail.admin.widgets.button import Button, ButtonWithDropdownFromHook

from .marked_render import fill, marker, split

SHAPES_ATTRIBUTE = "_listing_dropdown_shapes"  # on the request: shape -> parts (or None)
TITLE = "title"


class SharedDropdown(ButtonWithDropdownFromHook):
    """Wagtail's row dropdown with the same buttons, rendered through the request's shapes."""

    def __init__(self, original, shapes):
        super().__init__(
            original.label,
            hook_name=original.hook_name,
            page=original.page,
            user=original.user,
            next_url=original.next_url,
            classname=original.classname,
            icon_name=original.icon_name,
            attrs=original.attrs,
            priority=original.priority,
        )
        self.dropdown_buttons = original.dropdown_buttons  # asked of the hooks once, as before
        self.shapes = shapes

    def shape(self, buttons):
        """What the HTML depends on besides the addresses and the title (the attributes in
        their order, as flatatt writes them; the title is the toggle's aria-label)."""
        attrs = {**self.attrs, "aria-label": True} if self.aria_label else self.attrs
        return (
            str(self.label),
            self.icon_name,
            self.classname,
            tuple(attrs.items()),
            tuple(
                (str(b.label), b.icon_name, b.classname, tuple(b.attrs.items()), bool(b.url))
                for b in buttons
            ),
        )

    def render_html(self, parent_context=None):
        buttons = sorted(self.dropdown_buttons)
        if any(type(button) is not Button for button in buttons):
            return super().render_html(parent_context)
        key = self.shape(buttons)
        try:
            known = key in self.shapes
        except TypeError:  # an attribute value that is not hashable: no shape to share
            return super().render_html(parent_context)
        if not known:
            self.shapes[key] = self.render_parts(buttons, parent_context)
        parts = self.shapes[key]
        if parts is None:
            return super().render_html(parent_context)
        values = {TITLE: self.aria_label} if self.aria_label else {}
        for index, button in enumerate(buttons):
            if button.url:
                values[str(index)] = button.url
        return fill(parts, values)

    def render_parts(self, buttons, parent_context):
        """Wagtail's HTML of this shape split at the markers, or None if a marker went astray."""
        marked_buttons = []
        for index, button in enumerate(buttons):
            marked = copy.copy(button)
            if button.url:
                marked.url = marker(index)
            marked_buttons.append(marked)
        marked = copy.copy(self)
        marked.attrs = dict(self.attrs)
        if self.aria_label:
            marked.attrs["aria-label"] = marker(TITLE)
        marked.dropdown_buttons = marked_buttons
        names = [str(index) for index, button in enumerate(buttons) if button.url]
        if self.aria_label:
            names.append(TITLE)
        return split(ButtonWithDropdownFromHook.render_html(marked, parent_context), names)


def share_row_dropdowns(buttons, page, user, context=None):
    """The construct_page_listing_buttons hook: the row's dropdown through the request's shapes."""
    request = context.get("request") if context else None
    if request is None:
        return
    shapes = getattr(request, SHAPES_ATTRIBUTE, None)
    if shapes is None:
        shapes = {}
        setattr(request, SHAPES_ATTRIBUTE, shapes)
    from .row_buttons import QuickDropdown

    for index, button in enumerate(buttons):
        if type(button) in (ButtonWithDropdownFromHook, QuickDropdown):
            buttons[index] = SharedDropdown(button, shapes)
