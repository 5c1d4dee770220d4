"""The minimal site most tests stand on, and small factories for what a test adds to it.

`build_site()` makes what every page needs and nothing more: the seven locales, the groups and
workflow, a German home page as the site's root with its aliases in the other languages, one
published index of each kind (events, news, documents, the members' board), and one account per
role. It runs once per test worker (tests/conftest.py); tests that need the demo's content live
in tests/demo/ and in tests/browser/.

The indexes are reached through the `site` fixture (`site.events`, `site.news`, ...), never by
hard-coded URLs: their slugs are this file's business.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Collection, Locale, Page, PageViewRestriction, Site

# The demo users' password (home/demo.py), so that tests log in the same way on both.
PASSWORD = "netzwerk-demo"  # nosec B105
SITE_NAME = "Netzwerk im Test"
HOME_SLUG = "startseite"
NEWS_SLUG = "nachrichten-test"  # the news index of tests/blogpages/conftest.py
BOARD_SLUG = "austausch-test"  # the board the exchange tests use (tests/exchange/conftest.py)


@dataclass
class MinimalSite:
    home: Page
    events: Page
    news: Page
    documents: Page
    board: Page
    locales: dict

    def url(self, page, language="de"):
        """The page's URL in a language (its translation or alias there)."""
        return page.get_translation(self.locales[language]).url


def locale(code="de"):
    return Locale.objects.get(language_code=code)


def publish(page):
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def add_child(parent, page):
    """Add a page below `parent`, publish it and give it its aliases in the other languages."""
    from home.locales import add_aliases_in_other_languages

    parent.add_child(instance=page)
    page = publish(page)
    add_aliases_in_other_languages(page)
    return page


def restrict_to_groups(page, group_names):
    """A members-only page (core.privacy copies the restriction to every language version)."""
    restriction, _created = PageViewRestriction.objects.get_or_create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=group_names))
    return restriction


def make_user(username, group_name=None, **extra):
    """An account with the password PASSWORD; in one group, or a superuser for group None."""
    User = get_user_model()
    superuser = extra.pop("superuser", False)
    user = User.objects.create_user(
        username=username,
        password=PASSWORD,
        email=extra.pop("email", f"{username}@example.org"),
        is_superuser=superuser,
        is_staff=superuser,
        **extra,
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def build_site():
    """Create the minimal site in an empty (migrated) test database; return it."""
    from blogpages.models import BlogIndexPage
    from core.roles import COORDINATION, EDITORS, MEMBER_AREA_GROUPS, MEMBERS, ensure_roles
    from core.site_url import sync_default_site
    from docpages.models import DocumentLibraryPage
    from eventpages.models import EventIndexPage
    from exchange.models import BoardPage
    from home.locales import add_aliases_in_other_languages, ensure_locales
    from home.models import HomePage

    locales = ensure_locales()
    german = locales[settings.LANGUAGE_CODE]
    if Page.get_first_root_node() is None:  # a flushed database
        Page.add_root(instance=Page(title="Root", slug="root", locale=german, live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    ensure_roles()

    root = Page.get_first_root_node()
    home = HomePage(
        title=SITE_NAME,
        slug=HOME_SLUG,
        locale=german,
        hero_heading="Willkommen im Netzwerk",
        hero_intro="Eine Seite für die Tests.",
    )
    root.add_child(instance=home)
    home = publish(home)
    welcome = Site.objects.filter(is_default_site=True).first()
    if welcome is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME
        )
    else:
        old_root = welcome.root_page
        welcome.root_page = home
        welcome.site_name = SITE_NAME
        welcome.save()
        if old_root.pk != home.pk and old_root.specific_class is Page:
            for page in Page.objects.filter(translation_key=old_root.translation_key):
                page.delete()
    sync_default_site()
    add_aliases_in_other_languages(home)

    common = {"locale": german, "show_in_menus": True}
    add_child(home, EventIndexPage(title="Veranstaltungen", slug="termine", **common))
    news = BlogIndexPage(title="Nachrichten im Test", slug=NEWS_SLUG, intro="Neues.", **common)
    add_child(home, news)
    library = DocumentLibraryPage(
        title="Dokumente", slug="bibliothek", intro="Dokumente.", **common
    )
    add_child(home, library)
    board = add_child(
        home, BoardPage(title="Austausch im Test", slug=BOARD_SLUG, intro="Unter uns.", **common)
    )
    restrict_to_groups(board, MEMBER_AREA_GROUPS)
    ensure_roles()  # members may propose under the new indexes, in every language

    make_user("admin", superuser=True, first_name="Admin")
    make_user("koordination", COORDINATION, first_name="Kim")
    make_user("redaktion", EDITORS, first_name="Rana")
    make_user("mitglied", MEMBERS, first_name="Milan")
    return current_site()


def current_site():
    """The minimal site's pages, fetched again (each test gets fresh instances)."""
    from blogpages.models import BlogIndexPage
    from docpages.models import DocumentLibraryPage
    from eventpages.models import EventIndexPage
    from exchange.models import BoardPage
    from home.models import HomePage

    german = locale(settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=german, depth=2)
    return MinimalSite(
        home=home,
        events=EventIndexPage.objects.child_of(home).get(slug="termine"),
        news=BlogIndexPage.objects.child_of(home).get(slug=NEWS_SLUG),
        documents=DocumentLibraryPage.objects.child_of(home).get(slug="bibliothek"),
        board=BoardPage.objects.child_of(home).get(slug=BOARD_SLUG),
        locales={item.language_code: item for item in Locale.objects.all()},
    )


def make_event(index, title="Sprachcafé", start=None, duration_hours=2, **fields):
    """A published online event below an event index, starting in three days by default."""
    from datetime import timedelta

    from django.utils import timezone

    from eventpages.models import EventPage

    start = start or timezone.now().replace(microsecond=0) + timedelta(days=3)
    fields.setdefault("online_url", "https://treffen.example.org/raum")
    event = EventPage(
        title=title, start=start, end=start + timedelta(hours=duration_hours), **fields
    )
    index.add_child(instance=event)
    event = publish(event)
    from home.locales import add_aliases_in_other_languages

    add_aliases_in_other_languages(event)
    return event


def make_document(title="Antrag", collection=None, text="Inhalt"):
    """A stored plain-text document, in the root collection (public) unless told otherwise."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(
        title=title, collection=collection or Collection.get_first_root_node()
    )
    document.file.save(f"{title.lower()}.txt", ContentFile(text.encode()), save=False)
    document._set_document_file_metadata()
    document.save()
    return document
