"""CSV and XLSX writers for `tables.Table`, streamed so memory stays flat in the row count.

Text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab, carriage return
at its start) is written with a leading apostrophe, the usual defence against CSV injection;
`imports` strips it again. Numbers are never escaped: they are typed cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import IO, Any

from django.utils import translation

from suivi.exchange.tables import Column, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel number formats per language for the typed cells.
DATE_FORMATS = {"fr": "DD/MM/YYYY", "en": "DD MMM YYYY", "ru": "DD.MM.YYYY"}
MONEY_FORMAT = "#,##0.00"


def safe_text(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def cell_text(value: Any) -> str:
    """A value as CSV text: ISO dates (unambiguous for machines), plain decimals."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | int | float):
        return str(value)
    return safe_text(str(value))


def header(columns: Iterable[Column], headers: str) -> list[str]:
    """Machine names (`names`) or labels in the active language (`labels`)."""
    return [str(c.label) if headers == "labels" else c.name for c in columns]


def csv_lines(table: Table, rows: Iterable[list[Any]], headers: str = "labels") -> Iterator[str]:
    """The CSV text, one encoded line at a time (for a streamed HTTP response)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for values in ([header(table.columns, headers)], ([cell_text(v) for v in row] for row in rows)):
        for row in values:
            writer.writerow(row)
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()


def write_csv(
    table: Table, rows: Iterable[list[Any]], out: IO[str], headers: str = "labels"
) -> int:
    count = -1
    for count, line in enumerate(csv_lines(table, rows, headers)):  # noqa: B007
        out.write(line)
    return count


def write_xlsx(
    sheets: Iterable[tuple[Table, Iterable[list[Any]]]], out: IO[bytes], headers: str = "labels"
) -> int:
    """One sheet per table, typed cells, header frozen; write-only mode keeps memory flat."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    language = (translation.get_language() or "fr")[:2]
    date_format = DATE_FORMATS.get(language, DATE_FORMATS["fr"])
    workbook = Workbook(write_only=True)
    total = 0
    for table, rows in sheets:
        sheet = workbook.create_sheet(title=str(table.label)[:31])
        sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        head = []
        for text in header(table.columns, headers):
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            head.append(cell)
        sheet.append(head)
        kinds = [column.kind for column in table.columns]
        for row in rows:
            cells = []
            for kind, value in zip(kinds, row, strict=True):
                cell = WriteOnlyCell(sheet, value=_xlsx_value(value))
                if kind == "date" and value is not None:
                    cell.number_format = date_format
                elif kind == "money" and value is not None:
                    cell.number_format = MONEY_FORMAT
                cells.append(cell)
            sheet.append(cells)
            total += 1
    workbook.save(out)
    return total


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        return _strip_illegal(safe_text(value))
    return value


def _strip_illegal(text: str) -> str:
    """openpyxl refuses the control characters XML 1.0 forbids; drop them."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)
