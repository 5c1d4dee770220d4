"""Production: everything secret or host-specific comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")  # noqa: F405
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated) for production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405

# TLS is terminated by the reverse proxy in front of gunicorn.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405
# Cookies only over https. SECURE_COOKIES=0 is for a try-out over plain http on one's own
# machine (`make serve`): browsers drop secure cookies there, so logging in would fail.
SECURE_COOKIES = env_bool("SECURE_COOKIES", True)  # noqa: F405
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
LANGUAGE_COOKIE_SECURE = SECURE_COOKIES
# X-Frame-Options stays SAMEORIGIN (base.py): Wagtail's preview frames the site's own pages,
# and embeds are framed by the origins coordinators list, through CSP frame-ancestors, which
# browsers obey over X-Frame-Options. Django's deploy check wants DENY.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# WhiteNoise serves the hashed, compressed static files right after the security middleware.
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# SITE_URL (base.py) has no default here: the check network_site.E001 fails without it.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_URL  # noqa: F405

# Client addresses: NUMBER_OF_PROXIES (security.py), 0 unless set; the deploy/ examples,
# with nginx in front, set 1.

# SQLite on one machine: gunicorn's processes write at the same time (rate limits, login
# failures, sessions). BEGIN IMMEDIATE takes the write lock when a transaction starts, so they
# wait for each other (up to `timeout` seconds) instead of failing with "database is locked"
# (SQLite cannot let a transaction that has read wait to write).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).update(  # noqa: F405
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )

# Background tasks (sending news emails, Wagtail's own): TASKS_BACKEND=database stores them in
# the database for a worker process, `manage.py db_worker` (package django-tasks-db, in the
# production extras), which also runs retries when they are due. "immediate" runs them inside
# the request that starts them, as in development.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
if TASKS_BACKEND == "database":
    INSTALLED_APPS.append("django_tasks_db")  # noqa: F405
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
elif TASKS_BACKEND != "immediate":
    raise ImproperlyConfigured("TASKS_BACKEND must be 'immediate' or 'database'.")

# Media (uploaded images and documents). MEDIA_STORAGE=s3, or an S3_BUCKET alone, keeps them
# in an S3-compatible bucket (AWS, MinIO, Hetzner, IONOS, …) through django-storages, shared
# by every app server. The bucket stays private: each file URL is signed and expires
# (querystring auth), and documents are only ever handed out through the permission-checking
# view (/documents/<id>/<name>), which streams them from the bucket.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "s3" if os.environ.get("S3_BUCKET") else "local")
if MEDIA_STORAGE == "s3":
    if not os.environ.get("S3_BUCKET"):
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs S3_BUCKET.")
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET"],
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            # Unset: boto3's own chain (AWS_ACCESS_KEY_ID, instance roles, …).
            "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
            "location": os.environ.get("S3_PREFIX", ""),
            # Objects get no public ACL; URLs carry a signature valid for S3_URL_EXPIRE seconds
            # (longer than a page stays in the page cache or a CDN).
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": int(os.environ.get("S3_URL_EXPIRE", str(60 * 60 * 24))),
            # Only for a domain (CDN) that may read images/ and original_images/ publicly:
            # URLs on it are not signed. Documents never use it (they go through the view).
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
            "file_overwrite": False,
            "addressing_style": os.environ.get("S3_ADDRESSING_STYLE") or None,
            "signature_version": "s3v4",
        },
    }
elif MEDIA_STORAGE != "local":
    raise ImproperlyConfigured("MEDIA_STORAGE must be 'local' or 's3'.")

# With local media, the web server in front serves MEDIA_ROOT/images/ and original_images/
# (never documents/). SERVE_MEDIA=1 lets the app itself serve those two folders, for a
# try-out without a proxy (`make serve`) or a small site; the URL patterns are in urls.py.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False) and MEDIA_STORAGE == "local"  # noqa: F405

# A CDN or caching proxy in front: Wagtail purges a page's URLs from it when the page is
# published, unpublished, moved or deleted (wagtail.contrib.frontend_cache).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    # Varnish, nginx with a purge module, …: an HTTP PURGE request for each URL.
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }

# Errors and the cache's complaints (an unreachable Redis) go to stderr, which gunicorn and
# systemd's journal or docker's log collect.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Several gunicorn processes share one cache, or a purge in one would leave the others' cached
# pages stale: Redis when REDIS_URL is set (caching.py), otherwise a folder on this machine
# (one machine only). Login failures and form posts are then counted in the database
# (caching.py, security.py): the file cache cannot count atomically.
if not REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / ".cache")),  # noqa: F405
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
