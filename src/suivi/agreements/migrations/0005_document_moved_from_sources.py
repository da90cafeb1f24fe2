"""Documents (an agreement's signed file, a project's or a session's annex) join the register.

The models were in `sources`; their tables `sources_document` and
`sources_historicaldocument` keep their names and rows (state only). The content types
follow, so permissions, history and anything pointing at a document by type stay valid.
"""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


MODELS = ("document", "historicaldocument")


def _relabel(apps, old: str, new: str) -> None:
    content_types = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not content_types.objects.filter(app_label=old, model=model).exists():
            continue
        # A type made for the new label before this ran: nothing can point at it yet.
        content_types.objects.filter(app_label=new, model=model).delete()
        content_types.objects.filter(app_label=old, model=model).update(app_label=new)


def move_content_types(apps, schema_editor) -> None:
    _relabel(apps, "sources", "agreements")


def move_content_types_back(apps, schema_editor) -> None:
    _relabel(apps, "agreements", "sources")


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0004_list_indexes"),
        ("commissions", "0004_ui_wording_agenda"),
        ("parties", "0004_role_version"),
        ("projects", "0004_list_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("sources", "0004_document_moved_to_agreements"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Document",
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
                            "confidentiality",
                            models.CharField(
                                choices=[
                                    ("public", "Public"),
                                    ("commission", "Commission (ses membres)"),
                                    ("party", "Partie (sa délégation et le secrétariat)"),
                                ],
                                default="public",
                                max_length=16,
                                verbose_name="confidentialité",
                            ),
                        ),
                        ("title", models.CharField(max_length=500, verbose_name="titre")),
                        (
                            "file",
                            models.FileField(upload_to="documents/%Y/", verbose_name="fichier"),
                        ),
                        (
                            "uploaded_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="déposé le"),
                        ),
                        (
                            "agreement",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="documents",
                                to="agreements.agreement",
                                verbose_name="accord",
                            ),
                        ),
                        (
                            "project",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="documents",
                                to="projects.project",
                                verbose_name="projet",
                            ),
                        ),
                        (
                            "restricted_to",
                            models.ForeignKey(
                                blank=True,
                                help_text="Pour une confidentialité « partie » : la partie dont la délégation voit.",
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="parties.party",
                                verbose_name="réservé à la partie",
                            ),
                        ),
                        (
                            "session",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="documents",
                                to="commissions.session",
                                verbose_name="session",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "document",
                        "verbose_name_plural": "documents",
                        "db_table": "sources_document",
                        "ordering": ["-uploaded_at"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalDocument",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "confidentiality",
                            models.CharField(
                                choices=[
                                    ("public", "Public"),
                                    ("commission", "Commission (ses membres)"),
                                    ("party", "Partie (sa délégation et le secrétariat)"),
                                ],
                                default="public",
                                max_length=16,
                                verbose_name="confidentialité",
                            ),
                        ),
                        ("title", models.CharField(max_length=500, verbose_name="titre")),
                        ("file", models.TextField(max_length=100, verbose_name="fichier")),
                        (
                            "uploaded_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="déposé le"
                            ),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.TextField(null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "agreement",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="agreements.agreement",
                                verbose_name="accord",
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "project",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="projects.project",
                                verbose_name="projet",
                            ),
                        ),
                        (
                            "restricted_to",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                help_text="Pour une confidentialité « partie » : la partie dont la délégation voit.",
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="parties.party",
                                verbose_name="réservé à la partie",
                            ),
                        ),
                        (
                            "session",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="commissions.session",
                                verbose_name="session",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical document",
                        "verbose_name_plural": "historical documents",
                        "db_table": "sources_historicaldocument",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
