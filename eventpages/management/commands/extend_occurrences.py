from django.core.management.base import BaseCommand

from eventpages.occurrences import HORIZON_DAYS, rebuild_all


class Command(BaseCommand):
    help = (
        "Rebuild the occurrences of all events, moving the horizon of open-ended series "
        f"{HORIZON_DAYS} days ahead. Run daily (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        total = rebuild_all()
        self.stdout.write(self.style.SUCCESS(f"{total} occurrences up to date."))
