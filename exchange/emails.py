"""The board's emails: a reply in a thread, the daily summary, a coordinator's note.

Each is rendered in the recipient's language (NotificationPreference.language, German without
one) from exchange/email/<name>.txt and .html by core.mail. Links are absolute: the board page
in the recipient's language (its translation or alias) plus the thread's route, on the site's
root URL, since tasks and commands have no request to take the host from. Members' texts are plain
text: the text part carries them as written, the HTML part escapes them (autoescape, urlize).

A reply written in another language than the recipient's mail language comes with its machine
translation below the original, marked as such (exchange.post_translation, shared with the
board's cache), when the board offers translations; if the provider fails, the mail goes out
all the same, with a link to the post opened in the recipient's language instead.
"""

import logging

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.machine_translation import MachineTranslationError
from core.mail import build_message, language_info, mail_language
from core.people import member_name
from core.site_url import admin_absolute_url, page_url, site_root_url

from . import post_translation
from .models import BoardPage, NotificationPreference, Topic

logger = logging.getLogger(__name__)

TEMPLATES = "exchange/email/"


# ------------------------------------------------------------------------ who, which language


def preference_for(user):
    """The member's saved choices, or the defaults (not saved) when there are none yet."""
    try:
        return user.exchange_preference
    except NotificationPreference.DoesNotExist:
        return NotificationPreference(user=user)


def email_language(preference):
    """The language the member chose for the board's emails (core.mail's rule), else German."""
    return mail_language(preference.language if preference is not None else "")


# ------------------------------------------------------------------------------------- links


class BoardLinks:
    """Absolute links into one board, in each language asked for (each looked up once)."""

    def __init__(self, board, root_url=None):
        self.board = board
        self.root_url = root_url or site_root_url()
        self._pages = {}

    def page(self, language):
        if language not in self._pages:
            page = (
                BoardPage.objects.live()
                .filter(translation_key=self.board.translation_key, locale__language_code=language)
                .first()
            )
            self._pages[language] = page or self.board
        return self._pages[language]

    def url(self, language, route=""):
        page = self.page(language)
        # The page's address carries its own language prefix (/ar/…); the host is SITE_URL.
        return (page_url(page) or self.root_url + "/") + route

    def thread_url(self, thread, language):
        return self.url(language, self.board.reverse_subpage("thread", args=[thread.pk]))

    def read_url(self, post, language):
        """The thread with this post opened in `language` (exchange.views.offer_translations)."""
        thread_url = self.thread_url(post.thread, language)
        return f"{thread_url}?{post_translation.READ_PARAMETER}={post.pk}#beitrag-{post.pk}"

    def settings_url(self, language):
        return self.url(language, self.board.reverse_subpage("notification_settings"))


def topic_names(language):
    """Topic names in `language` by translation key (the German name where not translated)."""
    return Topic.objects.names_by_key(language)


# --------------------------------------------------------------------------------- rendering


def post_context(post):
    """A post as the emails show it: text, author, and the language it is written in."""
    return {
        "body": post.body,
        "author": member_name(post.author),
        "created_at": post.created_at,
        "text_language": language_info(post.language),
    }


def reply_translation(post, language, links):
    """What a reply mail offers a recipient who reads `language`: {"translation": …} with
    the text and its mark, {"read_url": …} when the provider failed, {} when nothing (the same
    language, or the board offers no translations).

    Asked before the mail's transaction: a slow provider holds no database row.
    """
    if not post_translation.wants_translation(post, language):
        return {}
    try:
        if not post_translation.offered():
            return {}
        translated = post_translation.translate_post(post, language)
    except Exception as error:  # noqa: BLE001 - whatever the provider does, the mail goes
        if isinstance(error, MachineTranslationError):
            logger.warning("No translation of post %s into %s: %s", post.pk, language, error)
        else:
            logger.exception("Translating post %s into %s failed", post.pk, language)
        return {"read_url": links.read_url(post, language)}
    with translation.override(language):
        return {
            "translation": {
                "text": translated.text,
                "mark": post_translation.mark_text(translated),
                "mark_html": post_translation.mark_html(translated),
                "text_language": language_info(language),
            }
        }


# ------------------------------------------------------------------------------ the messages


def reply_message(post, recipient, language, links, offer=None):
    """A new reply in a thread the recipient took part in; `offer` is reply_translation's."""
    thread = post.thread
    with translation.override(language):
        subject = _("Neue Antwort in „%(title)s“") % {"title": thread.title}
    context = {
        "thread": thread,
        "post": post_context(post),
        "recipient": member_name(recipient),
        "thread_url": links.thread_url(thread, language),
        "settings_url": links.settings_url(language),
        **(offer or {}),
    }
    return build_message(recipient.email, subject, TEMPLATES + "reply", context, language)


def summary_message(recipient, language, items, since, settings_url):
    """The new threads since the last summary; `items` are dicts made by summary.py."""
    with translation.override(language):
        subject = _("Neue Diskussionen im Austausch")
    context = {
        "items": items,
        "since": since,
        "recipient": member_name(recipient),
        "settings_url": settings_url,
    }
    return build_message(recipient.email, subject, TEMPLATES + "summary", context, language)


def moderation_note_message(post, note, links=None):
    """A coordinator's note about one of the author's posts, in the author's language."""
    author = post.author
    language = email_language(preference_for(author))
    thread = post.thread
    links = links or BoardLinks(thread.board)
    with translation.override(language):
        subject = _("Hinweis der Koordination zu Ihrem Beitrag in „%(title)s“") % {
            "title": thread.title
        }
    context = {
        "thread": thread,
        "post": post_context(post),
        "hidden": post.hidden or thread.hidden,
        "note": note,
        "recipient": member_name(author),
        "thread_url": links.thread_url(thread, language),
    }
    return build_message(author.email, subject, TEMPLATES + "moderation_note", context, language)


def report_message(report, recipient, language):
    """A member reported a post: for a coordinator, with the reason and the admin's list."""
    post = report.post
    with translation.override(language):
        subject = _("Beitrag gemeldet: „%(title)s“") % {"title": post.thread.title}
    context = {
        "thread": post.thread,
        "post": post_context(post),
        "reason": report.reason,
        "reporter": member_name(report.reporter),
        "recipient": member_name(recipient),
        "reports_url": admin_absolute_url(reverse("exchange_reports:index")),
    }
    return build_message(recipient.email, subject, TEMPLATES + "report", context, language)
