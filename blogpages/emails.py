"""The subscription emails: confirmation, a post, the weekly digest; text and HTML each.

Everything is rendered in the subscriber's language (translation.override). A post is rendered
once per language (PostMail); per subscriber only the footer with the unsubscribe link changes,
so sending to many costs no queries per subscriber for the post itself. Messages are built by
core.mail (one layout, links on SITE_URL); the delivery tasks send them (blogpages.delivery).
"""

import re
import uuid

from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from core.mail import absolute_links, build_message, html_to_text, language_info, site_title
from core.site_url import page_url, site_root_url
from home.languages import SPOKEN_LANGUAGE_NAMES

from .models import BlogPage
from .subscription_forms import category_names
from .tokens import confirm_token, unsubscribe_token

TEMPLATES = "blogpages/email/"
ONE_CLICK = "List-Unsubscribe=One-Click"


# ------------------------------------------------------------------------------- links


# Every link starts with SITE_URL (core.site_url), also for a mail a request causes:
# the Host header a visitor sent must not decide where a mail's links lead.


def localized_url(name, language, *args, root_url=None):
    """An absolute link to one of our views, in the given language (/en/newsletter/…)."""
    with translation.override(language):
        return (root_url or site_root_url()) + reverse(name, args=args)


def unsubscribe_url(subscriber, root_url=None):
    token = unsubscribe_token(subscriber)
    return localized_url("blog_unsubscribe", subscriber.language, token, root_url=root_url)


def confirm_url(subscriber, choices=None):
    token = confirm_token(subscriber, choices)
    return localized_url("blog_confirm", subscriber.language, token)


def unsubscribe_headers(url):
    """RFC 2369 and RFC 8058: mail programs offer an "unsubscribe" button that POSTs here."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": ONE_CLICK}


# ----------------------------------------------------------------------------- topics


def subscription_topics(subscriber, names):
    """The subscriber's topics named in their language; empty means all."""
    categories = subscriber.categories.all()
    return sorted((names.get(c.translation_key, c.name) for c in categories), key=str.lower)


def chosen_keys(choices):
    """Category translation keys from a confirmation link (strings there)."""
    keys = []
    for key in choices.get("k") or []:
        try:
            keys.append(uuid.UUID(str(key)))
        except ValueError:
            continue
    return keys


def chosen_topics(choices, names):
    return sorted((names[key] for key in chosen_keys(choices) if key in names), key=str.lower)


# ---------------------------------------------------------------------- a post


# Buttons in rendered blocks (forms) do nothing in a mail.
BUTTON = re.compile(r"<button\b.*?</button>", re.DOTALL | re.IGNORECASE)


class PostEdition:
    """A post as the subscribers of one language get it; the body is rendered when asked for."""

    def __init__(self, text_page, link_page, language, root_url):
        self.page = text_page
        self.language = language
        self.root_url = root_url
        self.title = text_page.title
        self.teaser = text_page.teaser
        self.date = text_page.date
        text_language = text_page.locale.language_code
        self.notice = text_language != language
        with translation.override(language):
            self.text_language = language_info(text_language, SPOKEN_LANGUAGE_NAMES)
        # Not in the subscriber's language: the notice names the language it is written in.
        self.original_language = self.text_language if self.notice else None
        self.url = page_url(link_page)

    @cached_property
    def body_html(self):
        with translation.override(self.language):
            rendered = str(self.page.body.render_as_block())
        return absolute_links(BUTTON.sub("", rendered), self.root_url)

    @cached_property
    def body_text(self):
        return html_to_text(self.body_html)


def choose_edition(pages, original, language, root_url, as_shown=None):
    """The translation in `language` if there is one (an alias does not count), else the
    original with a notice; the link goes to the page in that language where there is one
    (an alias shows the same notice on the site)."""
    as_shown = as_shown or (lambda page: page)
    page = pages.get(language)
    if page is not None and not page.alias_of_id:
        return PostEdition(as_shown(page), page, language, root_url)
    return PostEdition(as_shown(original), page or original, language, root_url)


class PostMail:
    """One post's email in every language it is asked for, each rendered once.

    `pages` are the post's live language versions (choose_edition picks). `preview=True` uses
    every version's latest draft instead, for the editors' test email.
    """

    def __init__(self, original, preview=False):
        self.original = original
        self.preview = preview
        pages = BlogPage.objects.filter(translation_key=original.translation_key).select_related(
            "locale"
        )
        if not preview:
            pages = pages.live()
        self.pages = {page.locale.language_code: page for page in pages}
        self.root_url = site_root_url()
        self._editions = {}
        self._names = {}
        self._titles = {}

    def _as_shown(self, page):
        if self.preview:
            return page.get_latest_revision_as_object()
        return page

    def edition(self, language):
        if language not in self._editions:
            self._editions[language] = choose_edition(
                self.pages, self.original, language, self.root_url, self._as_shown
            )
        return self._editions[language]

    def names(self, language):
        if language not in self._names:
            self._names[language] = category_names(language)
        return self._names[language]

    def title_of_site(self, language):
        if language not in self._titles:
            self._titles[language] = site_title(language)
        return self._titles[language]

    def message_for(self, subscriber):
        language = subscriber.language
        edition = self.edition(language)
        url = unsubscribe_url(subscriber, root_url=self.root_url)
        context = {
            "edition": edition,
            "site_title": self.title_of_site(language),
            "topics": subscription_topics(subscriber, self.names(language)),
            "unsubscribe_url": url,
        }
        return build_message(
            subscriber.email,
            edition.title,
            TEMPLATES + "post",
            context,
            language,
            headers=unsubscribe_headers(url),
        )

    def test_message(self, to, language):
        """For an editor: the same email, marked as a test, without an unsubscribe link."""
        edition = self.edition(language)
        with translation.override(language):
            subject = _("[Test] %(title)s") % {"title": edition.title}
        context = {
            "edition": edition,
            "site_title": self.title_of_site(language),
            "is_test": True,
            "subscribe_url": localized_url("blog_subscribe", language, root_url=self.root_url),
        }
        return build_message(to, subject, TEMPLATES + "post", context, language)


# ---------------------------------------------------------------------- other emails


def confirmation_message(subscriber):
    """The double opt-in: nothing else is sent until this link is followed."""
    language = subscriber.language
    with translation.override(language):
        subject = _("Bitte bestätigen Sie Ihr Abonnement")
        context = {
            "confirm_url": confirm_url(subscriber),
            "site_title": site_title(language),
            "topics": subscription_topics(subscriber, category_names(language)),
            "frequency": subscriber.get_frequency_display(),
        }
    return build_message(subscriber.email, subject, TEMPLATES + "confirm", context, language)


def already_subscribed_message(subscriber, choices):
    """Somebody asked again for an address that is already confirmed: tell its owner only.

    The page says the same as for a new address, so the form reveals nothing about who is
    subscribed; the owner can take the new choices with the link, or unsubscribe.
    """
    language = choices.get("l") or subscriber.language
    names = category_names(language)
    with translation.override(language):
        subject = _("Ihr Abonnement der Nachrichten")
        frequency = dict(subscriber.FREQUENCIES).get(choices.get("f"), "")
        context = {
            "confirm_url": localized_url(
                "blog_confirm", language, confirm_token(subscriber, choices)
            ),
            "unsubscribe_url": unsubscribe_url(subscriber),
            "site_title": site_title(language),
            "topics": chosen_topics(choices, names),
            "frequency": str(frequency),
        }
    url = context["unsubscribe_url"]
    return build_message(
        subscriber.email,
        subject,
        TEMPLATES + "already_subscribed",
        context,
        language,
        headers=unsubscribe_headers(url),
    )


def digest_message(subscriber, editions, names, title_of_site, since, root_url):
    language = subscriber.language
    url = unsubscribe_url(subscriber, root_url=root_url)
    with translation.override(language):
        subject = _("Neues aus dem Netzwerk: %(site)s") % {"site": title_of_site}
    context = {
        "editions": editions,
        "site_title": title_of_site,
        "topics": subscription_topics(subscriber, names),
        "unsubscribe_url": url,
        "since": since,
    }
    return build_message(
        subscriber.email,
        subject,
        TEMPLATES + "digest",
        context,
        language,
        headers=unsubscribe_headers(url),
    )
