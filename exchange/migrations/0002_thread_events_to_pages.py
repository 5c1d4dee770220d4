"""Threads point at event pages through wagtailcore.Page, as news posts do.

Django cannot change the target of a many-to-many field in place, so the links move: a new
field (temporary name) beside the old one, every (thread, event) row copied across, the old
field removed, the new one renamed to `events`. An event page is a child of Page (its
page_ptr_id is the page's id), so the ids carry over as they are.

Backwards, the links to pages that are event pages go back to the old field (a link to any
other page could not be stored there).
"""

from django.conf import settings
from django.db import migrations, models

TEMPORARY_NAME = "event_pages"


def link_columns(field):
    """The link table of a many-to-many field: (table, thread column, page column)."""
    return (
        field.remote_field.through._meta.db_table,
        field.m2m_column_name(),
        field.m2m_reverse_name(),
    )


def copy_links(schema_editor, source, target, only_pages_of=None):
    """Copy the rows of source's link table into target's: one statement however many links,
    on the migration's own connection. only_pages_of (a model) keeps the links to its rows."""
    quote = schema_editor.quote_name
    from_table, from_thread, from_page = link_columns(source)
    to_table, to_thread, to_page = link_columns(target)
    sql = (
        f"INSERT INTO {quote(to_table)} ({quote(to_thread)}, {quote(to_page)}) "
        f"SELECT {quote(from_thread)}, {quote(from_page)} FROM {quote(from_table)}"
    )
    if only_pages_of is not None:
        meta = only_pages_of._meta
        sql += (
            f" WHERE {quote(from_page)} IN "
            f"(SELECT {quote(meta.pk.column)} FROM {quote(meta.db_table)})"
        )
    schema_editor.execute(sql)


def links_to_pages(apps, schema_editor):
    fields = apps.get_model("exchange", "Thread")._meta
    copy_links(schema_editor, fields.get_field("events"), fields.get_field(TEMPORARY_NAME))


def links_to_event_pages(apps, schema_editor):
    fields = apps.get_model("exchange", "Thread")._meta
    events = fields.get_field("events")  # still the old field to eventpages.EventPage here
    copy_links(
        schema_editor,
        fields.get_field(TEMPORARY_NAME),
        events,
        only_pages_of=events.related_model,
    )


class Migration(migrations.Migration):

    dependencies = [
        ("exchange", "0001_initial"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="thread",
            name=TEMPORARY_NAME,
            field=models.ManyToManyField(
                blank=True,
                related_name="+",
                to=settings.WAGTAIL_PAGE_MODEL,
                verbose_name="Verknüpfte Veranstaltungen",
            ),
        ),
        migrations.RunPython(links_to_pages, links_to_event_pages, elidable=True),
        migrations.RemoveField(
            model_name="thread",
            name="events",
        ),
        migrations.RenameField(
            model_name="thread",
            old_name=TEMPORARY_NAME,
            new_name="events",
        ),
    ]
