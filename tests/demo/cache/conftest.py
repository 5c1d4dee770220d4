"""The cache tests' fixtures, for the cache tests that need the demo."""

from tests.cache.conftest import *  # noqa: F403
