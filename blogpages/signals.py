"""Sending a post out on its first publish.

Wagtail sends page_published for the published page and again for each of its aliases
(alias=True); delivery.post_published counts a post once per translation_key.
"""

from django.dispatch import receiver
from wagtail.signals import page_published

from .models import BlogPage


@receiver(page_published, sender=BlogPage)
def post_published(sender, instance, alias=False, **kwargs):
    if alias:
        return
    from .delivery import post_published as dispatch

    dispatch(instance)
