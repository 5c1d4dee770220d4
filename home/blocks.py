"""The one block library every page type uses (home, events, documents, blog, board)."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def paragraphs(*texts):
    """Rich text made of plain paragraphs, for previews and generated content."""
    return "".join(format_html("<p>{}</p>", text) for text in texts)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Abschnittsüberschrift")), ("h3", _("Unterüberschrift"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "blocks/heading_block.html"
        description = _(
            "Eine Abschnittsüberschrift; sie hält die Seitenstruktur auch für Screenreader klar."
        )
        preview_value = {"text": _("Sprachkurse im Landkreis"), "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"
        description = _("Fließtext mit Fett, Kursiv, Listen und Links.")
        preview_value = staticmethod(
            lambda: paragraphs(
                _("Das Netzwerk verbindet Beratungsstellen, Vereine und Ehrenamtliche.")
            )
        )


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Bild"))
    caption = blocks.CharBlock(label=_("Bildunterschrift"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/figure_block.html"
        description = _(
            "Ein Bild mit Alternativtext für blinde Menschen und optionaler Bildunterschrift."
        )
        preview_template = "blocks/previews/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"))
    attribution = blocks.CharBlock(label=_("Wer hat es gesagt"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "blocks/quote_block.html"
        description = _("Ein Zitat, zum Beispiel von Ehrenamtlichen oder Teilnehmenden.")
        preview_value = {
            "text": _(
                "Hier habe ich Menschen gefunden, die mir bei den ersten Schritten geholfen haben."
            ),
            "attribution": "Amina, Naumburg",
        }


class CallToActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Text der Schaltfläche"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Seite auf dieser Website"), required=False)
    url = blocks.URLBlock(label=_("Oder eine externe Adresse"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(
                        _(
                            "Wählen Sie entweder eine Seite oder geben Sie eine Adresse ein, "
                            "nicht beides, z. B. https://beispiel.de/anmeldung."
                        )
                    ),
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Schaltfläche")
        template = "blocks/call_to_action_block.html"
        description = _("Ein auffälliger Link zu einer Seite auf dieser Website oder anderswo.")
        preview_value = {"label": _("Beratung finden"), "url": "https://example.org/"}


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Frage"), max_length=250)
    answer = ParagraphBlock(label=_("Antwort"))

    class Meta:
        icon = "help"
        label = _("Frage und Antwort")


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Fragen"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Fragen und Antworten (FAQ)")
        template = "blocks/accordion_block.html"
        description = _(
            "Fragen, die sich aufklappen und ihre Antwort zeigen; funktioniert ohne JavaScript."
        )
        preview_value = staticmethod(
            lambda: {
                "title": _("Häufige Fragen"),
                "items": [
                    {
                        "question": _("Ist die Beratung kostenlos?"),
                        "answer": paragraphs(_("Ja, alle Beratungen im Netzwerk sind kostenlos.")),
                    }
                ],
            }
        )


class InfoBoxBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Art"),
        choices=[("note", _("Hinweis")), ("warning", _("Warnung"))],
        default="note",
    )
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=200)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "info-circle"
        label = _("Infokasten")
        template = "blocks/info_box_block.html"
        description = _(
            "Ein hervorgehobener Hinweis oder eine Warnung, etwa eine Frist oder eine "
            "geänderte Adresse."
        )
        preview_value = staticmethod(
            lambda: {
                "kind": "note",
                "title": _("Bitte beachten Sie"),
                "text": paragraphs(_("Am Freitag findet die Beratung in Zeitz statt.")),
            }
        )


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    role = blocks.CharBlock(label=_("Funktion"), required=False, max_length=200)
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=200)
    phone = blocks.CharBlock(label=_("Telefon"), required=False, max_length=50)
    email = blocks.EmailBlock(label=_("E-Mail"), required=False)
    address = blocks.TextBlock(label=_("Adresse"), required=False)
    languages = blocks.CharBlock(
        label=_("Gesprochene Sprachen"),
        required=False,
        max_length=200,
        help_text=_("Zum Beispiel: Deutsch, Arabisch, Dari"),
    )

    class Meta:
        icon = "user"
        label = _("Kontakt")
        template = "blocks/contact_card_block.html"
        description = _(
            "Eine Ansprechperson mit Telefon, E-Mail, Adresse und gesprochenen Sprachen."
        )
        preview_value = {
            "name": "Mara Beispiel",
            "role": _("Integrationskoordination"),
            "organisation": "Landratsamt Burgenlandkreis",
            "phone": "03445 000000",
            "email": "integration@example.org",
            "languages": _("Deutsch, Englisch, Arabisch"),
        }


class TableContentBlock(TableBlock):
    class Meta:
        icon = "table"
        label = _("Tabelle")
        template = "blocks/table_block.html"
        description = _("Eine einfache Tabelle mit optionaler Kopfzeile und Beschriftung.")
        preview_value = staticmethod(
            lambda: {
                "first_row_is_table_header": True,
                "table_caption": str(_("Offene Sprechstunden")),
                "data": [
                    [str(_("Ort")), str(_("Tag"))],
                    ["Naumburg", str(_("Montag"))],
                    ["Zeitz", str(_("Freitag"))],
                ],
            }
        )


VIDEO_PROVIDERS = {
    "youtube": "YouTube",
    "vimeo": "Vimeo",
}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def parse_video_url(url):
    """Return (provider, video id) for YouTube and Vimeo addresses, or None."""
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parsed.path.strip("/")
    video_id = None
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if path == "watch":
            video_id = parse_qs(parsed.query).get("v", [None])[0]
        elif path.startswith(("embed/", "shorts/", "live/")):
            video_id = path.split("/")[1]
        if video_id and YOUTUBE_ID.match(video_id):
            return "youtube", video_id
    elif host == "youtu.be":
        if YOUTUBE_ID.match(path):
            return "youtube", path
    elif host in {"vimeo.com", "player.vimeo.com"}:
        last = path.split("/")[-1]
        if last.isdigit():
            return "vimeo", last
    return None


class VideoValue(blocks.StructValue):
    @cached_property
    def _parsed(self):
        return parse_video_url(self.get("url"))

    @property
    def provider_name(self):
        return VIDEO_PROVIDERS[self._parsed[0]] if self._parsed else ""

    @property
    def embed_url(self):
        """The player address, requested only after the visitor's click."""
        if not self._parsed:
            return ""
        provider, video_id = self._parsed
        if provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
        return f"https://player.vimeo.com/video/{video_id}?dnt=1&autoplay=1"


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Adresse des Videos"),
        help_text=_(
            "Eine YouTube- oder Vimeo-Adresse. Von dort wird erst etwas geladen, wenn "
            "Besucher klicken."
        ),
    )
    title = blocks.CharBlock(label=_("Titel des Videos"), max_length=200)
    caption = blocks.TextBlock(label=_("Beschriftung oder Zusammenfassung"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not parse_video_url(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _(
                            "Geben Sie die Adresse eines YouTube- oder Vimeo-Videos ein, wie sie "
                            "im Browser steht, z. B. https://www.youtube.com/watch?v=aqz-KE-bpKQ."
                        )
                    ),
                }
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video (YouTube, Vimeo)")
        template = "blocks/video_block.html"
        value_class = VideoValue
        description = _(
            "Ein externes Video, das erst geladen wird, wenn Besucher per Klick zustimmen "
            "(Zwei-Klick-Lösung)."
        )
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": _("Das Netzwerk stellt sich vor"),
            "caption": "",
        }


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    table = TableContentBlock()
    info_box = InfoBoxBlock()
    contact_card = ContactCardBlock()
    video = VideoBlock()
