"""Copies of the test database's rows, put back to switch between states or after a commit.

Tests run on the minimal site or on the demo (tests/conftest.py); each state is copied once
per worker. Loading the demo takes about 20 seconds; putting its rows back takes well under
one. A copy covers every table Django manages, which are the tables a flush would empty.
"""

import sqlite3
from datetime import time

from django.core.cache import cache
from django.db import connection, transaction

# Django's SQLite backend reads TIME columns as datetime.time (its converter) but writes them
# as text it makes itself; the raw rows put back here go through sqlite3, which has no
# adapter for time: the same ISO text Django writes (opening hours of the directory).
sqlite3.register_adapter(time, time.isoformat)


class DatabaseSnapshot:
    def __init__(self, name="demo"):
        self.schema = f"test_snapshot_{name}"
        # Wagtail's SQLite full-text table (a model of wagtailsearch) is filled by triggers on
        # its index table: it is emptied on restore and filled again by the index rows.
        self.tables = [
            table
            for table in connection.introspection.django_table_names(
                only_existing=True, include_views=False
            )
            if not table.endswith("_fts")
        ]
        self.rows = {}
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # Server-side copies keep every type (json, arrays, tsvector) exactly as it was.
                cursor.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")
                cursor.execute(f"CREATE SCHEMA {self.schema}")
                for table in self.tables:
                    cursor.execute(
                        f"CREATE TABLE {self.schema}.{quote(table)} AS TABLE {quote(table)}"
                    )
            else:
                for table in self.tables:
                    cursor.execute(f"SELECT * FROM {quote(table)}")
                    columns = [column[0] for column in cursor.description]
                    self.rows[table] = (columns, cursor.fetchall())

    def restore(self):
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # Foreign keys are checked by triggers, which the replica role skips.
                cursor.execute("SET session_replication_role = replica")
                try:
                    for table in self.tables:
                        cursor.execute(f"DELETE FROM {quote(table)}")
                        cursor.execute(
                            f"INSERT INTO {quote(table)} SELECT * FROM {self.schema}.{quote(table)}"
                        )
                finally:
                    cursor.execute("SET session_replication_role = DEFAULT")
            else:
                cursor.execute("PRAGMA foreign_keys = OFF")  # not allowed inside a transaction
                try:
                    with transaction.atomic():
                        self._copy_back(cursor, quote)
                finally:
                    cursor.execute("PRAGMA foreign_keys = ON")
        cache.clear()

    def _copy_back(self, cursor, quote):
        for table in self.tables:
            cursor.execute(f"DELETE FROM {quote(table)}")
        # Wagtail's SQLite search keeps a full-text table beside its index, filled by triggers
        # (wagtailsearch 0006): emptied here, it is filled again as the index rows go back.
        # (On PostgreSQL the search vectors are columns of the index table itself.)
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%_fts'")
        for (fts_table,) in cursor.fetchall():
            cursor.execute(f"DELETE FROM {quote(fts_table)}")
        for table in self.tables:
            columns, rows = self.rows[table]
            if rows:
                names = ", ".join(quote(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                try:
                    cursor.executemany(
                        f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", rows
                    )
                except Exception as error:
                    raise RuntimeError(f"putting back {table} failed: {error}") from error


def sqlite_copy(connection, folder):
    """A copy of the test's SQLite database as it is now (committed rows), for a server or
    subprocess that opens it by URL; returns that URL."""
    import sqlite3

    connection.ensure_connection()
    copy = folder / "site.sqlite3"
    target = sqlite3.connect(copy)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    return f"sqlite:///{copy}"
