"""Local development: debug on, mail to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-community-netzwerk")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")  # noqa: F405
if not os.environ.get("EMAIL_URL"):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
# runserver is one process: its local-memory cache sees every login attempt, which is what
# django-axes' warning is about (production uses Redis or a shared folder, see caching.py).
SILENCED_SYSTEM_CHECKS = ["axes.W001"]
