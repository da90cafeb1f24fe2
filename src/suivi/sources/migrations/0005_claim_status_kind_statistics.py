"""PostgreSQL: statistics on claims' (status, kind) pairs, read together.

The home page counts waiting claims of each kind (up to 1,001, through the (status, kind)
index). Statistics on each column alone make PostgreSQL believe every kind has as many
waiting claims as its share of all claims, so for a kind with none it scanned the whole
table looking for them (~50 ms at 200,000 claims). The pairs' most common values tell it.
"""

from django.db import migrations

NAME = "sources_claim_status_kind"


def create(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE STATISTICS IF NOT EXISTS {NAME} (mcv) ON status, kind FROM sources_claim"
        )


def drop(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP STATISTICS IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("sources", "0004_document_moved_to_agreements")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
