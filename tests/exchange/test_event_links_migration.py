"""The migration that moves a thread's event links from eventpages.EventPage to
wagtailcore.Page keeps every link, forwards and backwards.

It runs on a scratch SQLite database in memory, not on the shared test database (SQLite
changes no schema inside the test's transaction, and a transactional test would empty the
demo every other test reads). The scratch database holds the link table and, for its foreign
keys, the three tables it points at, reduced to the id column the migration reads.
"""

import pytest
from django.db import connections
from django.db.backends.sqlite3.base import DatabaseWrapper
from django.db.migrations.loader import MigrationLoader

ALIAS = "exchange_migration_test"
BEFORE = ("exchange", "0001_initial")
MIGRATION = ("exchange", "0002_thread_events_to_pages")
LINKS = "exchange_thread_events"
THREADS, EVENTS, OTHER_PAGE = [1, 2, 3], [10, 11, 12], 20


@pytest.fixture
def scratch(db):
    """A private in-memory SQLite connection, known by its alias for the length of the test
    (the migration's transactions look it up; db: pytest-django lets connections open)."""
    settings_dict = {**connections["default"].settings_dict, "NAME": ":memory:", "OPTIONS": {}}
    settings_dict["ENGINE"] = "django.db.backends.sqlite3"
    connection = DatabaseWrapper(settings_dict, alias=ALIAS)
    connections[ALIAS] = connection
    yield connection
    del connections[ALIAS]
    connection.close()


def rows(connection, sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return sorted(cursor.fetchall())


def execute(connection, *statements):
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def test_links_to_events_survive_the_move_to_pages_and_back(scratch):
    loader = MigrationLoader(None, ignore_no_migrations=True)
    migration = loader.get_migration(*MIGRATION)
    before = loader.project_state(BEFORE, at_end=True)
    old_links = before.apps.get_model("exchange", "Thread")._meta.get_field("events")
    with scratch.schema_editor() as editor:
        editor.create_model(old_links.remote_field.through)
    execute(
        scratch,
        "CREATE TABLE exchange_thread (id integer PRIMARY KEY)",
        "CREATE TABLE wagtailcore_page (id integer PRIMARY KEY)",
        "CREATE TABLE eventpages_eventpage (page_ptr_id integer PRIMARY KEY)",
        *(f"INSERT INTO exchange_thread (id) VALUES ({pk})" for pk in THREADS),
        *(f"INSERT INTO wagtailcore_page (id) VALUES ({pk})" for pk in [*EVENTS, OTHER_PAGE]),
        *(f"INSERT INTO eventpages_eventpage (page_ptr_id) VALUES ({pk})" for pk in EVENTS),
    )
    links = [(1, 10), (1, 11), (2, 10), (3, 12)]
    execute(
        scratch,
        *(f"INSERT INTO {LINKS} (thread_id, eventpage_id) VALUES {link}" for link in links),
    )

    with scratch.schema_editor() as editor:
        after = migration.apply(before.clone(), editor)

    new_links = after.apps.get_model("exchange", "Thread")._meta.get_field("events")
    assert new_links.related_model._meta.label == "wagtailcore.Page"
    assert new_links.remote_field.through._meta.db_table == LINKS
    assert rows(scratch, f"SELECT thread_id, page_id FROM {LINKS}") == links
    tables = rows(scratch, "SELECT name FROM sqlite_master WHERE type = 'table'")
    assert ("exchange_thread_event_pages",) not in tables  # the temporary field's table is gone

    # Backwards: the event links return; a link to a page that is no event cannot.
    execute(scratch, f"INSERT INTO {LINKS} (thread_id, page_id) VALUES (2, {OTHER_PAGE})")
    with scratch.schema_editor() as editor:
        migration.unapply(before.clone(), editor)

    assert rows(scratch, f"SELECT thread_id, eventpage_id FROM {LINKS}") == links
