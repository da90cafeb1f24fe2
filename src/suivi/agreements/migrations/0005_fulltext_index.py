"""Full-text index of the folded words (core/fulltext.py): FTS5 on SQLite, GIN on PostgreSQL."""

from django.db import migrations

from suivi.core import fulltext


class Migration(migrations.Migration):
    dependencies = [("agreements", "0004_list_indexes")]

    operations = fulltext.operations("agreements_agreement")
