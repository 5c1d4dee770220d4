"""Daily: ask the contacts of directory entries not checked for a review period to confirm.

Run once a day (cron or a systemd timer, next to registration_daily); running it twice sends
nothing twice: each organisation is asked at most once per DIRECTORY_REVIEW_MONTHS
(directory.reviews).
"""

from django.core.management.base import BaseCommand

from directory import reviews


class Command(BaseCommand):
    help = "Directory: remind the contacts of entries not checked for a review period."

    def handle(self, *args, **options):
        reminded = reviews.send_reminders()
        self.stdout.write(f"{reminded} organisation(s) reminded")
