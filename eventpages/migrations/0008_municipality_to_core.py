"""Municipality is core's now (core 0005): the foreign keys point there and eventpages forgets
its model, without touching the database (same table, same column types).

The content type moves too, so the permissions granted on it, revisions and log entries stay
with the model (core.roles.ensure_roles grants core's declared permissions either way)."""

import django.db.models.deletion
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old = ContentType.objects.filter(app_label="eventpages", model="municipality")
    if not ContentType.objects.filter(app_label="core", model="municipality").exists():
        old.update(app_label="core")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    new = ContentType.objects.filter(app_label="core", model="municipality")
    if not ContentType.objects.filter(app_label="eventpages", model="municipality").exists():
        new.update(app_label="eventpages")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_municipality_from_eventpages"),
        ("eventpages", "0007_ical_import"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="externalcalendar",
                    name="municipality",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="Für neue Orte, die der Abgleich aus dem Feld „Ort“ des Kalenders anlegt.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="core.municipality",
                        verbose_name="Gemeinde",
                    ),
                ),
                migrations.AlterField(
                    model_name="occurrence",
                    name="municipality",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="core.municipality",
                    ),
                ),
                migrations.AlterField(
                    model_name="venue",
                    name="municipality",
                    field=models.ForeignKey(
                        help_text="Besucher filtern Veranstaltungen nach der Gemeinde, z. B. „Naumburg“.",
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="venues",
                        to="core.municipality",
                        verbose_name="Gemeinde",
                    ),
                ),
                migrations.DeleteModel(
                    name="Municipality",
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
