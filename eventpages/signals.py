from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import EventPage, Occurrence
from .occurrences import rebuild, rebuild_with_aliases
from .registration.changes import follow_published


@receiver(page_published, sender=EventPage)
def event_published(sender, instance, **kwargs):
    rebuild_with_aliases(instance)
    # A cancelled date or a new time: its registrants are told (eventpages.registration).
    if instance.takes_registrations:
        follow_published(instance)


@receiver(page_unpublished, sender=EventPage)
def event_unpublished(sender, instance, **kwargs):
    Occurrence.objects.filter(
        event__in=[instance, *EventPage.objects.filter(alias_of=instance)]
    ).delete()


@receiver(post_save, sender=EventPage)
def event_saved(sender, instance, created, **kwargs):
    """Aliases are created and updated by saving, not publishing; follow them too."""
    if instance.alias_of_id:
        rebuild(instance)


@receiver(post_page_move)
def event_moved(sender, instance, **kwargs):
    """An event moved to another index is listed there (and its aliases stay in step)."""
    if isinstance(instance.specific, EventPage):
        rebuild_with_aliases(instance.specific)
