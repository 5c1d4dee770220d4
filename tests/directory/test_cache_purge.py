"""The page cache (core.cache) forgets its answers when a town, topic or audience changes: the
directory's cards and filters show them."""

import pytest

from core.cache import current_generation
from core.models import Municipality
from directory.models import Audience, Topic
from tests.factories import locale

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "make",
    [
        lambda: Municipality.objects.create(name="Lützen", slug="luetzen"),
        lambda: Topic.objects.create(name="Wohnen", slug="wohnen", locale=locale("de")),
        lambda: Audience.objects.create(name="Frauen", slug="frauen", locale=locale("de")),
    ],
    ids=["municipality", "topic", "audience"],
)
def test_saving_a_shown_row_purges_the_page_cache(site, make, django_capture_on_commit_callbacks):
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        make()
    assert current_generation() == before + 1
