"""The embed builder in the admin: who may use it, what it offers, and the codes it writes."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from blogpages.models import BlogIndexPage, BlogPage
from core.roles import COORDINATION, EDITORS, MEMBERS
from docpages.models import DocumentLibraryPage
from embedding.models import EmbedSettings
from embedding.pages import embed_path
from eventpages.models import EventIndexPage, EventPage
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db

ZEITZ = "municipality=zeitz&limit=5&accent=%23aa3300&layout=compact"


def german(model, **filters):
    return model.objects.live().filter(locale__language_code="de", **filters).first()


def events():
    return german(EventIndexPage, slug="veranstaltungen")


def library():
    return german(DocumentLibraryPage, slug="dokumente")


def news():
    return german(BlogIndexPage, slug="neuigkeiten")


def post():
    return german(BlogPage)


def event():
    return german(EventPage)


def builder_url(page, query=""):
    url = reverse("embedding_builder", args=[page.pk])
    return f"{url}?{query}" if query else url


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def output(response, name):
    """The text of one of the builder's readonly code fields."""
    field = soup(response).find("textarea", id=f"embed-output-{name}")
    assert field is not None, name
    assert field.has_attr("readonly")
    return field.get_text().strip()


def snippet_tag(code, tag):
    return BeautifulSoup(code, "html.parser").find(tag)


@pytest.fixture
def editor(client, user_in_group):
    client.force_login(user_in_group("redakteurin", EDITORS))
    return client


@pytest.fixture
def coordinator(client, user_in_group):
    client.force_login(user_in_group("koordinatorin", COORDINATION))
    return client


@pytest.fixture
def allowed_origin(demo_site):
    settings = EmbedSettings.for_site(demo_site.get_site())
    settings.allowed_origins = "https://www.burgenlandkreis.de"
    settings.save()
    return "https://www.burgenlandkreis.de"


# ------------------------------------------------------------------------------ who may


@pytest.mark.parametrize("group", [EDITORS, COORDINATION])
@pytest.mark.parametrize("find", [events, library, news, post, event])
def test_editors_and_coordinators_build_embeds(client, user_in_group, group, find):
    client.force_login(user_in_group("jemand", group))
    page = find()
    response = client.get(builder_url(page))
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    embed_url = output(response, "url")
    assert embed_url == "http://testserver" + embed_path(page)
    assert embed_url.startswith("http://testserver/embed/de/")
    preview = soup(response).find("iframe", attrs={"data-builder-preview": True})
    assert preview["src"] == embed_path(page, view="embed_preview")
    assert preview["title"]


def test_anonymous_visitors_go_to_the_admin_login(client):
    response = client.get(builder_url(events()))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_members_are_refused(client, user_in_group):
    client.force_login(user_in_group("mitglied-x", MEMBERS))
    response = client.get(builder_url(events()))
    assert response.status_code == 403
    assert "Koordination und Redaktion" in response.content.decode()
    assert "/embed/de/" not in response.content.decode()


def test_an_unknown_page_is_not_found(editor):
    assert editor.get(reverse("embedding_builder", args=[999999])).status_code == 404


@pytest.mark.parametrize("model", [HomePage, ContentPage])
def test_other_page_types_are_explained_not_built(editor, model):
    response = editor.get(builder_url(german(model)))
    assert response.status_code == 404
    assert "lässt sich nicht einbetten" in response.content.decode()
    assert "/embed/de/" not in response.content.decode()


def test_a_members_only_library_is_explained_not_built(editor):
    private = german(DocumentLibraryPage, slug="protokolle")
    assert private.get_view_restrictions().exists()
    response = editor.get(builder_url(private))
    assert response.status_code == 404
    assert "nicht öffentlich" in response.content.decode()


def test_an_unpublished_page_is_explained_and_has_no_button(coordinator):
    page = news()
    BlogIndexPage.objects.filter(pk=page.pk).update(live=False)
    response = coordinator.get(builder_url(page))
    assert response.status_code == 404
    assert "nicht veröffentlicht" in response.content.decode()
    edit = coordinator.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert builder_url(page) not in edit.content.decode()


# ------------------------------------------------------------------------------ the codes


def test_filters_and_options_reach_every_code(editor):
    page = events()
    response = editor.get(builder_url(page, ZEITZ))
    expected = "http://testserver" + embed_path(page, ZEITZ)
    assert expected.endswith("/embed/de/veranstaltungen/?" + ZEITZ)
    assert output(response, "url") == expected

    iframe = snippet_tag(output(response, "iframe"), "iframe")
    assert iframe["src"] == expected
    assert iframe["title"].startswith(page.title)
    assert iframe["loading"] == "lazy"
    assert iframe["width"] == "100%" and iframe["height"] == "600"
    assert iframe["style"] == "border:0"

    script_code = output(response, "script")
    placeholder = snippet_tag(script_code, "div")
    assert placeholder["class"] == ["netzwerk-embed"]
    assert placeholder["data-src"] == expected
    assert placeholder["data-title"] == iframe["title"]
    fallback = placeholder.find("noscript")
    assert fallback is not None
    script = snippet_tag(script_code, "script")
    assert script["src"] == "http://testserver/static/embedding/js/embed.js"
    assert script.has_attr("async")

    # The address to paste into Wagtail or WordPress: the public page with the same query,
    # which the oEmbed endpoint turns into the same frame.
    paste = output(response, "oembed")
    assert paste == f"http://testserver{page.url}?{ZEITZ}"
    answer = editor.get(reverse("oembed"), {"url": paste, "format": "json"}).json()
    assert snippet_tag(answer["html"], "iframe")["src"] == expected

    preview = soup(response).find("iframe", attrs={"data-builder-preview": True})
    assert preview["src"] == embed_path(page, ZEITZ, view="embed_preview")


def test_the_form_shows_the_choices_it_was_given(editor):
    response = editor.get(builder_url(events(), ZEITZ))
    page = soup(response)
    assert page.find("select", attrs={"name": "municipality"}).find("option", selected=True)[
        "value"
    ] == ("zeitz")
    assert page.find("input", attrs={"name": "limit"})["value"] == "5"
    colour = page.find("input", attrs={"name": "accent"})
    assert colour["type"] == "color" and colour["value"] == "#aa3300"
    assert page.find("input", attrs={"name": "layout", "value": "compact"}).has_attr("checked")
    # Without JavaScript the form is sent to the server; the copy buttons need JavaScript.
    assert page.find("form", attrs={"data-embed-builder": True})["method"] == "get"
    assert page.find("form", attrs={"data-embed-builder": True}).find("button", type="submit")
    assert all(button.has_attr("hidden") for button in page.find_all(attrs={"data-copy": True}))


def test_without_choices_the_embed_has_no_options(editor):
    page = events()
    response = editor.get(builder_url(page))
    assert output(response, "url") == "http://testserver" + embed_path(page)
    colour = soup(response).find("input", attrs={"name": "accent"})
    assert colour["value"] == "#0b5394"
    # Sending the untouched form (the colour field always has a value) adds nothing either.
    untouched = "translation=de&limit=&accent=%230b5394&layout=standard"
    response = editor.get(builder_url(page, untouched))
    assert output(response, "url") == "http://testserver" + embed_path(page)


def test_an_invalid_accent_is_named_and_left_out(editor):
    response = editor.get(builder_url(events(), "accent=red&limit=5"))
    assert response.status_code == 200
    assert "ist keine Farbe" in response.content.decode()
    assert output(response, "url").endswith("?limit=5")


def test_a_limit_out_of_range_is_named_and_left_out(editor):
    response = editor.get(builder_url(events(), "limit=500&layout=compact"))
    assert "500" not in output(response, "url")
    assert output(response, "url").endswith("?layout=compact")
    errors = soup(response).find(attrs={"data-contentpath": "limit"}).find(class_="error-message")
    assert errors is not None


def test_an_invalid_filter_is_named_and_left_out(editor):
    response = editor.get(builder_url(events(), "municipality=atlantis&layout=compact"))
    assert "atlantis" not in output(response, "url")
    field = soup(response).find(attrs={"data-contentpath": "municipality"})
    assert field.find(class_="error-message") is not None


def test_a_light_accent_gets_a_warning(editor):
    response = editor.get(builder_url(events(), "accent=%23ffee00"))
    assert "accent=%23ffee00" in output(response, "url")
    assert "schwer zu lesen" in response.content.decode()
    response = editor.get(builder_url(events(), "accent=%23aa3300"))
    assert "schwer zu lesen" not in response.content.decode()


def test_the_language_version_decides_the_address(editor):
    page = events()
    english = page.get_translation(Locale.objects.get(language_code="en"))
    response = editor.get(builder_url(page, "translation=en&municipality=zeitz"))
    assert output(response, "url") == "http://testserver" + embed_path(
        english, "municipality=zeitz"
    )
    assert "/embed/en/" in output(response, "url")
    assert output(response, "oembed").startswith("http://testserver/en/")
    choice = soup(response).find("select", attrs={"name": "translation"})
    options = [option["value"] for option in choice.find_all("option")]
    assert options[:2] == ["de", "en"]
    assert set(options) <= {"de", "en", "ar", "fa", "uk", "ru", "tr"}


def test_an_unknown_language_version_is_named(editor):
    page = events()
    response = editor.get(builder_url(page, "translation=xx"))
    assert response.status_code == 200
    assert (
        soup(response).find(attrs={"data-contentpath": "translation"}).find(class_="error-message")
    )
    assert "/embed/de/" in output(response, "url")


def test_event_feeds_of_the_same_selection(editor):
    page = events()
    response = editor.get(builder_url(page, ZEITZ))
    feeds = soup(response).find_all("textarea", id=lambda value: value and "-feed-" in value)
    addresses = [feed.get_text().strip() for feed in feeds]
    assert addresses == ["http://testserver" + page.url + "ical/?municipality=zeitz"]
    assert "iCal" in response.content.decode()


def test_news_feeds_rss_and_atom(editor):
    page = news()
    response = editor.get(builder_url(page))
    feeds = soup(response).find_all("textarea", id=lambda value: value and "-feed-" in value)
    addresses = [feed.get_text().strip() for feed in feeds]
    assert addresses == [f"http://testserver{page.url}rss/", f"http://testserver{page.url}atom/"]


def test_a_library_has_no_feeds_but_its_filters(editor):
    response = editor.get(builder_url(library(), "sort=title"))
    assert not soup(response).find_all("textarea", id=lambda value: value and "-feed-" in value)
    assert output(response, "url").endswith("/embed/de/dokumente/?sort=title")


# ------------------------------------------------------------------------------ allowed origins


def test_without_allowed_origins_the_builder_points_to_the_setting(client, user_in_group):
    client.force_login(user_in_group("chefin", is_superuser=True))
    response = client.get(builder_url(events()))
    settings_url = reverse("wagtailsettings:edit", args=["embedding", "embedsettings"])
    notes = soup(response).find(attrs={"data-builder-region": "origins"})
    assert "keine Website eingetragen" in notes.get_text()
    assert notes.find("a", href=settings_url)


def test_with_allowed_origins_the_builder_names_them(editor, allowed_origin):
    response = editor.get(builder_url(events()))
    notes = soup(response).find(attrs={"data-builder-region": "origins"})
    assert allowed_origin in notes.get_text()
    assert "keine Website eingetragen" not in notes.get_text()


def test_the_preview_is_framed_by_the_admin_itself(editor, allowed_origin):
    """The builder's preview is on our own origin, which the public embed does not allow."""
    response = editor.get(builder_url(events(), ZEITZ))
    preview = soup(response).find("iframe", attrs={"data-builder-preview": True})["src"]
    framed = editor.get(preview)
    assert framed.status_code == 200
    assert "frame-ancestors 'self'" in framed["Content-Security-Policy"]


# ------------------------------------------------------------------------------ the buttons


@pytest.mark.parametrize("find", [events, library, news, post, event])
def test_embeddable_pages_have_the_button_on_their_edit_view(coordinator, find):
    page = find()
    response = coordinator.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert builder_url(page) in response.content.decode()


@pytest.mark.parametrize("model", [HomePage, ContentPage])
def test_other_pages_have_no_button(coordinator, model):
    page = german(model)
    response = coordinator.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert "/admin/embed/" not in response.content.decode()


def test_the_page_listing_offers_the_button(coordinator, demo_site):
    response = coordinator.get(reverse("wagtailadmin_explore", args=[demo_site.pk]))
    content = response.content.decode()
    assert builder_url(events()) in content
    assert builder_url(news()) in content
    assert builder_url(german(ContentPage)) not in content
