"""Writing to the board: the only place threads and posts are created, changed or removed.

Views call these after their forms validated; notifications are queued here, after commit.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Post, Report, Thread

EDIT_WINDOW = timedelta(minutes=settings.EXCHANGE_EDIT_WINDOW_MINUTES)


def start_thread(board, author, *, title, topic, body, language, events=(), documents=()):
    with transaction.atomic():
        now = timezone.now()
        thread = Thread.objects.create(
            board=board,
            title=title,
            topic=topic,
            author=author,
            language=language,
            created_at=now,
            last_activity_at=now,
        )
        if events:
            thread.events.set(events)
        if documents:
            thread.documents.set(documents)
        Post.objects.create(
            thread=thread, author=author, body=body, language=language, created_at=now
        )
    return thread


def add_reply(thread, author, *, body, language):
    from . import notifications

    with transaction.atomic():
        now = timezone.now()
        post = Post.objects.create(
            thread=thread, author=author, body=body, language=language, created_at=now
        )
        Thread.objects.filter(pk=thread.pk).update(last_activity_at=now)
        transaction.on_commit(lambda: notifications.reply_posted(post.pk))
    return post


def report_post(post, reporter, *, reason):
    """Record a report; the coordinators are told by email once it is stored.

    None when this member already has an open report on the post (nothing new to tell).
    """
    from . import notifications

    with transaction.atomic():
        if Report.objects.filter(post=post, reporter=reporter, resolved_at__isnull=True).exists():
            return None
        report = Report.objects.create(post=post, reporter=reporter, reason=reason)
        transaction.on_commit(lambda: notifications.report_filed(report.pk))
    return report


def can_edit(post, user, now=None):
    """Authors change or delete their own posts within EDIT_WINDOW, while the thread is open."""
    now = now or timezone.now()
    return (
        post.author_id == user.pk
        and post.deleted_at is None
        and not post.hidden
        and not post.thread.closed
        and now - post.created_at <= EDIT_WINDOW
    )


def edit_post(post, *, body, language, title=None):
    post.body = body
    post.language = language
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "language", "edited_at"])
    if title is not None and is_opening_post(post):
        Thread.objects.filter(pk=post.thread_id).update(title=title)


def delete_post(post):
    """A deleted reply leaves a marker in the thread; an opening post without replies takes
    its thread with it."""
    thread = post.thread
    if is_opening_post(post) and not thread.posts.exclude(pk=post.pk).exists():
        thread.delete()
        return None
    post.deleted_at = timezone.now()
    post.body = ""
    post.save(update_fields=["deleted_at", "body"])
    return thread


def is_opening_post(post):
    first = post.thread.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()
    return first == post.pk
