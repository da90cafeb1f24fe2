"""Documents move to the agreements app: the models leave this app's state, the tables stay.

`agreements.0005_document_moved_from_sources` takes them over under the same table names,
so no row is copied and no table renamed.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("sources", "0003_ui_wording_agenda"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="historicaldocument",
                    name="agreement",
                ),
                migrations.RemoveField(
                    model_name="historicaldocument",
                    name="history_user",
                ),
                migrations.RemoveField(
                    model_name="historicaldocument",
                    name="project",
                ),
                migrations.RemoveField(
                    model_name="historicaldocument",
                    name="restricted_to",
                ),
                migrations.RemoveField(
                    model_name="historicaldocument",
                    name="session",
                ),
                migrations.DeleteModel(
                    name="Document",
                ),
                migrations.DeleteModel(
                    name="HistoricalDocument",
                ),
            ],
            database_operations=[],
        ),
    ]
