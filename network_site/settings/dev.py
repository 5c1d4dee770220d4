"""Local development: the site's own error pages (Django's with DJANGO_DEBUG=1), readable mail
on the console."""

import os

from .base import *  # noqa: F403

# Off, so the demo shows the site's own (translated) 404 and 500 pages; DJANGO_DEBUG=1 brings
# Django's debug pages back for developers. Tracebacks go to the console either way (LOGGING).
DEBUG = env_bool("DJANGO_DEBUG", False)  # noqa: F405
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-community-netzwerk")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")  # noqa: F405
# `make demo` sets it from HOST and PORT (core/site_url.py).
SITE_URL = SITE_URL or "http://127.0.0.1:8000"  # noqa: F405
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_URL
if not os.environ.get("EMAIL_URL"):
    # Headers and text part printed readably (Django's prints base64 and quoted-printable).
    MAILERS = {"default": {"BACKEND": "core.mail_console.EmailBackend"}}

# Static files through whitenoise, as in production, but straight from the source folders (no
# collectstatic) and looked up again on each request: served whether DEBUG is on or off.
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Uploaded images are served by the app (urls.py), with DEBUG off too.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)  # noqa: F405

# With DEBUG off Django logs a failing request nowhere visible: print it on the console.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
