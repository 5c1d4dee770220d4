"""A post goes out: once per post, one recorded delivery per subscriber, retried on failure.

- The first publish of a post (any language, never an alias) creates its PostDispatch; only
  the request that created it enqueues the task, so a second publish or a republish sends
  nothing, and neither do the aliases and translations that are published along the way.
- The task records a Delivery per matching subscriber before sending (unique per subscriber
  and post), and sends each under a row lock, skipping what is already SENT: a task that runs
  twice, or two workers at once, never send twice.
- A failure (SMTP error, refused address, anything) marks the delivery FAILED with the error
  and one more attempt. With a worker that can defer tasks (django-tasks-db), retry_deliveries
  runs again after 5, 10, 20 and 40 minutes; with the immediate backend (development), the
  command `retry_blog_deliveries` does the same (and also sends deliveries left PENDING by a
  run whose process died). After MAX_ATTEMPTS a delivery stays FAILED.
- Posts in members-only areas are never sent by email.
"""

import logging
from collections import defaultdict
from datetime import timedelta

from django.core import mail
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from core.privacy import is_restricted

from .models import BlogPage, Delivery, PostDispatch, Subscriber

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RETRY_DELAY = timedelta(minutes=5)
ABANDONED_AFTER = timedelta(minutes=30)  # a pending delivery this old lost its run
CHUNK = 200  # deliveries loaded (with their subscribers and categories) at a time


def confirmed_subscribers():
    return Subscriber.objects.filter(confirmed_at__isnull=False)


# -------------------------------------------------------------------------- publishing


def post_published(page):
    """On every page_published of a post: the first publish of its translation_key sends it."""
    if page.alias_of_id or not page.live:
        return None
    dispatch, created = PostDispatch.objects.get_or_create(
        translation_key=page.translation_key, defaults={"post": page}
    )
    if not created:
        return None
    key = str(page.translation_key)
    transaction.on_commit(lambda: enqueue_post(key))
    return dispatch


def enqueue_post(translation_key):
    from .tasks import send_post

    return send_post.enqueue(translation_key)


def is_members_only(page):
    return is_restricted(page)  # also above an alias's original (core.privacy)


def original_post(translation_key):
    """The version whose first publish started the sending, else the oldest live one."""
    dispatch = (
        PostDispatch.objects.filter(translation_key=translation_key)
        .select_related("post__locale")
        .first()
    )
    if dispatch is not None and dispatch.post is not None:
        return dispatch.post
    return (
        BlogPage.objects.filter(translation_key=translation_key, alias_of__isnull=True)
        .select_related("locale")
        .order_by("first_published_at", "pk")
        .first()
    )


def matching_subscribers(post):
    """Confirmed, "immediately", and one of the post's categories or none chosen (= all)."""
    keys = list(post.categories.values_list("translation_key", flat=True))
    return (
        confirmed_subscribers()
        .filter(frequency=Subscriber.IMMEDIATELY)
        .filter(Q(categories__isnull=True) | Q(categories__translation_key__in=keys))
        .distinct()
    )


def send_post_to_subscribers(translation_key):
    """The task's work: record a delivery per matching subscriber, then send what is due."""
    from .emails import PostMail

    original = original_post(translation_key)
    if original is None or not original.live:
        logger.info("Post %s is not live (any more): nothing sent", translation_key)
        return {"sent": 0, "failed": 0}
    if is_members_only(original):
        logger.info("Post %s is for members only: not sent by email", translation_key)
        return {"sent": 0, "failed": 0}
    key = str(translation_key)
    subscriber_ids = matching_subscribers(original).values_list("pk", flat=True)
    Delivery.objects.bulk_create(
        [
            Delivery(subscriber_id=pk, kind=Delivery.POST, key=key, post=original)
            for pk in subscriber_ids
        ],
        ignore_conflicts=True,
        batch_size=500,
    )
    post_mail = PostMail(original)
    result = deliver(
        due(Delivery.objects.filter(kind=Delivery.POST, key=key)),
        lambda delivery: post_mail.message_for(delivery.subscriber),
    )
    schedule_retry(result["failed_ids"])
    return summary(result)


# ------------------------------------------------------------------------------ sending


def due(deliveries):
    """Not sent yet, and not given up on."""
    return deliveries.exclude(status=Delivery.SENT).filter(attempts__lt=MAX_ATTEMPTS)


def deliver(deliveries, build_message):
    """Send each due delivery once: {"sent": n, "failed_ids": [...], "skipped": n}."""
    mailer = mail.mailers.default
    result = {"sent": 0, "failed_ids": [], "skipped": 0}
    # The ids first: sending changes the rows the filter selects.
    ids = list(deliveries.order_by("pk").values_list("pk", flat=True))
    try:
        for start in range(0, len(ids), CHUNK):
            rows = (
                Delivery.objects.filter(pk__in=ids[start : start + CHUNK])
                .select_related("subscriber")
                .prefetch_related("subscriber__categories")
                .order_by("pk")
            )
            for delivery in rows:
                outcome = send_one(delivery, build_message, mailer)
                if outcome is True:
                    result["sent"] += 1
                elif outcome is False:
                    result["failed_ids"].append(delivery.pk)
                else:
                    result["skipped"] += 1
    finally:
        mailer.close()
    return result


def send_one(delivery, build_message, mailer):
    """True when sent, False when it failed, None when another run had already sent it.

    The row lock makes a second worker wait and then find the delivery SENT.
    """
    with transaction.atomic():
        locked = (
            due(Delivery.objects.select_for_update().filter(pk=delivery.pk))
            .only("pk", "status", "attempts")
            .first()
        )
        if locked is None:
            return None
        locked.attempts += 1
        try:
            message = build_message(delivery)
            mailer.open()
            mailer.send_messages([message])
        except Exception as error:
            mailer.close()  # a broken connection is opened afresh for the next one
            locked.status = Delivery.FAILED
            locked.error = f"{type(error).__name__}: {error}"[:2000]
            locked.save(update_fields=["status", "error", "attempts"])
            logger.warning(
                "Could not send %s delivery %s (%s) to subscriber %s, attempt %d of %d",
                delivery.kind,
                delivery.pk,
                delivery.key,
                delivery.subscriber_id,
                locked.attempts,
                MAX_ATTEMPTS,
                exc_info=True,
            )
            return False
        locked.status = Delivery.SENT
        locked.error = ""
        locked.sent_at = timezone.now()
        locked.save(update_fields=["status", "error", "attempts", "sent_at"])
        return True


def summary(result):
    return {"sent": result["sent"], "failed": len(result["failed_ids"])}


# ------------------------------------------------------------------------------ retrying


def schedule_retry(delivery_ids):
    """Try the failed deliveries again later, if the task backend can wait (a real worker).

    Each retry schedules at most one next retry for the deliveries that failed again, so the
    retries of one post form a single chain: 5, 10, 20, 40 minutes, then it gives up.
    """
    from .tasks import retry_deliveries

    if not delivery_ids:
        return None
    attempts = (
        Delivery.objects.filter(pk__in=delivery_ids, attempts__lt=MAX_ATTEMPTS)
        .aggregate(most=Max("attempts"))
        .get("most")
    )
    if attempts is None:
        logger.error(
            "Giving up on %d deliveries after %d attempts", len(delivery_ids), MAX_ATTEMPTS
        )
        return None
    if not retry_deliveries.get_backend().supports_defer:
        logger.warning(
            "%d deliveries failed; `manage.py retry_blog_deliveries` sends them again",
            len(delivery_ids),
        )
        return None
    run_after = timezone.now() + RETRY_DELAY * 2 ** (attempts - 1)
    return retry_deliveries.using(run_after=run_after).enqueue(list(delivery_ids))


def retry_failed(delivery_ids=None, *, reschedule=False):
    """Send the FAILED deliveries (those listed, or all and the abandoned ones) again."""
    from .digest import resend_digests
    from .emails import PostMail

    failed = Delivery.objects.filter(status=Delivery.FAILED, attempts__lt=MAX_ATTEMPTS)
    if delivery_ids is not None:
        failed = failed.filter(pk__in=delivery_ids)
    else:
        # Also those a run left unsent when its process died (recorded, never tried).
        abandoned = Q(status=Delivery.PENDING, created_at__lt=timezone.now() - ABANDONED_AFTER)
        failed = due(Delivery.objects.filter(Q(status=Delivery.FAILED) | abandoned))
    by_key = defaultdict(list)
    digests = []
    for pk, kind, key in failed.values_list("pk", "kind", "key"):
        (digests if kind == Delivery.DIGEST else by_key[key]).append(pk)

    total = {"sent": 0, "failed_ids": [], "skipped": 0}
    for key, ids in by_key.items():
        original = original_post(key)
        if original is None or not original.live or is_members_only(original):
            continue
        post_mail = PostMail(original)
        result = deliver(
            due(Delivery.objects.filter(pk__in=ids)),
            lambda delivery, post_mail=post_mail: post_mail.message_for(delivery.subscriber),
        )
        _add(total, result)
    if digests:
        _add(total, resend_digests(digests))
    if reschedule:
        schedule_retry(total["failed_ids"])
    return summary(total)


def _add(total, result):
    total["sent"] += result["sent"]
    total["skipped"] += result["skipped"]
    total["failed_ids"].extend(result["failed_ids"])
