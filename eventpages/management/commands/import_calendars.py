"""Hourly: bring partners' calendars in step (eventpages.ical_import.sync).

Run every hour by netzwerk-import.timer (or cron). Each active calendar is synced when its last
run is older than ICAL_IMPORT_INTERVAL_MINUTES; `--all` syncs every active calendar now,
`--calendar ID` one calendar (also a paused one), `--force` ignores the server's "unchanged".
A calendar that fails is reported in the admin and, after repeated failures, to the
coordinators by email; the command itself goes on with the next one.
"""

import logging

from django.core.management.base import BaseCommand, CommandError

from eventpages.ical_import.models import ExternalCalendar
from eventpages.ical_import.sync import Busy, due_calendars, sync

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Import partners' iCal calendars that are due (hourly)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="every active calendar now")
        parser.add_argument("--calendar", type=int, help="one calendar by its id")
        parser.add_argument("--force", action="store_true", help="read even if unchanged")

    def handle(self, *args, **options):
        if options["calendar"]:
            calendar = ExternalCalendar.objects.filter(pk=options["calendar"]).first()
            if calendar is None:
                raise CommandError(f"No calendar with id {options['calendar']}")
            calendars = [calendar]
        elif options["all"]:
            calendars = list(ExternalCalendar.objects.filter(active=True))
        else:
            calendars = due_calendars()
        for calendar in calendars:
            try:
                outcome = sync(calendar, force=options["force"])
            except Busy:
                self.stdout.write(f"{calendar.name}: already running")
                continue
            except Exception as error:  # one calendar's bug must not stop the others
                logger.exception("iCal import: calendar %s", calendar.pk)
                self.stderr.write(f"{calendar.name}: error – {error}")
                continue
            counts = ", ".join(f"{key} {value}" for key, value in outcome.counts().items())
            line = f"{calendar.name}: {outcome.result} ({counts})"
            if outcome.error:
                line += f" – {outcome.error}"
            self.stdout.write(line)
