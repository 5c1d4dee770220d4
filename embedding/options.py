"""What a coordinator may adjust in an embed, read from the embed URL and checked."""

import re
from dataclasses import dataclass

MAX_ITEMS = 50
LAYOUTS = ("standard", "compact")
# Only #rgb or #rrggbb: the value ends up in a stylesheet.
ACCENT = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
# The parameters that belong to the embed; every other one is the listing's filter.
OPTION_NAMES = ("limit", "accent", "layout")


@dataclass(frozen=True)
class EmbedOptions:
    limit: int | None = None
    accent: str | None = None
    layout: str = "standard"

    @classmethod
    def from_query(cls, query):
        """Invalid values fall back to the defaults: an embed never fails on its options."""
        try:
            limit = int(query.get("limit", ""))
        except (TypeError, ValueError):
            limit = None
        if limit is not None and not 1 <= limit <= MAX_ITEMS:
            limit = None
        accent = str(query.get("accent") or "").strip()
        layout = query.get("layout")
        return cls(
            limit=limit,
            accent=accent.lower() if ACCENT.fullmatch(accent) else None,
            layout=layout if layout in LAYOUTS else "standard",
        )

    @property
    def compact(self):
        return self.layout == "compact"

    @property
    def accent_readable(self):
        """Whether text in the accent colour is readable on white (WCAG AA, 4.5:1)."""
        return bool(self.accent) and contrast_on_white(self.accent) >= 4.5

    @property
    def accent_css(self):
        """The stylesheet of the accent colour, or "" (the view lists its hash in the CSP).

        A light colour only underlines; text keeps the site's readable colour.
        """
        if not self.accent:
            return ""
        rules = f"--embed-accent: {self.accent};"
        if self.accent_readable:
            rules += f" --embed-accent-text: {self.accent};"
        return f":root {{ {rules} }}"

    def as_query(self):
        """The non-default options as URL parameters."""
        values = {}
        if self.limit:
            values["limit"] = str(self.limit)
        if self.accent:
            values["accent"] = self.accent
        if self.layout != "standard":
            values["layout"] = self.layout
        return values


def contrast_on_white(colour):
    """WCAG contrast ratio of "#rgb"/"#rrggbb" against white."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    channels = []
    for i in (0, 2, 4):
        value = int(digits[i : i + 2], 16) / 255
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    return 1.05 / (luminance + 0.05)


def filter_query(query):
    """The listing's own parameters (filters), without the embed options and paging."""
    filters = query.copy()
    for name in (*OPTION_NAMES, "page"):
        filters.pop(name, None)
    return filters
