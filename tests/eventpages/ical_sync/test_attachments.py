"""ATTACH: links to the partner's files appear below the description; files embedded in the
feed are not imported."""

import base64

import pytest

from .conftest import feed, page_of, run

pytestmark = pytest.mark.django_db


def test_attachment_links_follow_the_description(serve, calendar):
    embedded = base64.b64encode(b"%PDF-1.4 not for us").decode()
    cal = calendar(
        serve(
            feed(
                f"""
UID:flyer@partner.example
SUMMARY:Elterncafé
DTSTART;TZID=Europe/Berlin:20270112T150000
DURATION:PT2H
LOCATION:Bürgerhaus
DESCRIPTION:Kaffee und Gespräche.
ATTACH;FMTTYPE=application/pdf;FILENAME=Flyer.pdf:https://partner.example/flyer.pdf
ATTACH:javascript:alert(1)
ATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=application/pdf:{embedded}"""
            )
        )
    )
    run(cal)
    page = page_of(cal, "flyer@partner.example")
    (block,) = page.body
    html = block.value.source
    assert html.startswith("<p>Kaffee und Gespräche.</p>")
    assert '<li><a href="https://partner.example/flyer.pdf">Flyer.pdf</a></li>' in html
    assert "javascript" not in html and "PDF-1.4" not in html and embedded not in html


def test_the_teaser_keeps_paragraphs_apart(serve, calendar):
    cal = calendar(
        serve(
            feed(
                """
UID:teaser@partner.example
SUMMARY:Infoabend
DTSTART;TZID=Europe/Berlin:20270112T180000
DURATION:PT2H
LOCATION:Bürgerhaus
DESCRIPTION:Erster Absatz.\\n\\nZweiter Absatz\\nmit Zeile."""
            )
        )
    )
    run(cal)
    assert page_of(cal, "teaser@partner.example").teaser == (
        "Erster Absatz. Zweiter Absatz mit Zeile."
    )
