"""The board's factories, for the switcher's and the members' area tests (shared by import)."""

from tests.exchange.conftest import (  # noqa: F401
    board,
    make_thread,
    member,
    topics,
)
