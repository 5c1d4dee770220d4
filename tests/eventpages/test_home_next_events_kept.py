"""The home page's next events are rendered once (core.fragments) and drop an event once it
is over, without waiting for a content change."""

from datetime import timedelta

from core import county_time
from tests.factories import make_event


def test_an_event_leaves_the_home_page_once_it_is_over(site, client, monkeypatch):
    start = county_time.now().replace(microsecond=0) + timedelta(hours=1)
    make_event(site.events, title="Gleich vorbei", start=start, duration_hours=1)
    make_event(site.events, title="Noch lange", start=start + timedelta(days=2))
    home = client.get("/de/").content.decode()
    assert "Gleich vorbei" in home and "Noch lange" in home
    assert "Gleich vorbei" in client.get("/de/").content.decode()  # kept, same generation

    later = start + timedelta(hours=2)
    monkeypatch.setattr(county_time, "now", lambda: later)
    home = client.get("/de/").content.decode()
    assert "Gleich vorbei" not in home
    assert "Noch lange" in home
