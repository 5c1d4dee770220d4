"""News tags in the visitor's language: the `?tag=` filter, the post's chips and the feeds
(core.tag_labels); untranslated tags in German, marked as such."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag

from core.models import TagLabel

from .conftest import version_in

pytestmark = pytest.mark.django_db

ENGLISH_INDEX = "/en/nachrichten-test/"


@pytest.fixture
def tagged_post(make_post):
    post = make_post(title="Kita eröffnet", tags=["Kita", "Zeitz"], aliases=True)
    TagLabel.objects.create(tag=Tag.objects.get(name="Kita"), language="en", label="Daycare")
    return post


def test_filter_options_in_the_visitor_language(client, tagged_post):
    page = BeautifulSoup(client.get(ENGLISH_INDEX).content, "html.parser")
    options = {option["value"]: option for option in page.select("select[name=tag] option[value]")}
    assert options["kita"].get_text() == "Daycare"
    assert options["kita"].get("lang") is None
    assert options["zeitz"].get_text() == "Zeitz"
    assert options["zeitz"]["lang"] == "de"  # no English label: the German word, marked


def test_german_index_shows_the_german_names(client, tagged_post):
    page = BeautifulSoup(client.get("/de/nachrichten-test/").content, "html.parser")
    option = page.select_one("select[name=tag] option[value=kita]")
    assert option.get_text() == "Kita" and option.get("lang") is None


def test_chips_on_the_post(client, tagged_post):
    english = version_in(tagged_post, "en")
    page = BeautifulSoup(client.get(english.url).content, "html.parser")
    chips = {link.get_text(): link for link in page.select("a[href*='?tag=']")}
    assert chips["Daycare"]["href"].endswith("?tag=kita")
    assert chips["Daycare"].get("lang") is None
    assert chips["Zeitz"]["lang"] == "de"


def test_feeds_name_tags_in_the_feed_language(client, tagged_post):
    rss = ET.fromstring(client.get(ENGLISH_INDEX + "rss/").content)
    assert {item.text for item in rss.iter("category")} >= {"Daycare", "Zeitz"}
    atom = ET.fromstring(client.get(ENGLISH_INDEX + "atom/?tag=kita").content)
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    terms = {category.get("term") for category in atom.iterfind(".//atom:category", ns)}
    assert "Daycare" in terms
    assert "Daycare" in atom.find("atom:title", ns).text  # the selection, named in English
    german = ET.fromstring(client.get("/de/nachrichten-test/rss/").content)
    assert {item.text for item in german.iter("category")} >= {"Kita", "Zeitz"}
