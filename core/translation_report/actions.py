"""The report's bulk action: translate the chosen pages and snippets into one language.

It does what wagtail-localize's "Übersetzen" screen does for one item (TranslationCreator:
a TranslationSource, a Translation into the language, the translated version saved; an alias
becomes a translation; related snippets are translated along), for many at once. Who may:
whoever may submit translations (wagtail-localize's permission) and edit the item (a page
through Wagtail's page permissions, a snippet through its model's change permission).
Items that already have a translation of their own in that language are left as they are.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import ModelPermissionPolicy
from wagtail_localize.operations import TranslationCreator

SUBMIT_PERMISSION = "wagtail_localize.submit_translation"


def parse_keys(keys):
    """{model: [pk, …]} from "app_label.model_name:pk" keys (rows.item_key); others dropped."""
    found = defaultdict(list)
    for key in keys:
        label, _sep, pk = str(key).rpartition(":")
        try:
            model = apps.get_model(label)
            found[model].append(int(pk))
        except (LookupError, ValueError):
            continue
    return found


def chosen_items(keys, source_locale):
    """The originals the keys name, in the source language: (model, instances) pairs."""
    for model, pks in parse_keys(keys).items():
        if issubclass(model, Page):
            yield (
                Page,
                list(Page.objects.filter(pk__in=pks, locale=source_locale, depth__gt=1).specific()),
            )
        elif hasattr(model, "translation_key"):
            yield model, list(model._default_manager.filter(pk__in=pks, locale=source_locale))


def editable(user, model, instances):
    """The instances the user may edit (one query for pages)."""
    if model is Page:
        allowed = set(
            PagePermissionPolicy()
            .instances_user_has_permission_for(user, "change")
            .filter(pk__in=[page.pk for page in instances])
            .values_list("pk", flat=True)
        )
        return [page for page in instances if page.pk in allowed]
    if ModelPermissionPolicy(model).user_has_permission(user, "change"):
        return instances
    return []


@dataclass
class Outcome:
    translated: list = field(default_factory=list)  # titles
    already: list = field(default_factory=list)
    refused: list = field(default_factory=list)


def translate_into(keys, locale, source_locale, user):
    """Translate the items into `locale`; what was done, item by item."""
    outcome = Outcome()
    if not user.has_perm(SUBMIT_PERMISSION):
        return outcome
    for model, instances in chosen_items(keys, source_locale):
        allowed = editable(user, model, instances)
        outcome.refused += [str(item) for item in instances if item not in allowed]
        own_versions = set(
            model._default_manager.filter(
                translation_key__in=[item.translation_key for item in allowed], locale=locale
            )
            .filter(**({"alias_of__isnull": True} if model is Page else {}))
            .values_list("translation_key", flat=True)
        )
        for item in allowed:
            title = item.get_admin_display_title() if model is Page else str(item)
            if item.translation_key in own_versions:
                outcome.already.append(title)
                continue
            with transaction.atomic():
                TranslationCreator(user, [locale]).create_translations(item)
            outcome.translated.append(title)
    return outcome
