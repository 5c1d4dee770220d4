"""The full-page cache: what it stores, for whom, and that a content change purges it at once."""

from datetime import timedelta

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.cache import HEADER, PageCacheMiddleware, purge
from core.middleware import mark_restricted
from core.roles import MEMBERS
from eventpages.models import EventIndexPage, EventPage, Venue
from home.locales import add_aliases_in_other_languages
from home.models import ContentPage, HomePage
from tests.blogpages.conftest import restrict_to_members
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def event_index(language="de"):
    return EventIndexPage.objects.get(locale__language_code=language, slug="veranstaltungen")


def test_an_anonymous_page_is_answered_from_the_cache_without_queries(client, page_cache):
    first = client.get("/de/")
    assert first.status_code == 200
    assert first[HEADER] == "miss"

    with CaptureQueriesContext(connection) as queries:
        second = client.get("/de/")
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert len(queries) == 0

    head = client.head("/de/")
    assert head.status_code == 200
    assert head[HEADER] == "hit"


def test_language_path_and_query_string_are_separate_entries(client, page_cache):
    path = event_index().url
    assert client.get(path)[HEADER] == "miss"
    assert client.get(path + "?ort=zeitz")[HEADER] == "miss"
    assert client.get(path + "?ort=zeitz")[HEADER] == "hit"
    english = client.get(event_index("en").url)
    assert english[HEADER] == "miss"
    assert 'lang="en"' in english.content.decode()


def test_the_host_is_part_of_the_key(client, page_cache):
    assert client.get("/de/", HTTP_HOST="localhost")[HEADER] == "miss"
    assert client.get("/de/", HTTP_HOST="127.0.0.1")[HEADER] == "miss"
    assert client.get("/de/", HTTP_HOST="localhost")[HEADER] == "hit"


def test_logged_in_visitors_bypass_the_cache_and_never_get_the_anonymous_copy(
    client, page_cache, user_in_group
):
    anonymous = client.get("/de/")
    assert anonymous[HEADER] == "miss"
    client.force_login(user_in_group("mira", MEMBERS))

    member = client.get("/de/")
    assert member[HEADER] == "bypass"
    assert "Angemeldet als" in member.content.decode()
    assert "private" in member["Cache-Control"]

    client.logout()
    again = client.get("/de/")
    assert again[HEADER] == "hit"
    assert "Angemeldet als" not in again.content.decode()


def test_members_only_pages_are_never_stored(client, page_cache, user_in_group):
    home = HomePage.objects.get(locale__language_code="de")
    page = home.add_child(instance=ContentPage(title="Protokolle intern", slug="intern-cache"))
    page.save_revision().publish()
    restrict_to_members(page)

    member = user_in_group("mira", MEMBERS)
    client.force_login(member)
    assert client.get(page.url).status_code == 200
    client.logout()

    for _ in range(2):
        anonymous = client.get(page.url)
        assert anonymous.status_code == 302
        assert "/login/" in anonymous["Location"]
        assert anonymous[HEADER] == "bypass"


def middleware_with(response):
    return PageCacheMiddleware(lambda request: response)


def anonymous_request(rf, path="/de/somewhere/"):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get(path)
    request.user = AnonymousUser()
    return request


def test_restricted_content_is_not_stored_even_without_a_session(rf, page_cache):
    request = anonymous_request(rf)
    mark_restricted(request)
    response = middleware_with(HttpResponse("nur für Mitglieder"))(request)
    assert response[HEADER] == "bypass"
    assert middleware_with(HttpResponse("other"))(anonymous_request(rf))[HEADER] == "miss"


def test_responses_that_set_cookies_are_not_stored(rf, page_cache):
    response = HttpResponse("hello")
    response.set_cookie("tracking", "no")
    assert middleware_with(response)(anonymous_request(rf))[HEADER] == "bypass"
    # and nothing was stored: a clean response for the same URL is a miss, not a hit
    assert middleware_with(HttpResponse("hello"))(anonymous_request(rf))[HEADER] == "miss"


@pytest.mark.parametrize(
    "cache_control", ["private", "no-store", "no-cache", "max-age=0", "public, max-age=0"]
)
def test_responses_marked_private_or_uncacheable_are_not_stored(rf, page_cache, cache_control):
    response = HttpResponse("hello")
    response["Cache-Control"] = cache_control
    assert middleware_with(response)(anonymous_request(rf))[HEADER] == "bypass"


def test_errors_and_redirects_are_not_stored(rf, page_cache):
    assert middleware_with(HttpResponse(status=404))(anonymous_request(rf))[HEADER] == "bypass"
    assert middleware_with(HttpResponse(status=302))(anonymous_request(rf))[HEADER] == "bypass"


@pytest.mark.parametrize("path", ["/de/login/", "/de/newsletter/"])
def test_forms_with_a_csrf_token_are_not_stored(client, page_cache, path):
    for _ in range(2):
        response = client.get(path)
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert response[HEADER] == "bypass"


def test_session_cookies_and_post_requests_bypass(client, page_cache):
    client.get("/de/")
    client.cookies["sessionid"] = "anything"
    assert client.get("/de/")[HEADER] == "bypass"
    del client.cookies["sessionid"]
    assert client.get("/de/")[HEADER] == "hit"
    assert client.post("/de/newsletter/", {})[HEADER] == "bypass"


def test_admin_search_and_documents_are_never_stored(client, page_cache):
    assert client.get("/de/search/?q=Sprachcafe")[HEADER] == "bypass"
    assert client.get("/admin/login/")[HEADER] == "bypass"


def test_no_page_cache_when_switched_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert HEADER not in client.get("/de/")


# ------------------------------------------------------------------ purging


def event_views(language):
    index = event_index(language)
    today = timezone.localdate()
    embed = f"/embed/{language}{index.url[3:]}"
    return {
        "index": index.url,
        "calendar": f"{index.url}calendar/?month={today:%Y-%m}",
        "feed": f"{index.url}ical/",
        "embed": embed,
    }


def test_publishing_an_event_shows_it_at_once_everywhere_in_every_language(
    client, page_cache, django_capture_on_commit_callbacks
):
    views = {language: event_views(language) for language in LANGUAGES}
    for language, urls in views.items():
        for name, url in urls.items():
            assert client.get(url).status_code == 200, (language, name, url)
            assert client.get(url)[HEADER] == "hit", (language, name, url)

    title = "Nähcafé für alle Generationen"
    start = timezone.now() + timedelta(hours=2)
    if timezone.localdate(start) != timezone.localdate():  # late evening: stay in this month
        start = timezone.now() + timedelta(minutes=5)
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPage(
            title=title,
            start=start,
            end=start + timedelta(hours=2),
            venue=Venue.objects.first(),
        )
        event_index().add_child(instance=event)
        event.save_revision().publish()
        add_aliases_in_other_languages(event)

    for language, urls in views.items():
        for name, url in urls.items():
            response = client.get(url)
            assert response[HEADER] == "miss", (language, name)
            assert title in response.content.decode(), (language, name, url)


def test_unpublishing_an_event_removes_it_from_cached_listings(
    client, page_cache, django_capture_on_commit_callbacks
):
    index_url = event_index().url
    event = EventPage.objects.live().filter(locale__language_code="de").first()
    # an upcoming, listed event of the demo
    event = next(
        page
        for page in EventPage.objects.live().filter(locale__language_code="de")
        if page.title in client.get(index_url).content.decode()
    )
    assert client.get(index_url)[HEADER] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        event.unpublish()
    response = client.get(index_url)
    assert response[HEADER] == "miss"
    assert event.title not in response.content.decode()


def test_editing_a_snippet_purges_pages_that_show_it(
    client, page_cache, django_capture_on_commit_callbacks
):
    event = EventPage.objects.live().filter(locale__language_code="de", venue__isnull=False)[0]
    assert client.get(event.url).status_code == 200
    assert client.get(event.url)[HEADER] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        venue = event.venue
        venue.name = "Gemeindesaal am Anger"
        venue.save()
    response = client.get(event.url)
    assert response[HEADER] == "miss"
    assert "Gemeindesaal am Anger" in response.content.decode()


def test_a_purge_waits_for_the_commit(client, page_cache, django_capture_on_commit_callbacks):
    client.get("/de/")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        venue = Venue.objects.first()
        venue.save()
        venue.save()
        assert client.get("/de/")[HEADER] == "hit"  # not yet committed
    assert len(callbacks) == 1  # one purge per transaction, however many rows changed
    callbacks[0]()
    assert client.get("/de/")[HEADER] == "miss"


def test_saving_a_draft_or_private_bookkeeping_does_not_purge(
    client, page_cache, django_capture_on_commit_callbacks
):
    client.get("/de/")
    with django_capture_on_commit_callbacks(execute=True):
        page = EventPage.objects.live().filter(locale__language_code="de").first()
        page.title = page.title + " (Entwurf)"
        page.save_revision()
    assert client.get("/de/")[HEADER] == "hit"


def test_settings_created_with_their_defaults_on_first_use_do_not_purge(
    client, page_cache, django_capture_on_commit_callbacks
):
    from embedding.models import EmbedSettings

    EmbedSettings.objects.all().delete()
    client.get("/de/")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.get(f"/embed/de{event_index().url[3:]}").status_code == 200
    assert EmbedSettings.objects.exists()
    assert client.get("/de/")[HEADER] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        settings_row = EmbedSettings.objects.get()
        settings_row.allowed_origins = "https://www.burgenlandkreis.de"
        settings_row.save()
    assert client.get("/de/")[HEADER] == "miss"  # a coordinator's change does


def test_purge_makes_every_entry_stale(client, page_cache):
    client.get("/de/")
    client.get("/en/")
    purge()
    assert client.get("/de/")[HEADER] == "miss"
    assert client.get("/en/")[HEADER] == "miss"
