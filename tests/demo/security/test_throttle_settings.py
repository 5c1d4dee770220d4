"""How the production settings count and whom they believe, with and without Redis.

- X-Forwarded-For is believed only when a proxy is declared (NUMBER_OF_PROXIES, default 0):
  otherwise a client gets a fresh address for the login throttle and the form limits with
  each request by writing one into the header.
- Without Redis, login failures and form posts are counted in the database (the file cache
  cannot count atomically across gunicorn's processes); with Redis, in Redis.
- `check --deploy` is clean in both setups (no axes.W001).

Each case runs in a subprocess: the production settings are read from the environment.
"""

import json

import pytest

from tests.ops.test_production import PYTHON, TYPICAL, run

# Starts processes (make test-fast skips it).
pytestmark = pytest.mark.slow

WITHOUT_REDIS = {key: value for key, value in TYPICAL.items() if key != "REDIS_URL"}

# Prints the address core.ratelimit and django-axes take from a request that claims another
# one in X-Forwarded-For.
CLIENT_ADDRESSES = """
import json, django
django.setup()
from axes.helpers import get_client_ip_address
from django.conf import settings
from django.test import RequestFactory
from core.ratelimit import client_ip
request = RequestFactory().post(
    "/de/login/", REMOTE_ADDR="192.0.2.10", HTTP_X_FORWARDED_FOR="198.51.100.77"
)
print(json.dumps({
    "proxies": settings.NUMBER_OF_PROXIES,
    "ratelimit": client_ip(request),
    "axes": get_client_ip_address(request),
}))
"""

STORES = """
import json, django
django.setup()
from django.conf import settings
print(json.dumps({
    "axes": settings.AXES_HANDLER,
    "ratelimit": settings.RATELIMIT_STORE,
    "cache": settings.CACHES["default"]["BACKEND"],
    "backends": settings.AUTHENTICATION_BACKENDS,
}))
"""


def output(code, **variables):
    result = run([PYTHON, "-c", code], **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("environment", [TYPICAL, WITHOUT_REDIS], ids=["redis", "no-redis"])
def test_forwarded_for_is_ignored_without_a_declared_proxy(environment):
    addresses = output(CLIENT_ADDRESSES, **environment)
    assert addresses == {"proxies": 0, "ratelimit": "192.0.2.10", "axes": "192.0.2.10"}


def test_forwarded_for_counts_behind_a_declared_proxy():
    addresses = output(CLIENT_ADDRESSES, **TYPICAL, NUMBER_OF_PROXIES="1")
    assert addresses == {"proxies": 1, "ratelimit": "198.51.100.77", "axes": "198.51.100.77"}


def test_without_redis_both_count_in_the_database():
    stores = output(STORES, **WITHOUT_REDIS, CACHE_DIR="/tmp/netzwerk-cache-test")
    assert stores["cache"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert stores["axes"] == "axes.handlers.database.AxesDatabaseHandler"
    assert stores["ratelimit"] == "database"
    assert stores["backends"][0] == "core.login_throttle.AttemptLimitBackend"


def test_with_redis_both_count_in_redis():
    stores = output(STORES, **TYPICAL)
    assert stores["cache"] == "core.cache_backends.ResilientRedisCache"
    assert stores["axes"] == "axes.handlers.cache.AxesCacheHandler"
    assert stores["ratelimit"] == "cache"


@pytest.mark.parametrize("environment", [TYPICAL, WITHOUT_REDIS], ids=["redis", "no-redis"])
def test_check_deploy_is_clean_with_and_without_redis(environment):
    result = run(
        [PYTHON, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], **environment
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
