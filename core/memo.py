"""Values that change only when content changes, kept in this process until it does.

Every public page needs the same few things: the site, the locales, the restricted sections,
the menu, the footer's legal pages, the site's settings. They change only when content changes,
and every content change already increments the page cache's generation counter (core.cache),
which all app servers share. So a process builds such a value at most once per generation and
language and reuses it for every request after, instead of asking the database on each one.

- A request reads the shared counter once (`generation(request)`, one cache round trip; none
  more for the memos after it). Without a usable cache nothing is remembered.
- The counter moves after the change's transaction commits (core.cache.schedule_purge); the
  process that makes the change also counts it at once (`note_change`), so its own next
  query sees the change, as it would without memos (and tests, which never commit, too).
- Values are shared by the threads of a process: they are read, never changed, by the code
  that uses them (model instances included: templates only read them).
"""

import contextvars
import threading
import time

# However the counter behaves, a value is rebuilt after this long: a process whose cache is its
# own (local memory in development) never sees another process's changes through the counter.
MAX_AGE_SECONDS = 60
# Values kept at most: the keys follow content (a card picture per image, a library's facets
# per visibility), so a worker that lives for weeks would otherwise keep one of each it has
# ever built. Beyond this many, the oldest half is dropped.
MAX_VALUES = 2000

_values = {}
_lock = threading.Lock()
_local_changes = 0
_latest_stamp = None  # the stamp (generation, local changes) of the newest value kept

_UNSET = object()
# The generation read for the request being answered (core.serving.KnownSiteMiddleware), for
# code that asks without the request at hand (Wagtail's locale lookups, say).
_current = contextvars.ContextVar("content_generation", default=_UNSET)


def note_change():
    """This process changed content: its memos are stale from now on (before the commit)."""
    global _local_changes
    with _lock:
        _local_changes += 1
        _values.clear()


def local_changes():
    """How many changes this process has made: a stamp for values kept on an object for a
    moment (one request), so that a change made meanwhile in this process is seen."""
    return _local_changes


def forget():
    """Drop every memo (tests start each with an empty cache and an empty memo)."""
    with _lock:
        _values.clear()


def generation(request=None):
    """The shared content generation, read once per request; None without a usable cache."""
    if request is not None:
        known = getattr(request, "_content_generation", _UNSET)
        if known is not _UNSET:
            return known
    else:
        known = _current.get()
        if known is not _UNSET:
            return known
    from .cache import current_generation

    try:
        shared = current_generation()
    except Exception:  # noqa: BLE001 - a cache that fails is a cache we don't use
        shared = None
    if request is not None:
        try:
            request._content_generation = shared
        except AttributeError:  # a read-only stand-in for a request
            pass
    return shared


def answering(request):
    """For the duration of a request: request-less lookups use its generation. Returns the
    token for `answered`."""
    return _current.set(generation(request))


def answered(token):
    _current.reset(token)


def remember(key, build, request=None, *, still_valid=None):
    """The value of `build()` for this key and content generation, built once per process.

    `still_valid(value)`, if given, may retire a kept value before the generation moves (what
    time alone changes: the next events, once the first of them is over)."""
    shared = generation(request)
    if shared is None:
        return build()
    stamp = (shared, _local_changes)
    now = time.monotonic()
    found = _values.get(key)
    if (
        found is not None
        and found[0] == stamp
        and now - found[2] < MAX_AGE_SECONDS
        and (still_valid is None or still_valid(found[1]))
    ):
        return found[1]
    value = build()
    with _lock:
        if stamp == (shared, _local_changes):  # no change was noted while building
            _values[key] = (stamp, value, now)
            _forget_stale(stamp)
    return value


def _forget_stale(stamp):
    """Drop what an older generation built (never valid again: the counter only grows) once
    a newer one is being kept, and the oldest half beyond MAX_VALUES. Called under _lock."""
    global _latest_stamp
    if stamp != _latest_stamp:
        _latest_stamp = stamp
        for key in [key for key, found in _values.items() if found[0] != stamp]:
            del _values[key]
    if len(_values) > MAX_VALUES:
        by_age = sorted(_values, key=lambda key: _values[key][2])
        for key in by_age[: len(by_age) // 2]:
            del _values[key]


def site_setting(setting_class, request):
    """A Wagtail site setting (BaseSiteSetting) of the request's site, once per generation.

    Wagtail keeps it for one request; every page's frame asks for several of them."""
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return setting_class.for_request(request) if request is not None else None
    return remember(
        ("setting", setting_class._meta.label, site.pk),
        lambda: setting_class.for_site(site),
        request,
    )
