"""Page privacy follows a page into every language, and into its aliases and copies.

Wagtail stores view restrictions per page, and each language's version of a page is a page of
its own; without this, restricting the German page would leave its Arabic alias public.

Aliases and copies: Wagtail gives them only the restrictions set on the page itself, not those
of its ancestors, so an alias or copy of a page in the members' area, made under a public page,
was public. Here a new alias or copy gets the restrictions its source was under, unless its new
place has them already (the admin says so); refusing instead would leave the other ways in
(Page.copy, wagtail-localize, the admin API) to be closed one by one. And since an alias shows
its original's content at every request, what an alias may show is decided at every request by
its original's place too (`view_restrictions`, used for serving; core.visibility for listings):
an alias made while its original was public follows it into the members' area.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.models import Page, PageViewRestriction

from .visibility import restrictions_over

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


def ancestor_paths(path):
    """The tree paths of a page and its ancestors (treebeard: each a prefix of the next)."""
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def governing_paths(paths):
    """The given tree paths, and for each alias among them its original and its ancestors."""
    paths, checked = set(paths), set()
    while unchecked := paths - checked:
        checked |= unchecked
        originals = Page.objects.filter(path__in=unchecked, alias_of__isnull=False)
        for original_path in originals.values_list("alias_of__path", flat=True):
            paths.update(ancestor_paths(original_path))
    return paths


def view_restrictions(page):
    """Every restriction a page is under: its own, its ancestors', and its originals'.

    Wagtail's page.get_view_restrictions() reads an alias's original but not the original's
    ancestors: an alias of a page in the members' area would be public.
    """
    paths = governing_paths(ancestor_paths(page.path))
    return list(
        PageViewRestriction.objects.filter(page__path__in=paths)
        .order_by("page__path", "pk")
        .prefetch_related("groups")
    )


def is_restricted(page):
    """Whether the page is under any restriction (view_restrictions), without a query once
    the restrictions of this content generation are known (core.visibility).

    For "public pages only" decisions (embeds, newsletters): page.get_view_restrictions()
    misses the restrictions above an alias's original.
    """
    return bool(restrictions_over(page.path))


def covers(present, needed):
    """Whether a restriction already in place keeps out everyone `needed` keeps out."""
    kind = needed.restriction_type
    if kind == PageViewRestriction.PASSWORD:
        return present.restriction_type == kind and present.password == needed.password
    if kind == PageViewRestriction.LOGIN:
        return present.restriction_type in (kind, PageViewRestriction.GROUPS)
    return present.restriction_type == kind and {g.pk for g in present.groups.all()} <= {
        g.pk for g in needed.groups.all()
    }


def keep_privacy(source, new_page):
    """Give a new alias or copy the restrictions its source is under that its place lacks.

    One restriction per type on the new page (as the admin's privacy dialog shows them): two
    group restrictions become one for the groups in both. Not copied to the new page's other
    languages: they are pages of their own, each checked in its own place. Returns whether the
    new page got a restriction.
    """
    global _syncing
    needed = view_restrictions(source)
    if not needed:
        return False
    place = ancestor_paths(new_page.get_parent().path)
    present = list(
        PageViewRestriction.objects.filter(
            page__path__in=governing_paths(place) | {new_page.path}
        ).prefetch_related("groups")
    )
    missing = [r for r in needed if not any(covers(p, r) for p in present)]
    if not missing:
        return False
    previous, _syncing = _syncing, True
    try:
        for kind in dict.fromkeys(r.restriction_type for r in missing):
            of_kind = [r for r in missing if r.restriction_type == kind]
            own = PageViewRestriction.objects.filter(page=new_page, restriction_type=kind).first()
            restriction = own or PageViewRestriction(
                page=new_page, restriction_type=kind, password=of_kind[0].password
            )
            restriction.save()
            if kind == PageViewRestriction.GROUPS:
                allowed = [set(r.groups.all()) for r in of_kind + ([own] if own else [])]
                restriction.groups.set(set.intersection(*allowed))
    finally:
        _syncing = previous
    new_page.privacy_kept_from = source
    return True


def _keeping_privacy(execute):
    """Wrap a Wagtail page action: the new page is restricted before anyone can read it.

    Both actions are what every way of making an alias or copy runs (admin views, Page.copy,
    Page.create_alias, wagtail-localize, the admin API): one place for all of them.
    """

    def execute_keeping_privacy(self, *args, **kwargs):
        with transaction.atomic():
            new_page = execute(self, *args, **kwargs)
            keep_privacy(self.page, new_page)
        return new_page

    execute_keeping_privacy.__wrapped__ = execute
    execute_keeping_privacy.__doc__ = execute.__doc__
    return execute_keeping_privacy


for _action in (CopyPageAction, CreatePageAliasAction):
    if not hasattr(_action.execute, "__wrapped__"):
        _action.execute = _keeping_privacy(_action.execute)
