from django.core.management.base import BaseCommand

from core.site_url import site_root_url
from home.demo import load_demo


class Command(BaseCommand):
    help = "Create the demo site in all seven languages, with demo users (safe to run again)."

    def handle(self, *args, **options):
        accounts = load_demo()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(f"The site: {site_root_url()}/ (SITE_URL)")
        self.stdout.write(f"Log in at {site_root_url()}/admin/ with:")
        for username, password, description in accounts:
            self.stdout.write(f"  {username:<14} {password:<16} {description}")
