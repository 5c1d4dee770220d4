"""The mail task (django-tasks): sends one message that core.mail.sending prepared.

Its argument is the message as plain JSON values (core.mail.message.message_data), as a
database queue stores it.
"""

import logging

from django.core import mail
from django_tasks import task

from .message import message_from_data

logger = logging.getLogger(__name__)


@task()
def send_prepared_message(message: dict) -> int:
    """Send the message; a failure is logged with its recipients and marks the task failed."""
    prepared = message_from_data(message)
    try:
        return mail.mailers.default.send_messages([prepared])
    except Exception:
        logger.exception("Could not send the mail %r to %s", prepared.subject, prepared.to)
        raise
