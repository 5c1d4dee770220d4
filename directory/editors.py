"""Members who keep an organisation's entry current: from the link to Wagtail's page permissions.

Koordination links a member to a (German) organisation page (models.OrganisationEditor, the
admin screen of directory.admin_editors). The link itself grants nothing: Wagtail's page
permissions do, so that the explorer, the edit view, the action menu, the page chooser
(core.page_chooser reads GroupPagePermission) and the moderation workflow all agree without a
check of our own that one of them might miss.

Why one group per organisation: a Wagtail page permission belongs to a group, never to a
user. Each organisation with at least one linked member gets its own group ("Wegweiser:
<title>") holding `add_page` and `change_page` on the organisation page, hence on its offers
below it (Wagtail's permissions reach down the tree), and never `publish_page`: what a member
saves is a draft they submit to the workflow core.roles assigns at the root ("Freigabe durch
Koordination"), and Koordination approves it, seeing what changed in Wagtail's comparison of
revisions. The group's users are the linked members, put back in step after every change of a
link (`sync`); without links the group goes. The models.EditorGroup row finds the group again
after the organisation is renamed.

The German page only: translations are the editorial team's work through wagtail-localize,
and aliases follow their original by themselves.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from .models import EditorGroup, OrganisationEditor, OrganisationPage

GROUP_PREFIX = "Wegweiser: "
# Draft and submit, on the organisation and its offers; publishing is Koordination's.
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")


def group_name(organisation):
    # Group names are unique (150 characters): the page's id keeps two "Tafel" apart.
    suffix = f" (#{organisation.pk})"
    return GROUP_PREFIX + organisation.title[: 150 - len(GROUP_PREFIX) - len(suffix)] + suffix


@transaction.atomic
def sync(organisation_id):
    """Give the organisation's group exactly its linked members and the page permissions."""
    organisation = OrganisationPage.objects.filter(pk=organisation_id).first()
    link = EditorGroup.objects.select_related("group").filter(organisation_id=organisation_id)
    link = link.first()
    user_ids = list(
        OrganisationEditor.objects.filter(organisation_id=organisation_id).values_list(
            "user_id", flat=True
        )
    )
    if organisation is None or not user_ids:
        if link is not None:
            link.group.delete()  # its page permissions and the EditorGroup row go with it
        return None
    if link is None:
        group = Group.objects.create(name=group_name(organisation))
        EditorGroup.objects.create(organisation=organisation, group=group)
    else:
        group = link.group
        if group.name != group_name(organisation):
            group.name = group_name(organisation)
            group.save(update_fields=["name"])
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=organisation,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    group.user_set.set(user_ids)
    return group


def link_changed(sender, instance, **kwargs):
    """post_save / post_delete of an OrganisationEditor."""
    sync(instance.organisation_id)


def organisation_removed(sender, instance, **kwargs):
    """post_delete of an organisation page: its group goes too (its links already went)."""
    Group.objects.filter(directory_organisation__organisation_id=instance.pk).delete()


def linked_organisation_id(user, page):
    """The id of the German organisation page the user is linked to for `page` (any of its
    translations or aliases), else None. One query for a logged-in user, none otherwise."""
    if not (user.is_authenticated and user.is_active):
        return None
    return (
        OrganisationEditor.objects.filter(
            user=user, organisation__translation_key=page.translation_key
        )
        .values_list("organisation_id", flat=True)
        .first()
    )


def german_organisations():
    """The organisation pages a link may point at: the originals in the site's language."""
    from django.conf import settings

    return OrganisationPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
        "title"
    )
