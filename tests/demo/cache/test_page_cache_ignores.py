"""Rows no public page shows do not purge the page cache; each app declares its own.

core.cache names no app: an app lists its private rows on its AppConfig (`page_cache_ignores`)
and the page cache collects them. A content row of the same apps still purges.
"""

import pytest
from django.utils import timezone

from blogpages.models import Subscriber
from core.cache import HEADER, ignored_models
from core.models import RateLimitCounter
from eventpages.models import Venue

pytestmark = pytest.mark.django_db


def test_the_apps_declare_their_private_rows():
    assert ignored_models() == {
        ("core", "ratelimitcounter"),
        ("core", "glossaryterm"),  # reaches pages only through the machine translator
        ("docpages", "documentsubmission"),
        ("blogpages", "subscriber"),
        ("blogpages", "postdispatch"),
        ("blogpages", "delivery"),
        ("eventpages", "registration"),
        ("eventpages", "registrationdate"),
        ("eventpages", "registrationlog"),
        ("eventpages", "registrationnotice"),
        # Who keeps an entry current and when they were asked: shown to nobody anonymous.
        ("directory", "organisationeditor"),
        ("directory", "editorgroup"),
        ("directory", "reviewreminder"),
    }


def test_private_bookkeeping_does_not_purge_content_does(
    client, page_cache, django_capture_on_commit_callbacks
):
    assert client.get("/de/")[HEADER] == "miss"
    assert client.get("/de/")[HEADER] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        Subscriber.objects.create(email="lena@example.org", language="de")
        RateLimitCounter.objects.create(key="test", window_end=timezone.now())
    assert client.get("/de/")[HEADER] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        Venue.objects.first().save()
    assert client.get("/de/")[HEADER] == "miss"
