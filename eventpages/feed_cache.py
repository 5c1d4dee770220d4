"""What makes a large index feed cheap: each event's VEVENT text kept, and one rebuild at a time.

**Each event's text.** Turning thousands of events into icalendar objects and serialising them
took seconds on every rebuild, and the page cache (core.cache) forgets every answer whenever
anything is published. So each event's VEVENT is kept as text, and a feed is its header, one
VTIMEZONE and these texts, joined (eventpages.feeds). The texts of an index's events in one
language are one cache entry (`TextStore`), read once and written once per rebuild: a key per
event would mean a file per event in the file cache, whose every `set` lists its whole folder.
A text is used while its version, stored beside it, still matches; it depends on:

- the event's published state: `last_published_at` changes with every publish (and is copied
  to its aliases); its cancelled and extra dates, categories and tags are published with it;
- its address: `url_path`, which Wagtail rewrites when the page or a parent moves or is renamed;
- the feed's language, the host and scheme the feed is requested on;
- shared records it shows: venues and their towns, organisers, category names, tag labels,
  sites and locales. Saving or deleting one of these moves one counter (`FACTS_KEY`), and every
  text is rebuilt on its next use; a publish of one event rebuilds that event's text only.

Unpublishing needs nothing here: the feed's query no longer finds the event. A store also
expires a day after its last change (`TEXT_SECONDS`), so nothing this list misses can stay
wrong for long. Two rebuilds writing the same store at once: the last one wins, and the texts
the other built are built again when next needed (each text carries its version, so a text is
never used for another version).
Not `core.cache.current_generation()`: it moves with every publish, and every text would
then be rebuilt after each one, which is the cost this module is here to avoid.

**One rebuild at a time.** After a purge, every first request of a feed rebuilt it, several at
once, each holding a worker. A feed answer is kept with the page-cache generation it was built
under (under a key without the generation, so the previous answer is still found); when the
generation has moved on, the request that gets the lock (`cache.add`: atomic in Redis and in
local memory; in the file cache a lost race only means two rebuild at once) rebuilds, and the
others are served the previous answer meanwhile, marked not to be stored by the page cache.
With nothing stored yet, or with the cache away, a request builds the feed itself.
"""

import hashlib
import time
import uuid

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from core.cache import current_generation

FACTS_KEY = "icalfeed:facts"
# Bump when the VEVENT text changes shape (a new property, other escaping): old texts are left.
TEXT_VERSION = 1
TEXT_SECONDS = 24 * 60 * 60
# How long a whole feed is kept to be served stale while it is rebuilt.
FEED_SECONDS = 24 * 60 * 60
# A rebuild holds the lock at most this long (a crashed worker's lock runs out by itself).
LOCK_SECONDS = 120
# Records a VEVENT shows that are not the event page itself ("app_label.ModelName").
FACT_MODELS = [
    "eventpages.Venue",
    "core.Municipality",
    "eventpages.Organiser",
    "eventpages.EventCategory",
    "core.TagLabel",
    "taggit.Tag",
    "wagtailcore.Site",
    "wagtailcore.Locale",
]


# ------------------------------------------------------------------------------ event texts


def facts_version():
    """The shared records' counter (0 when the cache is away: then nothing is found anyway)."""
    version = cache.get(FACTS_KEY)
    if version is None:
        # Started from the clock, not 1: a counter that was evicted and made again must not
        # meet texts stored under its earlier values.
        cache.add(FACTS_KEY, time.time_ns(), timeout=None)
        version = cache.get(FACTS_KEY)
    return version or 0


def facts_changed(sender, created=False, **kwargs):
    if created and sender._meta.label == "taggit.Tag":
        return  # a new tag (added while editing) is on no published event yet
    try:
        cache.incr(FACTS_KEY)
    except ValueError:  # not there (or the cache is away): a new counter is a new value
        cache.add(FACTS_KEY, time.time_ns(), timeout=None)


def store_key(*, index_pk, language, site):
    """The cache key of an index's kept texts in one language, as requested on one site."""
    parts = f"{TEXT_VERSION}|{index_pk}|{language}|{site}"
    return f"icalvevents:{index_pk}:{hashlib.sha256(parts.encode()).hexdigest()[:32]}"


class TextStore:
    """The kept VEVENT texts of one index's events: {pk: (version, text, DTSTART day)}."""

    def __init__(self, key):
        self.key = key
        self.facts = facts_version()
        stored = cache.get(key)
        self.texts = stored["texts"] if stored and stored.get("facts") == self.facts else {}
        self.changed = False

    def get(self, pk, version):
        """(text, DTSTART day) kept for this version of the event, or None."""
        entry = self.texts.get(pk)
        if entry is None or entry[0] != version:
            return None
        return entry[1:]

    def put(self, pk, version, value):
        self.texts[pk] = (version, *value)
        self.changed = True

    def keep_only(self, pks):
        """Forget the events not among `pks` (out of the window, deleted, moved away)."""
        kept = {pk: entry for pk, entry in self.texts.items() if pk in pks}
        if len(kept) != len(self.texts):
            self.texts, self.changed = kept, True

    def save(self):
        if self.changed:
            cache.set(self.key, {"facts": self.facts, "texts": self.texts}, TEXT_SECONDS)
            self.changed = False


def connect_signals():
    """Called from EventPagesConfig.ready()."""
    from django.apps import apps

    for label in FACT_MODELS:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(
                facts_changed,
                sender=model,
                dispatch_uid=f"icalfeed-facts-{signal is post_save}-{label}",
                weak=False,
            )


# ------------------------------------------------------------------------------ whole feeds


def feed_key(request):
    """A feed answer's key: its address and language (the generation is stored with it)."""
    parts = f"{request.scheme}|{request.get_host()}|{request.get_full_path()}"
    return f"icalfeed:{hashlib.sha256(parts.encode()).hexdigest()}"


def stale_while_rebuilding(key, build):
    """(content, fresh): the stored answer while it is current, else a rebuild by one request
    at a time while the others get the previous answer (fresh=False)."""
    generation = current_generation()
    if generation is None:  # the cache is away
        return build(), True
    stored = cache.get(key)
    if stored is not None and stored["generation"] == generation:
        return stored["content"], True
    lock_key, token = f"{key}:lock", uuid.uuid4().hex
    locked = cache.add(lock_key, token, LOCK_SECONDS)
    if not locked and stored is not None:
        return stored["content"], False
    try:
        content = build()
        cache.set(key, {"generation": generation, "content": content}, FEED_SECONDS)
    finally:
        if locked and cache.get(lock_key) == token:  # not another's lock, after ours ran out
            cache.delete(lock_key)
    return content, True
