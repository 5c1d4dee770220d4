"""The board's emails: a reply in a thread, the daily summary, a coordinator's note.

Each is rendered in the recipient's language (NotificationPreference.language, German without
one) from exchange/email/<name>.txt and .html by core.mail. Links are absolute: the board page
in the recipient's language (its translation or alias) plus the thread's route, on the site's
root URL, since tasks and commands have no request to take the host from. Members' texts are plain
text: the text part carries them as written, the HTML part escapes them (autoescape, urlize).
"""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import build_message, language_info, mail_language
from core.people import member_name
from core.site_url import admin_absolute_url, page_url, site_root_url

from .models import BoardPage, NotificationPreference, Topic

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


# ------------------------------------------------------------------------------ the messages


def reply_message(post, recipient, language, links):
    """A new reply in a thread the recipient took part in."""
    thread = post.thread
    with translation.override(language):
        subject = _("Neue Antwort in „%(title)s“") % {"title": thread.title}
    context = {
        "thread": thread,
        "post": post_context(post),
        "recipient": member_name(recipient),
        "thread_url": links.thread_url(thread, language),
        "settings_url": links.settings_url(language),
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
