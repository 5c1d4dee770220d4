"""A valid registration form becomes registrations: one per chosen date, each waiting for its
address to be confirmed (double opt-in), each with its confirmation mail.

An address already registered for a date (the database's unique constraint says so, also when
two requests arrive at once) gets its manage link again instead ("manage_link"), and the
visitor sees the same page as anybody else: nothing tells a stranger who is registered.
"""

from django.db import IntegrityError, transaction

from core import ratelimit

from . import notices, seats
from .models import Registration

# Mails to one address per hour from the form (confirmations and repeated manage links), so
# the form cannot be used to flood somebody's mailbox.
ADDRESS_LIMIT = 6
ADDRESS_WINDOW = 60 * 60


def may_mail(address):
    return not ratelimit.hit("registration:address", address.lower(), ADDRESS_LIMIT, ADDRESS_WINDOW)


def submit(event, form, *, language, user=None):
    """Register the form's address for each chosen date; returns (new, repeated) lists."""
    answers = form.answers()
    user = user if user is not None and user.is_authenticated else None
    new, repeated = [], []
    for start in form.cleaned_data["dates"]:
        try:
            with transaction.atomic():
                registration = seats.register(event, start, language=language, user=user, **answers)
        except IntegrityError:
            existing = (
                Registration.objects.for_date(event.translation_key, start)
                .exclude(status=Registration.Status.CANCELLED)
                .filter(email=answers["email"])
                .first()
            )
            if existing is not None:
                repeated.append(existing)
                if may_mail(existing.email):
                    notices.send(existing, "manage_link")
            continue
        new.append(registration)
        if may_mail(registration.email):
            notices.send(registration, "confirm_address")
    return new, repeated
