"""Shared fixtures: a minimal site per worker (tests/factories.py), the demo where asked for.

Tests under tests/demo/ and tests/browser/ (or marked `demo`) run on the demo; every other test
runs on the minimal site, reached through the `site` fixture. Each test's changes are rolled
back; tests that commit (`transactional_db`: live servers, subprocesses) get the state's rows
put back afterwards.
"""

import pytest
from django.contrib.auth import get_user_model
from pytest_django.plugin import blocking_manager_key

from tests.database_states import DEMO, SITE, STATES, needs_demo
from tests.fake_translator import fake_translator, fake_translator_server  # noqa: F401

LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"]
RTL_LANGUAGES = {"ar", "fa"}


def pytest_collection_modifyitems(config, items):
    """Minimal-site tests first, demo tests after: each worker loads the demo at most once.

    With xdist's `loadgroup` distribution the demo tests and the browser tests each stay on
    one worker, so that no more than two workers ever load the demo.
    """
    browser = pytest.mark.xdist_group("browser")
    demo = pytest.mark.xdist_group("demo")
    for item in items:
        if needs_demo(item):
            item.add_marker(pytest.mark.demo)
            item.add_marker(browser if "browser" in item.keywords else demo)
    items.sort(key=lambda item: needs_demo(item))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Put the database in the state the test needs before its transaction starts."""
    wanted = DEMO if needs_demo(item) else SITE
    if not STATES.ready:
        STATES.wanted = wanted  # django_db_setup builds it
        return
    if wanted != STATES.current:
        blocker = item.config.stash[blocking_manager_key]
        with blocker.unblock():
            STATES.switch(wanted)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        STATES.set_up()
    yield
    with django_db_blocker.unblock():
        STATES.tear_down()


@pytest.fixture
def transactional_db(django_db_setup, django_db_blocker):
    """Replaces pytest-django's flush: whatever the test commits is undone by putting the
    state's rows back (the live server and subprocesses see the committed site or demo)."""
    with django_db_blocker.unblock():
        try:
            yield
        finally:
            STATES.reset()


@pytest.fixture
def site(db):
    """The minimal site: home page, one index of each kind, locales (tests/factories.py)."""
    from tests.factories import current_site

    return current_site()


@pytest.fixture
def demo_site(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="de", depth=2)


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
    """Rate-limit counters, login throttling, cached pages and the values kept per content
    generation (core.memo) stay inside one test."""
    from django.core.cache import cache

    from core import memo

    cache.clear()
    memo.forget()
    yield
