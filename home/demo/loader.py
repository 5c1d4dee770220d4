"""Demo content for a fresh install: the county network's site in all seven languages.

Home's part: the page and collection roots, the home page as the site's root, the content
pages (texts in data.py), the footer, the demo users. Then every app that declares a
`demo_loader` on its AppConfig adds its own demo (core.demo.demo_loaders, INSTALLED_APPS
order), so home imports none of them.

Pages are written in German and translated through wagtail-localize (the same records an
editor's translation in the admin would create), so the demo shows the real translation flow.
Running it again changes nothing that exists, except resetting the demo users' passwords.
"""

from functools import partial

from django.conf import settings
from taggit.models import Tag
from wagtail.models import Collection, Page, Site

from core import demo
from core.models import GlossaryTerm, TagLabel
from core.roles import MEMBER_AREA_GROUPS, ensure_roles
from core.site_url import sync_default_site

from ..locales import add_aliases_in_other_languages, ensure_locales
from ..models import (
    AccessibilitySettings,
    ContentPage,
    FooterSettings,
    HomePage,
    MembersAreaSettings,
)
from . import data
from .blocks import stream_data

translate = partial(demo.translate, translations=data.TRANSLATIONS)


def ensure_tree_roots(locale):
    """Wagtail's migrations create the page and collection roots; a flushed database has none."""
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale, live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def ensure_home(locale):
    """Replace Wagtail's welcome page with the network's home page as the site's root."""
    spec = next(page for page in data.PAGES if page["type"] == "home")
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title=spec["title"],
            slug=spec["slug"],
            locale=locale,
            hero_heading=spec["hero_heading"],
            hero_intro=spec["hero_intro"],
        )
        root.add_child(instance=home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=data.SITE_NAME,
        )
    sync_default_site()  # where the demo runs (SITE_URL), not Wagtail's localhost:80
    site.refresh_from_db()
    old_root = site.root_page
    if old_root.pk != home.pk:
        site.root_page = home
        site.site_name = data.SITE_NAME
        site.save()
        if old_root.depth == 2 and old_root.specific_class is Page:
            # Wagtail's welcome page, with its aliases in the other languages.
            for page in Page.objects.filter(translation_key=old_root.translation_key):
                page.delete()
    return home


def create_german_pages(home):
    """Create missing pages (first pass), then fill bodies that point at each other."""
    pages = {}
    created = set()
    for spec in data.PAGES:
        if spec["type"] == "home":
            pages[spec["key"]] = home
            if home.latest_revision_id is None:
                created.add(spec["key"])
            continue
        page, is_new = demo.ensure_child_page(
            pages[spec["parent"]],
            ContentPage,
            spec["slug"],
            publish=False,
            title=spec["title"],
            intro=spec.get("intro", ""),
            show_in_menus=spec["show_in_menus"],
            easy_language=spec.get("easy_language", False),
        )
        if is_new:
            created.add(spec["key"])
        pages[spec["key"]] = page
    for spec in data.PAGES:
        if spec["key"] not in created:
            continue
        page = pages[spec["key"]]
        page.body = stream_data(spec["body"], pages)
        page.save_revision().publish()
    return pages


def ensure_users(groups):
    """The demo accounts of data.DEMO_USERS; returns (username, password, description)."""
    accounts = []
    for username, first_name, group_name, description in data.DEMO_USERS:
        demo.ensure_user(
            username,
            first_name,
            data.DEMO_PASSWORD,
            groups=[groups[group_name]] if group_name else (),
            superuser=group_name is None,
        )
        accounts.append((username, data.DEMO_PASSWORD, description))
    return accounts


def ensure_footer(home, pages):
    site = Site.objects.get(root_page=home)
    footer = FooterSettings.for_site(site)
    footer.imprint_page = footer.imprint_page or pages["impressum"]
    footer.privacy_page = footer.privacy_page or pages["datenschutz"]
    footer.accessibility_page = footer.accessibility_page or pages["barrierefreiheit"]
    footer.contact_email = footer.contact_email or "integration@example.org"
    footer.save()
    ensure_accessibility_settings(site, pages)


def ensure_accessibility_settings(site, pages):
    """The easy-to-read page, the DGS video slot, the statement's date and arbitration body."""
    chosen = AccessibilitySettings.for_site(site)
    chosen.easy_language_page = chosen.easy_language_page or pages["leichte-sprache"]
    # A placeholder in the slot (the demo's video); put the real DGS video's address here.
    chosen.sign_language_video_url = chosen.sign_language_video_url or data.SIGN_LANGUAGE_VIDEO
    chosen.statement_date = chosen.statement_date or data.STATEMENT_DATE
    for field, value in data.ARBITRATION_BODY.items():
        setattr(chosen, field, getattr(chosen, field) or value)
    chosen.save()


def ensure_members_area(home, pages):
    """The members' page the menu offers to members (home.models.MembersAreaSettings)."""
    site = Site.objects.get(root_page=home)
    members_area = MembersAreaSettings.for_site(site)
    members_area.members_page = members_area.members_page or pages["mitglieder"]
    members_area.save()


def load_demo():
    """Create everything; return the demo accounts for printing.

    Not one transaction: wagtail-localize publishes translations on commit, and a publish
    deferred until after the children exist would save the parent with a stale child count.
    """
    locales = ensure_locales()
    german = locales[settings.LANGUAGE_CODE]
    ensure_tree_roots(german)
    groups = ensure_roles()
    home = ensure_home(german)
    pages = create_german_pages(home)
    member_groups = [groups[name] for name in MEMBER_AREA_GROUPS]

    for spec in data.PAGES:
        page = pages[spec["key"]]
        if spec.get("translate", True):
            for code in data.LANGUAGES:
                translate(page, locales[code])
        else:  # easy-to-read German stays German: the other languages show it as an alias
            add_aliases_in_other_languages(page)
        if spec.get("members_only"):
            demo.restrict_page(page, member_groups)  # core.privacy copies it to every language

    ensure_footer(home, pages)
    ensure_members_area(home, pages)
    accounts = ensure_users(groups)

    # The apps' demos (events, documents, posts, the board); demo accounts they add go into
    # context["accounts"], pages others may point at into context["pages"].
    context = {
        "locales": locales,
        "home": home,
        "pages": pages,
        "groups": groups,
        "accounts": accounts,
    }
    for load_app_demo in demo.demo_loaders():
        load_app_demo(context)
    ensure_roles()  # members' rights on the indexes the apps created, in every language
    ensure_tag_labels()
    ensure_glossary()
    return accounts


def ensure_tag_labels():
    """The apps' tags in the demo's languages, as a coordinator gives them (TagLabel)."""
    for tag in Tag.objects.filter(name__in=data.TAG_LABELS):
        for language, label in data.TAG_LABELS[tag.name].items():
            TagLabel.objects.update_or_create(tag=tag, language=language, defaults={"label": label})


def ensure_glossary():
    """A few fixed terms for the machine translator, as a coordinator keeps them."""
    for entry in data.GLOSSARY:
        GlossaryTerm.objects.update_or_create(
            term=entry["term"],
            defaults={
                "keep_unchanged": entry.get("keep_unchanged", False),
                "translations": entry.get("translations", {}),
            },
        )
