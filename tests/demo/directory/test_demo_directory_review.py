"""The demo's directory kept current (directory/demo/loader.py): Olena keeps the Ukrainian
community's entry, and two entries wait for review on the coordinators' desk."""

import pytest
from django.contrib.auth import get_user_model

from directory import reviews
from directory.models import OrganisationEditor

pytestmark = pytest.mark.django_db


def test_olena_keeps_the_ukrainian_communitys_entry(demo_site):
    olena = get_user_model().objects.get(username="olena")
    link = OrganisationEditor.objects.get(user=olena)
    assert link.organisation.slug == "ukrainische-gemeinde"
    assert link.organisation.permissions_for_user(olena).can_edit()
    assert not link.organisation.permissions_for_user(olena).can_publish()


def test_two_entries_wait_for_review(demo_site):
    due = {page.slug for page in reviews.due_for_review()}
    assert due == {"sportverein-osterfeld", "seniorentreff-elsteraue"}
