"""core.memo keeps what one content generation built, and no more than MAX_VALUES: a worker
that lives through many changes does not keep every value it ever built."""

import pytest

from core import memo


@pytest.fixture
def generation(monkeypatch):
    """The shared counter as a number the test moves."""
    counter = {"value": 1}
    monkeypatch.setattr(memo, "generation", lambda request=None: counter["value"])
    memo.forget()
    yield counter
    memo.forget()


def test_a_newer_generation_drops_what_older_ones_built(generation):
    memo.remember(("card", 1), lambda: "picture 1")
    memo.remember(("card", 2), lambda: "picture 2")
    assert len(memo._values) == 2
    # Kept while the generation stands: not built again.
    assert memo.remember(("card", 1), lambda: "built again") == "picture 1"

    generation["value"] = 2
    assert memo.remember(("card", 3), lambda: "picture 3") == "picture 3"
    assert list(memo._values) == [("card", 3)]
    assert memo.remember(("card", 1), lambda: "picture 1, new") == "picture 1, new"


def test_no_more_than_max_values_are_kept(generation, monkeypatch):
    monkeypatch.setattr(memo, "MAX_VALUES", 10)
    for number in range(25):
        assert memo.remember(("card", number), lambda number=number: number) == number
    assert len(memo._values) <= 10
    assert ("card", 24) in memo._values  # the newest stay
    assert ("card", 0) not in memo._values
