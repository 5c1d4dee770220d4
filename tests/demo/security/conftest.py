"""The security tests' fixtures, for the security tests that need the demo."""

from tests.security.conftest import *  # noqa: F403
