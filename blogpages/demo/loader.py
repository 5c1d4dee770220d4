"""Demo news: categories, authors, the news index, ten posts and a confirmed subscriber.

Run by home.demo.load_demo() (declared as BlogpagesConfig.demo_loader), after the events and
documents demos (INSTALLED_APPS order), so posts can point at demo events and documents;
without those demos the links are left out. German is written first; snippets and the index
are translated into every language and some posts into English, Arabic and Ukrainian through
wagtail-localize (the records an editor's translation creates). The other languages get
aliases of the German post, as the admin would create them.

Loading the demo mails nobody: each post is marked as sent out (PostDispatch) before its
first publish, and the demo subscriber is created after the posts. Dates follow from the day
the demo is loaded, so the archive always covers recent months. Running it again changes
nothing that exists.
"""

from datetime import datetime, time, timedelta
from functools import partial

from django.conf import settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page

from core import demo
from home.demo import stream_data
from home.demo.pictures import ALT_TRANSLATIONS, picture_fields
from home.locales import add_aliases_in_other_languages

from ..models import (
    EVENT_PAGE_TYPE,
    Author,
    BlogCategory,
    BlogIndexPage,
    BlogPage,
    BlogPageDocument,
    BlogPageRelatedEvent,
    PostDispatch,
    Subscriber,
)
from . import data

translate = partial(demo.translate, translations={**data.TRANSLATIONS, **ALT_TRANSLATIONS})


# ---------------------------------------------------------------------------------- snippets


def ensure_categories(german, locales):
    categories = {}
    for slug, name in data.CATEGORIES:
        categories[slug], _created = BlogCategory.objects.get_or_create(
            slug=slug, locale=german, defaults={"name": name}
        )
    for category in categories.values():
        for code in data.LANGUAGES:
            translate(category, locales[code])
    return categories


def ensure_authors(german, locales):
    authors = {}
    for spec in data.AUTHORS:
        author, _created = Author.objects.get_or_create(
            name=spec["name"],
            locale=german,
            defaults={"role": spec["role"], "organisation": spec["organisation"]},
        )
        for code in data.LANGUAGES:
            translate(author, locales[code])
        authors[spec["key"]] = author
    return authors


# ---------------------------------------------------------------------------------- links


def demo_events(german):
    """The German demo events by slug, found by page type: eventpages' code stays its own."""
    slugs = {slug for spec in data.POSTS for slug in spec.get("events", [])}
    return demo.pages_by_slug(german, slugs, EVENT_PAGE_TYPE)


def demo_documents():
    """Public demo documents by title: never one from a collection with view restrictions."""
    titles = {title for spec in data.POSTS for title in spec.get("documents", [])}
    documents = {}
    candidates = get_document_model().objects.filter(title__in=titles).select_related("collection")
    for document in candidates.order_by("pk"):
        if document.title not in documents and not document.collection.get_view_restrictions():
            documents[document.title] = document
    return documents


# ---------------------------------------------------------------------------------- pages


def ensure_index(home):
    spec = data.INDEX
    index, _created = demo.ensure_child_page(
        home,
        BlogIndexPage,
        spec["slug"],
        title=spec["title"],
        intro=spec["intro"],
        show_in_menus=True,
    )
    return index


def published_at(day):
    """Nine in the morning of the post's date: when an editor would have published it."""
    return timezone.make_aware(datetime.combine(day, time(9, 0)))


def ensure_post(index, spec, today, authors, categories, events, documents):
    """Create and publish one German post; return it and whether it is new."""
    post, created = demo.ensure_child_page(
        index,
        BlogPage,
        spec["slug"],
        publish=False,
        title=spec["title"],
        date=today - timedelta(days=spec["days_ago"]),
        teaser=spec["teaser"],
        body=stream_data(spec["body"], {}),
        live=False,
        **picture_fields(spec.get("picture")),  # most posts; the others show the tile
    )
    if not created:
        return post, False
    post.authors.set([authors[key] for key in spec["authors"]])
    post.categories.set([categories[slug] for slug in spec["categories"]])
    post.tags.add(*spec["tags"])
    post.related_events = [
        BlogPageRelatedEvent(event=events[slug], sort_order=position)
        for position, slug in enumerate(slug for slug in spec.get("events", []) if slug in events)
    ]
    post.attached_documents = [
        BlogPageDocument(document=documents[title], sort_order=position)
        for position, title in enumerate(
            title for title in spec.get("documents", []) if title in documents
        )
    ]
    # Marked as sent before the first publish: the demo's posts never go out by email,
    # now or when an editor publishes them again.
    PostDispatch.objects.get_or_create(
        translation_key=post.translation_key, defaults={"post": post}
    )
    post.save_revision().publish()
    # Read back as published (live), so its aliases are live too.
    return BlogPage.objects.get(pk=post.pk), True


def translate_post(post, locale):
    """Translate a post and point the copy at categories, authors and events in its language.

    wagtail-localize leaves many-to-many fields alone and copies the related events as they
    are, so the copy still names the German snippets and events.
    """
    translated = translate(post, locale).specific
    changed = False
    for field in ("categories", "authors"):
        wanted = {item.get_translation(locale).pk for item in getattr(post, field).all()}
        if set(getattr(translated, field).values_list("pk", flat=True)) != wanted:
            getattr(translated, field).set(wanted)
            changed = True
    links = list(translated.related_events.all())
    for link in links:
        event = link.event.get_translation_or_none(locale)
        if event is not None and link.event_id != event.pk:
            link.event = event
            changed = True
    translated.related_events = links  # kept in the cluster, so the revision has them
    if changed:
        translated.save_revision().publish()
    return translated


def backdate(post):
    """Give every language version of a new post its date as publishing time."""
    moment = published_at(post.date)
    Page.objects.filter(translation_key=post.translation_key).update(
        first_published_at=moment, last_published_at=moment
    )
    PostDispatch.objects.filter(translation_key=post.translation_key).update(created_at=moment)


def ensure_subscriber():
    spec = data.SUBSCRIBER
    subscriber, created = Subscriber.objects.get_or_create(
        email=spec["email"],
        defaults={"language": spec["language"], "frequency": Subscriber.IMMEDIATELY},
    )
    if created:
        # Confirmed at once: the demo address stands for a reader who followed the link.
        subscriber.confirmed_at = subscriber.created_at
        subscriber.save(update_fields=["confirmed_at"])
    return subscriber


# ---------------------------------------------------------------------------------- loader


def load(context):
    """Add the news demo to the site home.demo built (context: locales, home, pages)."""
    locales = context["locales"]
    german = locales[settings.LANGUAGE_CODE]
    post_locales = [locales[code] for code in data.POST_LANGUAGES]

    categories = ensure_categories(german, locales)
    authors = ensure_authors(german, locales)

    index = ensure_index(context["home"])
    for code in data.LANGUAGES:
        translate(index, locales[code])
    add_aliases_in_other_languages(index)  # none left today; keeps a new language covered

    today = timezone.localdate()
    events = demo_events(german)
    documents = demo_documents()
    posts = []
    # Oldest first, so the publishing order follows the dates.
    for spec in sorted(data.POSTS, key=lambda spec: -spec["days_ago"]):
        post, created = ensure_post(index, spec, today, authors, categories, events, documents)
        if spec.get("translated"):
            for locale in post_locales:
                translate_post(post, locale)
        add_aliases_in_other_languages(post)
        if created:
            backdate(post)
        posts.append(post)

    subscriber = ensure_subscriber()  # after the posts: nothing was sent to anyone
    context["pages"]["neuigkeiten"] = index
    return {"index": index, "posts": posts, "subscriber": subscriber}
