"""Who is told about what on the board: reply emails and the daily summary of new threads.

- A reply (services.add_reply, after commit) queues one task (tasks.send_reply_notifications).
  It mails the thread's participants (who opened it, and who wrote a visible post in it) except
  the replier, when they are still active members with an address and did not switch replies
  off. Each email is recorded as a ReplyNotification in the same transaction that sends it:
  a task run twice, or two workers at once, find the row (unique per reply and recipient) and
  skip; a failed sending rolls its row back, so a later run can try again.
- The daily summary (command send_board_summary, or tasks.send_board_summaries) lists the
  visible threads started since the member's last summary; summary_sent_until moves on with
  each run, so no thread is announced twice, and nothing new means no email.
- A report (services.report_post, after commit) is mailed to the coordinators who may
  moderate, with the reason and a link to the reported posts in the admin.
- Hidden posts and hidden threads are never mailed to members.
- A reply in another language than the recipient's comes with its machine translation, or a
  link to read it in theirs when the provider fails (emails.reply_translation).
"""

import logging
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import Truncator

from core.mail import group_recipients
from core.roles import COORDINATION, is_member

from . import emails
from .access import can_moderate
from .models import NotificationPreference, Post, ReplyNotification, Report, Thread

logger = logging.getLogger(__name__)

DAY = timedelta(hours=24)
# A member who had the summary off for a while, or a timer that stopped, gets at most a week.
SUMMARY_MAX_AGE = timedelta(days=7)
EXCERPT_LENGTH = 300


# ---------------------------------------------------------------------- reports


def report_filed(report_id):
    """Called by services.report_post after commit: tell the coordinators in the background."""
    from .tasks import send_report_notifications

    return send_report_notifications.enqueue(report_id)


def moderators():
    """Active coordinators with an address who may moderate the board."""
    users = group_recipients(COORDINATION).select_related("exchange_preference").order_by("pk")
    return [user for user in users if can_moderate(user)]


def notify_report(report_id):
    """One email to each coordinator; a mail server that fails never loses the report."""
    report = (
        Report.objects.select_related("post__thread__board", "post__author", "reporter")
        .filter(pk=report_id)
        .first()
    )
    if report is None or report.resolved_at is not None:
        return 0
    sent = 0
    for user in moderators():
        language = emails.email_language(emails.preference_for(user))
        try:
            emails.report_message(report, user, language).send()
        except Exception:
            logger.exception("Could not send report %s to coordinator %s", report.pk, user.pk)
            continue
        sent += 1
    return sent


# ---------------------------------------------------------------------- replies


def reply_posted(post_id):
    """Called by services.add_reply after commit: send the emails in the background."""
    from .tasks import send_reply_notifications

    return send_reply_notifications.enqueue(post_id)


def participants(thread):
    """Ids of who opened the thread and who wrote a visible post in it."""
    authors = set(Post.objects.visible().filter(thread=thread).values_list("author_id", flat=True))
    return authors | {thread.author_id}


def wants_replies(user):
    return (
        user.is_active
        and bool(user.email)
        and is_member(user)
        and emails.preference_for(user).replies
    )


def notify_reply(post_id):
    """Mail a reply to the thread's participants; returns how many got it and how many failed."""
    counts = {"sent": 0, "failed": 0}
    post = Post.objects.select_related("thread__board", "author").filter(pk=post_id).first()
    if post is None or post.hidden or post.deleted_at is not None or post.thread.hidden:
        return counts
    thread = post.thread
    already = ReplyNotification.objects.filter(post=post).values_list("recipient_id", flat=True)
    recipients = (
        get_user_model()
        .objects.filter(pk__in=participants(thread) - {post.author_id} - set(already))
        .select_related("exchange_preference")
        .order_by("pk")
    )
    links = emails.BoardLinks(thread.board)
    for user in recipients:
        if not wants_replies(user):
            continue
        result = send_reply_once(post, user, links)
        if result is not None:
            counts["sent" if result else "failed"] += 1
    return counts


def send_reply_once(post, user, links):
    """True when sent, False when sending failed, None when somebody else had sent it."""
    language = emails.email_language(emails.preference_for(user))
    offer = emails.reply_translation(post, language, links)
    try:
        with transaction.atomic():
            ReplyNotification.objects.create(post=post, recipient=user)
            emails.reply_message(post, user, language, links, offer).send()
    except IntegrityError:
        return None
    except Exception:
        logger.exception(
            "Could not send the reply notification for post %s to %s", post.pk, user.pk
        )
        return False
    return True


# ---------------------------------------------------------------------- daily summary


def summary_threads(since, until):
    """The visible threads of live boards started in (since, until], oldest first."""
    return list(
        Thread.objects.filter(
            hidden=False, board__live=True, created_at__gt=since, created_at__lte=until
        )
        .select_related("board", "topic", "author")
        .order_by("created_at", "pk")
    )


def opening_texts(threads):
    """Each thread's opening text, shortened; empty where it was hidden or deleted."""
    texts = {}
    posts = (
        Post.objects.filter(thread__in=threads)
        .order_by("thread_id", "created_at", "pk")
        .only("thread_id", "body", "hidden", "deleted_at")
    )
    for post in posts:
        if post.thread_id in texts:
            continue
        visible = not post.hidden and post.deleted_at is None
        texts[post.thread_id] = Truncator(post.body).chars(EXCERPT_LENGTH) if visible else ""
    return texts


class SummaryRun:
    """One run over all members who want the summary; what every email needs is loaded once."""

    def __init__(self, now=None):
        self.now = now or timezone.now()
        self.oldest = self.now - SUMMARY_MAX_AGE
        self._links = {}
        self._topics = {}
        self.threads = []
        self.texts = {}

    def since(self, preference):
        since = preference.summary_sent_until or self.now - DAY
        return max(since, self.oldest)

    def links(self, board):
        if board.translation_key not in self._links:
            self._links[board.translation_key] = emails.BoardLinks(board)
        return self._links[board.translation_key]

    def topics(self, language):
        if language not in self._topics:
            self._topics[language] = emails.topic_names(language)
        return self._topics[language]

    def items(self, threads, language):
        topics = self.topics(language)
        return [
            {
                "title": thread.title,
                "topic": topics.get(thread.topic.translation_key, thread.topic.name),
                "author": emails.member_name(thread.author),
                "created_at": thread.created_at,
                "excerpt": self.texts.get(thread.pk, ""),
                "language": emails.language_info(thread.language),
                "url": self.links(thread.board).thread_url(thread, language),
            }
            for thread in threads
        ]

    def run(self):
        counts = {"sent": 0, "nothing_new": 0, "failed": 0}
        preferences = list(
            NotificationPreference.objects.filter(daily_summary=True, user__is_active=True)
            .exclude(user__email="")
            .select_related("user")
            .order_by("pk")
        )
        preferences = [p for p in preferences if is_member(p.user)]
        if not preferences:
            return counts
        self.threads = summary_threads(min(self.since(p) for p in preferences), self.now)
        self.texts = opening_texts(self.threads)
        for preference in preferences:
            counts[self.send(preference)] += 1
        return counts

    def send(self, preference):
        with transaction.atomic():
            # Locked: a second run at the same time waits, then finds the new mark.
            locked = (
                NotificationPreference.objects.select_for_update()
                .select_related("user")
                .get(pk=preference.pk)
            )
            since = self.since(locked)
            threads = [t for t in self.threads if since < t.created_at <= self.now]
            if threads:
                language = emails.email_language(locked)
                board = threads[0].board
                message = emails.summary_message(
                    locked.user,
                    language,
                    self.items(threads, language),
                    since,
                    self.links(board).settings_url(language),
                )
                try:
                    message.send()
                except Exception:
                    logger.exception("Could not send the board summary to %s", locked.user_id)
                    return "failed"
            if locked.summary_sent_until is None or locked.summary_sent_until < self.now:
                locked.summary_sent_until = self.now
                locked.save(update_fields=["summary_sent_until"])
        return "sent" if threads else "nothing_new"


def send_summaries(now=None):
    """Send the daily summary to every member who chose it; returns the counts."""
    return SummaryRun(now).run()
