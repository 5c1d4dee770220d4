"""The board stays members-only: a board page without a view restriction gets one.

The board's own routes refuse non-members anyway (exchange.access); the restriction is what
keeps the page itself (title, address, intro) out of the API, the site search and the menus,
which leave out restricted pages. So an editor cannot publish the board publicly by forgetting
it, or by removing it later.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published

from core.roles import MEMBER_AREA_GROUPS

from .models import BoardPage


def ensure_members_only(page):
    if page.get_view_restrictions().exists():
        return None
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))
    return restriction


@receiver(post_save, sender=BoardPage)
def board_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_members_only(instance)


@receiver(page_published, sender=BoardPage)
def board_published(sender, instance, **kwargs):
    ensure_members_only(instance)


@receiver(post_delete, sender=PageViewRestriction)
def restriction_removed(sender, instance, **kwargs):
    page_id = instance.page_id

    def restore():
        board = BoardPage.objects.filter(pk=page_id).first()
        if board is not None:
            ensure_members_only(board)

    transaction.on_commit(restore)
