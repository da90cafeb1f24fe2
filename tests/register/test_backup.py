"""A backup carries every record and its history; a restore gives back exactly that."""

import json
import zipfile
from datetime import date

import pytest
from django.core import serializers

from suivi.agreements.models import Agreement
from suivi.core.actor import acting_as
from suivi.core.archive import open_archive
from suivi.core.backup import BackupError, write_backup
from suivi.core.registry import backed_up_models
from suivi.core.restore import restore_backup
from suivi.parties.models import Party

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def snapshot() -> list:
    rows = []
    for model in backed_up_models():
        rows.extend(
            serializers.serialize(
                "python", model._base_manager.order_by("pk"), use_natural_foreign_keys=True
            )
        )
    return rows


@pytest.fixture
def register(django_user_model):
    admin = django_user_model.objects.create_superuser("secretariat", password="x" * 12)
    with acting_as(admin):
        agreement = Agreement.objects.create(kind="framework", title_fr="Accord-cadre Mali–Russie")
        agreement.parties.set(Party.objects.filter(code__in=["MLI", "RUS"]))
        agreement.sectors.set(["general"])
        agreement.status = "signed"
        agreement.signed_on = date(2025, 6, 23)
        agreement.save()
    return agreement


def test_restore_gives_back_records_and_history(register, tmp_path):
    before = snapshot()
    path = tmp_path / "register.zip"
    counts = write_backup(path)
    assert counts["agreements.agreement"] == 1
    assert counts["agreements.historicalagreement"] >= 2

    register.title_fr = "changed after the backup"
    register.save()
    Agreement.objects.create(kind="convention", title_fr="not in the backup")

    restore_backup(path, force=True)
    assert snapshot() == before
    restored = Agreement.objects.get()
    assert restored.title_fr == "Accord-cadre Mali–Russie"
    assert restored.history.first().history_user.username == "secretariat"
    # sequences follow the restored ids: a new record gets a fresh key
    assert Agreement.objects.create(kind="agreement").pk > restored.pk


def test_restore_refuses_a_register_in_use(register, tmp_path):
    path = tmp_path / "register.zip"
    write_backup(path)
    with pytest.raises(BackupError, match="pas vide"):
        restore_backup(path)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "tronqué ou n'est pas une sauvegarde suivi"),
        (b"PK\x03\x04 not really a zip", "tronqué ou n'est pas une sauvegarde suivi"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "tronqué ou n'est pas une sauvegarde suivi"),
    ],
)
def test_foreign_files_are_refused(tmp_path, content, message):
    path = tmp_path / "foreign.zip"
    path.write_bytes(content)
    with pytest.raises(BackupError, match=message), open_archive(path):
        pass


def test_a_zip_that_is_not_a_backup_is_refused(tmp_path):
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "something-else"}))
        archive.writestr("data.json", "[]")
    with pytest.raises(BackupError, match="n'est pas une sauvegarde suivi"), open_archive(path):
        pass


def test_a_truncated_backup_changes_nothing(register, tmp_path):
    path = tmp_path / "register.zip"
    write_backup(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = snapshot()
    with pytest.raises(BackupError):
        restore_backup(path, force=True)
    assert snapshot() == before
