"""Sending after the commit, through a task: the request neither waits for nor depends on it.

The message is rendered where it is asked for (the data is at hand, the language known) and
stored as plain values in the task's arguments; the task (core.mail.tasks) sends it. With the
immediate task backend (development, tests) it goes out right after the commit; with the
database backend a worker sends it.
"""

import logging
from functools import partial

from django.db import transaction

from .message import message_data

logger = logging.getLogger(__name__)


def send_after_commit(messages, using=None):
    """Queue each message (one task each) once the current transaction commits.

    Outside a transaction that is at once. A failure to queue is logged, never raised: the
    change that asked for the mail is already stored. Returns how many were handed over.
    """
    messages = list(messages)
    for message in messages:
        transaction.on_commit(partial(enqueue, message_data(message)), using=using, robust=True)
    return len(messages)


def enqueue(data):
    from .tasks import send_prepared_message

    return send_prepared_message.enqueue(data)
