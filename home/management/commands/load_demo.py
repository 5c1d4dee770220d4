from django.core.management.base import BaseCommand

from home.demo import load_demo


class Command(BaseCommand):
    help = "Create the demo site in all seven languages, with demo users (safe to run again)."

    def handle(self, *args, **options):
        accounts = load_demo()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write("Log in at http://127.0.0.1:8000/admin/ with:")
        for username, password, description in accounts:
            self.stdout.write(f"  {username:<14} {password:<16} {description}")
