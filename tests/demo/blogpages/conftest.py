"""The blogpages tests' fixtures, for the blogpages tests that need the demo."""

from tests.blogpages.conftest import *  # noqa: F403
