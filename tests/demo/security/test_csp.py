"""Content-Security-Policy: strict on public pages, relaxed for the Wagtail admin only.

Public pages load scripts, styles and images from the site itself, frame only the two video
hosts (after the visitor's click), and contain no inline script, event handler or style
attribute. Views that set their own policy (embeds, Wagtail's document view) keep it.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import override_settings

from tests.security.conftest import csp

pytestmark = pytest.mark.django_db

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
HTML_PAGES = [
    "/{lang}/",
    "/{lang}/beratung/",
    "/{lang}/ueber-uns/",
    "/{lang}/veranstaltungen/",
    "/{lang}/veranstaltungen/?q=Sprach",
    "/{lang}/veranstaltungen/calendar/",
    "/{lang}/veranstaltungen/sprachcafe-naumburg/",
    "/{lang}/dokumente/",
    "/{lang}/neuigkeiten/",
    "/{lang}/neuigkeiten/uebersicht-sprachkurse/",
    "/{lang}/newsletter/",
    "/{lang}/login/",
    "/{lang}/search/?q=Beratung",
    "/{lang}/gibt-es-nicht/",
    "/embed/{lang}/veranstaltungen/",
]


def superuser_client(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


def test_public_pages_get_the_strict_policy(client):
    for url in ["/de/", "/de/veranstaltungen/", "/de/newsletter/", "/de/gibt-es-nicht/"]:
        assert csp(client.get(url)) == PUBLIC_POLICY, url


def test_logged_in_visitors_get_the_strict_policy_too(client):
    response = superuser_client(client).get("/de/")
    assert csp(response) == PUBLIC_POLICY


@pytest.mark.parametrize("language", ["de", "ar"])
def test_public_html_has_no_inline_script_handler_or_style(client, language):
    for pattern in HTML_PAGES:
        url = pattern.format(lang=language)
        response = client.get(url)
        assert response.status_code in {200, 404}, url
        page = BeautifulSoup(response.content, "html.parser")
        for script in page.find_all("script"):
            # Data blocks (JSON-LD) are not run, so CSP does not apply to them.
            assert script.get("src") or script.get("type") == "application/ld+json", (url, script)
        for element in page.find_all(True):
            handlers = [name for name in element.attrs if name.lower().startswith("on")]
            assert not handlers, (url, element.name, handlers)
            assert "style" not in element.attrs, (url, str(element)[:200])
        assert not page.find("style") or url.startswith("/embed/"), url
        assert "javascript:" not in response.content.decode().lower(), url


def test_admin_gets_the_relaxed_policy(client):
    client = superuser_client(client)
    for url in ["/admin/", "/admin/pages/"]:
        response = client.get(url)
        assert response.status_code == 200
        policy = csp(response)
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
        assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
        assert {"data:", "blob:"} <= set(policy["img-src"])
        assert policy["frame-ancestors"] == ["'self'"]
        assert "'self'" in policy["frame-src"]  # the preview panel and the embed builder
        assert policy["object-src"] == ["'none'"]
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_admin_login_page_gets_the_relaxed_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in csp(response)["script-src"]


def test_embed_keeps_its_own_policy(client):
    policy = csp(client.get("/embed/de/veranstaltungen/"))
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]


def test_embed_preview_keeps_its_own_policy(client):
    response = superuser_client(client).get("/embed-preview/de/veranstaltungen/")
    assert response.status_code == 200
    policy = csp(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]


def test_media_on_another_host_is_allowed_for_images(client):
    with override_settings(MEDIA_URL="https://media.example.org/netzwerk/"):
        policy = csp(client.get("/de/"))
    assert policy["img-src"] == ["'self'", "data:", "https://media.example.org"]
    assert policy["script-src"] == ["'self'"]
    with override_settings(
        AWS_S3_CUSTOM_DOMAIN="cdn.example.org", CSP_MEDIA_ORIGINS=["https://bilder.example.org"]
    ):
        policy = csp(client.get("/de/"))
    assert policy["img-src"] == [
        "'self'",
        "data:",
        "https://cdn.example.org",
        "https://bilder.example.org",
    ]
