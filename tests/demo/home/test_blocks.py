"""The shared block library: rendering, validation, admin metadata, two-click video."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.blocks import StructBlockValidationError

from home.blocks import (
    BaseStreamBlock,
    CallToActionBlock,
    VideoBlock,
    parse_video_url,
)

pytestmark = pytest.mark.django_db

EXPECTED_BLOCKS = {
    "heading",
    "paragraph",
    "image",
    "quote",
    "call_to_action",
    "accordion",
    "table",
    "info_box",
    "contact_card",
    "video",
}


def render(block_name, value):
    block = BaseStreamBlock().child_blocks[block_name]
    with translation.override("de"):
        html = block.render(block.to_python(value))
    return BeautifulSoup(html, "html.parser")


def test_library_has_every_block_with_icon_description_and_preview():
    child_blocks = BaseStreamBlock().child_blocks
    assert set(child_blocks) == EXPECTED_BLOCKS
    for name, block in child_blocks.items():
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert str(block.get_description()), name
        assert block.is_previewable, name


@pytest.mark.parametrize("name", sorted(EXPECTED_BLOCKS - {"image"}))
def test_block_preview_values_render(name):
    block = BaseStreamBlock().child_blocks[name]
    with translation.override("de"):
        html = block.render(block.get_preview_value())
    assert BeautifulSoup(html, "html.parser").get_text(strip=True)


def test_heading_levels():
    assert render("heading", {"text": "Kurse", "level": "h3"}).find("h3").text == "Kurse"
    assert render("heading", {"text": "Kurse", "level": "h2"}).find("h2")


def test_accordion_uses_details_summary():
    html = render(
        "accordion",
        {"title": "FAQ", "items": [{"question": "Kostet das?", "answer": "<p>Nein.</p>"}]},
    )
    assert html.find("summary").text == "Kostet das?"
    assert html.find("details").find("p").text == "Nein."


def test_info_box_kinds():
    html = render("info_box", {"kind": "warning", "title": "Frist", "text": "<p>Bis Montag</p>"})
    assert "info-box--warning" in html.find("aside")["class"]
    assert html.find(class_="info-box__kind").text == "Warnung"


def test_contact_card_links_phone_and_email():
    html = render(
        "contact_card",
        {
            "name": "Mara",
            "phone": "03445 000000",
            "email": "m@example.org",
            "role": "",
            "organisation": "",
            "address": "",
            "languages": "Deutsch, Dari",
        },
    )
    assert html.find("a", href="tel:03445000000")
    assert html.find("a", href="mailto:m@example.org")
    assert "Dari" in html.text


def test_table_has_header_cells_and_caption():
    html = render(
        "table",
        {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Sprechzeiten",
            "data": [["Ort", "Tag"], ["Zeitz", "Freitag"]],
        },
    )
    assert [th.text for th in html.select("thead th")] == ["Ort", "Tag"]
    assert html.find("caption").text == "Sprechzeiten"
    assert [td.text for td in html.select("tbody td")] == ["Zeitz", "Freitag"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=aqz-KE-bpKQ", ("youtube", "aqz-KE-bpKQ")),
        ("https://youtu.be/aqz-KE-bpKQ", ("youtube", "aqz-KE-bpKQ")),
        ("https://www.youtube.com/shorts/aqz-KE-bpKQ", ("youtube", "aqz-KE-bpKQ")),
        ("https://vimeo.com/76979871", ("vimeo", "76979871")),
        ("https://example.org/video.mp4", None),
        ("https://www.youtube.com/watch?v=<script>", None),
    ],
)
def test_parse_video_url(url, expected):
    assert parse_video_url(url) == expected


def test_video_loads_nothing_before_the_click():
    html = render(
        "video",
        {"url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "title": "Film", "caption": ""},
    )
    assert html.find("iframe") is None
    assert html.find(src=True) is None
    button = html.find("button", attrs={"data-video-load": True})
    assert button["data-embed-url"].startswith("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ")
    assert "YouTube" in html.text
    assert html.find("a", href="https://www.youtube.com/watch?v=aqz-KE-bpKQ")


def test_video_block_rejects_other_hosts():
    block = VideoBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"url": "https://example.org/film", "title": "Film"}))


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": "Los", "page": None, "url": ""}))
    cleaned = block.clean(
        block.to_python({"label": "Los", "page": None, "url": "https://example.org/"})
    )
    assert cleaned["url"] == "https://example.org/"


def test_call_to_action_links_page_in_visitors_language(client):
    html = BeautifulSoup(client.get("/ar/").content.decode(), "html.parser")
    buttons = [a["href"] for a in html.select(".call-to-action a")]
    assert buttons
    assert all(href.startswith("/ar/") for href in buttons)


def test_editor_sees_the_block_library_in_german(client):
    from wagtail.models import Page

    client.post("/admin/login/", {"username": "redaktion", "password": "netzwerk-demo"})
    page = Page.objects.get(locale__language_code="de", slug="beratung")
    response = client.get(f"/admin/pages/{page.pk}/edit/", headers={"accept-language": "de"})
    assert response.status_code == 200
    body = response.content.decode()
    for label in ["Überschrift", "Fragen und Antworten (FAQ)", "Infokasten", "Video (YouTube"]:
        assert label in body


@pytest.mark.parametrize("name", sorted(EXPECTED_BLOCKS))
def test_admin_block_preview_renders_with_site_styles(admin_client, name):
    from home.models import ContentPage

    block = ContentPage._meta.get_field("body").stream_block.child_blocks[name]
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.find("link", href=lambda href: href and href.endswith("css/site.css"))
    assert html.body.get_text(strip=True)


def test_figure_renders_image_with_alt_text_and_caption():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Kurs", file=get_test_image_file())
    html = render(
        "image",
        {
            "image": {"image": image.pk, "alt_text": "Menschen im Sprachkurs", "decorative": False},
            "caption": "Sprachkurs in Zeitz",
        },
    )
    assert html.find("img")["alt"] == "Menschen im Sprachkurs"
    assert html.find("figcaption").text == "Sprachkurs in Zeitz"
    assert not html.find("img")["src"].startswith("http")
