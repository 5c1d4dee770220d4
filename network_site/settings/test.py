"""Test runs: fast hashing, mail kept in memory, tasks run at once."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Uploaded files and renditions made by tests stay out of the project folder.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "community-netzwerk-test-media"
