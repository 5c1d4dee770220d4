"""Shared fixtures: the demo site is loaded once into the test database for all tests."""

import pytest
from django.contrib.auth import get_user_model

from home.demo import load_demo

LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"]
RTL_LANGUAGES = {"ar", "fa"}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Non-transactional tests share one demo site; each test's changes are rolled back."""
    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture
def demo_site(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="de")


@pytest.fixture
def user_in_group(db):
    def make(username, group_name=None, **extra):
        User = get_user_model()
        user = User.objects.create_user(username=username, password="pw-" + username, **extra)
        if group_name:
            from django.contrib.auth.models import Group

            user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture(autouse=True)
def german_by_default():
    """Each test starts in German: a request through /ar/ leaves Arabic active in the thread."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters, login throttling and cached pages stay inside one test."""
    from django.core.cache import cache

    cache.clear()
    yield
