"""Helpers for the security tests: reading policies and switching django-axes on."""

import pytest
from django.test import override_settings

PASSWORD = "netzwerk-demo"  # the accounts' password, on the minimal site and the demo  # nosec B105


def csp(response, header="Content-Security-Policy"):
    """A policy as {directive: [values]}."""
    policy = {}
    for directive in response.get(header, "").split(";"):
        if directive.strip():
            name, *values = directive.split()
            policy[name] = values
    return policy


@pytest.fixture
def axes_on():
    """django-axes as in production (the test settings switch it off for Client.login())."""
    with override_settings(AXES_ENABLED=True):
        yield
