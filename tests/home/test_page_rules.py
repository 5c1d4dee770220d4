"""Where each page type may stand and which routes it answers, in Wagtail's own terms.

The site's tree is home → indexes (events, news, documents, board) → their items; content pages
may hold indexes too. These rules keep coordinators from putting an event below a news index.
"""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from blogpages.models import BlogIndexPage, BlogPage
from docpages.models import DocumentLibraryPage
from eventpages.models import EventIndexPage, EventPage
from exchange.models import BoardPage
from home.models import ContentPage, HomePage
from tests.factories import current_site, make_user

INDEXES = (EventIndexPage, BlogIndexPage, DocumentLibraryPage, BoardPage)


class PageRulesTests(WagtailPageTestCase):
    def test_indexes_stand_below_the_home_page_or_a_content_page(self):
        for index in INDEXES:
            self.assertCanCreateAt(HomePage, index)
            self.assertCanCreateAt(ContentPage, index)
            self.assertAllowedParentPageTypes(index, {HomePage, ContentPage})

    def test_items_stand_only_below_their_index(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage})
        self.assertCanNotCreateAt(BlogIndexPage, EventPage)
        self.assertCanNotCreateAt(EventIndexPage, BlogPage)
        self.assertCanNotCreateAt(HomePage, EventPage)

    def test_libraries_and_the_board_hold_no_pages(self):
        self.assertAllowedSubpageTypes(DocumentLibraryPage, set())
        self.assertAllowedSubpageTypes(BoardPage, set())

    def test_the_home_page_stands_only_at_the_top(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    # Wagtail's assertPageIsRoutable routes from the site's root without the /<lang>/ prefix
    # that i18n_patterns adds, so the routes are checked by rendering them (through the client).

    def test_public_indexes_render_their_routes(self):
        site = current_site()
        self.assertPageIsRenderable(site.home)
        for route in ("/", "calendar/", "archive/", "ical/"):
            self.assertPageIsRenderable(site.events, route)
        for route in ("/", "rss/", "atom/", "archive/2026/11/"):
            self.assertPageIsRenderable(site.news, route)
        self.assertPageIsRenderable(site.documents)

    def test_the_board_renders_for_a_member_only(self):
        site = current_site()
        self.assertPageIsRenderable(site.board, accept_redirect=True)  # anonymous: to login
        with self.assertRaises(AssertionError):
            self.assertPageIsRenderable(site.board)
        member = make_user("board-reader", "Netzwerk-Mitglieder")
        self.client.force_login(member, "django.contrib.auth.backends.ModelBackend")
        self.assertPageIsRenderable(site.board)
        self.assertPageIsRenderable(site.board, "neu/")
