"""Pictures of pages in listings and on their own page: one set of renditions each, read for a
whole listing in one query.

A card (home page, news, event list) shows a page's picture cropped to 16:9 in two widths,
AVIF with WebP for browsers without it: the browser picks by `sizes` and what it supports.
Listings prefetch exactly these renditions (`card_renditions`), so cards cost no query each.
A page shows its picture whole, in three widths. Alt text: the page's own `image_alt`
(translated with the page) or the image's description; the admin's page form requires one of
them (core.admin_forms).
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Filter, Picture

from core import memo

CARD_SPECS = Filter.expand_spec("fill-{400x225,800x450}|format-{avif,webp}")
PAGE_SPECS = Filter.expand_spec("width-{480,800,1200}|format-{avif,webp}")
# The card's width: a third of 72rem on wide screens, half from 40rem, the screen's below.
CARD_SIZES = "(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw"
PAGE_SIZES = "(min-width: 50rem) 46rem, 100vw"


def card_renditions(image_lookup):
    """A prefetch of the card renditions of the images at `image_lookup` ("event__image")."""
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{image_lookup}__renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=CARD_SPECS),
        to_attr="prefetched_renditions",
    )


def alt_text(page):
    return (getattr(page, "image_alt", "") or "").strip() or page.image.description


def render(image, specs, attrs):
    return Picture(image.get_renditions(*specs), attrs).__html__()


def card_picture(page, sizes=CARD_SIZES):
    """The page's picture for a card, loaded only when it scrolls near.

    The same image with the same text gives the same HTML until content (or the image)
    changes: kept per content generation (core.memo), since working out the renditions' names
    and sizes was a tenth of a listing's time."""
    alt = alt_text(page)
    attrs = {"alt": alt, "sizes": sizes, "loading": "lazy", "decoding": "async"}
    return memo.remember(
        ("home:card_picture", page.image_id, alt, sizes),
        lambda: render(page.image, CARD_SPECS, attrs),
    )


def page_picture(page):
    """The picture at the top of its page: wide, and loaded at once (it is in view)."""
    return render(page.image, PAGE_SPECS, {"alt": alt_text(page), "sizes": PAGE_SIZES})
