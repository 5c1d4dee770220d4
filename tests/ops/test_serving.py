"""Serving: gunicorn's master warms the application before forking, workers load no more.

network_site/wsgi.py warms the application once it is loaded (network_site/warm.py): with
`preload_app` that happens in gunicorn's master, so a worker forked from it (at start and
after each `max_requests`) answers its first request without importing the URL configuration,
the views, the catalogues or compiling templates. Each check runs in a subprocess with the
production settings, as gunicorn would load them.
"""

import json
import subprocess  # nosec B404: fixed commands of this project, no shell

import pytest

from tests.database_snapshot import sqlite_copy
from tests.ops.servers import collect_static
from tests.ops.test_production import GUNICORN, PYTHON, ROOT, TYPICAL, environment, run

# Starts processes (make test-fast skips it).
pytestmark = pytest.mark.slow

LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"]
PROJECT = {"core", "home", "eventpages", "docpages", "blogpages", "embedding", "exchange"}
# Packages a public request has no use for: our tests, load and browser tools, test data
# factories, the PDF reader of uploads, spreadsheets.
UNWANTED_PACKAGES = {"tests", "locust", "playwright", "factory", "pypdf", "openpyxl"}

WARMED = """
import gc, json, sys
import network_site.wsgi
from django.db import connections
from django.template import engines
from django.urls import URLResolver, get_resolver
from django.utils.translation import trans_real
from wagtail.models import get_page_models
from network_site.warm import project_template_names

root = get_resolver()
admin = next(
    pattern for pattern in root.url_patterns
    if isinstance(pattern, URLResolver) and pattern.urlconf_name.__name__ == "wagtail.admin.urls"
)
loader = engines["django"].engine.template_loaders[0]
routable = [model for model in get_page_models() if hasattr(model, "get_resolver")]
print(json.dumps({
    "loader": f"{type(loader).__module__}.{type(loader).__name__}",
    "not compiled": [
        name for name in project_template_names() if name not in loader.get_template_cache
    ],
    "root languages": sorted(root._reverse_dict),
    "admin languages": sorted(admin._reverse_dict),
    "admin views": "wagtail.admin.views.pages.edit" in sys.modules,
    "routable": [model.__name__ for model in routable],
    "routes built": [
        model.__name__ for model in routable if "_routablepage_urlresolver" in model.__dict__
    ],
    "catalogues": sorted(trans_real._translations),
    "frozen": gc.get_freeze_count(),
    "connections": [alias for alias in connections if connections[alias].connection is not None],
    "modules": sorted(sys.modules),
}))
"""


def unwanted(modules):
    """Those of `modules` that are tests, tools or the apps' demo content (home.demo, …)."""
    found = []
    for name in modules:
        parts = name.split(".")
        if parts[0] in UNWANTED_PACKAGES or (parts[0] in PROJECT and "demo" in parts):
            found.append(name)
    return found


def test_importing_the_wsgi_module_warms_the_application_without_touching_the_database():
    # DATABASE_URL names a server that does not exist: connecting would fail the import.
    result = run([PYTHON, "-c", WARMED], **TYPICAL)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])

    # Production compiles templates once per process, into the cached loader: warmed here.
    assert found["loader"] == "django.template.loaders.cached.Loader"
    assert found["not compiled"] == []
    # The URL configuration, the admin's included, with reverse() tables for each language.
    assert found["root languages"] == sorted(LANGUAGES)
    assert found["admin languages"] == sorted(LANGUAGES)
    assert found["admin views"] is True
    # Each routable page type has its sub-page routes (and so its views) loaded.
    assert found["routable"]
    assert found["routes built"] == found["routable"]
    assert set(LANGUAGES) <= set(found["catalogues"])
    # What is loaded is kept out of the workers' garbage collections (copy-on-write).
    assert found["frozen"] > 100_000
    assert found["connections"] == []
    assert unwanted(found["modules"]) == []


def test_the_development_server_is_not_warmed():
    """runserver imports the WSGI module too: its restarts after each change stay quick.

    Its autoreloader runs the server in a child process marked RUN_MAIN=true.
    """
    code = (
        "import json, sys, gc; import network_site.wsgi; "
        "print(json.dumps(['wagtail.admin.urls' in sys.modules, gc.get_freeze_count()]))"
    )
    result = run(
        [PYTHON, "-c", code],
        DJANGO_SETTINGS_MODULE="network_site.settings.dev",
        DATABASE_URL="sqlite:///:memory:",
        RUN_MAIN="true",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [False, 0]


PUBLIC_REQUESTS = """
import json, sys
import network_site.wsgi
from django.test import Client
from wagtail.models import Page

before = set(sys.modules)
client = Client()
statuses = {}
for page in Page.objects.live().public().filter(depth__gte=2).specific().order_by("path"):
    url = page.url
    if url and url.startswith("/"):
        statuses[url] = client.get(url).status_code
print(json.dumps({
    "statuses": statuses,
    "loaded before": sorted(before),
    "loaded by the requests": sorted(set(sys.modules) - before),
}))
"""


@pytest.fixture
def site_database(transactional_db, django_db_blocker, tmp_path):
    """A copy of the minimal site's SQLite database for the subprocess.

    Only `transactional_db` (the committed minimal site): with the `site` fixture (and its
    `db`) as well, the next test that started a server on the database found it without its
    site (tests/security/test_parallel_limits.py, in the same worker)."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("copies the SQLite test database")
    with django_db_blocker.unblock():
        return sqlite_copy(connection, tmp_path)


def test_public_requests_load_no_demo_test_or_upload_modules(site_database, settings, tmp_path):
    variables = {
        **TYPICAL,
        "DATABASE_URL": site_database,
        "REDIS_URL": "",
        "CACHE_DIR": str(tmp_path / "cache"),
        # Where the test database's site is (the test settings' address).
        "SITE_URL": "http://testserver",
        "CSRF_TRUSTED_ORIGINS": "http://testserver",
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
        "PAGE_CACHE_SECONDS": "0",
        "STATIC_ROOT": str(collect_static()),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    result = subprocess.run(  # nosec B603
        [PYTHON, "-c", PUBLIC_REQUESTS],
        cwd=ROOT,
        env=environment(**variables),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])

    statuses = found["statuses"]
    assert statuses["/de/"] == 200
    assert sum(status == 200 for status in statuses.values()) >= 4, statuses
    # The master had loaded the page types' views, feeds and embeds before any request.
    assert {"eventpages.routes", "blogpages.routes"} <= set(found["loaded before"])
    assert unwanted(found["loaded before"] + found["loaded by the requests"]) == []


def gunicorn_config(**variables):
    result = run(
        [GUNICORN, "--print-config", "-c", "network_site/gunicorn.conf.py"], **TYPICAL, **variables
    )
    assert result.returncode == 0, result.stderr
    pairs = (line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def test_workers_are_preloaded_and_recycled_rarely_with_jitter():
    config = gunicorn_config()
    assert config["preload_app"] == "True"
    assert config["max_requests"] == "20000"
    assert config["max_requests_jitter"] == "2000"
    config = gunicorn_config(GUNICORN_MAX_REQUESTS="500")
    assert (config["max_requests"], config["max_requests_jitter"]) == ("500", "50")
    config = gunicorn_config(GUNICORN_MAX_REQUESTS="500", GUNICORN_MAX_REQUESTS_JITTER="7")
    assert (config["max_requests"], config["max_requests_jitter"]) == ("500", "7")
