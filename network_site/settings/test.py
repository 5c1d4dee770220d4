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
WAGTAILADMIN_BASE_URL = "http://testserver"

# Uploaded files and renditions made by tests stay out of the project folder.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "community-netzwerk-test-media"

# The page cache would let one test see another's pages; tests/cache/ switch it on.
PAGE_CACHE_SECONDS = 0

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not shared memory: the live server answers several requests at once (a page
    # with two embeds), and each of its threads needs a connection of its own.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.gettempdir()) / f"community-netzwerk-test-{os.getpid()}.sqlite3")
    }
    # A throwaway database: no waiting for the disk after each commit.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (  # noqa: F405
        "PRAGMA synchronous = OFF; PRAGMA journal_mode = WAL;"
    )
