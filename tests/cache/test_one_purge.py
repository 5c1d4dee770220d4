"""core.cache.one_purge_at_the_end: many committed changes inside, one purge after them."""

import pytest
from django.db import transaction

from core.cache import current_generation, one_purge_at_the_end, schedule_purge

pytestmark = pytest.mark.django_db


def changes(count):
    for _number in range(count):
        with transaction.atomic():
            schedule_purge()


def test_many_transactions_purge_once_at_the_end(django_capture_on_commit_callbacks):
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with one_purge_at_the_end():
            changes(3)
            assert current_generation() == before  # nothing purged while the run goes on
    assert len(callbacks) == 1
    assert current_generation() == before + 1


def test_no_change_no_purge(django_capture_on_commit_callbacks):
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with one_purge_at_the_end():
            pass
    assert callbacks == []
    assert current_generation() == before


def test_an_error_still_purges_what_was_changed_before(django_capture_on_commit_callbacks):
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), one_purge_at_the_end():
            changes(2)
            raise RuntimeError
    assert current_generation() == before + 1


def test_nested_blocks_purge_once_at_the_end_of_the_outer(django_capture_on_commit_callbacks):
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with one_purge_at_the_end():
            with one_purge_at_the_end():
                changes(2)
            assert current_generation() == before
            changes(1)
    assert len(callbacks) == 1
    assert current_generation() == before + 1


def test_after_the_block_changes_purge_as_before(django_capture_on_commit_callbacks):
    with one_purge_at_the_end():
        pass
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        changes(1)
    assert len(callbacks) == 1
    assert current_generation() == before + 1
