"""Security headers on every kind of public response, and HSTS in production.

Referrer-Policy, Permissions-Policy, X-Content-Type-Options and Cross-Origin-Opener-Policy
on pages, feeds, downloads, embeds, the API, oEmbed, the sitemap and the 404 page; a
Content-Security-Policy without inline scripts on each of them.
"""

import json
import os
import subprocess  # nosec B404
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from docpages.models import NetworkDocument
from tests.security.conftest import csp

pytestmark = pytest.mark.django_db

EVENT = "/de/veranstaltungen/sprachcafe-naumburg/"
PUBLIC = {
    "home": ("/de/", "text/html"),
    "home in Arabic": ("/ar/", "text/html"),
    "content page": ("/de/impressum/", "text/html"),
    "event index": ("/de/veranstaltungen/", "text/html"),
    "event index with filters": ("/de/veranstaltungen/?q=Sprach", "text/html"),
    "calendar": ("/de/veranstaltungen/calendar/", "text/html"),
    "event page": (EVENT, "text/html"),
    "event ICS": (EVENT + "ical/", "text/calendar"),
    "ICS feed": ("/de/veranstaltungen/ical/", "text/calendar"),
    "library": ("/de/dokumente/", "text/html"),
    "blog index": ("/de/neuigkeiten/", "text/html"),
    "post": ("/de/neuigkeiten/uebersicht-sprachkurse/", "text/html"),
    "RSS": ("/de/neuigkeiten/rss/", "xml"),
    "Atom": ("/de/neuigkeiten/atom/", "xml"),
    "newsletter form": ("/de/newsletter/", "text/html"),
    "login": ("/de/login/", "text/html"),
    "search": ("/de/search/?q=Beratung", "text/html"),
    "embed": ("/embed/de/veranstaltungen/", "text/html"),
    "API": ("/api/v2/pages/", "application/json"),
    "oEmbed": ("/oembed/?url=http://localhost/de/veranstaltungen/", "application/json"),
    "sitemap": ("/sitemap.xml", "xml"),
    "robots.txt": ("/robots.txt", "text/plain"),
}


def assert_security_headers(response, strict_csp=True):
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = {part.strip() for part in response["Permissions-Policy"].split(",")}
    assert permissions == {"camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"}
    policy = csp(response)
    assert not any("unsafe" in value for values in policy.values() for value in values), policy
    if not strict_csp:
        return
    assert policy["script-src"] == ["'self'"], policy
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]


@pytest.mark.parametrize("name", PUBLIC)
def test_public_response_carries_the_headers(client, name):
    url, content_type = PUBLIC[name]
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, (url, response.status_code)
    assert content_type in response["Content-Type"]
    assert_security_headers(response)


def test_document_download_carries_the_headers(client):
    document = NetworkDocument.objects.filter(collection__name="Öffentliche Dokumente").first()
    response = client.get(document.url)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert_security_headers(response, strict_csp=False)
    # Wagtail's serve view sets a stricter policy of its own; it is kept.
    assert csp(response) == {"default-src": ["'none'"], "frame-ancestors": ["'none'"]}


def test_not_found_page_carries_the_headers(client):
    for url in ["/de/gibt-es-nicht/", "/ar/gibt-es-nicht/", "/gibt-es-nicht.php"]:
        response = client.get(url)
        assert response.status_code == 404
        assert_security_headers(response)


def test_no_hsts_outside_production(client):
    response = client.get("/de/", secure=True)
    assert "Strict-Transport-Security" not in response


def production_settings():
    """The production settings as a fresh process sees them (they read the environment)."""
    root = Path(__file__).resolve().parents[3]
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "REDIS_", "DATABASE_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="network_site.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="netzwerk.example.org",
    )
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps({name: getattr(settings, name) for name in ["
        "'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD', "
        "'SECURE_SSL_REDIRECT', 'SECURE_REFERRER_POLICY', 'SECURE_CONTENT_TYPE_NOSNIFF', "
        "'SECURE_CROSS_ORIGIN_OPENER_POLICY', 'PERMISSIONS_POLICY', 'AXES_ENABLED', "
        "'AXES_HANDLER', 'AXES_FAILURE_LIMIT']}, default=str))"
    )
    result = subprocess.run(  # nosec B603: our own interpreter, fixed arguments
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_hsts_and_keeps_the_other_headers(client):
    production = production_settings()
    assert production["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert production["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    assert production["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert production["SECURE_CROSS_ORIGIN_OPENER_POLICY"] == "same-origin"
    assert production["PERMISSIONS_POLICY"]
    # Login throttling is on in production; without REDIS_URL counted in the database.
    assert production["AXES_ENABLED"] is True
    assert production["AXES_HANDLER"] == "axes.handlers.database.AxesDatabaseHandler"
    assert production["AXES_FAILURE_LIMIT"] == 5

    hsts = {
        name: production[name]
        for name in ("SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD")
    }
    with override_settings(**hsts):
        response = client.get("/de/", secure=True)
    assert response.status_code == 200
    header = response["Strict-Transport-Security"]
    assert f"max-age={production['SECURE_HSTS_SECONDS']}" in header
    assert "includeSubDomains" in header
    assert_security_headers(response)
