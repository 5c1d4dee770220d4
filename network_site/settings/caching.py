"""Caches and the full-page cache.

One machine: local memory. Several app servers: Redis (REDIS_URL), shared by all of them for
pages, rate limits and login throttling (without Redis those two count in the database); if
Redis fails, the site serves without it (core.cache_backends). Wagtail's front-end cache
invalidation for a CDN: production.py.
"""

import os

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "netzwerk"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "netzwerk",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# Where the forms' rate limits count (core/ratelimit.py): in Redis, whose INCR is atomic and
# which every app server shares; without Redis in the database (a row per window counted up
# by one UPDATE), since neither local memory nor the file cache of one machine's gunicorn
# processes can count atomically.
RATELIMIT_STORE = "cache" if REDIS_URL else "database"

# Seconds an anonymous response stays in the full-page cache (core/cache.py); a content change
# purges it at once. 0 switches the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Seconds a browser, proxy or CDN may keep a public document download before asking again
# (Cache-Control: public, max-age=…, must-revalidate). Members-only files are never stored;
# moving, replacing or deleting a document purges its URL from a CDN (docpages.cdn).
DOCUMENT_CACHE_SECONDS = int(os.environ.get("DOCUMENT_CACHE_SECONDS", "300"))
# Paths never stored: the admin, document downloads (checked per request) and search.
PAGE_CACHE_SKIP = [
    r"^/admin/",
    r"^/documents/",
    r"^/embed-preview/",
    r"^/[a-z]{2}/search/",
]
# Apps whose models (snippets, documents, settings; pages through their own signals) appear on
# public pages: saving or deleting one purges the page cache.
PAGE_CACHE_CONTENT_APPS = ["home", "eventpages", "docpages", "blogpages", "embedding", "directory"]
