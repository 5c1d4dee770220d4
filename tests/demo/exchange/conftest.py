"""The exchange tests' fixtures, for the exchange tests that need the demo."""

from tests.exchange.conftest import *  # noqa: F403
