"""The site's own address, SITE_URL: where links point that no request can say where to.

Emails (news posts and their List-Unsubscribe header, the double opt-in, notifications) are
built in tasks and commands, or for a visitor whose Host header must not decide where a mail's
links lead. Wagtail builds page URLs and the sitemap from its Site row (hostname and port). All
of them follow the one setting SITE_URL, so the links work wherever the site runs: `make demo`
on another port, production behind its proxy. Responses to a request (feeds, embeds) keep
linking to the host the request came to.

The row is brought in line after every `migrate` (core.apps) and by `load_demo`; the system
check below refuses a missing or unusable SITE_URL (production sets no default).
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.db import DEFAULT_DB_ALIAS
from django.http.request import validate_host

logger = logging.getLogger(__name__)

DEFAULT_PORTS = {"http": 80, "https": 443}


def split_site_url(value):
    """(scheme, host name, port) of a SITE_URL; ValueError saying what is wrong with it."""
    parts = urlsplit(value or "")
    port = parts.port  # ValueError for a port that is no number
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError("it must start with http:// or https:// and name a host")
    if parts.path.strip("/") or parts.query or parts.fragment or parts.username:
        raise ValueError("the site is served at the root of its host: no path, query or user")
    return parts.scheme, parts.hostname, port or DEFAULT_PORTS[parts.scheme]


def site_root_url():
    """SITE_URL without a trailing slash, e.g. "https://netzwerk.example.org"."""
    return settings.SITE_URL.rstrip("/")


def absolute_url(path):
    """A site-relative path ("/de/newsletter/") as a full address on this site."""
    return site_root_url() + path


def admin_absolute_url(path):
    """A path of the Wagtail admin as a full address: WAGTAILADMIN_BASE_URL, which is SITE_URL
    unless the admin is served under another address."""
    return (settings.WAGTAILADMIN_BASE_URL or site_root_url()).rstrip("/") + path


def page_url(page):
    """A page's full address on this site, or None when it has none (not routable)."""
    parts = page.get_url_parts()
    if parts is None or parts[2] is None:
        return None
    return absolute_url(parts[2])


def sync_default_site(using=DEFAULT_DB_ALIAS):
    """Point the default Wagtail Site at SITE_URL's host and port; return it.

    None when there is no site yet (the demo loader creates it) or SITE_URL is unusable (the check
    reports that). With several sites and none the default, nothing is guessed.
    """
    from wagtail.models import Site

    try:
        _scheme, hostname, port = split_site_url(settings.SITE_URL)
    except ValueError:
        return None
    sites = Site.objects.using(using)
    site = sites.filter(is_default_site=True).first()
    if site is None and sites.count() == 1:
        site = sites.get()
    if site is None:
        return None
    if (site.hostname, site.port, site.is_default_site) == (hostname, port, True):
        return site
    if sites.exclude(pk=site.pk).filter(hostname=hostname, port=port).exists():
        logger.warning("SITE_URL names another Wagtail site (%s:%s); left as it is", hostname, port)
        return site
    site.hostname, site.port, site.is_default_site = hostname, port, True
    # save(), not update(): Wagtail clears its cached site root paths on save.
    site.save(using=using, update_fields=["hostname", "port", "is_default_site"])
    return site


@checks.register(checks.Tags.compatibility)
def check_site_url(app_configs, **kwargs):
    """SITE_URL must be set and usable; its host must be one the site answers to."""
    value = getattr(settings, "SITE_URL", "")
    if not value:
        return [
            checks.Error(
                "SITE_URL is not set.",
                hint="Set SITE_URL to the site's public address, e.g. "
                "https://netzwerk.example.org: links in emails, the sitemap and the Wagtail "
                "site use it.",
                id="network_site.E001",
            )
        ]
    try:
        _scheme, hostname, _port = split_site_url(value)
    except ValueError as problem:
        return [
            checks.Error(
                f"SITE_URL {value!r} is not usable: {problem}.",
                hint="For example https://netzwerk.example.org or http://127.0.0.1:8000.",
                id="network_site.E002",
            )
        ]
    if not validate_host(hostname, settings.ALLOWED_HOSTS):
        return [
            checks.Warning(
                f"The host of SITE_URL ({hostname}) is not in ALLOWED_HOSTS.",
                hint="Links in emails would be answered with 400 Bad Request.",
                id="network_site.W003",
            )
        ]
    return []
