"""Demo content for a fresh install: the county network's site in all seven languages.

Pages are written in German and translated through wagtail-localize (the same records an
editor's translation in the admin would create), so the demo shows the real translation flow.
Running it again changes nothing that exists, except resetting the demo users' passwords.
"""

import html
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail import hooks
from wagtail.models import Collection, Page, PageViewRestriction, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.roles import COORDINATION, EDITORS, MEMBER_AREA_GROUPS, MEMBERS, ensure_roles
from core.site_url import sync_default_site

from . import demo_content
from .blocks import paragraphs
from .locales import ensure_locales
from .models import ContentPage, FooterSettings, HomePage

SITE_NAME = "Integrationsnetzwerk Burgenlandkreis"
# The documented password of the demo users (bandit B105): demo content only.
DEMO_PASSWORD = "netzwerk-demo"  # nosec B105
DEMO_USERS = [
    # username, first name, group (None: superuser), description
    ("admin", "Admin", None, "Administrator (alle Rechte)"),
    ("koordination", "Kim", COORDINATION, "Koordination"),
    ("redaktion", "Rana", EDITORS, "Redaktion"),
    ("mitglied", "Milan", MEMBERS, "Netzwerk-Mitglied"),
]


class MissingDemoTranslation(Exception):
    pass


def ensure_tree_roots(locale):
    """Wagtail's migrations create the page and collection roots; a flushed database has none."""
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale, live=True))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def ensure_home(locale):
    """Replace Wagtail's welcome page with the network's home page as the site's root."""
    spec = next(page for page in demo_content.PAGES if page["type"] == "home")
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
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME
        )
    sync_default_site()  # where the demo runs (SITE_URL), not Wagtail's localhost:80
    site.refresh_from_db()
    old_root = site.root_page
    if old_root.pk != home.pk:
        site.root_page = home
        site.site_name = SITE_NAME
        site.save()
        if old_root.depth == 2 and old_root.specific_class is Page:
            # Wagtail's welcome page, with its aliases in the other languages.
            for page in Page.objects.filter(translation_key=old_root.translation_key):
                page.delete()
    return home


def block_value(block_type, value, pages):
    """Turn the compact demo notation into StreamField data."""
    if block_type == "paragraph":
        return paragraphs(*value)
    if block_type == "info_box":
        return {**value, "text": paragraphs(*value["text"])}
    if block_type == "accordion":
        # ListBlock items carry stable ids, so translations find their segments again.
        items = [
            {
                "type": "item",
                "id": str(uuid.uuid4()),
                "value": {"question": item["question"], "answer": paragraphs(*item["answer"])},
            }
            for item in value["items"]
        ]
        return {"title": value.get("title", ""), "items": items}
    if block_type == "cta":
        return {"label": value["label"], "page": pages[value["page"]].pk, "url": ""}
    return value


BLOCK_TYPES = {"cta": "call_to_action"}


def stream_data(body, pages):
    return [
        {
            "type": BLOCK_TYPES.get(block_type, block_type),
            "value": block_value(block_type, value, pages),
            "id": str(uuid.uuid4()),
        }
        for block_type, value in body
    ]


def create_german_pages(locale, home):
    """Create missing pages (first pass), then fill bodies that point at each other."""
    pages = {}
    created = set()
    for spec in demo_content.PAGES:
        if spec["type"] == "home":
            pages[spec["key"]] = home
            if home.latest_revision_id is None:
                created.add(spec["key"])
            continue
        parent = pages[spec["parent"]]
        page = ContentPage.objects.child_of(parent).filter(slug=spec["slug"]).first()
        if page is None:
            page = ContentPage(
                title=spec["title"],
                slug=spec["slug"],
                locale=locale,
                intro=spec.get("intro", ""),
                show_in_menus=spec["show_in_menus"],
            )
            parent.add_child(instance=page)
            created.add(spec["key"])
        pages[spec["key"]] = page
    for spec in demo_content.PAGES:
        if spec["key"] not in created:
            continue
        page = pages[spec["key"]]
        page.body = stream_data(spec["body"], pages)
        page.save_revision().publish()
    return pages


def translated_text(source_text, language, translations=None):
    """The demo translation of one segment (rich text segments arrive HTML-escaped)."""
    translations = demo_content.TRANSLATIONS if translations is None else translations
    entry = translations.get(source_text)
    if entry is None:
        entry = translations.get(html.unescape(source_text))
        if entry is not None and language in entry:
            return (
                html.escape(entry[language], quote=False)
                .replace("&lt;b&gt;", "<b>")
                .replace("&lt;/b&gt;", "</b>")
            )
    if entry is None or not entry.get(language):
        raise MissingDemoTranslation(f"No {language} translation for demo text {source_text!r}")
    return entry[language]


def translate(instance, locale, translations=None, keep=("slug",)):
    """Translate a page or snippet into one language through wagtail-localize and publish it.

    The same records an editor's translation creates. Segments whose path is in `keep` stay
    as they are: slugs (the /<lang>/ prefix tells the versions apart) and proper nouns.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None and not getattr(existing, "alias_of_id", None):
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.context.path in keep:
            data = segment.string.data
        else:
            data = translated_text(segment.string.data, locale.language_code, translations)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def restrict_to_members(page, groups):
    restriction, _created = PageViewRestriction.objects.get_or_create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(groups)


def ensure_users(groups):
    User = get_user_model()
    accounts = []
    for username, first_name, group_name, description in DEMO_USERS:
        user, _created = User.objects.get_or_create(
            username=username,
            defaults={"first_name": first_name, "email": f"{username}@example.org"},
        )
        user.is_superuser = user.is_staff = group_name is None
        user.set_password(DEMO_PASSWORD)
        user.save()
        if group_name:
            user.groups.add(groups[group_name])
        accounts.append((username, DEMO_PASSWORD, description))
    return accounts


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
    pages = create_german_pages(german, home)
    member_groups = [groups[name] for name in MEMBER_AREA_GROUPS]

    for spec in demo_content.PAGES:
        page = pages[spec["key"]]
        for code in demo_content.LANGUAGES:
            translate(page, locales[code])
        if spec.get("members_only"):
            restrict_to_members(page, member_groups)  # core.privacy copies it to every language

    site = Site.objects.get(root_page=home)
    footer = FooterSettings.for_site(site)
    footer.imprint_page = footer.imprint_page or pages["impressum"]
    footer.privacy_page = footer.privacy_page or pages["datenschutz"]
    footer.accessibility_page = footer.accessibility_page or pages["barrierefreiheit"]
    footer.contact_email = footer.contact_email or "integration@example.org"
    footer.save()

    accounts = ensure_users(groups)

    # Other apps add their demo content (events, documents, posts) through this hook, so home
    # needs to know none of them; demo accounts they add go into context["accounts"].
    context = {
        "locales": locales,
        "home": home,
        "pages": pages,
        "groups": groups,
        "accounts": accounts,
    }
    for add_demo_content in hooks.get_hooks("load_demo_content"):
        add_demo_content(context)
    ensure_roles()  # members' rights on the indexes the apps created, in every language
    return accounts
