"""The full-page cache: anonymous GET responses kept in Django's cache, for all app servers.

Why one generation counter instead of per-URL purging: a response can show any page, snippet or
document (menus, teasers on the home page, event lists in embeds and feeds, in every language),
so a list of "URLs that show this" would always miss one. Every content change increments one
counter in the shared cache after its transaction commits; every stored answer carries the
counter it was made under and is used only while the counter is unchanged, so all app servers
stop using older answers at the same moment (they are replaced or expire by themselves). The
counter and the answer are read in one round trip.

Never stored: logged-in visitors (or anyone with a session), restricted content, responses
that set cookies or carry a CSRF token, non-200 answers and anything marked private/no-store.
"""

import hashlib
import logging
import re
import threading
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import get_max_age
from django.utils.translation import get_language

from . import memo
from .middleware import RESTRICTED_FLAG

logger = logging.getLogger("core.cache")

GENERATION_KEY = "pagecache:generation"
HEADER = "X-Page-Cache"
UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
STORED_HEADERS_SKIP = {"set-cookie", HEADER.lower()}


# ------------------------------------------------------------------------------ generation


def current_generation():
    """The shared counter; None when the cache cannot be used (then nothing is cached)."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def purge():
    """Make every cached response stale, on every app server sharing this cache."""
    memo.note_change()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there yet (or the cache is away): start a new generation
        cache.add(GENERATION_KEY, 1, timeout=None)
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            logger.warning("Page cache purge could not reach the cache")
    logger.debug("Page cache purged")


class _PendingPurge:
    """One purge waiting for a commit; `done` once it ran."""

    done = False

    def __call__(self):
        self.done = True
        purge()


def schedule_purge(using=None):
    """Purge once the current transaction commits (at once outside one); once per transaction.

    Before the commit, another app server could cache the old content again. A rolled-back
    transaction drops its callbacks, so a purge counts as pending only while it is in the list.
    """
    memo.note_change()  # this process sees its own change at once (core.memo)
    if getattr(_one_purge, "asked", None) is not None:
        _one_purge.asked = True  # purged once at the end of `one_purge_at_the_end`
        return
    connection = transaction.get_connection(using)
    pending = getattr(connection, "_page_cache_purge", None)
    if (
        pending is not None
        and not pending.done
        and connection.in_atomic_block
        and any(func is pending for _sids, func, _robust in connection.run_on_commit)
    ):
        return
    pending = connection._page_cache_purge = _PendingPurge()
    transaction.on_commit(pending, using=using, robust=True)


_one_purge = threading.local()


@contextmanager
def one_purge_at_the_end():
    """Within: content changes in this thread purge once, when the block ends, not each.

    For long runs of many small transactions, such as a calendar's import (a transaction per
    event): each commit would make every cached page stale again, thousands of times in a few
    minutes, and the site would answer uncached all along. The one purge follows the block
    (after the commit of a transaction around it, as `schedule_purge` does), also when the
    block ends with an error, so what was committed before is shown. Nested blocks purge once,
    at the end of the outermost.
    """
    if getattr(_one_purge, "asked", None) is not None:
        yield
        return
    _one_purge.asked = False
    try:
        yield
    finally:
        asked, _one_purge.asked = _one_purge.asked, None
        if asked:
            schedule_purge()


# ------------------------------------------------------------------------------ middleware


def _skip_patterns():
    return [re.compile(pattern) for pattern in getattr(settings, "PAGE_CACHE_SKIP", [])]


def cache_key(request):
    parts = "|".join(
        [request.scheme, request.get_host(), request.get_full_path(), get_language() or ""]
    )
    return f"pagecache:{hashlib.sha256(parts.encode()).hexdigest()}"


class PageCacheMiddleware:
    """Answers anonymous GET/HEAD requests from the cache and stores what is safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.skip = _skip_patterns()

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if seconds <= 0:
            return self.get_response(request)
        if not self.may_answer_from_cache(request):
            response = self.get_response(request)
            response[HEADER] = "bypass"
            return response

        # One round trip to the shared cache: the counter and the stored answer together.
        key = cache_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or current_generation()
        if generation is None:  # the cache is away: serve from the database
            response = self.get_response(request)
            response[HEADER] = "bypass"
            return response
        stored = found.get(key)
        if stored is not None and stored.get("generation") == generation:
            return self.rebuild(stored, head=request.method == "HEAD")

        response = self.get_response(request)
        if request.method == "GET" and self.may_store(request, response):
            cache.set(key, self.freeze(response, generation), seconds)
            response[HEADER] = "miss"
        else:
            response[HEADER] = "bypass"
        return response

    def may_answer_from_cache(self, request):
        if request.method not in ("GET", "HEAD"):
            return False
        if any(pattern.search(request.path) for pattern in self.skip):
            return False
        # A session (logged in, or messages waiting) or credentials: answer for this person only.
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return False
        if "HTTP_AUTHORIZATION" in request.META:
            return False
        user = getattr(request, "user", None)
        return not (user is not None and user.is_authenticated)

    def may_store(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if getattr(request, RESTRICTED_FLAG, False):
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
            return False
        if getattr(getattr(request, "session", None), "modified", False):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
            return False
        if get_max_age(response) == 0:
            return False
        return "*" not in response.get("Vary", "")

    @staticmethod
    def freeze(response, generation):
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in STORED_HEADERS_SKIP
        ]
        return {
            "generation": generation,
            "status": response.status_code,
            "content": response.content,
            "headers": headers,
            # A policy the view chose (core.security): the CSP middleware above writes it.
            "csp": getattr(response, "_csp_config", None),
        }

    @staticmethod
    def rebuild(stored, head=False):
        """The stored answer; for HEAD its headers only (Content-Length stays the body's)."""
        response = HttpResponse(b"" if head else stored["content"], status=stored["status"])
        for name, value in stored["headers"]:
            response[name] = value
        if stored.get("csp") is not None:
            response._csp_config = stored["csp"]
        if head:
            response["Content-Length"] = str(len(stored["content"]))
        response[HEADER] = "hit"
        return response


# ------------------------------------------------------------------------------ what purges


def ignored_models():
    """(app label, model name) of the rows no public page shows, as the apps declare them.

    An app lists them on its AppConfig, by model name or "app_label.ModelName":

        class BlogpagesConfig(AppConfig):
            page_cache_ignores = ["subscriber", "delivery"]

    Saving or deleting one of them does not purge the page cache (bookkeeping, private rows).
    """
    from django.apps import apps

    ignored = set()
    for app_config in apps.get_app_configs():
        for name in getattr(app_config, "page_cache_ignores", ()):
            app_label, _dot, model_name = name.rpartition(".")
            ignored.add((app_label or app_config.label, model_name.lower()))
    return ignored


def _content_models():
    """Models whose rows a public response can show (besides pages, handled by their signals)."""
    from django.apps import apps
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    private_bookkeeping = ignored_models()
    models = set()
    for label in getattr(settings, "PAGE_CACHE_CONTENT_APPS", []):
        for model in apps.get_app_config(label).get_models():
            if issubclass(model, Page):
                continue
            if (model._meta.app_label, model._meta.model_name) in private_bookkeeping:
                continue
            models.add(model)
    for label in (
        "wagtailcore.Collection",
        "wagtailcore.CollectionViewRestriction",
        "wagtailcore.PageViewRestriction",
        "wagtailcore.Site",
        "wagtailcore.Locale",
        "taggit.Tag",
        "core.TagLabel",  # a tag's name in a language (core.tag_labels)
        "core.Municipality",  # the county's towns: venues, filters, the directory's places
    ):
        models.add(apps.get_model(label))
    models.add(get_document_model())
    models.add(get_image_model())
    return models


def connect_purge_signals():
    """Called from CoreConfig.ready()."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    def on_page_change(sender, instance=None, **kwargs):
        schedule_purge()

    def on_page_saved(sender, instance, created=False, **kwargs):
        # Drafts do not change what visitors see; a page created live does: the aliases
        # wagtail-localize adds in the other languages after an event is published.
        if created and instance.live:
            schedule_purge(kwargs.get("using"))

    def on_page_deleted(sender, instance, **kwargs):
        if isinstance(instance, Page):
            schedule_purge(kwargs.get("using"))

    content_models = _content_models()

    def on_content_change(sender, instance=None, created=False, **kwargs):
        if sender not in content_models:
            return
        if created and isinstance(instance, BaseSiteSetting | BaseGenericSetting):
            return  # a settings row made with its defaults on first use changes nothing
        schedule_purge(kwargs.get("using"))

    page_published.connect(on_page_change, dispatch_uid="pagecache-published", weak=False)
    page_unpublished.connect(on_page_change, dispatch_uid="pagecache-unpublished", weak=False)
    post_page_move.connect(on_page_change, dispatch_uid="pagecache-moved", weak=False)
    post_delete.connect(on_page_deleted, dispatch_uid="pagecache-page-deleted", weak=False)
    for model in [Page, *_page_models()]:
        post_save.connect(
            on_page_saved, sender=model, dispatch_uid=f"pagecache-page-saved-{model}", weak=False
        )
    post_save.connect(on_content_change, dispatch_uid="pagecache-content-saved", weak=False)

    def on_restriction_groups_change(sender, action="", **kwargs):
        # The groups a restriction lets in are set after the restriction itself is saved.
        if action.startswith("post_"):
            schedule_purge(kwargs.get("using"))

    for restriction_model in (PageViewRestriction, CollectionViewRestriction):
        m2m_changed.connect(
            on_restriction_groups_change,
            sender=restriction_model.groups.through,
            dispatch_uid=f"pagecache-groups-{restriction_model.__name__}",
            weak=False,
        )
    post_delete.connect(on_content_change, dispatch_uid="pagecache-content-deleted", weak=False)


def _page_models():
    from wagtail.models import get_page_models

    return get_page_models()
