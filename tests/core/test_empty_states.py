"""Zero counts in the editors' side panel are said in words (core/templates/wagtailadmin/...)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from home.models import ContentPage

pytestmark = pytest.mark.django_db


def usage_line(client, page):
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    # The side panel's "Usage" section (Wagtail's heading, in the admin's language).
    link = soup.find("a", href=f"/admin/pages/{page.pk}/usage/")
    line = link or soup.find(attrs={"data-usage-none": True})
    return " ".join(line.get_text().split())


def test_a_page_nothing_points_at_says_so(site, client):
    client.force_login(get_user_model().objects.get(username="koordination"))
    page = ContentPage(title="Allein", slug="allein")
    site.home.add_child(instance=page)
    page.save_revision().publish()
    assert usage_line(client, page) == "Noch nirgends verwendet"


def test_a_page_others_point_at_keeps_wagtails_count_and_link(site, client):
    from wagtail.models import ReferenceIndex

    client.force_login(get_user_model().objects.get(username="koordination"))
    target = ContentPage(title="Ziel", slug="ziel")
    site.home.add_child(instance=target)
    target.save_revision().publish()
    pointing = ContentPage(
        title="Verweis",
        slug="verweis",
        body=[("paragraph", f'<p><a linktype="page" id="{target.pk}">Ziel</a></p>')],
    )
    site.home.add_child(instance=pointing)
    pointing.save_revision().publish()
    ReferenceIndex.create_or_update_for_object(pointing)
    line = usage_line(client, target)
    assert "Noch nirgends" not in line
    assert "1" in line
