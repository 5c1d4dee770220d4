"""Which county websites may frame the network's embeds: a site setting coordinators edit."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# A host name (or "*.example.de"), an IPv4 address or an IPv6 address in brackets: nothing
# else may reach the CSP header (a ";" or a space would add directives of its own).
HOST = re.compile(
    r"(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
    r"|\[[0-9a-f:.]+\]"
)


def parse_origin(line):
    """ "https://www.burgenlandkreis.de/" → "https://www.burgenlandkreis.de", or ValidationError."""
    not_an_address = ValidationError(
        _("„%(line)s“ ist keine Adresse wie https://www.beispiel.de."), params={"line": line}
    )
    try:
        parts = urlsplit(line)
        port = parts.port
    except ValueError:
        raise not_an_address from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise not_an_address
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValidationError(
            _("„%(line)s“: bitte nur Protokoll und Domain angeben, ohne Pfad."),
            params={"line": line},
        )
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    else:
        try:
            host = host.encode("idna").decode("ascii")  # "bürgerhaus.de" → "xn--…"
        except UnicodeError:
            raise not_an_address from None
    if not HOST.fullmatch(host):
        raise not_an_address
    origin = f"{parts.scheme}://{host}"
    return f"{origin}:{port}" if port else origin


def parse_origins(text, strict=True):
    """The origins listed one per line ("https://www.burgenlandkreis.de"), normalised.

    `strict=False` leaves out what is not an origin instead of raising ValidationError.
    """
    origins = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            origin = parse_origin(line)
        except ValidationError:
            if strict:
                raise
            continue
        if origin not in origins:
            origins.append(origin)
    return origins


def validate_origins(text):
    parse_origins(text)


@register_setting(icon="code")
class EmbedSettings(BaseSiteSetting):
    allowed_origins = models.TextField(
        _("Erlaubte Websites für eingebettete Inhalte"),
        blank=True,
        validators=[validate_origins],
        help_text=_(
            "Eine Adresse pro Zeile, zum Beispiel https://www.burgenlandkreis.de. Nur diese "
            "Websites dürfen Veranstaltungen, Bibliotheken, Nachrichten und den Wegweiser "
            "einbetten."
        ),
    )

    panels = [FieldPanel("allowed_origins")]

    class Meta:
        verbose_name = _("Einbetten")

    def origins(self):
        """The listed origins; a line saved around the form's check never breaks an embed."""
        return parse_origins(self.allowed_origins, strict=False)
