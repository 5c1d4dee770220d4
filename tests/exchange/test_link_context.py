"""Repeated links name their item: "Beitrag von Amina Haddad melden", not eight "melden"."""

import pytest
from bs4 import BeautifulSoup

from .conftest import board_url

pytestmark = pytest.mark.django_db


def test_report_edit_and_delete_links_name_their_post(logged_in, make_thread, make_reply):
    thread = make_thread()  # by the member (Amina Haddad)
    make_reply(thread, "Ich kann helfen.")  # by Jonas Berg
    make_reply(thread, "Ich auch.")
    page = BeautifulSoup(logged_in.get(f"{board_url()}{thread.pk}/").content, "html.parser")

    reports = page.select(".exchange-post__actions a[href$='/melden/']")
    assert [link["aria-label"] for link in reports] == ["Beitrag von Jonas Berg melden"] * 2
    assert all(link.get_text(strip=True) == "melden" for link in reports)
    edit = page.select_one(".exchange-post__actions a[href$='/bearbeiten/']")
    assert edit["aria-label"].startswith("Ihren Beitrag vom ")
    assert edit["aria-label"].endswith(" bearbeiten")
    delete = page.select_one(".exchange-post__actions a[href$='/loeschen/']")
    assert delete["aria-label"].endswith(" löschen")
