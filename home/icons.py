# ruff: noqa: E501 -- SVG paths read best on one line
"""The site's icons: inline SVG drawn on a 24 × 24 grid with the text's colour, no icon font
and nothing loaded from elsewhere.

Every icon stands beside a word that says the same (time, place, language, online), so it is
hidden from screen readers (`aria-hidden`). A picture's fallback (a card without a picture)
takes its icon and tone from the first category's slug, which is the same in every language:
`topic_icon` and `topic_tone`.
"""

import functools

from django.utils.html import format_html

# name: SVG shapes (paths as `d`, circles as "circle cx cy r").
SHAPES = {
    "place": ["M12 21s-7-6.1-7-11.5a7 7 0 0 1 14 0C19 14.9 12 21 12 21z", "circle 12 9.5 2.5"],
    "time": ["circle 12 12 9", "M12 7v5l3.5 2"],
    "calendar": [
        "M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z",
        "M3 10h18M8 3v4M16 3v4",
    ],
    "language": [
        "circle 12 12 9",
        "M3 12h18M12 3c3.2 3.5 3.2 14.5 0 18M12 3c-3.2 3.5-3.2 14.5 0 18",
    ],
    "online": [
        "M5 4h14a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
        "M8 20h8M12 16v4",
    ],
    "in_person": [
        "circle 9 8 3",
        "circle 17 9 2.5",
        "M3 20a6 6 0 0 1 12 0M15.5 14.5c3 0 5.5 2.2 5.5 5.5",
    ],
    "category": ["M3 12V4h8l10 10-8 8z", "circle 7.5 7.5 1.5"],
    "news": ["M4 5h13v14H6a2 2 0 0 1-2-2z", "M17 9h3v8a2 2 0 0 1-2 2", "M7 9h7M7 13h7M7 16h4"],
    "document": ["M6 3h8l5 5v13H6z", "M14 3v5h5M9 13h6M9 17h6"],
    "search": ["circle 11 11 7", "M20 20l-4-4"],
    "board": ["M3 5h12v8H7l-4 3z", "M9 16h8l4 3V9h-3"],
    "speech": ["M4 5h16v11H10l-5 4v-4H4z", "M8 9h8M8 12h5"],
    "info": ["circle 12 12 9", "M12 11v6M12 7.5v.5"],
    "ball": [
        "circle 12 12 9",
        "M12 7.5l4 2.9-1.5 4.6h-5L8 10.4z",
        "M12 3v4.5M16 10.4l4.3-1.4M14.5 15l2.6 3.7M9.5 15l-2.6 3.7M8 10.4L3.7 9",
    ],
    "family": [
        "circle 8 6 2.5",
        "circle 17 9 2",
        "M4 21v-6a4 4 0 0 1 8 0v6M14 21v-4a3 3 0 0 1 6 0v4",
    ],
    "work": [
        "M5 7h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2z",
        "M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2M3 13h18",
    ],
    "heart": ["M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 9c0 6-8 11-8 11z"],
    "coin": ["circle 12 12 9", "M15 9.3a3.6 3.6 0 1 0 0 5.4M7.5 11h6M7.5 13h6"],
    "book": [
        "M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4z",
        "M20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z",
    ],
    "people": ["circle 8 8 3", "circle 16 8 3", "M2 20a6 6 0 0 1 12 0M10 20a6 6 0 0 1 12 0"],
    "arrow": ["M5 12h14M13 6l6 6-6 6"],
}

# Parts of a category slug (the same in every language) and the icon they suggest; the first
# that matches wins. A site's own categories fall back to the kind of content.
TOPICS = [
    ("sprach", "speech"),
    ("beratung", "info"),
    ("information", "info"),
    ("foerder", "coin"),
    ("fest", "heart"),
    ("begegnung", "heart"),
    ("sport", "ball"),
    ("kinder", "family"),
    ("famil", "family"),
    ("arbeit", "work"),
    ("ausbildung", "work"),
    ("bildung", "book"),
    ("frauen", "people"),
    ("netzwerk", "people"),
    ("rueckblick", "calendar"),
]
TONES = 6


@functools.cache
def svg(name, extra_class=""):
    """One icon as inline SVG, hidden from assistive technology (the text beside it speaks).

    The same few dozen icons are drawn on every page (a listing has eighty): each is built
    once per process."""
    shapes = []
    for shape in SHAPES[name]:
        if shape.startswith("circle "):
            cx, cy, r = shape.split()[1:]
            shapes.append(format_html('<circle cx="{}" cy="{}" r="{}"/>', cx, cy, r))
        else:
            shapes.append(format_html('<path d="{}"/>', shape))
    classes = f"icon icon--{name}" + (f" {extra_class}" if extra_class else "")
    return format_html(
        '<svg class="{}" viewBox="0 0 24 24" width="24" height="24" fill="none" '
        'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
        'aria-hidden="true" focusable="false">{}</svg>',
        classes,
        format_html("".join(["{}"] * len(shapes)), *shapes),
    )


def topic_icon(slug, default):
    for part, name in TOPICS:
        if part in (slug or ""):
            return name
    return default


def topic_tone(slug):
    """1…TONES for a category slug (stable across languages and restarts); 0 without one."""
    if not slug:
        return 0
    return sum(slug.encode()) % TONES + 1
