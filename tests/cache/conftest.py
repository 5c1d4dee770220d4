import pytest


@pytest.fixture
def page_cache(settings):
    """The full-page cache on, as in production (the test settings switch it off)."""
    settings.PAGE_CACHE_SECONDS = 600
    return settings
