"""Document URLs leave a CDN or caching proxy in front when what it may hold has changed.

Public downloads may be kept for DOCUMENT_CACHE_SECONDS (docpages.serving). A document moved
into a members-only collection, given a new file or deleted must not be served from there
until that runs out, so its URL is purged through Wagtail's front-end cache backends
(WAGTAILFRONTENDCACHE, the same ones that purge pages), after the transaction commits: before
it, the CDN could fetch the old state again. The same holds for every document of a
collection that becomes members-only. A new title changes neither the file nor its URL: no
purge.

Not covered: moving a whole collection below a members-only one (Wagtail sends no signal for
it); its files drop out of the CDN after DOCUMENT_CACHE_SECONDS.
"""

import os

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import CollectionViewRestriction, Site

from core.site_url import site_root_url

from .models import NetworkDocument


def cdn_configured():
    return bool(
        getattr(settings, "WAGTAILFRONTENDCACHE", None)
        or getattr(settings, "WAGTAILFRONTENDCACHE_LOCATION", None)
    )


def site_roots():
    """Where the site is reached: SITE_URL, and every Wagtail site's host (downloads answer on
    each; the default site follows SITE_URL, core.site_url.sync_default_site)."""
    return sorted({site_root_url()} | {site.root_url for site in Site.objects.all()})


def document_urls(document_id, filename, roots=None):
    path = reverse("wagtaildocs_serve", args=[document_id, filename])
    return [root.rstrip("/") + path for root in roots or site_roots()]


def purge_after_commit(urls, using=None):
    batch = PurgeBatch(urls)
    if batch.urls:
        transaction.on_commit(batch.purge, using=using, robust=True)


@receiver(pre_save, sender=NetworkDocument, dispatch_uid="docpages-cdn-before-save")
def remember_stored_state(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None or not cdn_configured():
        return
    instance._cdn_stored = (
        sender.objects.filter(pk=instance.pk).values_list("collection_id", "file").first()
    )


@receiver(post_save, sender=NetworkDocument, dispatch_uid="docpages-cdn-after-save")
def purge_moved_or_replaced(sender, instance, created=False, raw=False, **kwargs):
    stored = instance.__dict__.pop("_cdn_stored", None)
    if created or raw or stored is None:
        return
    collection_id, file_name = stored
    if collection_id == instance.collection_id and file_name == instance.file.name:
        return
    roots = site_roots()
    urls = document_urls(instance.pk, instance.filename, roots)
    if file_name:
        urls += document_urls(instance.pk, os.path.basename(file_name), roots)
    purge_after_commit(urls, using=kwargs.get("using"))


@receiver(post_delete, sender=NetworkDocument, dispatch_uid="docpages-cdn-after-delete")
def purge_deleted(sender, instance, **kwargs):
    if cdn_configured() and instance.file:
        purge_after_commit(document_urls(instance.pk, instance.filename), using=kwargs.get("using"))


@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="docpages-cdn-restricted")
def purge_newly_restricted(sender, instance, created=False, raw=False, **kwargs):
    """A collection (and everything below it) has just become members-only."""
    if not created or raw or not cdn_configured():
        return
    roots = site_roots()
    documents = NetworkDocument.objects.filter(
        collection__path__startswith=instance.collection.path
    ).values_list("pk", "file")
    urls = []
    for pk, file_name in documents.iterator():
        urls += document_urls(pk, os.path.basename(file_name), roots)
    purge_after_commit(urls, using=kwargs.get("using"))
