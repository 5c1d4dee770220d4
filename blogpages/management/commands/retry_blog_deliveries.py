from django.core.management.base import BaseCommand

from blogpages.delivery import MAX_ATTEMPTS, retry_failed
from blogpages.digest import purge_unconfirmed


class Command(BaseCommand):
    help = (
        f"Send failed news emails again (each at most {MAX_ATTEMPTS} times in all), and "
        "delete sign-ups never confirmed. The database task worker retries by itself; run "
        "this hourly where tasks run immediately, or as a safety net."
    )

    def handle(self, *args, **options):
        result = retry_failed()
        purged = purge_unconfirmed()
        self.stdout.write(
            self.style.SUCCESS(
                f"Sent again: {result['sent']}, failed again: {result['failed']}. "
                f"Unconfirmed sign-ups deleted: {purged}."
            )
        )
