"""The embed view's core: which address names which page, the options, public content only,
the oEmbed discovery link, and the allowed-origins setting in the admin."""

import base64
import hashlib
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import Http404, QueryDict
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from blogpages.models import BlogIndexPage
from core.roles import MEMBERS
from embedding.models import EmbedSettings, parse_origins
from embedding.options import EmbedOptions, contrast_on_white, filter_query
from embedding.pages import embed_path, page_for_url
from eventpages.models import EventIndexPage
from home.models import HomePage
from tests.blogpages.conftest import restrict_to_members

pytestmark = pytest.mark.django_db


def events(language="de"):
    return EventIndexPage.objects.get(locale__language_code=language, slug="veranstaltungen")


def news():
    return BlogIndexPage.objects.get(locale__language_code="de", slug="neuigkeiten")


# ------------------------------------------------------------------ addresses


def test_embed_path_is_embed_language_and_page_path():
    assert embed_path(events()) == "/embed/de/veranstaltungen/"
    assert embed_path(events("ar")) == "/embed/ar/veranstaltungen/"
    assert (
        embed_path(events(), "ort=zeitz&limit=5") == "/embed/de/veranstaltungen/?ort=zeitz&limit=5"
    )
    assert embed_path(events(), {"limit": "5"}) == "/embed/de/veranstaltungen/?limit=5"
    assert embed_path(events(), view="embed_preview") == "/embed-preview/de/veranstaltungen/"


def test_embed_path_of_a_page_with_a_non_ascii_slug_is_served(client):
    index = events()
    index.slug = "veranstaltungen-ü"
    index.save_revision().publish()
    path = embed_path(EventIndexPage.objects.get(pk=index.pk))
    assert path == "/embed/de/veranstaltungen-%C3%BC/"
    assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/de/veranstaltungen/",
        "http://testserver/de/veranstaltungen",
        "http://TESTSERVER/de/veranstaltungen/?municipality=zeitz",
        "https://testserver/embed/de/veranstaltungen/?limit=3",
        "http://testserver:8000/de/veranstaltungen/",
    ],
)
def test_page_for_url_accepts_the_request_host_with_or_without_embed(rf, url):
    page, query = page_for_url(rf.get("/oembed/"), url)
    assert page.pk == events().pk
    assert query == (url.split("?", 1)[1] if "?" in url else "")


def test_page_for_url_accepts_every_host_name_of_the_site(rf):
    home = HomePage.objects.get(locale__language_code="de")
    Site.objects.create(hostname="www.netz.example", port=443, root_page=home)
    page, _query = page_for_url(rf.get("/"), "https://www.netz.example/ar/veranstaltungen/")
    assert page.pk == events("ar").pk


@pytest.mark.parametrize(
    "url",
    [
        "https://www.burgenlandkreis.de/de/veranstaltungen/",  # not ours
        "http://testserver.evil.example/de/veranstaltungen/",
        "ftp://testserver/de/veranstaltungen/",
        "/de/veranstaltungen/",
        "testserver/de/veranstaltungen/",
        "http://testserver/veranstaltungen/",  # no language
        "http://testserver/xx/veranstaltungen/",
        "http://testserver/de/gibt-es-nicht/",
        "http://testserver:abc/de/veranstaltungen/",
        "http://[::1/de/",
        "",
    ],
)
def test_page_for_url_refuses_other_hosts_and_unknown_pages(rf, url):
    with pytest.raises(Http404):
        page_for_url(rf.get("/"), url)


# ------------------------------------------------------------------ options


def test_options_read_from_the_query():
    options = EmbedOptions.from_query(QueryDict("limit=5&accent=%23AA3300&layout=compact"))
    assert options == EmbedOptions(limit=5, accent="#aa3300", layout="compact")
    assert options.as_query() == {"limit": "5", "accent": "#aa3300", "layout": "compact"}


@pytest.mark.parametrize(
    "query",
    [
        "limit=abc&accent=red&layout=wide",
        "limit=0&accent=%23ff00&layout=",
        "limit=51&accent=%23fff%3B%7D&layout=COMPACT",
        "limit=-3&accent=%23ggg",
        "limit=&accent=",
    ],
)
def test_invalid_options_fall_back_to_the_defaults(client, query):
    assert EmbedOptions.from_query(QueryDict(query)) == EmbedOptions()
    response = client.get(f"/embed/de/veranstaltungen/?{query}")
    assert response.status_code == 200
    assert "<style>" not in response.content.decode()


def test_filters_leave_out_options_and_paging():
    assert filter_query(
        QueryDict("municipality=zeitz&limit=5&page=2&accent=%23000")
    ).urlencode() == ("municipality=zeitz")


def test_accent_stylesheet_is_allowed_by_its_hash(client):
    response = client.get("/embed/de/veranstaltungen/?accent=%23aa3300")
    style = re.search(r"<style>(.*?)</style>", response.content.decode()).group(1)
    assert "--embed-accent: #aa3300;" in style
    assert "--embed-accent-text: #aa3300;" in style
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in response["Content-Security-Policy"]
    assert "nonce" not in response["Content-Security-Policy"]


def test_light_accent_underlines_only_and_text_stays_readable():
    assert contrast_on_white("#ffffff") == pytest.approx(1)
    assert contrast_on_white("#000") == pytest.approx(21)
    light = EmbedOptions(accent="#ffdd00")
    assert not light.accent_readable
    assert "--embed-accent: #ffdd00;" in light.accent_css
    assert "--embed-accent-text" not in light.accent_css
    assert EmbedOptions().accent_css == ""


# ------------------------------------------------------------------ public content only


def test_drafts_and_members_only_pages_are_not_embedded(client, user_in_group, make_post):
    client.force_login(user_in_group("mara", MEMBERS))
    members = Page.objects.get(locale__language_code="de", slug="mitglieder")
    assert client.get(embed_path(members)).status_code == 404
    draft = make_post(title="Noch nicht fertig", publish=False)
    assert client.get(f"/embed/de/nachrichten-test/{draft.slug}/").status_code == 404
    index = events()
    restrict_to_members(index)
    assert client.get(embed_path(index)).status_code == 404
    assert client.get(embed_path(index.get_children().live().first())).status_code == 404


def test_members_only_items_stay_out_of_an_embed_even_for_a_member(
    client, user_in_group, make_post, make_event
):
    public_post = make_post(title="Für alle lesbar")
    secret_post = make_post(title="Nur für Mitglieder: Protokoll")
    restrict_to_members(secret_post)
    make_event(title="Offenes Sprachcafé")
    secret_event = make_event(title="Internes Planungstreffen")
    restrict_to_members(secret_event)
    client.force_login(user_in_group("mara", MEMBERS))

    assert "Nur für Mitglieder" in client.get("/de/nachrichten-test/").content.decode()
    news_embed = client.get("/embed/de/nachrichten-test/").content.decode()
    assert public_post.title in news_embed
    assert secret_post.title not in news_embed
    assert client.get(f"/embed/de/nachrichten-test/{secret_post.slug}/").status_code == 404
    events_embed = client.get("/embed/de/termine-test/").content.decode()
    assert "Offenes Sprachcafé" in events_embed
    assert "Internes Planungstreffen" not in events_embed


# ------------------------------------------------------------------ oEmbed discovery


def discovery_links(response):
    return re.findall(
        r'<link rel="alternate" type="application/json\+oembed"[^>]*>', response.content.decode()
    )


def test_embeddable_pages_advertise_their_oembed_address_with_the_filters(client):
    response = client.get("/de/veranstaltungen/?municipality=zeitz")
    [link] = discovery_links(response)
    assert (
        'href="http://testserver/oembed/?url=http%3A%2F%2Ftestserver%2Fde%2Fveranstaltungen%2F'
        '%3Fmunicipality%3Dzeitz&amp;format=json"'
    ) in link
    assert 'title="Veranstaltungen"' in link
    for url in ["/de/neuigkeiten/", "/de/dokumente/", "/ar/veranstaltungen/"]:
        assert len(discovery_links(client.get(url))) == 1, url
    post = news().get_children().live().first()
    assert len(discovery_links(client.get(post.url))) == 1


def test_other_pages_have_no_discovery_link(client, user_in_group):
    for url in ["/de/", "/de/ueber-uns/", "/de/search/?q=Fest", "/de/neuigkeiten/rss/"]:
        response = client.get(url)
        assert not discovery_links(response), url
    client.force_login(user_in_group("mara", MEMBERS))
    members = Page.objects.get(locale__language_code="de", slug="mitglieder")
    assert not discovery_links(client.get(members.url))


def test_discovery_link_costs_a_constant_two_queries_at_most(rf):
    page = events()
    template = Template("{% load embed_tags %}{% oembed_discovery_link %}")
    template.render(Context({"page": page, "request": rf.get("/de/veranstaltungen/")}))  # warm
    request = rf.get("/de/veranstaltungen/")
    Site.find_for_request(request)  # as Wagtail's serve view did before the template
    with CaptureQueriesContext(connection) as queries:
        html = template.render(Context({"page": page, "request": request}))
    assert "json+oembed" in html
    # Wagtail's get_view_restrictions(): the ancestors, then their restrictions.
    assert len(queries) <= 2, [q["sql"] for q in queries.captured_queries]


# ------------------------------------------------------------------ allowed origins


def test_origins_are_normalised():
    text = (
        "https://www.burgenlandkreis.de/\nHTTPS://WWW.Burgenlandkreis.DE\n\n"
        "  http://127.0.0.1:8001 \nhttps://*.naumburg.de\nhttps://bürgerhaus.de"
    )
    assert parse_origins(text) == [
        "https://www.burgenlandkreis.de",
        "http://127.0.0.1:8001",
        "https://*.naumburg.de",
        "https://xn--brgerhaus-q9a.de",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "www.burgenlandkreis.de",
        "https://www.burgenlandkreis.de/veranstaltungen/",
        "https://www.burgenlandkreis.de?x=1",
        "https://a.de; script-src *",
        "https://a.de:abc",
        "'self'",
        "*",
        "javascript:alert(1)",
    ],
)
def test_bad_origins_are_refused(line):
    with pytest.raises(ValidationError):
        parse_origins(line)


def test_a_bad_line_saved_around_the_form_never_breaks_an_embed(client):
    settings = EmbedSettings.for_site(Site.objects.get(is_default_site=True))
    settings.allowed_origins = "https://a.de; script-src *\nhttps://www.burgenlandkreis.de"
    settings.save()
    response = client.get("/embed/de/veranstaltungen/")
    assert response.status_code == 200
    assert "frame-ancestors https://www.burgenlandkreis.de" in response["Content-Security-Policy"]


def settings_url():
    site = Site.objects.get(is_default_site=True)
    return f"/admin/settings/embedding/embedsettings/{site.pk}/"


def test_admin_form_refuses_bad_origins_with_a_clear_message(admin_client):
    response = admin_client.post(
        settings_url(), {"allowed_origins": "https://www.burgenlandkreis.de\nwww.naumburg.de"}
    )
    assert response.status_code == 200
    assert "„www.naumburg.de“ ist keine Adresse wie https://www.beispiel.de." in (
        response.content.decode()
    )
    site = Site.objects.get(is_default_site=True)
    assert EmbedSettings.for_site(site).origins() == []

    response = admin_client.post(
        settings_url(), {"allowed_origins": "https://www.burgenlandkreis.de/pfad"}
    )
    assert "bitte nur Protokoll und Domain angeben, ohne Pfad." in response.content.decode()


def test_admin_form_saves_good_origins(admin_client):
    response = admin_client.post(
        settings_url(),
        {"allowed_origins": "https://www.burgenlandkreis.de/\nhttp://localhost:8001"},
    )
    assert response.status_code == 302
    site = Site.objects.get(is_default_site=True)
    assert EmbedSettings.for_site(site).origins() == [
        "https://www.burgenlandkreis.de",
        "http://localhost:8001",
    ]
