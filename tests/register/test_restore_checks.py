"""A restore trusts nothing in its archive: each bad archive below is refused and changes nothing.

The archives are built here from a real backup: rows edited, dropped or duplicated, members
swapped, with the manifest's checksums and signature recomputed where the attack would.
"""

from __future__ import annotations

import hashlib
import json
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile

from suivi.agreements.models import Agreement, Document
from suivi.core import archive as archive_module
from suivi.core.actor import acting_as
from suivi.core.backup import BackupError, signature, write_backup
from suivi.core.restore import restore_backup
from tests.register.test_backup import snapshot

# Each restore runs inside the test's transaction (a savepoint), rolled back afterwards.
pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "data" / "media"
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def backup(story, media, tmp_path) -> Path:
    """A backup of a register with an agreement and a document kept to party B (Russia)."""
    with acting_as(story.secretariat):
        agreement = Agreement.objects.create(
            kind="agreement",
            title_fr="Accord nucléaire réservé",
            confidentiality="party",
            restricted_to=story.party_b,
        )
        agreement.parties.set([story.party_a, story.party_b])
        document = Document(
            title="Texte signé",
            agreement=agreement,
            confidentiality="party",
            restricted_to=story.party_b,
        )
        document.file.save("texte-signe.pdf", ContentFile(b"%PDF-1.4 signed text"), save=True)
    path = tmp_path / "register.zip"
    write_backup(path)
    return path


def rows_of(path: Path) -> list[dict]:
    with zipfile.ZipFile(path) as archive:
        return [json.loads(line) for line in archive.read("data.jsonl").splitlines()]


def rebuild(
    source: Path,
    target: Path,
    rows: list | None = None,
    *,
    data: bytes | None = None,
    key: str | None = None,
    checksums: bool = True,
    counts: dict | None = None,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """Rewrite `source` with other rows, as an attacker would: checksums and signature redone
    with `key` (this instance's by default), or the original manifest kept (`checksums=False`)."""
    with zipfile.ZipFile(source) as original:
        manifest = json.loads(original.read("manifest.json"))
        members = {name: original.read(name) for name in original.namelist()}
    if data is None:
        data = b"".join(json.dumps(row).encode() + b"\n" for row in rows)
    members["data.jsonl"] = data
    members.update(extra or {})
    if checksums:
        manifest["members"] = {
            name: {"size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
            for name, content in members.items()
            if name != "manifest.json"
        }
        if counts is not None:
            manifest["counts"] = counts
        manifest["signature"] = signature(manifest, key or settings.SECRET_KEY)
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return target


def agreement_row(rows: list[dict]) -> dict:
    return next(row for row in rows if row["model"] == "agreements.agreement")


def refused(path: Path, message: str, **options) -> None:
    """The restore fails with one line naming the problem, and the register is unchanged."""
    before = snapshot()
    with pytest.raises(BackupError, match=message) as error:
        restore_backup(path, force=True, **options)
    assert "\n" not in str(error.value)
    assert snapshot() == before


def test_a_row_edited_after_the_backup_fails_its_checksum(backup, tmp_path):
    rows = rows_of(backup)
    agreement_row(rows)["fields"]["confidentiality"] = "public"
    tampered = rebuild(backup, tmp_path / "public.zip", rows, checksums=False)
    refused(tampered, "data.jsonl ne correspond pas à son empreinte")


def test_an_edit_with_recomputed_checksums_fails_the_signature(backup, tmp_path):
    rows = rows_of(backup)
    agreement_row(rows)["fields"]["confidentiality"] = "public"
    agreement_row(rows)["fields"]["restricted_to"] = None
    tampered = rebuild(backup, tmp_path / "public.zip", rows, key="an attacker's key")
    refused(tampered, "la signature ne correspond pas")
    # An administrator who vouches for the archive may still restore it: rows stay checked.
    restore_backup(tampered, force=True, trust_foreign=True)
    assert Agreement.objects.get().confidentiality == "public"


def test_invalid_choices_are_refused(backup, tmp_path):
    rows = rows_of(backup)
    agreement_row(rows)["fields"]["confidentiality"] = "secret"
    refused(rebuild(backup, tmp_path / "choice.zip", rows), "confidentialité : .*choix valide")


def test_a_party_restriction_without_its_party_is_refused(backup, tmp_path):
    rows = rows_of(backup)
    agreement_row(rows)["fields"]["restricted_to"] = None
    refused(rebuild(backup, tmp_path / "party.zip", rows), "doit nommer la partie")


def test_a_duplicated_primary_key_is_refused(backup, tmp_path):
    rows = rows_of(backup)
    original = agreement_row(rows)
    blank = {"model": original["model"], "pk": original["pk"], "fields": {"kind": "agreement"}}
    rows.append(blank)
    counts = json.loads(zipfile.ZipFile(backup).read("manifest.json"))["counts"]
    counts["agreements.agreement"] += 1
    duplicated = rebuild(backup, tmp_path / "twice.zip", rows, counts=counts)
    refused(
        duplicated, f"la clé primaire {original['pk']} de agreements.agreement figure deux fois"
    )


def test_a_duplicated_unique_key_is_refused(backup, tmp_path):
    rows = rows_of(backup)
    party = next(row for row in rows if row["model"] == "parties.party")
    rows.append({**party, "pk": 999999})
    counts = json.loads(zipfile.ZipFile(backup).read("manifest.json"))["counts"]
    counts["parties.party"] += 1
    refused(rebuild(backup, tmp_path / "code.zip", rows, counts=counts), "existe déjà")


def test_dropped_rows_are_refused_by_the_counts(backup, tmp_path):
    rows = rows_of(backup)
    assert len(rows) > 60
    refused(
        rebuild(backup, tmp_path / "short.zip", rows[:-30]), "lignes lues, le manifeste en annonce"
    )


def test_a_reference_to_a_missing_row_is_refused(backup, tmp_path):
    rows = rows_of(backup)
    agreement_row(rows)["fields"]["restricted_to"] = 999999
    refused(rebuild(backup, tmp_path / "dangling.zip", rows), "absent de la sauvegarde")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"[1, 2, 3]\n", "n'est pas un enregistrement"),
        (b"1\n2\n3\n", "n'est pas un enregistrement"),
        (b'{"model": "auth.user", "fields": {}}\n', "n'est pas un enregistrement"),
        (b'{"model": "axes.accessattempt", "pk": 1, "fields": {}}\n', "ne fait pas partie"),
        (b'{"model": "agreements.agreement", "pk": "x", "fields": {}}\n', "agreements.agreement x"),
        (b'{"model": "agreements.agreement", "pk": 1, "fields": {"nope": 1}}\n', "nope"),
        (b"{not json\n", "la ligne 1 n'est pas du JSON"),
        (b"[" * 100000 + b"\n", "la ligne 1 n'est pas du JSON"),
    ],
)
def test_malformed_data_is_one_line(backup, tmp_path, data, message):
    refused(rebuild(backup, tmp_path / "bad.zip", data=data), message)


def test_a_format_1_archive_needs_trust_and_its_rows_are_checked(backup, tmp_path):
    legacy = tmp_path / "legacy.zip"
    with zipfile.ZipFile(legacy, "w") as archive:
        archive.writestr(
            "manifest.json", json.dumps({"format": "suivi-backup", "version": 1, "counts": {}})
        )
        archive.writestr("data.json", "[1, 2, 3]")
    refused(legacy, "format 1, sans signature")
    refused(legacy, "ligne 1 : ce n'est pas un enregistrement", trust_foreign=True)


def test_members_outside_the_media_folder_are_refused(backup, tmp_path):
    rows = rows_of(backup)
    for name in ("media/../../evil.txt", "/etc/evil", "media/a/./b", "notes.txt"):
        crafted = rebuild(backup, tmp_path / "crafted.zip", rows, extra={name: b"x"})
        refused(crafted, "membre inattendu")
    assert not (tmp_path / "evil.txt").exists()


def test_a_member_over_the_cap_is_refused_before_it_is_read(backup, tmp_path, monkeypatch):
    monkeypatch.setattr(archive_module, "MAX_MEDIA_BYTES", 10)
    refused(backup, "dépasse la taille permise")


def test_a_large_file_is_restored_in_bounded_memory(backup, media, tmp_path):
    """The reproduction: a 1.5 GB member took 3 GB. Here 64 MB, with under 8 MB of peak."""
    size = 64 << 20
    rows = rows_of(backup)
    big = tmp_path / "big.zip"
    rebuild(backup, big, rows)
    # Add the member stored (not deflated) with its checksum, without holding it in memory twice.
    chunk = bytes(range(256)) * 4096
    digest = hashlib.sha256()
    with (
        zipfile.ZipFile(big, "a") as archive,
        archive.open("media/documents/big.bin", "w", force_zip64=True) as out,
    ):
        for _ in range(size // len(chunk)):
            out.write(chunk)
            digest.update(chunk)
    with zipfile.ZipFile(big) as archive:
        members = {i.filename: i for i in archive.infolist()}
        manifest = json.loads(archive.read("manifest.json"))
    manifest["members"]["media/documents/big.bin"] = {"size": size, "sha256": digest.hexdigest()}
    manifest["signature"] = signature(manifest, settings.SECRET_KEY)
    final = tmp_path / "final.zip"
    with zipfile.ZipFile(big) as source, zipfile.ZipFile(final, "w", zipfile.ZIP_STORED) as target:
        for name in members:
            if name == "manifest.json":
                target.writestr(name, json.dumps(manifest))
                continue
            with source.open(name) as stream, target.open(name, "w", force_zip64=True) as out:
                while block := stream.read(1 << 20):
                    out.write(block)
    tracemalloc.start()
    try:
        restore_backup(final, force=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (media / "documents" / "big.bin").stat().st_size == size
    assert peak < 8 << 20, peak


def test_the_round_trip_keeps_files_and_history(backup, media):
    before = snapshot()
    document = Document.objects.get()
    content = document.file.read()
    document.file.close()
    (media / document.file.name).unlink()
    Agreement.objects.update(title_fr="changed")
    counts = restore_backup(backup, force=True)
    assert snapshot() == before
    assert (media / document.file.name).read_bytes() == content
    assert counts["agreements.agreement"] == 1
    assert counts["agreements.historicalagreement"] >= 1
    assert not list(media.parent.glob(".restore-*"))  # the staging folder is gone


def test_a_backup_from_before_documents_moved_restores_them(backup, tmp_path, media):
    """Backups written when documents lived in `sources` name them `sources.document`."""
    rows = rows_of(backup)
    with zipfile.ZipFile(backup) as archive:
        counts = json.loads(archive.read("manifest.json"))["counts"]
    renamed = {"agreements.document": "sources.document"}
    renamed["agreements.historicaldocument"] = "sources.historicaldocument"
    for row in rows:
        row["model"] = renamed.get(row["model"], row["model"])
    counts = {renamed.get(label, label): n for label, n in counts.items()}
    assert "sources.document" in counts
    old = rebuild(backup, tmp_path / "old.zip", rows, counts=counts)
    Document.objects.all().delete()
    restore_backup(old, force=True)
    document = Document.objects.get()
    assert document.title == "Texte signé"
    assert document.history.exists()
