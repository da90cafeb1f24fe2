"""Reading a backup archive without trusting it: structure, signature, checksums, sizes.

Nothing here touches the database. `open_archive` checks the manifest and the signature;
`Archive.check_data` and `Archive.extract_media` stream each member once, hash it and compare
with the manifest; `Archive.rows` streams the data one line at a time. Memory stays bounded
by the largest row (`MAX_ROW_BYTES`), never by a member's size.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from django.utils.translation import gettext as _

from suivi.core.backup import CHUNK, DATA, FORMAT, MANIFEST, MEDIA, VERSION, BackupError
from suivi.core.backup import signed_here as _signed_here

# Caps on what one archive may hold; beyond them the archive is refused before anything is read.
MAX_MANIFEST_BYTES = 64 << 20
MAX_ROW_BYTES = 64 << 20  # one record or history entry, its text included
MAX_DATA_BYTES = 64 << 30
MAX_MEDIA_BYTES = 2 << 30  # one uploaded file
LEGACY_VERSION = 1  # data.json, no checksums, no signature: restored only when trusted
LEGACY_DATA = "data.json"
MAX_LEGACY_DATA_BYTES = 512 << 20  # read whole, so kept small


@dataclass
class Archive:
    """A backup whose manifest was read and whose signature and member list were checked."""

    path: Path
    zip: zipfile.ZipFile
    manifest: dict
    counts: dict[str, int]
    members: dict[str, dict] = field(default_factory=dict)

    @property
    def legacy(self) -> bool:
        return self.manifest["version"] == LEGACY_VERSION

    def error(self, reason: str) -> BackupError:
        return BackupError(_("%(path)s : %(reason)s") % {"path": self.path, "reason": reason})

    def check_data(self) -> None:
        """Hash the data member as a stream and compare it with the manifest."""
        if not self.legacy:
            with self._open(DATA) as stream:
                self._copy_checked(DATA, stream, None)

    def extract_media(self, folder: Path) -> list[tuple[str, Path]]:
        """Copy every uploaded file into `folder`, checked; returns (relative name, staged path)."""
        staged = []
        for number, name in enumerate(sorted(self._media_names())):
            target = folder / f"{number:06d}"
            with self._open(name) as stream, target.open("wb") as out:
                self._copy_checked(name, stream, out)
            staged.append((name.removeprefix(MEDIA), target))
        return staged

    def rows(self) -> Iterator[tuple[int, object]]:
        """(line number, decoded JSON) for each row of the data, read as a stream."""
        if self.legacy:
            with self._open(LEGACY_DATA) as stream:
                rows = _json(stream.read(), self.error(_("données illisibles")))
            if not isinstance(rows, list):
                raise self.error(_("données illisibles"))
            yield from enumerate(rows, start=1)
            return
        with self._open(DATA) as stream:
            number = 0
            while line := stream.readline(MAX_ROW_BYTES + 1):
                number += 1
                if len(line) > MAX_ROW_BYTES:
                    raise self.error(
                        _("la ligne %(row)s dépasse %(limit)s octets")
                        % {"row": number, "limit": MAX_ROW_BYTES}
                    )
                yield (
                    number,
                    _json(
                        line, self.error(_("la ligne %(row)s n'est pas du JSON") % {"row": number})
                    ),
                )

    @contextmanager
    def _open(self, name: str) -> Iterator[IO[bytes]]:
        try:
            with self.zip.open(name) as stream:
                yield stream
        except KeyError:
            raise self.error(_("le membre %(member)s manque") % {"member": name}) from None
        except (zipfile.BadZipFile, zlib.error, EOFError):
            raise self.error(_("le membre %(member)s est endommagé") % {"member": name}) from None

    def _media_names(self) -> list[str]:
        if self.legacy:
            return [n for n in self.zip.namelist() if n.startswith(MEDIA) and not n.endswith("/")]
        return [name for name in self.members if name.startswith(MEDIA)]

    def _copy_checked(self, name: str, stream: IO[bytes], out: IO[bytes] | None) -> None:
        expected = self.members.get(name)
        limit = _limit(name)
        digest, size = hashlib.sha256(), 0
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise self.error(_too_big(name, limit))
            digest.update(chunk)
            if out is not None:
                out.write(chunk)
        if expected and (size != expected["size"] or digest.hexdigest() != expected["sha256"]):
            raise self.error(
                _(
                    "%(member)s ne correspond pas à son empreinte : l'archive a été modifiée ou abîmée"
                )
                % {"member": name}
            )


def _json(data: bytes, error: BackupError):
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        raise error from None


def _limit(name: str) -> int:
    if name == DATA:
        return MAX_DATA_BYTES
    if name == LEGACY_DATA:
        return MAX_LEGACY_DATA_BYTES
    return MAX_MEDIA_BYTES


def _too_big(name: str, limit: int) -> str:
    return _("le membre %(member)s dépasse la taille permise (%(limit)s octets)") % {
        "member": name,
        "limit": limit,
    }


def safe_media_name(name: str) -> bool:
    """A member under media/ that names a file inside the media folder, nothing else."""
    if not name.startswith(MEDIA) or name.endswith("/") or "\\" in name or "\x00" in name:
        return False
    relative = name.removeprefix(MEDIA)
    return (
        bool(relative)
        and not relative.startswith("/")
        and posixpath.normpath(relative) == relative
        and not relative.startswith("..")
    )


@contextmanager
def open_archive(path: Path, trust_foreign: bool = False) -> Iterator[Archive]:
    """Open a backup and check what can be checked without reading its members."""
    try:
        with zipfile.ZipFile(path) as archive:
            yield _checked(path, archive, trust_foreign)
    except FileNotFoundError:
        raise BackupError(_("%(path)s n'existe pas") % {"path": path}) from None
    except IsADirectoryError:
        raise BackupError(
            _("%(path)s est un dossier, pas une sauvegarde") % {"path": path}
        ) from None
    except PermissionError:
        raise BackupError(_("%(path)s ne peut être lu") % {"path": path}) from None
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise BackupError(
            _("%(path)s est tronqué ou n'est pas une sauvegarde suivi") % {"path": path}
        ) from None


def _checked(path: Path, archive: zipfile.ZipFile, trust_foreign: bool) -> Archive:
    not_a_backup = BackupError(_("%(path)s n'est pas une sauvegarde suivi") % {"path": path})
    infos = {info.filename: info for info in archive.infolist()}
    if MANIFEST not in infos:
        raise not_a_backup
    if infos[MANIFEST].file_size > MAX_MANIFEST_BYTES:
        raise not_a_backup
    with archive.open(MANIFEST) as stream:
        manifest = _json(stream.read(MAX_MANIFEST_BYTES + 1), not_a_backup)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise not_a_backup
    version = manifest.get("version")
    if version not in (VERSION, LEGACY_VERSION):
        raise BackupError(
            _(
                "%(path)s est une sauvegarde au format %(version)s ; ce suivi lit le format %(expected)s"
            )
            % {"path": path, "version": version, "expected": VERSION}
        )
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or not all(
        isinstance(key, str) and type(value) is int and value >= 0 for key, value in counts.items()
    ):
        raise not_a_backup
    result = Archive(path, archive, manifest, counts)
    if version == LEGACY_VERSION:
        if not trust_foreign:
            raise result.error(
                _(
                    "sauvegarde du format 1, sans signature ni empreintes ; "
                    "--trust-foreign la restaure si vous savez d'où elle vient"
                )
            )
        if LEGACY_DATA not in infos:
            raise not_a_backup
        for name, info in infos.items():
            _check_member(result, name, info, {"size": info.file_size})
        return result
    if not trust_foreign and not _signed_here(manifest):
        raise result.error(
            _(
                "la signature ne correspond pas : l'archive a été modifiée depuis sa création "
                "ou vient d'une instance dont la clé secrète diffère ; --trust-foreign la "
                "restaure si vous savez d'où elle vient"
            )
        )
    members = manifest.get("members")
    if not isinstance(members, dict) or DATA not in members:
        raise not_a_backup
    for name, member in members.items():
        if not (
            isinstance(member, dict)
            and type(member.get("size")) is int
            and isinstance(member.get("sha256"), str)
        ):
            raise not_a_backup
        if name not in infos:
            raise result.error(_("le membre %(member)s manque") % {"member": name})
        _check_member(result, name, infos[name], member)
    extra = sorted(set(infos) - set(members) - {MANIFEST})
    if extra:
        raise result.error(_("membre inattendu : %(member)s") % {"member": extra[0]})
    result.members = members
    return result


def _check_member(archive: Archive, name: str, info: zipfile.ZipInfo, member: dict) -> None:
    """A member's name and declared size, before a byte of it is read."""
    if name in (MANIFEST, DATA, LEGACY_DATA) or (archive.legacy and name.endswith("/")):
        pass
    elif not safe_media_name(name):
        raise archive.error(_("membre inattendu : %(member)s") % {"member": name})
    limit = _limit(name)
    if info.file_size > limit or member["size"] > limit:
        raise archive.error(_too_big(name, limit))
    if info.file_size != member["size"]:
        raise archive.error(
            _("%(member)s ne correspond pas à son empreinte : l'archive a été modifiée ou abîmée")
            % {"member": name}
        )
