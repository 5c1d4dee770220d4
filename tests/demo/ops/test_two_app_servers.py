"""Two app servers (gunicorn, production settings) on one PostgreSQL database and one Redis.

An editor publishes an event through server A's admin: at once both servers list it in the
event index, the iCal feed and the event-list embed, in German and (as the alias the
synchronised languages get) in English, although both servers had those answers in the shared
page cache. Unpublished through server B, it is gone from A as well.

Runs only on PostgreSQL with REDIS_URL set (CI runs the suite a second time so); the servers
use the test database the session has already filled with the demo, and the rows are put back
afterwards (tests/demo/: it needs the demo's event index and venues).
"""

import os
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.conf import settings
from django.utils import timezone

from tests.ops.servers import (
    AppServer,
    Browser,
    collect_static,
    free_port,
    gunicorn_path,
    server_environment,
    start_servers,
    stop_servers,
)

ON_POSTGRES = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
REDIS_URL = os.environ.get("REDIS_URL", "")

pytestmark = [
    pytest.mark.slow,  # starts processes (make test-fast skips it)
    pytest.mark.skipif(
        not (ON_POSTGRES and REDIS_URL),
        reason="Two app servers need a shared database and cache: run with "
        "DATABASE_URL=postgres://... and REDIS_URL=redis://... (CI's second run does).",
    ),
    pytest.mark.skipif(gunicorn_path() is None, reason="gunicorn is not installed in the venv"),
]

TITLE = "Zwei-Server-Treffen"
SLUG = "zwei-server-treffen"
EDITOR = "ops-editor"
PASSWORD = "ops-editor-pw-7f3a9c"  # nosec B105 (a throwaway account in the test database)
LANGUAGES = ["de", "en"]


@pytest.fixture
def cache_prefix():
    """A key prefix of its own, so neither another test nor another worker shares its pages."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    prefix = f"ops-two-servers-{worker}-{os.getpid()}"
    yield prefix
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(f"{prefix}:*", count=500))
    if keys:
        client.delete(*keys)


@pytest.fixture
def servers(transactional_db, cache_prefix, tmp_path):
    """Servers A and B: two gunicorn processes, each with two workers, on the same DB and Redis."""
    from django.db import connection

    # The test database of this session (and xdist worker), which holds the committed demo.
    database = connection.settings_dict
    credentials = quote(database["USER"] or "", safe="")
    if database["PASSWORD"]:
        credentials += ":" + quote(database["PASSWORD"], safe="")
    database_url = (
        f"postgres://{credentials}@{database['HOST'] or '127.0.0.1'}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )
    env = server_environment(
        database_url=database_url,
        redis_url=REDIS_URL,
        cache_prefix=cache_prefix,
        page_cache_seconds=600,
        static_root=collect_static(),
        media_root=settings.MEDIA_ROOT,
        # No connection kept open between requests: nothing of theirs outlives the servers.
        extra={"DATABASE_CONN_MAX_AGE": "0"},
    )
    pair = [
        AppServer(port=free_port(), env=env, name=name, log_dir=tmp_path) for name in ("A", "B")
    ]
    try:
        yield start_servers(pair)
    finally:
        stop_servers(pair)


@pytest.fixture
def editor(transactional_db):
    """A superuser with a password hash the production settings can check (not the test MD5)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    user = get_user_model().objects.create(
        username=EDITOR, email="ops@example.org", is_staff=True, is_superuser=True
    )
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "opssalt0123456789", iterations=1000)
    user.save(update_fields=["password"])
    return user


def event_index(language):
    from eventpages.models import EventIndexPage

    return EventIndexPage.objects.get(locale__language_code=language)


def public_urls(language):
    """The event index, its iCal feed and its embed: three answers the page cache keeps."""
    path = event_index(language).url_path.split("/", 2)[2]  # "veranstaltungen/"
    return {
        "index": f"/{language}/{path}",
        "feed": f"/{language}/{path}ical/",
        "embed": f"/embed/{language}/{path}",
    }


def event_form(venue_id, start):
    """The admin's create form for an event, filled in as an editor would (and published)."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    from eventpages import recurrence

    local = timezone.localtime(start)
    data = nested_form_data(
        {
            "title": TITLE,
            "slug": SLUG,
            "teaser": "Ein Treffen, das beide Server sofort zeigen.",
            "body": streamfield([]),
            "start": local.strftime("%Y-%m-%d %H:%M"),
            "end": (local + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
            "frequency": recurrence.NONE,
            "interval": "1",
            "month_week": "1",
            "month_weekday": "MO",
            "ends": recurrence.ENDS_NEVER,
            "venue": str(venue_id),
            "cost": "",
            "is_free": "on",
            "cancelled_dates": inline_formset([]),
            "extra_dates": inline_formset([]),
            "tags": "",
            "persons_per_registration": "1",
            "meeting_link_minutes": "60",
            "action-publish": "action-publish",
        }
    )
    return [*data.items(), ("languages", "de"), ("target_groups", "newcomers")]


def fetch(server, path):
    response = Browser(server.url).get(path)  # a new anonymous visitor each time
    assert response.status_code == 200, (server.name, path, response.status_code)
    return response


def shows_event(response):
    return TITLE in response.content.decode()


def test_publish_on_one_server_shows_on_both_and_unpublish_purges_both(servers, editor):
    from eventpages.models import EventPage, Venue

    server_a, server_b = servers
    urls = {language: public_urls(language) for language in LANGUAGES}

    # Both servers have every answer in the shared page cache, without the event.
    for server in servers:
        for language in LANGUAGES:
            for kind, path in urls[language].items():
                first = fetch(server, path)
                assert not shows_event(first)
                second = fetch(server, path)
                assert second.headers.get("X-Page-Cache") == "hit", (server.name, kind, path)

    # An editor publishes a new event through server A's admin.
    venue = Venue.objects.filter(locale__language_code="de").first()
    start = timezone.now() + timedelta(hours=2)  # the first one listed: nothing comes between
    admin_a = Browser(server_a.url)
    admin_a.admin_login(EDITOR, PASSWORD)
    index = event_index("de")
    response = admin_a.post(
        f"/admin/pages/add/eventpages/eventpage/{index.pk}/", event_form(venue.pk, start)
    )
    assert response.status_code == 302, response.text[-2000:]
    event = EventPage.objects.get(slug=SLUG, locale__language_code="de")
    assert event.live
    # The admin's synchronisation gave the other languages an alias (wagtail-localize).
    alias = EventPage.objects.get(alias_of=event, locale__language_code="en")
    assert alias.live

    # At once, on both servers, in both languages: listing, feed and embed show it.
    for server in servers:
        for language in LANGUAGES:
            for kind, path in urls[language].items():
                response = fetch(server, path)
                assert shows_event(response), (server.name, language, kind, path)
                assert response.headers.get("X-Page-Cache") == "miss", (server.name, path)
        page = fetch(server, f"/de/{public_urls('de')['index'].split('/', 2)[2]}{SLUG}/")
        assert shows_event(page)

    # Cached again on both servers, with the event.
    for server in servers:
        for language in LANGUAGES:
            response = fetch(server, urls[language]["index"])
            assert response.headers.get("X-Page-Cache") == "hit" and shows_event(response)

    # Unpublished through server B's admin: gone from A (and B) at once, aliases too.
    admin_b = Browser(server_b.url)
    admin_b.admin_login(EDITOR, PASSWORD)
    response = admin_b.post(f"/admin/pages/{event.pk}/unpublish/", {})
    assert response.status_code == 302, response.text[-2000:]
    event.refresh_from_db()
    alias.refresh_from_db()
    assert not event.live and not alias.live
    for server in (server_a, server_b):
        for language in LANGUAGES:
            for kind, path in urls[language].items():
                response = fetch(server, path)
                assert not shows_event(response), (server.name, language, kind, path)

    # Neither server logged an error while doing so.
    for server in servers:
        assert "Internal Server Error" not in server.log_text(), server.log_tail()
