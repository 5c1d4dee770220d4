"""Tags in the visitor's language (core.tag_labels) and the coordinators' screen for their
labels, "Schlagwörter übersetzen" (core.tag_admin)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from taggit.models import Tag

from core.models import TagLabel
from core.roles import COORDINATION, EDITORS
from core.tag_labels import ShownTag, attach_shown_tags, shown_tags, tag_choices

pytestmark = pytest.mark.django_db


def tag(name, **labels):
    made = Tag.objects.create(name=name, slug=name.lower())
    for language, label in labels.items():
        TagLabel.objects.create(tag=made, language=language, label=label)
    return made


def test_label_in_the_language_else_german_marked_german(site):
    kita = tag("Kita", en="Daycare", ar="حضانة")
    beruf = tag("Beruf")
    assert shown_tags([kita, beruf], "en") == [
        ShownTag(kita.pk, "kita", "Daycare"),
        ShownTag(beruf.pk, "beruf", "Beruf", "de"),
    ]
    assert shown_tags([kita], "ar")[0].name == "حضانة"
    # In German nothing is read and nothing marked.
    with CaptureQueriesContext(connection) as queries:
        assert shown_tags([kita, beruf], "de") == [
            ShownTag(kita.pk, "kita", "Kita"),
            ShownTag(beruf.pk, "beruf", "Beruf"),
        ]
    assert len(queries) == 0


def test_choices_sorted_by_label_with_the_german_ones_named(site):
    tag("Kita", uk="Дитячий садок")
    tag("Arbeit", uk="Робота")
    tag("Beruf")
    choices, german = tag_choices(Tag.objects.all(), "uk")
    assert choices == [("beruf", "Beruf"), ("kita", "Дитячий садок"), ("arbeit", "Робота")]
    assert german == {"beruf"}


class Item:
    def __init__(self, tags):
        self.tags = type("Manager", (), {"all": lambda _self: tags})()


def test_one_query_for_the_labels_of_a_whole_listing(site):
    tags = [tag(f"Thema {number}", en=f"Topic {number}") for number in range(30)]
    items = [Item(tags[number % 30 : number % 30 + 3]) for number in range(40)]
    with CaptureQueriesContext(connection) as queries:
        attach_shown_tags(items, language="en")
    assert len(queries) == 1
    assert [shown.name for shown in items[1].shown_tags] == ["Topic 1", "Topic 2", "Topic 3"]


# -- "Schlagwörter übersetzen" -------------------------------------------------------------


def test_coordinator_translates_a_tag_in_the_admin(client, user_in_group):
    kita = tag("Kita", en="Kindergarten")
    client.force_login(user_in_group("koord-tags", COORDINATION))
    listing = client.get(reverse("schlagwoerter:index"))
    assert listing.status_code == 200
    page = BeautifulSoup(listing.content, "html.parser")
    assert "Kita" in page.get_text()
    assert "EN: Kindergarten" in page.get_text()
    edit_url = reverse("schlagwoerter:edit", args=[kita.pk])
    # The tag's name leads to its form.
    assert page.find("a", string=lambda text: text and text.strip() == "Kita")["href"] == edit_url

    form = BeautifulSoup(client.get(edit_url).content, "html.parser")
    assert form.find("input", {"name": "label_en"})["value"] == "Kindergarten"
    assert form.find("input", {"name": "label_fa"}) is not None
    assert form.find("input", {"name": "label_de"}) is None  # German is the tag's own name

    response = client.post(
        edit_url, {"label_en": "Daycare", "label_ar": " حضانة ", "label_uk": "", "label_fa": ""}
    )
    assert response.status_code == 302
    labels = dict(TagLabel.objects.filter(tag=kita).values_list("language", "label"))
    assert labels == {"en": "Daycare", "ar": "حضانة"}
    kita.refresh_from_db()
    assert (kita.name, kita.slug) == ("Kita", "kita")  # name and address stay

    client.post(edit_url, {"label_en": "", "label_ar": "حضانة"})
    assert set(TagLabel.objects.filter(tag=kita).values_list("language", flat=True)) == {"ar"}


def test_only_coordinators_translate_tags(client, user_in_group):
    kita = tag("Kita")
    client.force_login(user_in_group("reda-tags", EDITORS))
    assert client.get(reverse("schlagwoerter:index")).status_code in (302, 403)
    assert client.get(reverse("schlagwoerter:edit", args=[kita.pk])).status_code in (302, 403)
    with pytest.raises(Exception):  # noqa: B017  (no add or delete view exists)
        reverse("schlagwoerter:add")
