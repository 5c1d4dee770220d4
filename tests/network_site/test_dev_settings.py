"""Development settings: debug off unless asked for (DJANGO_DEBUG=1), so `make demo` shows the
site's own error pages; static files and uploaded images are served all the same.

Each check runs in a subprocess with the development settings: settings are read at import,
from the environment, and must not leak into this test process.
"""

import json
import os
import subprocess  # nosec B404: fixed commands of this project, no shell
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext

ROOT = Path(__file__).resolve().parents[2]
REQUESTS = """
import json, sys, django
django.setup()
from django.conf import settings
from django.test import Client
client = Client(HTTP_HOST="127.0.0.1:8000")
answers = {"DEBUG": settings.DEBUG}
for path in sys.argv[1:]:
    response = client.get(path)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    answers[path] = [response.status_code, body.decode("utf-8", "replace")]
print(json.dumps(answers))
"""

# Starts processes (make test-fast skips it).
pytestmark = pytest.mark.slow


def environment(**variables):
    """This process's environment without anything that configures the site, plus `variables`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR"}
    }
    env["DJANGO_SETTINGS_MODULE"] = "network_site.settings.dev"
    env.update(variables)
    return env


def run(code, *args, **variables):
    result = subprocess.run(  # nosec B603
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=environment(**variables),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def dev_settings(*names, **variables):
    """The named settings as the development module computes them from `variables`."""
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {list(names)!r}}}, "
        "default=str))"
    )
    return run(code, **variables)


def database_url():
    """The test database (with the demo the session loaded), for the subprocess."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or 'localhost'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )


def test_debug_is_off_unless_asked_for():
    assert dev_settings("DEBUG", "SITE_URL", "WAGTAILADMIN_BASE_URL") == {
        "DEBUG": False,
        "SITE_URL": "http://127.0.0.1:8000",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000",
    }
    assert dev_settings("DEBUG", DJANGO_DEBUG="1") == {"DEBUG": True}
    assert dev_settings("DEBUG", DJANGO_DEBUG="0") == {"DEBUG": False}
    assert dev_settings("SITE_URL", "WAGTAILADMIN_BASE_URL", SITE_URL="http://localhost:8123/") == {
        "SITE_URL": "http://localhost:8123",
        "WAGTAILADMIN_BASE_URL": "http://localhost:8123",
    }


@pytest.fixture
def media_root(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "probe.png").write_bytes(b"\x89PNG\r\n\x1a\nprobe")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "secret.pdf").write_bytes(b"%PDF-1.4 secret")
    return tmp_path


@pytest.mark.django_db
def test_the_demo_shows_the_sites_own_404_and_still_serves_static_files(media_root):
    paths = [
        "/de/gibt-es-nicht/",
        "/ar/gibt-es-nicht/",
        "/static/css/site.css",
        "/media/images/probe.png",
        "/media/documents/secret.pdf",
    ]
    answers = run(REQUESTS, *paths, DATABASE_URL=database_url(), MEDIA_ROOT=str(media_root))
    assert answers["DEBUG"] is False

    status, body = answers["/de/gibt-es-nicht/"]
    assert status == 404
    assert "<h1>Seite nicht gefunden</h1>" in body
    assert 'class="page-content"' in body and 'lang="de"' in body
    assert "DEBUG = True" not in body and "Using the URLconf" not in body
    status, body = answers["/ar/gibt-es-nicht/"]
    assert status == 404
    with translation.override("ar"):
        arabic = gettext("Seite nicht gefunden")
    assert arabic != "Seite nicht gefunden"
    assert f"<h1>{arabic}</h1>" in body and 'dir="rtl"' in body

    status, body = answers["/static/css/site.css"]
    assert status == 200
    assert body == (ROOT / "network_site/static/css/site.css").read_text()
    assert answers["/media/images/probe.png"][0] == 200
    assert answers["/media/documents/secret.pdf"][0] == 404  # documents only through Wagtail


@pytest.mark.django_db
def test_developers_get_the_debug_page_with_django_debug():
    answers = run(REQUESTS, "/de/gibt-es-nicht/", DATABASE_URL=database_url(), DJANGO_DEBUG="1")
    assert answers["DEBUG"] is True
    status, body = answers["/de/gibt-es-nicht/"]
    assert status == 404
    assert "DEBUG = True" in body
