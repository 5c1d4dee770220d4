"""Test runs: fast hashing, mail kept in memory, tasks run at once."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
# Test runs only; production reads SECRET_KEY from the environment.
SECRET_KEY = "test-only-not-secret"  # nosec B105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
# Where the test client asks; fixed, so a SITE_URL in the environment cannot leak in.
SITE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = SITE_URL

# Uploaded files and renditions made by tests stay out of the project folder.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "community-netzwerk-test-media"

# The page cache would let one test see another's pages; tests/cache/ switch it on.
PAGE_CACHE_SECONDS = 0

# Parallel test processes share one Redis database: each keeps to its own keys (and clears
# only those, see core.cache_backends).
if "KEY_PREFIX" in CACHES["default"]:  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] += "-test-" + os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not shared memory: the live server answers several requests at once (a page
    # with two embeds), and each of its threads needs a connection of its own.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        # TEST_DB_FILE names a file to keep between runs (`pytest --reuse-db`, one per developer
        # working in the same tree); otherwise each run gets its own.
        "NAME": os.environ.get("TEST_DB_FILE")
        or str(Path(tempfile.gettempdir()) / f"community-netzwerk-test-{os.getpid()}.sqlite3")
    }
    # A throwaway database: no waiting for the disk after each commit.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (  # noqa: F405
        "PRAGMA synchronous = OFF; PRAGMA journal_mode = WAL;"
    )

# django-axes needs the request to authenticate, which the test client's login() does not pass
# (axes' documented way for tests). tests/security/ switch it on around real login forms.
AXES_ENABLED = False
