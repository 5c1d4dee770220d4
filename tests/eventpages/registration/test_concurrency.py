"""Correct under load: a crowd confirming at the same moment never takes more seats than there
are, gets them in arrival order, and a double click changes nothing (eventpages.registration.
seats, its lock on the date's ledger row).

Each confirmation runs in a thread of its own with its own database connection, so what is
tested is the database's locking, not Python's. PostgreSQL (CI's second run) is where it
matters: with `DATABASE_URL` pointing elsewhere the big test is skipped. SQLite with the
production settings (transactions that take the write lock at BEGIN, `transaction_mode`
IMMEDIATE) is checked with a few threads.
"""

import pytest
from django.db import connection, connections

from eventpages.models import Registration, RegistrationDate, RegistrationLog
from tests.eventpages.registration.crowd import confirm_at_once, pending_crowd
from tests.factories import current_site, make_event

Status = Registration.Status
ON_POSTGRESQL = connection.vendor == "postgresql"
needs_postgresql = pytest.mark.skipif(
    not ON_POSTGRESQL,
    reason="row locks under real concurrency: needs DATABASE_URL=postgres://… (CI's second run)",
)

pytestmark = pytest.mark.slow


@pytest.fixture
def seated_event(transactional_db):
    """A published event with 50 seats per date, committed: every thread sees it."""
    return make_event(
        current_site().events, title="Infoabend", takes_registrations=True, capacity=50
    )


def statuses_in_sequence_order(event):
    return list(
        Registration.objects.filter(event_key=event.translation_key, start=event.start)
        .order_by("sequence")
        .values_list("sequence", "status")
    )


def assert_seats_in_arrival_order(event, seats_count, crowd):
    rows = statuses_in_sequence_order(event)
    sequences = [sequence for sequence, _status in rows]
    assert sequences == list(range(1, crowd + 1)), "arrival order without gaps or repeats"
    confirmed = [sequence for sequence, status in rows if status == Status.CONFIRMED]
    waiting = [sequence for sequence, status in rows if status == Status.WAITING]
    assert confirmed == list(range(1, seats_count + 1)), "the first to arrive hold the seats"
    assert waiting == list(range(seats_count + 1, crowd + 1))
    ledger = RegistrationDate.objects.get(event_key=event.translation_key, start=event.start)
    assert ledger.last_sequence == crowd


def assert_answers_are_what_is_stored(results):
    """Each thread, the second click's too, was told the registration's one stored state."""
    stored = {
        row.pk: (row.status, row.sequence)
        for row in Registration.objects.filter(pk__in=[result.pk for result in results])
    }
    assert [(result.status, result.sequence) for result in results] == [
        stored[result.pk] for result in results
    ]


@needs_postgresql
def test_300_confirmations_at_once_for_50_seats(seated_event):
    crowd = pending_crowd(seated_event, seated_event.start, 300)
    # No ledger row yet: the first confirmations race to create it as well.
    assert not RegistrationDate.objects.exists()

    outcome = confirm_at_once(crowd, seated_event.capacity)

    assert outcome.errors == []
    assert len(outcome.results) == 300
    assert sum(result.status == Status.CONFIRMED for result in outcome.results) == 50
    assert sum(result.status == Status.WAITING for result in outcome.results) == 250
    assert_seats_in_arrival_order(seated_event, 50, 300)
    actions = RegistrationLog.objects.filter(event_key=seated_event.translation_key)
    assert actions.filter(action=RegistrationLog.Action.CONFIRMED).count() == 50
    assert actions.filter(action=RegistrationLog.Action.WAITING).count() == 250
    # Every thread gave its connection back.
    assert connections["default"].vendor == "postgresql"


@needs_postgresql
def test_double_confirmation_from_two_threads_changes_nothing(seated_event):
    first, second = pending_crowd(seated_event, seated_event.start, 2)

    outcome = confirm_at_once([first, first, second, second], seated_event.capacity)

    assert outcome.errors == []
    assert_answers_are_what_is_stored(outcome.results)
    assert statuses_in_sequence_order(seated_event) == [
        (1, Status.CONFIRMED),
        (2, Status.CONFIRMED),
    ]
    confirmations = RegistrationLog.objects.filter(action=RegistrationLog.Action.CONFIRMED)
    assert sorted(confirmations.values_list("registration", flat=True)) == sorted(
        [first.pk, second.pk]
    )


@pytest.fixture(params=["IMMEDIATE", "DEFERRED"])
def sqlite_mode(request, transactional_db):
    """SQLite as production runs it (each transaction takes the write lock when it begins and
    waits up to 20 seconds for it, network_site/settings/production.py), and as development
    runs it (SQLite's default: the lock is taken at the first write), applied to the
    connections the threads open."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write lock (the PostgreSQL tests cover row locks)")
    options = connections.settings["default"].setdefault("OPTIONS", {})
    saved = dict(options)
    options.update({"transaction_mode": request.param, "timeout": 20})
    yield request.param
    options.clear()
    options.update(saved)


def test_sqlite_gives_seats_in_arrival_order(sqlite_mode):
    event = make_event(
        current_site().events, title="Sprachcafé", takes_registrations=True, capacity=3
    )
    crowd = pending_crowd(event, event.start, 12)

    # Twelve at once, four of them clicking twice.
    outcome = confirm_at_once(crowd + crowd[:4], event.capacity, connections_at_once=16)

    assert outcome.errors == []
    assert len(outcome.results) == 16
    assert_answers_are_what_is_stored(outcome.results)
    assert_seats_in_arrival_order(event, 3, 12)
