"""Many confirmations at the same moment, each in its own thread with its own database
connection: what a crowd clicking their confirmation links at once does to the seats service.

Shared by tests/eventpages/registration/test_concurrency.py and bench/registration.py.
"""

import threading
import time
from dataclasses import dataclass, field

from django.db import connection

from eventpages.registration import seats

# PostgreSQL allows 100 connections by default, shared with whatever else runs on the server;
# the app server's workers would hold a few dozen. The threads all start at once and queue
# for one of these, as requests queue for a worker.
CONNECTIONS_AT_ONCE = 40


@dataclass
class Outcome:
    seconds: float = 0.0
    results: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    durations: list = field(default_factory=list)  # seconds per confirmation, with waiting


def confirm_at_once(registrations, capacity, connections_at_once=CONNECTIONS_AT_ONCE):
    """seats.confirm for every registration (a list; repeat one to confirm it twice), all
    threads released together; each thread closes its connection when done."""
    outcome = Outcome()
    lock = threading.Lock()
    start_line = threading.Barrier(len(registrations) + 1)
    pool = threading.BoundedSemaphore(connections_at_once)

    def one(registration):
        start_line.wait()
        began = time.perf_counter()
        try:
            with pool:
                try:
                    result = seats.confirm(registration, capacity)
                finally:
                    connection.close()
        except Exception as error:  # noqa: BLE001 - every failure is counted and shown
            with lock:
                outcome.errors.append(repr(error))
            return
        with lock:
            outcome.results.append(result)
            outcome.durations.append(time.perf_counter() - began)

    threads = [threading.Thread(target=one, args=(item,)) for item in registrations]
    for thread in threads:
        thread.start()
    start_line.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    outcome.seconds = time.perf_counter() - began
    return outcome


def pending_crowd(event, start, count, prefix="gast"):
    """`count` registrations waiting for their address to be confirmed, one person each."""
    return [
        seats.register(
            event,
            start,
            language=("de", "ar", "uk", "fa")[number % 4],
            name=f"{prefix} {number}",
            email=f"{prefix}{number}@example.org",
        )
        for number in range(1, count + 1)
    ]
