"""The docpages tests' fixtures, for the docpages tests that need the demo."""

from tests.docpages.conftest import *  # noqa: F403
