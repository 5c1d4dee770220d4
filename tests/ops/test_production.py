"""Production settings, their environment switches, gunicorn's configuration and whitenoise.

Each check runs in a subprocess with a fresh environment: the production settings are read at
import, from the environment, and must not leak into this test process.
"""

import json
import os
import re
import socket
import subprocess  # nosec B404: fixed commands of this project, no shell
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

# Starts processes (make test-fast skips it).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).parent / "gunicorn")

TYPICAL = {
    "SECRET_KEY": "x" * 60 + "-production-test-key-with-enough-variety-0123456789",
    "ALLOWED_HOSTS": "netzwerk.example.org",
    "SITE_URL": "https://netzwerk.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://netzwerk.example.org",
    "DATABASE_URL": "postgres://netzwerk:secret@db.example.org:5432/netzwerk",
    "REDIS_URL": "redis://redis.example.org:6379/0",
    "TASKS_BACKEND": "database",
}


def environment(**variables):
    """The process environment without anything that selects settings, plus `variables`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT"}
    }
    env["DJANGO_SETTINGS_MODULE"] = "network_site.settings.production"
    env.update(variables)
    return env


def run(args, **variables):
    return subprocess.run(  # nosec B603
        args, cwd=ROOT, env=environment(**variables), capture_output=True, text=True, timeout=120
    )


def production_settings(*names, **variables):
    """The named settings as the production module computes them from `variables`."""
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {list(names)!r}}}, "
        "default=str))"
    )
    result = run([PYTHON, "-c", code], **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_is_clean_with_a_typical_environment():
    result = run([PYTHON, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], **TYPICAL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_secret_key_or_hosts(missing):
    variables = {key: value for key, value in TYPICAL.items() if key != missing}
    result = run([PYTHON, "manage.py", "check"], **variables)
    assert result.returncode != 0
    assert missing in result.stderr


def test_safe_defaults():
    values = production_settings(
        "DEBUG",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "LANGUAGE_COOKIE_SECURE",
        "SERVE_MEDIA",
        "STORAGES",
        "WAGTAILFRONTENDCACHE",
        "MIDDLEWARE",
        **TYPICAL,
    )
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["LANGUAGE_COOKIE_SECURE"] is True
    assert values["SERVE_MEDIA"] is False
    assert values["WAGTAILFRONTENDCACHE"] == {}
    storages = values["STORAGES"]
    assert storages["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert storages["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert values["MIDDLEWARE"][1] == "whitenoise.middleware.WhiteNoiseMiddleware"


def test_switches_for_a_try_out_over_plain_http():
    values = production_settings(
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "LANGUAGE_COOKIE_SECURE",
        "SERVE_MEDIA",
        **TYPICAL,
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        SERVE_MEDIA="1",
    )
    assert values == {
        "SECURE_SSL_REDIRECT": False,
        "SESSION_COOKIE_SECURE": False,
        "CSRF_COOKIE_SECURE": False,
        "LANGUAGE_COOKIE_SECURE": False,
        "SERVE_MEDIA": True,
    }


def test_s3_media_is_private_with_signed_urls():
    values = production_settings(
        "STORAGES",
        "SERVE_MEDIA",
        **TYPICAL,
        S3_BUCKET="netzwerk-media",
        S3_ENDPOINT_URL="https://s3.example.org",
        S3_REGION="eu-central-1",
        S3_ACCESS_KEY_ID="key",
        S3_SECRET_ACCESS_KEY="secret",
        SERVE_MEDIA="1",
    )
    default = values["STORAGES"]["default"]
    assert default["BACKEND"] == "storages.backends.s3.S3Storage"
    options = default["OPTIONS"]
    assert options["bucket_name"] == "netzwerk-media"
    assert options["endpoint_url"] == "https://s3.example.org"
    assert options["region_name"] == "eu-central-1"
    assert options["access_key"] == "key"
    assert options["default_acl"] == "private"
    assert options["querystring_auth"] is True
    assert options["custom_domain"] is None
    # Media in the bucket: the app never serves the media folder itself.
    assert values["SERVE_MEDIA"] is False


def test_media_storage_s3_without_a_bucket_is_refused():
    result = run([PYTHON, "manage.py", "check"], **TYPICAL, MEDIA_STORAGE="s3")
    assert result.returncode != 0
    assert "S3_BUCKET" in result.stderr


def test_front_end_cache_purgers_from_the_environment():
    values = production_settings(
        "WAGTAILFRONTENDCACHE",
        **TYPICAL,
        FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081",
        CLOUDFLARE_ZONE_ID="zone",
        CLOUDFLARE_API_TOKEN="token",
    )
    purgers = values["WAGTAILFRONTENDCACHE"]
    assert purgers["http"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://127.0.0.1:6081",
    }
    assert purgers["cloudflare"]["ZONEID"] == "zone"
    assert purgers["cloudflare"]["BEARER_TOKEN"] == "token"


def test_gunicorn_configuration_loads():
    result = run(
        [GUNICORN, "--check-config", "-c", "network_site/gunicorn.conf.py"],
        **TYPICAL,
        GUNICORN_WORKERS="3",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    result = run(
        [GUNICORN, "--print-config", "-c", "network_site/gunicorn.conf.py"],
        **TYPICAL,
        PORT="8123",
        GUNICORN_WORKERS="3",
    )
    assert result.returncode == 0, result.stderr
    config = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    config = {key.strip(): value.strip() for key, value in config.items()}
    assert config["bind"] == "['127.0.0.1:8123']"
    assert config["workers"] == "3"
    assert config["worker_class"] == "gthread"
    assert config["wsgi_app"] == "network_site.wsgi:application"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # nosec B310: local server
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_whitenoise_serves_hashed_static_files_for_a_year(tmp_path):
    static_root = tmp_path / "static"
    variables = {
        **TYPICAL,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(static_root),
        "SECURE_SSL_REDIRECT": "0",
        "REDIS_URL": "",
    }
    collected = run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], **variables)
    assert collected.returncode == 0, collected.stderr
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    hashed = manifest["img/favicon.svg"]
    assert re.search(r"\.[0-9a-f]{12}\.svg$", hashed)

    port = free_port()
    server = subprocess.Popen(  # nosec B603
        [GUNICORN, "-c", "network_site/gunicorn.conf.py"],
        cwd=ROOT,
        env=environment(**variables, PORT=str(port), GUNICORN_WORKERS="1", GUNICORN_THREADS="2"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, headers, body = get(f"http://127.0.0.1:{port}/static/{hashed}")
                break
            except (ConnectionError, urllib.error.URLError):
                if time.monotonic() > deadline or server.poll() is not None:
                    server.kill()
                    pytest.fail("gunicorn did not start: " + server.communicate()[1][-2000:])
                time.sleep(0.2)
        assert status == 200
        assert body == (static_root / hashed).read_bytes()
        assert "max-age=315360000" in headers["Cache-Control"]
        assert "immutable" in headers["Cache-Control"]
        # The unhashed name is served too, but only briefly cached.
        status, headers, _ = get(f"http://127.0.0.1:{port}/static/img/favicon.svg")
        assert status == 200
        assert "max-age=315360000" not in headers.get("Cache-Control", "")
        # Compressed variants were written by collectstatic for whitenoise to send.
        assert (static_root / (hashed + ".gz")).exists()
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_compose_file_is_valid_yaml_with_web_worker_database_and_redis():
    compose = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())
    services = compose["services"]
    assert {"web", "worker", "db", "redis"} <= set(services)
    for name in ("web", "worker"):
        env = services[name]["environment"]
        assert env["DJANGO_SETTINGS_MODULE"] == "network_site.settings.production"
        assert env["TASKS_BACKEND"] == "database"
        assert env["DATABASE_URL"].startswith("postgres://")
        assert env["REDIS_URL"].startswith("redis://")
    assert "db_worker" in " ".join(services["worker"]["command"])
    assert "allkeys-lru" in " ".join(services["redis"]["command"])


def test_app_server_processes_share_one_cache():
    """A purge or a login failure counted in one gunicorn process holds for all of them."""
    with_redis = production_settings("CACHES", **TYPICAL)["CACHES"]["default"]
    assert with_redis["BACKEND"] == "core.cache_backends.ResilientRedisCache"
    assert with_redis["LOCATION"] == TYPICAL["REDIS_URL"]

    without = {key: value for key, value in TYPICAL.items() if key != "REDIS_URL"}
    one_machine = production_settings("CACHES", **without, CACHE_DIR="/var/cache/netzwerk")
    default = one_machine["CACHES"]["default"]
    assert default["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert default["LOCATION"] == "/var/cache/netzwerk"
