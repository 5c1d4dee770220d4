"""The site's colours: contrast by WCAG 2.2 and the stylesheet that carries them to pages.

Coordinators choose a primary and an accent colour (home.models.SiteLook). Both are used as
text on white (links, headings, the category label) and as backgrounds under white text
(header, buttons), so each must reach 4.5:1 against white (WCAG 2.2 AA, 1.4.3); the darker
shades the site derives from them only raise that contrast. The page never carries the
colours in a style attribute (the Content-Security-Policy allows no inline style): they
reach it as CSS custom properties in a small stylesheet, /site-colours.css, whose address
changes with the colours so browsers may keep it for a year.
"""

import hashlib
import re

from django.utils.translation import gettext_lazy as _

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
MINIMUM_CONTRAST = 4.5
WHITE = "#ffffff"
# The colours of network_site/static/css/site.css, used when nothing is chosen.
DEFAULT_PRIMARY = "#0b5394"
DEFAULT_ACCENT = "#b8470b"

CONTRAST_TOO_LOW = _(
    "Diese Farbe ist auf Weiß zu hell: Kontrast %(ratio)s : 1, nötig sind mindestens "
    "4,5 : 1, damit Text in dieser Farbe und weiße Schrift darauf gut lesbar sind. Bitte eine "
    "dunklere Farbe wählen, z. B. %(suggestion)s."
)
NOT_A_COLOUR = _("Bitte eine Farbe als Hex-Wert mit sechs Ziffern angeben, z. B. #0b5394.")


def rgb(hex_colour):
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def to_hex(channels):
    return "#" + "".join(f"{round(max(0, min(255, c))):02x}" for c in channels)


def relative_luminance(hex_colour):
    """WCAG 2.2's relative luminance of an sRGB colour."""

    def linear(channel):
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(hex_colour, other, share):
    """`share` (0…1) of `other` mixed into the colour, channel by channel."""
    return to_hex(a + (b - a) * share for a, b in zip(rgb(hex_colour), rgb(other), strict=True))


def darkened_until_readable(hex_colour, minimum=MINIMUM_CONTRAST):
    """The colour, darkened in small steps until it reaches `minimum` against white."""
    colour = hex_colour
    for step in range(1, 21):
        if contrast_ratio(colour, WHITE) >= minimum:
            return colour
        colour = mix(hex_colour, "#000000", step * 0.05)
    return colour


def contrast_problem(hex_colour):
    """None if the colour is readable on white (and white on it); else the message."""
    if not HEX.match(hex_colour or ""):
        return NOT_A_COLOUR
    ratio = contrast_ratio(hex_colour, WHITE)
    if ratio >= MINIMUM_CONTRAST:
        return None
    # Rounded down, so 4.47 is not shown as "4,5" next to "at least 4,5".
    shown = f"{int(ratio * 10) / 10:.1f}".replace(".", ",")
    return CONTRAST_TOO_LOW % {"ratio": shown, "suggestion": darkened_until_readable(hex_colour)}


def custom_properties(primary, accent):
    """The custom properties site.css reads, from the two chosen colours."""
    primary = (primary or DEFAULT_PRIMARY).lower()
    accent = (accent or DEFAULT_ACCENT).lower()
    return {
        "--color-primary": primary,
        "--color-primary-dark": mix(primary, "#000000", 0.35),
        "--color-primary-darker": mix(primary, "#000000", 0.55),
        "--color-note": mix(primary, WHITE, 0.9),
        "--color-accent": accent,
        "--color-accent-soft": mix(accent, WHITE, 0.88),
    }


def stylesheet(primary, accent):
    lines = "".join(
        f"    {name}: {value};\n" for name, value in custom_properties(primary, accent).items()
    )
    return f"/* The site's colours (Website > Erscheinungsbild). */\n:root {{\n{lines}}}\n"


def version(primary, accent):
    """A short fingerprint of the colours, for the stylesheet's address."""
    text = f"{(primary or DEFAULT_PRIMARY).lower()}{(accent or DEFAULT_ACCENT).lower()}"
    return hashlib.sha256(text.encode()).hexdigest()[:10]
