"""Daily: reminders for tomorrow's registrations, deletion of data kept long enough.

Run once a day (cron or a systemd timer, next to extend_occurrences); running it twice sends no
reminder twice (eventpages.registration.daily).
"""

from django.core.management.base import BaseCommand

from eventpages.registration import daily


class Command(BaseCommand):
    help = "Registrations: send tomorrow's reminders, delete personal data of past dates."

    def handle(self, *args, **options):
        reminders = daily.send_reminders()
        deleted = daily.delete_expired()
        self.stdout.write(f"{reminders} reminder(s) queued, {deleted} registration(s) deleted")
