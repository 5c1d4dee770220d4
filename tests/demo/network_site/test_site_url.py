"""SITE_URL says where the site is: the Wagtail site, the admin's base URL and every link in an
email follow it, whatever host a request came in under; production refuses to run without it."""

import os
import re
import subprocess  # nosec B404: fixed commands of this project, no shell
from io import StringIO
from pathlib import Path

import pytest
from django.core import mail
from django.core.checks import Error, Warning
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from blogpages import emails
from blogpages.models import Subscriber
from core import site_url
from tests.ops.test_production import PYTHON, TYPICAL, production_settings, run

# Starts processes (make test-fast skips it).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]


def urls_in(text):
    return re.findall(r"https?://[^\s<>\"]+", text)


@pytest.mark.django_db
def test_the_test_site_is_where_the_test_client_asks():
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("testserver", 80)
    assert site.root_url == "http://testserver"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "hostname", "port", "root"),
    [
        (
            "https://netzwerk.example.org",
            "netzwerk.example.org",
            443,
            "https://netzwerk.example.org",
        ),
        (
            "https://netzwerk.example.org/",
            "netzwerk.example.org",
            443,
            "https://netzwerk.example.org",
        ),
        ("http://127.0.0.1:8123", "127.0.0.1", 8123, "http://127.0.0.1:8123"),
        ("http://localhost", "localhost", 80, "http://localhost"),
    ],
)
def test_the_default_site_follows_site_url(settings, address, hostname, port, root):
    settings.SITE_URL = address
    site = site_url.sync_default_site()
    site.refresh_from_db()
    assert (site.hostname, site.port, site.is_default_site) == (hostname, port, True)
    assert site.root_url == root == site_url.site_root_url()
    # Wagtail's page URLs (the sitemap's) and ours agree.
    home = site.root_page
    assert home.get_full_url() == root + "/de/" == site_url.page_url(home)


@pytest.mark.django_db
def test_email_links_use_site_url_not_the_host_a_request_named(settings, client):
    """A Host header (any name ALLOWED_HOSTS lets in) must not choose where a mail's links go."""
    settings.SITE_URL = "https://netzwerk.example.org"
    response = client.post(
        "/ar/newsletter/",
        {"email": "site-url@example.org", "language": "ar", "frequency": "immediately"},
        HTTP_HOST="evil.example",
    )
    assert response.status_code in (200, 302)
    (message,) = mail.outbox
    links = urls_in(message.body) + urls_in(message.alternatives[0].content)
    assert links and all(link.startswith("https://netzwerk.example.org/ar/") for link in links)
    assert "evil.example" not in message.body

    subscriber = Subscriber.objects.get(email="site-url@example.org")
    subscriber.confirmed_at = timezone.now()
    subscriber.save()
    again = emails.already_subscribed_message(subscriber, {"l": "de"})
    unsubscribe = again.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<https://netzwerk.example.org/ar/newsletter/unsubscribe/")
    assert "https://netzwerk.example.org/de/newsletter/confirm/" in again.body


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", "network_site.E001"),
        ("netzwerk.example.org", "network_site.E002"),
        ("ftp://netzwerk.example.org", "network_site.E002"),
        ("https://netzwerk.example.org/netzwerk", "network_site.E002"),
        ("https://netzwerk.example.org:abc", "network_site.E002"),
    ],
)
def test_a_missing_or_unusable_site_url_is_an_error(settings, value, problem):
    settings.SITE_URL = value
    (message,) = site_url.check_site_url(None)
    assert isinstance(message, Error) and message.id == problem


def test_a_site_url_outside_allowed_hosts_is_a_warning(settings):
    settings.SITE_URL = "https://netzwerk.example.org"
    settings.ALLOWED_HOSTS = ["other.example.org"]
    (message,) = site_url.check_site_url(None)
    assert isinstance(message, Warning) and message.id == "network_site.W003"
    settings.ALLOWED_HOSTS = [".example.org"]
    assert site_url.check_site_url(None) == []


def test_production_check_fails_without_site_url():
    variables = {key: value for key, value in TYPICAL.items() if key != "SITE_URL"}
    result = run([PYTHON, "manage.py", "check", "--deploy"], **variables)
    assert result.returncode != 0
    assert "network_site.E001" in result.stderr and "SITE_URL" in result.stderr


def test_production_admin_base_url_follows_site_url():
    values = production_settings(
        "SITE_URL", "WAGTAILADMIN_BASE_URL", **{**TYPICAL, "SITE_URL": "https://netz.example.org/"}
    )
    assert values == {
        "SITE_URL": "https://netz.example.org",
        "WAGTAILADMIN_BASE_URL": "https://netz.example.org",
    }
    values = production_settings(
        "WAGTAILADMIN_BASE_URL", **TYPICAL, WAGTAILADMIN_BASE_URL="https://admin.example.org"
    )
    assert values == {"WAGTAILADMIN_BASE_URL": "https://admin.example.org"}


@pytest.mark.django_db
def test_load_demo_prints_the_address_the_demo_runs_at(settings):
    settings.SITE_URL = "http://127.0.0.1:8123"
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "http://127.0.0.1:8123/admin/" in out.getvalue()
    assert "127.0.0.1:8000" not in out.getvalue()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)


def make_dry_run(*args):
    """The commands `make` would run (`make -n`: nothing is installed or started)."""
    env = {key: value for key, value in os.environ.items() if key not in {"SITE_URL", "HOST"}}
    result = subprocess.run(  # nosec B603 B607
        ["make", "-n", "--always-make", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("variables", "address", "listen"),
    [
        ([], "http://127.0.0.1:8000", "127.0.0.1:8000"),
        (["PORT=8123"], "http://127.0.0.1:8123", "127.0.0.1:8123"),
        (["HOST=0.0.0.0", "PORT=8124"], "http://127.0.0.1:8124", "0.0.0.0:8124"),
        (["HOST=localhost", "PORT=9000"], "http://localhost:9000", "localhost:9000"),
    ],
)
def test_make_demo_tells_the_site_where_it_runs(variables, address, listen):
    commands = make_dry_run("demo", *variables)
    assert f'SITE_URL="{address}"' in commands
    for step in ("manage.py migrate", "manage.py load_demo", "manage.py runserver"):
        line = next(line for line in commands.splitlines() if step in line)
        assert f'SITE_URL="{address}"' in line, line
    assert f"runserver {listen}" in commands or f"runserver --insecure {listen}" in commands


def test_make_demo_honours_a_site_url_given():
    commands = make_dry_run("demo", "SITE_URL=https://tunnel.example.org")
    runserver = next(line for line in commands.splitlines() if "manage.py runserver" in line)
    assert 'SITE_URL="https://tunnel.example.org"' in runserver


def test_make_serve_sets_site_url_for_the_local_try_out():
    commands = make_dry_run("serve", "PORT=8125")
    assert "http://127.0.0.1:8125" in commands
    assert re.search(r"SITE_URL=\S*http://127\.0\.0\.1:8125", commands)


def test_the_deployment_examples_set_site_url():
    import yaml

    compose = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())
    for name in ("web", "worker"):
        assert compose["services"][name]["environment"]["SITE_URL"] == "https://${SITE_HOST}"
    systemd_env = (ROOT / "deploy" / "netzwerk.env.example").read_text()
    assert "\nSITE_URL=https://netzwerk.example.org\n" in systemd_env
