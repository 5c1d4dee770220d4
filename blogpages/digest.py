"""The weekly digest: one email per weekly subscriber with the posts since their last one.

A post counts from its first publish (its PostDispatch), so later edits and translations do
not bring it back. Each digest is a Delivery keyed by the ISO week ("2026-W48"): running the
command twice in a week sends nothing the second time. No new posts, no email.
"""

from datetime import timedelta

from django.core import mail
from django.db.models import Q
from django.utils import timezone

from core import county_time
from core.visibility import visible_pages

from . import emails
from .delivery import MAX_ATTEMPTS, confirmed_subscribers, schedule_retry, send_one
from .models import BlogPage, Delivery, PostDispatch, Subscriber
from .subscription_forms import category_names
from .tokens import CONFIRM_MAX_AGE

WEEK = timedelta(days=7)
# Unconfirmed sign-ups are kept no longer than their link works, plus a week at most (the
# command runs weekly); the privacy text on the form says "after two weeks at the latest".
UNCONFIRMED_KEPT = CONFIRM_MAX_AGE


def week_key(moment):
    year, week, _day = county_time.local(moment).isocalendar()
    return f"{year}-W{week:02d}"


class DigestPosts:
    """The public posts first published in a period, each in every language it is live in."""

    def __init__(self, since, until):
        self.root_url = emails.site_root_url()
        dispatches = PostDispatch.objects.filter(created_at__gte=since, created_at__lt=until)
        self.published = dict(dispatches.values_list("translation_key", "created_at"))
        pages = visible_pages(
            BlogPage.objects.live()
            .filter(translation_key__in=list(self.published))
            .select_related("locale")
            .prefetch_related("categories"),
            None,  # as an anonymous visitor: members-only posts never go out by email
        )
        self.pages = {}
        for page in pages:
            self.pages.setdefault(page.translation_key, {})[page.locale.language_code] = page
        self.originals = {}
        for key, versions in self.pages.items():
            originals = [page for page in versions.values() if not page.alias_of_id]
            if originals:
                self.originals[key] = min(originals, key=lambda page: page.first_published_at)
        self.topics = {
            key: {category.translation_key for category in page.categories.all()}
            for key, page in self.originals.items()
        }
        self._editions = {}
        self._names = {}
        self._titles = {}

    def editions_for(self, subscriber, since):
        """The subscriber's posts since `since`, newest first, in their language."""
        wanted = {category.translation_key for category in subscriber.categories.all()}
        keys = [
            key
            for key in self.originals
            if self.published[key] >= since and (not wanted or wanted & self.topics[key])
        ]
        keys.sort(key=lambda key: self.published[key], reverse=True)
        return [self.edition(key, subscriber.language) for key in keys]

    def edition(self, key, language):
        if (key, language) not in self._editions:
            self._editions[key, language] = emails.choose_edition(
                self.pages[key], self.originals[key], language, self.root_url
            )
        return self._editions[key, language]

    def names(self, language):
        if language not in self._names:
            self._names[language] = category_names(language)
        return self._names[language]

    def title_of_site(self, language):
        if language not in self._titles:
            self._titles[language] = emails.site_title(language)
        return self._titles[language]

    def message(self, subscriber, editions, since):
        language = subscriber.language
        return emails.digest_message(
            subscriber,
            editions,
            self.names(language),
            self.title_of_site(language),
            since,
            self.root_url,
        )


def weekly_subscribers():
    return (
        confirmed_subscribers()
        .filter(frequency=Subscriber.WEEKLY)
        .prefetch_related("categories")
        .order_by("pk")
    )


def send_digests(now=None):
    """Send this week's digests; returns counts for the command's report."""
    now = now or timezone.now()
    key = week_key(now)
    counts = {"sent": 0, "failed": 0, "nothing_new": 0, "already_sent": 0}
    subscribers = list(weekly_subscribers())
    if not subscribers:
        return counts
    done = set(
        Delivery.objects.filter(kind=Delivery.DIGEST, key=key)
        .filter(Q(status=Delivery.SENT) | Q(attempts__gte=MAX_ATTEMPTS))
        .values_list("subscriber_id", flat=True)
    )
    earliest = min(since_for(subscriber, now) for subscriber in subscribers)
    posts = DigestPosts(earliest, now)
    mailer = mail.mailers.default
    failed_ids = []
    try:
        for subscriber in subscribers:
            if subscriber.pk in done:
                counts["already_sent"] += 1
                continue
            outcome, delivery = send_digest(subscriber, key, now, posts, mailer)
            if outcome is True:
                counts["sent"] += 1
            elif outcome is False:
                counts["failed"] += 1
                failed_ids.append(delivery.pk)
            elif delivery is None:
                counts["nothing_new"] += 1
            else:
                counts["already_sent"] += 1
    finally:
        mailer.close()
    schedule_retry(failed_ids)
    return counts


def since_for(subscriber, now):
    return subscriber.last_digest_at or now - WEEK


def send_digest(subscriber, key, now, posts, mailer):
    """(outcome, delivery): outcome as delivery.send_one; (None, None) when nothing is new."""
    since = since_for(subscriber, now)
    editions = posts.editions_for(subscriber, since)
    if not editions:
        # Nothing to say; the next digest starts from here.
        Subscriber.objects.filter(pk=subscriber.pk).update(last_digest_at=now)
        return None, None
    delivery, _created = Delivery.objects.get_or_create(
        subscriber=subscriber, kind=Delivery.DIGEST, key=key
    )
    delivery.subscriber = subscriber  # with its prefetched categories
    outcome = send_one(
        delivery, lambda _delivery: posts.message(subscriber, editions, since), mailer
    )
    if outcome is True:
        Subscriber.objects.filter(pk=subscriber.pk).update(last_digest_at=now)
    return outcome, delivery


def resend_digests(delivery_ids):
    """Retry failed digests: rebuilt from the subscriber's last digest up to now."""
    now = timezone.now()
    deliveries = list(
        Delivery.objects.filter(pk__in=delivery_ids, kind=Delivery.DIGEST)
        .select_related("subscriber")
        .prefetch_related("subscriber__categories")
    )
    result = {"sent": 0, "failed_ids": [], "skipped": 0}
    if not deliveries:
        return result
    earliest = min(since_for(delivery.subscriber, now) for delivery in deliveries)
    posts = DigestPosts(earliest, now)
    mailer = mail.mailers.default
    try:
        for delivery in deliveries:
            subscriber = delivery.subscriber
            since = since_for(subscriber, now)
            editions = posts.editions_for(subscriber, since)
            if not editions:  # the posts were taken offline meanwhile
                result["skipped"] += 1
                continue
            outcome = send_one(
                delivery,
                lambda _delivery, s=subscriber, e=editions, t=since: posts.message(s, e, t),
                mailer,
            )
            if outcome is True:
                result["sent"] += 1
                Subscriber.objects.filter(pk=subscriber.pk).update(last_digest_at=now)
            elif outcome is False:
                result["failed_ids"].append(delivery.pk)
            else:
                result["skipped"] += 1
    finally:
        mailer.close()
    return result


def purge_unconfirmed(now=None):
    """Sign-ups nobody confirmed are deleted once their link has expired."""
    now = now or timezone.now()
    _total, by_model = Subscriber.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - UNCONFIRMED_KEPT
    ).delete()
    return by_model.get(Subscriber._meta.label, 0)
