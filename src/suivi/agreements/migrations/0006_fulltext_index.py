"""Full-text index of the folded words (core/fulltext.py): FTS5 on SQLite, GIN on PostgreSQL."""

from django.db import migrations

from suivi.core import fulltext


class Migration(migrations.Migration):
    dependencies = [("agreements", "0005_document_moved_from_sources")]

    operations = fulltext.operations("agreements_agreement")
