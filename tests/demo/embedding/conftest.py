"""The embedding tests' fixtures, for the embedding tests that need the demo."""

from tests.embedding.conftest import *  # noqa: F403
