from django.core.management.base import BaseCommand

from blogpages.digest import purge_unconfirmed, send_digests


class Command(BaseCommand):
    help = (
        "Send the weekly news digest to the subscribers who chose it (once per ISO week: "
        "running it again the same week sends nothing), and delete sign-ups never confirmed. "
        "Run weekly (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        counts = send_digests()
        purged = purge_unconfirmed()
        self.stdout.write(
            self.style.SUCCESS(
                f"Digests sent: {counts['sent']}, failed: {counts['failed']}, "
                f"nothing new: {counts['nothing_new']}, already sent this week: "
                f"{counts['already_sent']}. Unconfirmed sign-ups deleted: {purged}."
            )
        )
