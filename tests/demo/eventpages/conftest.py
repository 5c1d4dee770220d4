"""The eventpages tests' fixtures, for the eventpages tests that need the demo."""

from tests.eventpages.conftest import *  # noqa: F403
