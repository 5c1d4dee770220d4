"""The site's look: colours as settings (contrast checked), their stylesheet, the logo slot,
icons, and pages that carry no inline style."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from home.icons import svg
from home.look import contrast_problem, contrast_ratio, custom_properties
from home.models import SiteLook
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_contrast_follows_wcag():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#767676", "#ffffff"), 2) == 4.54
    assert contrast_problem("#767676") is None
    assert contrast_problem("#0b5394") is None
    problem = str(contrast_problem("#f5c542"))
    assert "zu hell" in problem and "4,5 : 1" in problem
    assert str(contrast_problem("blue")).startswith("Bitte eine Farbe als Hex-Wert")


def test_derived_shades_keep_the_contrast():
    shades = custom_properties("#767676", "#b8470b")
    assert contrast_ratio(shades["--color-primary-dark"], "#ffffff") > 4.5
    assert shades["--color-accent"] == "#b8470b"


def settings_url(site):
    return f"/admin/settings/home/sitelook/{Site.objects.get(is_default_site=True).pk}/"


def test_admin_refuses_a_light_colour_with_a_message_and_keeps_the_input(site, client):
    client.login(username="admin", password=PASSWORD)
    response = client.post(
        settings_url(site), {"primary_colour": "#f5c542", "accent_colour": "#b8470b"}
    )
    assert response.status_code == 200  # the form again, not a redirect
    html = soup(response)
    assert "Diese Farbe ist auf Weiß zu hell" in html.get_text()
    assert html.select_one("[name=primary_colour]")["value"] == "#f5c542"
    assert SiteLook.for_site(Site.objects.get(is_default_site=True)).primary_colour == "#0b5394"


def test_admin_saves_a_readable_colour(site, client):
    client.login(username="admin", password=PASSWORD)
    response = client.post(
        settings_url(site), {"primary_colour": "#2d6a4f", "accent_colour": "#8a3200"}
    )
    assert response.status_code == 302
    look = SiteLook.for_site(Site.objects.get(is_default_site=True))
    assert (look.primary_colour, look.accent_colour) == ("#2d6a4f", "#8a3200")


def test_pages_link_the_colours_stylesheet_which_carries_the_chosen_colours(site, client):
    look = SiteLook.for_site(Site.objects.get(is_default_site=True))
    look.primary_colour = "#2d6a4f"
    look.save()
    html = soup(client.get("/de/"))
    link = html.select_one('link[rel=stylesheet][href^="/site-colours.css"]')
    assert link is not None
    assert link["href"] == f"/site-colours.css?v={look.colours_version}"
    response = client.get(link["href"])
    assert response["Content-Type"].startswith("text/css")
    assert "--color-primary: #2d6a4f;" in response.content.decode()
    assert "immutable" in response["Cache-Control"]
    # Another version (an old page in a cache) is answered, but not kept for long.
    assert "max-age=300" in client.get("/site-colours.css?v=old")["Cache-Control"]


def test_public_pages_have_no_inline_style(site, client):
    html = client.get("/de/").content.decode()
    assert not re.search(r"\sstyle=", html)
    assert "<style" not in html


def test_logo_slot_shows_the_chosen_logo_beside_the_name(site, client):
    assert soup(client.get("/de/")).select_one(".site-name img") is None
    look = SiteLook.for_site(Site.objects.get(is_default_site=True))
    look.logo = get_image_model().objects.create(title="Logo", file=get_test_image_file())
    look.save()
    name = soup(client.get("/de/")).select_one(".site-name")
    logo = name.select_one("img.site-name__logo")
    assert logo["alt"] == ""  # the name beside it says it
    assert logo["height"] == "96" and logo["src"].startswith("/media/images/")
    assert name.get_text(strip=True)


def test_icons_are_inline_svg_hidden_from_screen_readers():
    icon = BeautifulSoup(svg("place"), "html.parser").svg
    assert icon["aria-hidden"] == "true" and icon["focusable"] == "false"
    assert icon["class"] == ["icon", "icon--place"]
    assert icon.select("path, circle")
