"""A calendar's import writes its events with the page cache's purges held back, and purges
once when the run is done (core.cache.one_purge_at_the_end; the block itself is tested in
tests/cache/test_one_purge.py)."""

from core import cache as page_cache
from eventpages.ical_import import pages
from eventpages.ical_import.sync import sync

from .conftest import feed

EVENTS = [
    f"UID:purge-{number}@partner\nDTSTART:20300{number + 1}10T180000Z\n"
    f"DTEND:20300{number + 1}10T200000Z\nSUMMARY:Abend {number}"
    for number in range(3)
]


def test_events_are_written_inside_one_purge_block(calendar, serve, monkeypatch):
    held = []
    create = pages.create

    def create_watched(*args, **kwargs):
        page = create(*args, **kwargs)
        held.append(page_cache._one_purge.asked)
        return page

    monkeypatch.setattr(pages, "create", create_watched)
    outcome = sync(calendar(serve(feed(*EVENTS))))
    assert outcome.created == 3
    assert held == [True, True, True]  # each event's changes asked, none purged on its own
    assert page_cache._one_purge.asked is None  # over: later changes purge as before
