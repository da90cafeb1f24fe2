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
from functools import partial
from itertools import islice
from typing import IO, Any

from django.utils import translation

from suivi.exchange.tables import Column, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel number formats per language for the typed cells.
DATE_FORMATS = {"fr": "DD/MM/YYYY", "en": "DD MMM YYYY", "ru": "DD.MM.YYYY"}
MONEY_FORMAT = "#,##0.00"
LINES_PER_WRITE = 500


def batched(rows: Iterable[list[Any]], size: int) -> Iterator[list[list[Any]]]:
    """Lists of `size` rows (itertools.batched arrives with Python 3.12)."""
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def safe_text(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


# A human CSV (labelled columns) writes dates the way its language does, day first, in a form
# `parsing.day` reads back; a machine CSV (`headers="names"`) keeps ISO dates for scripts.
ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
CSV_DATE_WRITERS = {
    "fr": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year:04d}",
    "ru": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year:04d}",
    "en": lambda d: f"{d.day:02d} {ENGLISH_MONTHS[d.month - 1]} {d.year:04d}",
}


def _csv_iso_date(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def csv_date_writer(headers: str = "labels"):
    """The date converter for a CSV in the active language (ISO for machine headers)."""
    if headers != "labels":
        return _csv_iso_date
    write = CSV_DATE_WRITERS.get((translation.get_language() or "fr")[:2], CSV_DATE_WRITERS["fr"])
    return lambda value: "" if value is None else write(value)


def _csv_number(value: Any) -> str:
    return "" if value is None else str(value)


def _csv_text(value: Any) -> str:
    return "" if value is None else safe_text(str(value))


CSV_CONVERTERS = {"money": _csv_number, "integer": _csv_number}


def csv_cells(
    table: Table, rows: Iterable[list[Any]], headers: str = "labels"
) -> Iterator[list[str]]:
    """Rows as CSV text, each column converted by its kind (no type test per cell)."""
    converters = {**CSV_CONVERTERS, "date": csv_date_writer(headers)}
    convert = [converters.get(column.kind, _csv_text) for column in table.columns]
    for row in rows:
        yield [c(v) for c, v in zip(convert, row, strict=True)]


def header(columns: Iterable[Column], headers: str) -> list[str]:
    """Machine names (`names`) or labels in the active language (`labels`)."""
    return [str(c.label) if headers == "labels" else c.name for c in columns]


def csv_lines(table: Table, rows: Iterable[list[Any]], headers: str = "labels") -> Iterator[str]:
    """The CSV text, a batch of lines at a time (for a streamed HTTP response)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header(table.columns, headers))
    for batch in batched(csv_cells(table, rows, headers), LINES_PER_WRITE):
        writer.writerows(batch)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def write_csv(
    table: Table, rows: Iterable[list[Any]], out: IO[str], headers: str = "labels"
) -> int:
    writer = csv.writer(out)
    writer.writerow(header(table.columns, headers))
    count = 0
    for batch in batched(csv_cells(table, rows, headers), LINES_PER_WRITE):
        writer.writerows(batch)
        count += len(batch)
    return count


def speaking(language: str, chunks: Iterable[Any]) -> Iterator[Any]:
    """`chunks`, each one produced with `language` active: a streamed response is written
    after its view has returned, when the request's language may no longer be active."""
    iterator = iter(chunks)
    while True:
        with translation.override(language):
            try:
                chunk = next(iterator)
            except StopIteration:
                return
        yield chunk


def write_xlsx(
    sheets: Iterable[tuple[Table, Iterable[list[Any]]]], out: IO[bytes], headers: str = "labels"
) -> int:
    """One sheet per table, typed cells, header frozen; write-only mode keeps memory flat.

    Only dates and amounts are built as styled cells (for their number format); every
    other value goes to openpyxl as it is, which is what keeps the writer fast.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    language = (translation.get_language() or "fr")[:2]
    formats = {"date": DATE_FORMATS.get(language, DATE_FORMATS["fr"]), "money": MONEY_FORMAT}
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

        def styled(value, number_format, sheet=sheet):
            if value is None:
                return None
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = number_format
            return cell

        convert = []
        for column in table.columns:
            if column.kind in formats:
                convert.append(partial(styled, number_format=formats[column.kind]))
            elif column.kind == "integer":
                convert.append(_same)
            else:
                convert.append(_xlsx_value)
        for row in rows:
            sheet.append([c(v) for c, v in zip(convert, row, strict=True)])
            total += 1
    workbook.save(out)
    return total


def _same(value: Any) -> Any:
    return value


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        return _strip_illegal(safe_text(value))
    return value


def _strip_illegal(text: str) -> str:
    """openpyxl refuses the control characters XML 1.0 forbids; drop them."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)
