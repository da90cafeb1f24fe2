"""Reading a secretariat's spreadsheet: CSV or XLSX in, (sheet, header, rows) out.

Nothing here trusts the file: sizes are capped before anything is unpacked, formulas are
never evaluated (a formula cell is reported, not read), and text that an export escaped
with a leading apostrophe comes back as written.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from suivi.exchange.tabular import FORMULA_STARTS

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 800 * 1024 * 1024  # an XLSX is a zip: a small file may unpack huge
MAX_ROWS = 200_000
BLOCK = 256 * 1024  # bytes decoded at a time when the encoding is checked


class SheetError(ValueError):
    """The file cannot be read as a spreadsheet; the message says why, for the user."""


class Formula(str):
    """The text of a formula cell, kept apart so that it is refused rather than imported."""


@dataclass
class Sheet:
    name: str
    header: list[str]
    rows: Iterator[tuple[int, list[Any]]]  # (line number in the file, cells)


def unescape(value: Any) -> Any:
    if (
        isinstance(value, str)
        and len(value) > 1
        and value[0] == "'"
        and value[1:].startswith(FORMULA_STARTS)
    ):
        return value[1:]
    return value


def open_sheets(path: Path) -> list[Sheet]:
    """The sheets of a CSV or XLSX file; a clear `SheetError` for anything else."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SheetError(_("Fichier illisible : %(error)s") % {"error": error.strerror}) from None
    if size == 0:
        raise SheetError(_("Le fichier est vide."))
    if size > MAX_FILE_BYTES:
        raise SheetError(_("Le fichier dépasse %(mb)s Mo.") % {"mb": MAX_FILE_BYTES // 2**20})
    with path.open("rb") as handle:
        start = handle.read(4)
    if start.startswith(b"PK"):
        return _xlsx_sheets(path)
    return [_csv_sheet(path)]


def _encoding(path: Path) -> str:
    """UTF-8 when the whole file decodes as such (read in blocks), else Windows' cp1252."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    with path.open("rb") as handle:
        try:
            while block := handle.read(BLOCK):
                decoder.decode(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8-sig"


def _csv_sheet(path: Path) -> Sheet:
    """The one sheet of a CSV file, read a line at a time: memory stays flat in its length."""
    with path.open("rb") as handle:
        if b"\x00" in handle.read(4096):
            raise SheetError(_("Ce fichier n'est ni un CSV ni un classeur XLSX."))
    encoding = _encoding(path)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        first_line = handle.readline()
    # French spreadsheets save with ';', others with ',': the header line tells which.
    delimiter = max(",;\t", key=first_line.count)
    handle = path.open(encoding=encoding, errors="replace", newline="")
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as error:
        handle.close()
        raise SheetError(_("CSV illisible : %(error)s") % {"error": error}) from None
    if not header:
        handle.close()
        raise SheetError(_("Le fichier n'a pas de ligne d'en-tête."))

    def rows():
        with handle:
            line = 1
            try:
                for line, row in enumerate(reader, start=2):
                    if line > MAX_ROWS + 1:
                        raise SheetError(
                            _("Plus de %(max)s lignes : découpez le fichier.") % {"max": MAX_ROWS}
                        )
                    yield line, [unescape(cell) for cell in row]
            except csv.Error as error:
                raise SheetError(
                    _("CSV illisible après la ligne %(line)s : %(error)s")
                    % {"line": line, "error": error}
                ) from None

    return Sheet(path.stem, [cell.strip() for cell in header], rows())


def _xlsx_sheets(path: Path) -> list[Sheet]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise SheetError(_("Le classeur décompressé serait trop gros."))
        workbook = load_workbook(path, read_only=True, data_only=False)
    except SheetError:
        raise
    except (
        Exception
    ):  # a zip that is not a workbook, a damaged workbook: openpyxl raises many kinds
        raise SheetError(_("Ce fichier n'est ni un CSV ni un classeur XLSX lisible.")) from None
    sheets = []
    for worksheet in workbook.worksheets:
        rows = worksheet.iter_rows()
        first = next(rows, None)
        if first is None:
            continue
        header = [str(cell.value).strip() if cell.value is not None else "" for cell in first]

        def cells(rows=rows):
            for line, row in enumerate(rows, start=2):
                if line > MAX_ROWS + 1:
                    raise SheetError(
                        _("Plus de %(max)s lignes : découpez le fichier.") % {"max": MAX_ROWS}
                    )
                values = [
                    Formula(cell.value) if cell.data_type == "f" else unescape(cell.value)
                    for cell in row
                ]
                if any(value not in (None, "") for value in values):
                    yield line, values

        sheets.append(Sheet(worksheet.title, header, cells()))
    if not sheets:
        raise SheetError(_("Le classeur ne contient aucune feuille remplie."))
    return sheets
