"""Page privacy follows a page into every language.

Wagtail stores view restrictions per page, and each language's version of a page is a page of
its own; without this, restricting the German page would leave its Arabic alias public.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction

_syncing = False


def copy_restrictions(source, targets):
    """Give each target exactly the source page's own restrictions (one per type, same groups)."""
    global _syncing
    if _syncing:
        return
    _syncing = True
    try:
        with transaction.atomic():
            wanted = {}
            for restriction in PageViewRestriction.objects.filter(page=source).order_by("-pk"):
                wanted.setdefault(restriction.restriction_type, restriction)
            for target in targets:
                PageViewRestriction.objects.filter(page=target).exclude(
                    restriction_type__in=list(wanted)
                ).delete()
                for restriction_type, restriction in wanted.items():
                    existing = list(
                        PageViewRestriction.objects.filter(
                            page=target, restriction_type=restriction_type
                        ).order_by("pk")
                    )
                    copy = existing[0] if existing else PageViewRestriction(page=target)
                    for duplicate in existing[1:]:
                        duplicate.delete()
                    copy.restriction_type = restriction_type
                    copy.password = restriction.password
                    copy.save()
                    copy.groups.set(restriction.groups.all())
    finally:
        _syncing = False


def remove_duplicates(restriction):
    """Wagtail copies restrictions onto a new alias after we did: keep only the newest.

    Returns whether there was one: then the page's privacy has not changed.
    """
    global _syncing
    previous, _syncing = _syncing, True
    try:
        deleted, _by_model = (
            PageViewRestriction.objects.filter(
                page_id=restriction.page_id, restriction_type=restriction.restriction_type
            )
            .exclude(pk=restriction.pk)
            .delete()
        )
    finally:
        _syncing = previous
    return deleted > 0


def other_languages(page):
    return page.get_translations(inclusive=False)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, origin=None, created=False, **kwargs):
    if _syncing:
        return
    if created and remove_duplicates(instance):
        return  # the same privacy as before; its groups arrive through m2m_changed
    origin_model = getattr(origin, "model", type(origin))
    if isinstance(origin_model, type) and issubclass(origin_model, Page):
        return  # removed because its page is being deleted: the translations keep theirs
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        copy_restrictions(page, other_languages(page))


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, PageViewRestriction
    ):
        restriction_changed(sender, instance)


@receiver(post_save)
def new_translation_inherits_privacy(sender, instance, created, **kwargs):
    """A translation or alias created later starts with the privacy of its siblings."""
    if not created or not isinstance(instance, Page) or _syncing:
        return
    restricted_sibling = (
        Page.objects.filter(
            translation_key=instance.translation_key, view_restrictions__isnull=False
        )
        .exclude(pk=instance.pk)
        .first()
    )
    if restricted_sibling is not None:
        copy_restrictions(restricted_sibling, [instance])
