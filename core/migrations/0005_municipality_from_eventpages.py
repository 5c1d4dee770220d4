"""The county's municipalities move from eventpages to core (state only: the table stays
eventpages_municipality). eventpages 0008 points its foreign keys here and forgets its model."""

from django.db import migrations, models


class Migration(migrations.Migration):
    # The table is eventpages' own (its 0001 made it, 0007 points calendars at it): it must
    # exist before anything refers to core.Municipality (PostgreSQL checks foreign keys as
    # they are made; SQLite does not).
    dependencies = [
        ("core", "0004_glossary"),
        ("eventpages", "0007_ical_import"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Municipality",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "name",
                            models.CharField(
                                help_text="Der Ort, nach dem Besucher Veranstaltungen filtern, z. B. „Naumburg“.",
                                max_length=100,
                                unique=True,
                                verbose_name="Name",
                            ),
                        ),
                        (
                            "slug",
                            models.SlugField(
                                help_text="Steht in Filter-Links und eingebetteten Kalendern; nur Kleinbuchstaben und Bindestriche, z. B. „bad-koesen“.",
                                max_length=100,
                                unique=True,
                                verbose_name="Kurzname",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Gemeinde",
                        "verbose_name_plural": "Gemeinden",
                        "db_table": "eventpages_municipality",
                        "ordering": ["name"],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
