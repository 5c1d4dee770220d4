"""'Zuletzt geprüft am': when somebody last said an organisation's entry is right.

It becomes today (county time) when
- a revision of the German organisation page is published: whoever approved or published it
  looked at the whole entry (`on_publish`, page_published);
- a linked member presses "Angaben stimmen noch" on the organisation page, or the contact
  confirms through the one-click link of the reminder mail (directory.reviews).

Always on the live rows of the page and all its translations and aliases at once (one
UPDATE by translation_key), never by saving a revision: a confirmation must not publish, drop
or overtake a draft that waits in the workflow. The date in a revision's content is therefore
never trusted: when an older draft is approved later, publishing copies its stale date onto
the page, and `on_publish` (after Wagtail's save) sets today again; publishing counts as a
check anyway. Publishing a translation alone checks nothing: it takes the original's date.

Editors no longer set the date by hand: it would only ever be overwritten by the next
publish, and a date typed into a draft would wait with the draft. The edit form shows the
live date read-only (directory.panels.LastCheckedPanel).
"""

from django.conf import settings

from core import county_time
from core.cache import schedule_purge

from .models import OrganisationPage


def mark_checked(organisation, day=None):
    """Set the date on the organisation's live rows in every language; returns the date."""
    day = day or county_time.today()
    OrganisationPage.objects.filter(translation_key=organisation.translation_key).update(
        last_checked_at=day
    )
    organisation.last_checked_at = day
    schedule_purge()  # an UPDATE sends no post_save: the page cache is told here
    return day


def is_original(page):
    return page.locale.language_code == settings.LANGUAGE_CODE


def on_publish(sender, instance, **kwargs):
    """page_published for OrganisationPage."""
    if is_original(instance):
        mark_checked(instance)
        return
    original = (
        OrganisationPage.objects.filter(
            translation_key=instance.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .values_list("last_checked_at", flat=True)
        .first()
    )
    if original != instance.last_checked_at:
        OrganisationPage.objects.filter(pk=instance.pk).update(last_checked_at=original)
        instance.last_checked_at = original
        schedule_purge()
