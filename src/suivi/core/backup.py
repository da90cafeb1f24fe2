"""Backups that carry every record and its history, and restores that are all or nothing.

A backup is a zip archive: `manifest.json` (format, version, counts), `data.json`
(Django's serialisation with natural keys, so content types and permissions map
onto any database) and the uploaded files under `media/`. Zip's checksums catch
a truncated file before anything is written.
"""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, time
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.test.utils import override_settings

from suivi import __version__
from suivi.core.registry import backed_up_models

FORMAT = "suivi-backup"
VERSION = 1
# Records whose presence means the register is in use: a restore must not overwrite them.
IN_USE = (
    "agreements.agreement",
    "projects.project",
    "commissions.commission",
    "sources.source",
    "sources.claim",
    "parties.person",
)


class ExactJSONEncoder(serializers.json.DjangoJSONEncoder):
    """Django's encoder cuts microseconds to milliseconds; a backup keeps every digit."""

    def default(self, o):
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


class BackupError(Exception):
    """A backup that cannot be written or read, with a message for the user."""


def write_backup(path: Path) -> dict[str, int]:
    """Write the whole register to `path`; returns the count of rows per model."""
    models = backed_up_models()
    counts: dict[str, int] = {}
    objects: list[dict] = []
    with transaction.atomic():  # one consistent snapshot
        for model in models:
            rows = model._base_manager.order_by(model._meta.pk.name)
            data = serializers.serialize("python", rows.iterator(), use_natural_foreign_keys=True)
            counts[model._meta.label_lower] = len(data)
            objects.extend(data)
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "suivi": __version__,
        "created": datetime.now(UTC).isoformat(),
        "counts": counts,
    }
    media = Path(settings.MEDIA_ROOT)
    tmp = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, indent=2))
            archive.writestr("data.json", json.dumps(objects, cls=ExactJSONEncoder))
            if media.is_dir():
                for file in sorted(media.rglob("*")):
                    if file.is_file():
                        archive.write(file, f"media/{file.relative_to(media).as_posix()}")
        tmp.replace(path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"cannot write {path}: {error.strerror or error}") from None
    return counts


def read_backup(path: Path) -> tuple[dict, list[dict], dict[str, bytes]]:
    """Open and check a backup; raises BackupError on a truncated or foreign file."""
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            if bad:
                raise BackupError(f"{path} is damaged ({bad} fails its checksum)")
            names = set(archive.namelist())
            if not {"manifest.json", "data.json"} <= names:
                raise BackupError(f"{path} is not a suivi backup")
            manifest = json.loads(archive.read("manifest.json"))
            if manifest.get("format") != FORMAT:
                raise BackupError(f"{path} is not a suivi backup")
            if manifest.get("version") != VERSION:
                raise BackupError(
                    f"{path} is a backup of format version {manifest.get('version')}, "
                    f"this suivi reads version {VERSION}"
                )
            objects = json.loads(archive.read("data.json"))
            media = {
                name.removeprefix("media/"): archive.read(name)
                for name in names
                if name.startswith("media/") and not name.endswith("/")
            }
    except FileNotFoundError:
        raise BackupError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise BackupError(f"{path} is a folder, not a backup") from None
    except (zipfile.BadZipFile, EOFError):
        raise BackupError(f"{path} is truncated or is not a suivi backup") from None
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError):
        raise BackupError(f"{path} is damaged (unreadable data)") from None
    if not isinstance(objects, list):
        raise BackupError(f"{path} is damaged (unreadable data)")
    return manifest, objects, media


def register_in_use() -> list[str]:
    from django.apps import apps

    return [label for label in IN_USE if apps.get_model(label).objects.exists()]


def restore_backup(path: Path, force: bool = False) -> dict[str, int]:
    """Replace the register with the backup's content, in one transaction."""
    manifest, objects, media = read_backup(path)
    in_use = register_in_use()
    if in_use and not force:
        raise BackupError(
            "the register is not empty (" + ", ".join(in_use) + "); restore into an empty "
            "register, or pass --force to replace it"
        )
    models = backed_up_models()
    try:
        # The backup already holds the history; loading it must not write history of its own.
        with transaction.atomic(), override_settings(SIMPLE_HISTORY_ENABLED=False):
            for model in reversed(models):
                model._base_manager.all()._raw_delete(using=connection.alias)
            for item in serializers.deserialize("python", objects, handle_forward_references=True):
                item.save()
            reset_sequences(models)
    except (DeserializationError, IntegrityError, DatabaseError, LookupError, ValueError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise BackupError(f"{path} could not be restored, nothing was changed: {first}") from None
    write_media(media)
    return manifest["counts"]


def reset_sequences(models: list) -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def write_media(media: dict[str, bytes]) -> None:
    root = Path(settings.MEDIA_ROOT).resolve()
    for name, content in media.items():
        target = (root / name).resolve()
        if not target.is_relative_to(root):  # a crafted archive must not write outside MEDIA_ROOT
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
