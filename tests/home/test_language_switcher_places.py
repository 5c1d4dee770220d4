"""The language switcher and the hreflang alternates keep the visitor's place (home.places):
the sub-route (calendar, archives, a board thread) and the query, with a translated
category's slug mapped through its translation key; at a constant number of queries."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.models import Locale

from eventpages.models import EventCategory, EventIndexPage
from home import navigation

pytestmark = pytest.mark.django_db


def switcher(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = BeautifulSoup(response.content, "html.parser")
    return {a["hreflang"]: a["href"] for a in html.select("nav.language-switcher a")}


def alternates(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return {
        link["hreflang"]: link["href"]
        for link in html.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


@pytest.fixture
def language_category(site):
    """A German event category whose Arabic translation has a slug of its own (made outside
    wagtail-localize, which would keep the German one); no English translation."""
    german = EventCategory.objects.create(
        name="Sprache", slug="sprache", locale=Locale.objects.get(language_code="de")
    )
    arabic = german.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name = "اللغة"
    arabic.slug = "lugha"
    arabic.save()
    return german


def test_calendar_month_leads_to_the_same_month_in_every_language(client, site):
    links = switcher(client, site.url(site.events) + "calendar/?month=2027-04")
    assert links["ar"] == site.url(site.events, "ar") + "calendar/?month=2027-04"
    assert links["uk"] == site.url(site.events, "uk") + "calendar/?month=2027-04"
    assert links["de"] == site.url(site.events) + "calendar/?month=2027-04"


def test_events_archive_and_its_filters_are_kept(client, site):
    links = switcher(client, site.url(site.events) + "archive/?attendance=online&free=on")
    assert links["fa"] == site.url(site.events, "fa") + "archive/?attendance=online&free=on"


def test_news_month_archive_and_tag_filter_are_kept(client, site):
    month = timezone.localdate() - timedelta(days=40)
    route = f"archive/{month:%Y}/{month.month}/"
    links = switcher(client, site.url(site.news) + route)
    assert links["ar"] == site.url(site.news, "ar") + route
    links = switcher(client, site.url(site.news) + "?tag=kita&page=1")
    assert links["tr"] == site.url(site.news, "tr") + "?tag=kita&page=1"


def test_translated_category_is_mapped_through_its_translation_key(client, site, language_category):
    links = switcher(client, site.url(site.events) + "calendar/?month=2027-04&category=sprache")
    assert links["ar"] == site.url(site.events, "ar") + "calendar/?month=2027-04&category=lugha"
    # No English translation: the English filter offers the German category, by its slug.
    assert links["en"] == site.url(site.events, "en") + "calendar/?month=2027-04&category=sprache"
    # And back: the Arabic slug leads to the German one.
    links = switcher(client, site.url(site.events, "ar") + "?category=lugha")
    assert links["de"] == site.url(site.events) + "?category=sprache"


def test_unknown_filter_value_is_kept_as_it_is(client, site):
    links = switcher(client, site.url(site.events) + "?category=gibt-es-nicht")
    assert links["ar"] == site.url(site.events, "ar") + "?category=gibt-es-nicht"


def test_search_keeps_the_query(client, site):
    links = switcher(client, "/de/search/?q=Kita+Naumburg")
    assert links["ar"] == "/ar/search/?q=Kita+Naumburg"


def test_board_thread_and_topic_filter_are_kept_for_members(
    client, site, make_thread, member, topics
):
    thread = make_thread()
    client.force_login(member)
    links = switcher(client, site.url(site.board) + f"{thread.pk}/")
    assert links["ar"] == site.url(site.board, "ar") + f"{thread.pk}/"
    links = switcher(client, site.url(site.board) + "?thema=anfragen")
    assert links["uk"] == site.url(site.board, "uk") + "?thema=anfragen"


def test_a_page_without_routes_gets_no_route_added(client, site):
    links = switcher(client, site.url(site.home) + "?utm=x")
    assert links["ar"] == site.url(site.home, "ar") + "?utm=x"


def test_alternates_follow_the_same_rule_and_stay_plain_for_the_page_itself(
    client, site, language_category
):
    plain = alternates(client, site.url(site.events))
    assert plain["ar"] == "http://testserver" + site.url(site.events, "ar")
    assert plain["x-default"] == plain["de"]
    routed = alternates(client, site.url(site.events) + "calendar/?month=2027-04&category=sprache")
    assert routed["ar"] == (
        "http://testserver" + site.url(site.events, "ar") + "calendar/?month=2027-04&category=lugha"
    )
    assert routed["x-default"] == routed["de"]


def language_links_queries(site, url, django_assert_num_queries, expected):
    """language_links for a request, once the request's caches (site, hidden paths) are warm."""
    request = RequestFactory().get(url)
    request.user = AnonymousUser()
    page = EventIndexPage.objects.get(pk=site.events.pk)
    with translation.override("de"):
        navigation.language_links(request, page)
        del request._visitor_place
        del request._language_versions  # kept for the hreflang links of the same request
        with django_assert_num_queries(expected):
            links = navigation.language_links(request, page)
    assert len(links) == 7
    return links


def test_switcher_costs_one_query_and_one_more_for_a_translated_filter(
    site, language_category, django_assert_num_queries
):
    base = site.url(site.events)
    language_links_queries(site, base, django_assert_num_queries, 1)
    language_links_queries(site, base + "calendar/?month=2027-04", django_assert_num_queries, 1)
    links = language_links_queries(site, base + "?category=sprache", django_assert_num_queries, 2)
    assert links[2]["url"].endswith("?category=lugha")
