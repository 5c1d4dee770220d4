from django.core.management.base import BaseCommand

from exchange.notifications import send_summaries


class Command(BaseCommand):
    help = (
        "Send the daily summary of new threads on the members' board to the members who chose "
        "it (each thread once: running it again sends only what is newer; nothing new, no "
        "email). Run daily (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        counts = send_summaries()
        self.stdout.write(
            self.style.SUCCESS(
                f"Summaries sent: {counts['sent']}, failed: {counts['failed']}, "
                f"nothing new: {counts['nothing_new']}."
            )
        )
