"""Documents moved from `sources` to `agreements`: a register upgraded keeps its files and history.

The test rolls the schema back to where documents lived in `sources`, writes a document and
its history with the models of that time, migrates forward and reads them back with today's
models (SQLite by default, PostgreSQL with SUIVI_TEST_DATABASE_URL).
"""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("sources", "0003_ui_wording_agenda"), ("agreements", "0004_list_indexes")]


def migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.fixture(autouse=True)
def fresh_content_types():
    """Content types are cached per process: the rows these migrations relabel must be read
    again, before (other tests looked types up) and after (for the tests that follow)."""
    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_upgrade_keeps_documents_history_and_type():
    old = migrate(BEFORE).loader.project_state(BEFORE).apps
    Agreement = old.get_model("agreements", "Agreement")
    OldDocument = old.get_model("sources", "Document")
    OldHistory = old.get_model("sources", "HistoricalDocument")
    OldType = old.get_model("contenttypes", "ContentType")
    old_type = OldType.objects.get_or_create(app_label="sources", model="document")[0]
    agreement = Agreement.objects.create(kind="agreement", title_fr="Accord minier")
    document = OldDocument.objects.create(
        title="Texte signé", file="documents/2025/texte.pdf", agreement=agreement
    )
    OldHistory.objects.create(
        id=document.pk,
        title="Texte signé",
        file="documents/2025/texte.pdf",
        agreement=agreement,
        confidentiality="public",
        uploaded_at=document.uploaded_at,
        history_date=document.uploaded_at,
        history_type="+",
    )

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    from suivi.agreements.models import Document

    moved = Document.objects.get()
    assert (moved.pk, moved.title, moved.file.name) == (
        document.pk,
        "Texte signé",
        "documents/2025/texte.pdf",
    )
    assert moved.agreement_id == agreement.pk
    assert [entry.title for entry in moved.history.all()] == ["Texte signé"]
    # The content type moved with the model: same row, so permissions keep pointing at it.
    assert ContentType.objects.get_for_model(Document).pk == old_type.pk
    assert not ContentType.objects.filter(app_label="sources", model="document").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_downgrade_gives_documents_back_to_sources():
    from suivi.agreements.models import Agreement, Document

    agreement = Agreement.objects.create(kind="agreement", title_fr="Accord minier")
    Document.objects.create(title="Annexe", file="documents/2025/annexe.pdf", agreement=agreement)
    ContentType.objects.get_for_model(Document)

    old = migrate(BEFORE).loader.project_state(BEFORE).apps
    assert list(old.get_model("sources", "Document").objects.values_list("title", flat=True)) == [
        "Annexe"
    ]
    assert (
        old.get_model("contenttypes", "ContentType")
        .objects.filter(app_label="sources", model="document")
        .exists()
    )
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
