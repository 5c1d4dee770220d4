"""The two states a test database is in: the minimal site or the demo.

Most tests stand on the minimal site (tests/factories.py), built once per worker in a few
hundred milliseconds. Tests under tests/demo/ and tests/browser/ (or marked `demo`) need the
demo's content; the demo is loaded the first time such a test runs on a worker and copied, and
from then on each switch puts the other state's rows back (DatabaseSnapshot) instead of
building it again. Tests are ordered so that each worker switches about once.
"""

from pathlib import Path

from tests.database_snapshot import DatabaseSnapshot

TESTS = Path(__file__).resolve().parent
DEMO_FOLDERS = (TESTS / "demo", TESTS / "browser")
SITE, DEMO = "site", "demo"


def needs_demo(item):
    path = Path(str(item.path)).resolve()
    in_folder = any(folder in path.parents for folder in DEMO_FOLDERS)
    return in_folder or item.get_closest_marker("demo") is not None


class DatabaseStates:
    def __init__(self):
        self.snapshots = {}
        self.current = None
        self.wanted = SITE

    @property
    def ready(self):
        return self.current is not None

    def set_up(self):
        """In the freshly migrated database: copy it, build the minimal site, copy that.

        A database kept from an earlier run (--reuse-db) that was stopped before putting its
        empty state back is flushed first (Django's post_migrate signals run again).
        """
        from django.core.management import call_command
        from wagtail.models import Site

        from tests.factories import build_site

        if Site.objects.exclude(root_page__depth=2, root_page__content_type__model="page").exists():
            call_command("flush", interactive=False, verbosity=0)
        self.snapshots["empty"] = DatabaseSnapshot("empty")
        build_site()
        self.snapshots[SITE] = DatabaseSnapshot(SITE)
        self.current = SITE
        self.switch(self.wanted)

    def switch(self, wanted):
        if wanted == self.current:
            return
        if wanted in self.snapshots:
            self.snapshots[wanted].restore()
        else:
            from home.demo import load_demo

            self.snapshots["empty"].restore()
            load_demo()
            self.snapshots[wanted] = DatabaseSnapshot(wanted)
        self.current = wanted

    def tear_down(self):
        """Leave the database as migrated, for the next run with --reuse-db."""
        self.snapshots["empty"].restore()
        self.current = None

    def reset(self):
        """Undo what a test committed (live server, subprocesses): put the state back."""
        self.snapshots[self.current].restore()


STATES = DatabaseStates()
