"""What the report's tests share: German pages translated with wagtail-localize, the report
read as data (rows, cells, counts), and logins by role."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from home.models import ContentPage
from tests.factories import add_child
from tests.localize_helpers import localize

REPORT = "/admin/reports/translations/"


def login(client, username="koordination"):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def german_page(
    parent, title, intro="Wir beraten Familien.", paragraph=None, languages=(), complete=True
):
    """A published German page below `parent` with aliases in every language, translated
    with wagtail-localize into `languages` (every segment typed, unless not `complete`: a
    translation just started)."""
    body = [("paragraph", paragraph)] if paragraph else []
    page = add_child(parent, ContentPage(title=title, slug=slug_of(title), intro=intro, body=body))
    for language in languages:
        localize(page, language, complete=complete)
    return ContentPage.objects.get(pk=page.pk)


def slug_of(title):
    return "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")


def change_and_publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return ContentPage.objects.get(pk=page.pk)


def report(client, **params):
    response = client.get(REPORT, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def rows(soup):
    """{title: row} of the report's table."""
    return {
        tr.select_one(".cn-report__title a, .cn-report__title span").get_text(strip=True): tr
        for tr in soup.select("table.cn-report tbody tr")
    }


def states(row):
    return {td["data-language"]: td["data-state"] for td in row.select("td[data-language]")}


def counts(soup):
    return {
        li["data-language"]: " ".join(li.get_text().split())
        for li in soup.select(".cn-report-counts li")
    }
