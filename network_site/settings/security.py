"""Security headers and login throttling; imported at the end of base.py.

Headers (SecurityMiddleware, Django's CSP middleware, core.security):
- Content-Security-Policy: public pages load scripts, styles and images from the site only,
  no inline script or style; frames only from the video hosts of the two-click video block
  (home/blocks.py VideoBlock, network_site/static/js/site.js), after the visitor's click.
  Images may also come from the media storage's host (core.security.media_origins).
  The Wagtail admin gets a relaxed policy (core.security.ADMIN_CSP); embeds set their
  own (embedding/views.py).
- Referrer-Policy, X-Content-Type-Options, Cross-Origin-Opener-Policy from Django's
  SecurityMiddleware; Permissions-Policy from core.security. HSTS in production.py.

Login throttling (django-axes): 5 failed logins per (user name, client address) lock that
pair for 15 minutes; /de/login/ and /admin/login/ alike. Failures are counted in Redis when
there is one (REDIS_URL), otherwise in the database: both count atomically for every app
server process. Client addresses come from X-Forwarded-For only behind declared proxies.
"""

import os
from datetime import timedelta

from django.utils.csp import CSP

from .caching import REDIS_URL

# The hosts VideoBlock.embed_url() points at; nothing is loaded from them before the click.
VIDEO_FRAME_SOURCES = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "media-src": [CSP.SELF],
    "frame-src": VIDEO_FRAME_SOURCES,
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    # The site itself may frame its pages (Wagtail's preview); embeds list their own.
    "frame-ancestors": [CSP.SELF],
}
# Further origins images and media may come from (comma-separated), if the media storage's
# public address is not in MEDIA_URL, AWS_S3_CUSTOM_DOMAIN or AWS_S3_ENDPOINT_URL.
CSP_MEDIA_ORIGINS = [
    o.strip() for o in os.environ.get("CSP_MEDIA_ORIGINS", "").split(",") if o.strip()
]
# Paths under which the Wagtail admin's relaxed policy applies.
ADMIN_CSP_PATHS = ["/admin/"]

SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"

# The admin contacts no other host: no avatars from Gravatar, no update check at wagtail.org
# (updates arrive through the dependency audit, scripts/audit-dependencies).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Login throttling (django-axes).
AUTHENTICATION_BACKENDS = [
    # axes' lockout check, and an atomic count of the attempts before the password is checked.
    "core.login_throttle.AttemptLimitBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failures are counted in Redis when there is one (several app servers, see caching.py);
# otherwise in the database, which gunicorn's processes share and update atomically (a file
# or local-memory cache would let parallel guesses through: axes.W001).
if REDIS_URL:
    AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
    AXES_CACHE = "default"
else:
    AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# No record of successful logins: the site has no use for one (with the database handler,
# axes would otherwise keep a row per login with the address, indefinitely).
AXES_DISABLE_ACCESS_LOG = True
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
# Per user name and address together: nobody can lock a member out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Client addresses (rate limits and login throttling): each reverse proxy in front of gunicorn
# appends one X-Forwarded-For entry; only the last NUMBER_OF_PROXIES entries are trusted. 0
# (the default) ignores the header, as it must when clients reach gunicorn directly: they
# could write a new address into it with every request. Behind nginx: 1.
NUMBER_OF_PROXIES = int(os.environ.get("NUMBER_OF_PROXIES", "0"))
# The same client address as the forms' rate limits.
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_ip"
# The translated "too many attempts" page with status 429 and Retry-After.
AXES_LOCKOUT_CALLABLE = "core.security.lockout_response"
AXES_RESET_ON_SUCCESS = True
