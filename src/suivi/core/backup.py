"""Backups that carry every record and its history, signed so that a restore can trust them.

A backup is a zip archive:
- `data.jsonl`: one object a line in Django's serialisation with natural keys (so content
  types and permissions map onto any database), written and read as a stream;
- `media/...`: the uploaded files;
- `manifest.json`: format, version, rows per model, the size and SHA-256 of every member,
  and an HMAC-SHA256 of all that keyed with the instance's secret key.

An archive edited after it was written (a row changed, dropped or added, a file swapped)
fails its checksums; one whose checksums were recomputed fails the signature, unless the
administrator says they trust it (`--trust-foreign`). `suivi.core.restore` reads it back.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime, time
from itertools import islice
from pathlib import Path
from typing import IO

from django.conf import settings
from django.core import serializers
from django.db import connection, transaction
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from suivi import __version__
from suivi.core.registry import backed_up_models

FORMAT = "suivi-backup"
VERSION = 2
MANIFEST = "manifest.json"
DATA = "data.jsonl"
MEDIA = "media/"
SIGNING_SALT = "suivi.core.backup"
CHUNK = 1 << 20  # bytes copied at a time: memory stays flat whatever a file's size
ROWS_PER_BATCH = 500


class BackupError(Exception):
    """A backup that cannot be written, read or restored, with a one-line message for the user."""


class ExactJSONEncoder(serializers.json.DjangoJSONEncoder):
    """Django's encoder cuts microseconds to milliseconds; a backup keeps every digit."""

    def default(self, o):
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


def signature(manifest: dict, secret: str) -> str:
    """HMAC-SHA256 of the manifest (without its signature), keyed with `secret`."""
    body = {key: value for key, value in manifest.items() if key != "signature"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return salted_hmac(SIGNING_SALT, text, secret=secret, algorithm="sha256").hexdigest()


def signed_here(manifest: dict) -> bool:
    """True when this instance's secret key (or a former one still listed) signed the manifest."""
    given = manifest.get("signature")
    if not isinstance(given, str):
        return False
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return any(constant_time_compare(given, signature(manifest, key)) for key in keys)


class _Hashing:
    """A writable stream that counts and hashes what passes through it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream, self.size, self.digest = stream, 0, hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.stream.write(data)
        self.size += len(data)
        self.digest.update(data)

    def member(self) -> dict:
        return {"size": self.size, "sha256": self.digest.hexdigest()}


def _snapshot_isolation() -> None:
    """On PostgreSQL, every table is read at the same instant (SQLite's transaction already is).

    Only a transaction's first statement may set it: inside a caller's transaction (tests)
    the caller's isolation applies.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def _write_rows(stream: _Hashing) -> dict[str, int]:
    counts: dict[str, int] = {}
    outermost = not connection.in_atomic_block
    with transaction.atomic():  # one consistent snapshot
        if outermost:
            _snapshot_isolation()
        for model in backed_up_models():
            rows = model._base_manager.order_by(model._meta.pk.name).iterator(
                chunk_size=ROWS_PER_BATCH
            )
            count = 0
            while batch := list(islice(rows, ROWS_PER_BATCH)):
                for row in serializers.serialize("python", batch, use_natural_foreign_keys=True):
                    line = json.dumps(row, cls=ExactJSONEncoder, ensure_ascii=False)
                    stream.write(line.encode("utf-8") + b"\n")
                    count += 1
            counts[model._meta.label_lower] = count
    return counts


def _media_files() -> list[tuple[str, Path]]:
    """Uploaded files as (member name, path); links are skipped, they may point anywhere."""
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return [
        (MEDIA + file.relative_to(root).as_posix(), file)
        for file in sorted(root.rglob("*"))
        if file.is_file() and not file.is_symlink()
    ]


def write_backup(path: Path) -> dict[str, int]:
    """Write the whole register and its files to `path`; returns the count of rows per model."""
    tmp = path.with_name(path.name + ".part")
    members: dict[str, dict] = {}
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            with archive.open(DATA, "w", force_zip64=True) as raw:
                stream = _Hashing(raw)
                counts = _write_rows(stream)
            members[DATA] = stream.member()
            for name, file in _media_files():
                with file.open("rb") as source, archive.open(name, "w", force_zip64=True) as raw:
                    stream = _Hashing(raw)
                    while chunk := source.read(CHUNK):
                        stream.write(chunk)
                members[name] = stream.member()
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "suivi": __version__,
                "created": datetime.now(UTC).isoformat(),
                "counts": counts,
                "members": members,
            }
            manifest["signature"] = signature(manifest, settings.SECRET_KEY)
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
        tmp.replace(path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            _("impossible d'écrire %(path)s : %(reason)s")
            % {"path": path, "reason": error.strerror or error}
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return counts
