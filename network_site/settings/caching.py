"""Caches and the full-page cache.

One machine: local memory. Several app servers: Redis (REDIS_URL), shared by all of them for
pages, rate limits and login throttling; if Redis fails, the site serves without it
(home.cache_backends). Wagtail's front-end cache invalidation for a CDN: production.py.
"""

import os

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "home.cache_backends.ResilientRedisCache",
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

# Seconds an anonymous response stays in the full-page cache (home/cache.py); a content change
# purges it at once. 0 switches the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Paths never stored: the admin, document downloads (checked per request) and search.
PAGE_CACHE_SKIP = [
    r"^/admin/",
    r"^/documents/",
    r"^/embed-preview/",
    r"^/[a-z]{2}/search/",
]
# Apps whose models (snippets, documents, settings; pages through their own signals) appear on
# public pages: saving or deleting one purges the page cache.
PAGE_CACHE_CONTENT_APPS = ["home", "eventpages", "docpages", "blogpages", "embedding"]
