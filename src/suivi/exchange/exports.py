"""One entry point for every export, shared by the pages and the command line."""

from __future__ import annotations

from typing import IO

from django.db.models import QuerySet

from suivi.exchange import iati, tabular
from suivi.exchange.tables import MILESTONES, PROJECTS, TABLES, Table


def rows(table: Table, user, commission: int | None = None, queryset: QuerySet | None = None):
    """The table's records the user may see, within a commission or a list page's filter."""
    query = table.rows(user, queryset)
    return table.of_commission(query, commission, user) if commission is not None else query


def sheets(user, table_name: str | None, commission: int | None, queryset: QuerySet | None = None):
    """(table, cells) pairs: every table, or the one asked for (projects with milestones)."""
    if table_name is None:
        return [(t, t.cells(rows(t, user, commission), user)) for t in TABLES.values()]
    table = TABLES[table_name]
    query = rows(table, user, commission, queryset)
    result = [(table, table.cells(query, user))]
    if table is PROJECTS:
        milestones = rows(MILESTONES, user).filter(project__in=query.values("pk"))
        result.append((MILESTONES, MILESTONES.cells(milestones, user)))
    return result


def write(
    kind: str,
    out: IO,
    user,
    table_name: str | None = None,
    commission: int | None = None,
    headers: str = "labels",
    queryset: QuerySet | None = None,
    reporter: iati.Reporter | None = None,
):
    """Write one export; returns the row count (CSV, XLSX) or an `iati.Report`."""
    if kind == "csv":
        table = TABLES[table_name or "agreements"]
        return tabular.write_csv(
            table, table.cells(rows(table, user, commission, queryset), user), out, headers
        )
    if kind == "xlsx":
        return tabular.write_xlsx(sheets(user, table_name, commission, queryset), out, headers)
    projects = iati.project_rows(user, queryset)
    if commission is not None:
        projects = PROJECTS.of_commission(projects, commission, user)
    return iati.write_iati(projects.iterator(chunk_size=2000), out, reporter)
