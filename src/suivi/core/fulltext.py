"""Full-text search of the register's folded words: SQLite FTS5, PostgreSQL text search.

Searchable records keep their words folded (lower case, no accents) in `search_text`
(core/models.py); both databases index that column, so a search finds the same records on
either and accents or case never matter ("nucleaire" finds "Nucléaire", «елка» «Ёлка»):

- SQLite: an FTS5 table `<table>_fts` over the column (external content), kept in step by
  triggers, so every write updates it: save(), bulk_create (imports, the benchmark's fill),
  a restore, raw SQL. Django rebuilds an SQLite table to alter it, which drops its
  triggers: after every `migrate`, `repair()` puts missing ones back and re-indexes.
- PostgreSQL: a GIN index on `to_tsvector('simple', search_text)` (its first 100,000
  characters). 'simple' neither stems
  nor drops stop words, and the folding was done in Python with the same `fold()` as the
  query's, so the two databases agree and no `unaccent` extension (nor the rights to create
  one) is needed.

A query is words, never syntax: each run of letters and digits in the folded term is a
prefix ("nucl" finds "nucleaire"), all must appear. Quotes, operators and SQL are
punctuation between words. A term without any word (" % "), or an SQLite built without
FTS5, falls back to the substring search of the column (`search.matching_folded`).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from functools import cache

from django.db.models import Lookup, Q, TextField
from django.db.models.lookups import Contains

from suivi.core.search import fold, matching_folded

MAX_WORDS = 10
MAX_WORD = 64  # characters: longer "words" are pasted noise, and PostgreSQL caps lexemes
WORD = re.compile(r"[^\W_]+")
CONFIG = "'simple'::regconfig"
# PostgreSQL indexes the first this many characters of a record's words: a tsvector holds at
# most 1 MB, and a longer one would make saving the record fail.
INDEXED_CHARS = 100_000


def vector(column_sql: str) -> str:
    """The indexed expression; a query must repeat it exactly for the index to serve."""
    return f"to_tsvector({CONFIG}, left({column_sql}, {INDEXED_CHARS}))"


def words(term: str) -> list[str]:
    """The folded words of a search term, at most MAX_WORDS of them."""
    return [word[:MAX_WORD] for word in WORD.findall(fold(term))][:MAX_WORDS]


def searching(column: str, term: str) -> Q:
    """Records whose folded `column` holds every word of `term` (prefixes of its words)."""
    if words(term):
        return Q(**{f"{column}__words": term})
    return matching_folded(column, term)


def fts_table(table: str) -> str:
    return f"{table}_fts"


class Words(Lookup):
    """`search_text__words=term`: the full-text index of the column's table, else substrings."""

    lookup_name = "words"
    prepare_rhs = False

    def substrings(self, compiler, connection):
        """Every word as a substring (`LIKE`): databases without the index."""
        parts, params = [], []
        for word in words(self.rhs):
            sql, word_params = compiler.compile(Contains(self.lhs, word))
            parts.append(sql)
            params.extend(word_params)
        return " AND ".join(parts) or "1 = 1", params

    def as_sql(self, compiler, connection):
        return self.substrings(compiler, connection)

    def as_sqlite(self, compiler, connection):
        model = self.lhs.target.model
        table = model._meta.db_table
        if not sqlite_ready(connection, table):
            return self.substrings(compiler, connection)
        qn = compiler.quote_name_unless_alias
        pk = f"{qn(self.lhs.alias)}.{qn(model._meta.pk.column)}"
        fts = connection.ops.quote_name(fts_table(table))
        match = " ".join(f'"{word}"*' for word in words(self.rhs))
        # `+id`: the matches are a set to test, not the rows to start from. SQLite then walks
        # the list's order index and stops at a page; from the matches' rowids it sorted all
        # of them first (3,000 of 10,000 agreements for "nucleaire": 5 times slower). A rare
        # word costs a walk of the index (~1 ms at 10,000 rows) instead.
        return f"+{pk} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s)", [match]

    def as_postgresql(self, compiler, connection):
        lhs, params = compiler.compile(self.lhs)
        query = " & ".join(f"{word}:*" for word in words(self.rhs))
        # The same expression as the index (install_postgresql), or the index is not used.
        return f"{vector(lhs)} @@ to_tsquery({CONFIG}, %s)", [*params, query]


TextField.register_lookup(Words)


# --- SQLite: the FTS5 table and its triggers --------------------------------------------


def _triggers(table: str, column: str) -> dict[str, str]:
    fts = fts_table(table)
    insert = f'INSERT INTO "{fts}"(rowid, "{column}") VALUES (new.id, new."{column}");'
    delete = f'INSERT INTO "{fts}"("{fts}", rowid, "{column}") VALUES (\'delete\', old.id, old."{column}");'
    return {
        f"{fts}_insert": f'AFTER INSERT ON "{table}" BEGIN {insert} END',
        f"{fts}_delete": f'AFTER DELETE ON "{table}" BEGIN {delete} END',
        f"{fts}_update": f'AFTER UPDATE OF "{column}" ON "{table}" BEGIN {delete} {insert} END',
    }


@cache
def sqlite_has_fts5() -> bool:
    """Whether this process's SQLite library has FTS5 (asked once, of a throwaway database)."""
    with contextlib.closing(sqlite3.connect(":memory:")) as probe:
        try:
            probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        except sqlite3.Error:
            return False
    return True


def install_sqlite(connection, table: str, column: str = "search_text") -> bool:
    """Create the FTS table and triggers that are missing; index the rows if any were.

    Idempotent: the migration calls it, and `repair()` after every migrate.
    """
    if not sqlite_has_fts5():
        return False
    fts = fts_table(table)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE %s",
            [f"{fts}%"],
        )
        present = {row[0] for row in cursor.fetchall()}
        missing = {
            name: sql for name, sql in _triggers(table, column).items() if name not in present
        }
        if fts in present and not missing:
            return True
        if fts not in present:
            cursor.execute(
                f'CREATE VIRTUAL TABLE "{fts}" USING fts5("{column}", content="{table}", '
                f"content_rowid=id, tokenize='unicode61 remove_diacritics 2')"
            )
        for name, body in missing.items():
            cursor.execute(f'CREATE TRIGGER "{name}" {body}')
        # Rows written while a trigger was missing (or before the table existed).
        cursor.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')')
    return True


def uninstall_sqlite(connection, table: str) -> None:
    fts = fts_table(table)
    with connection.cursor() as cursor:
        for name in _triggers(table, "search_text"):
            cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        cursor.execute(f'DROP TABLE IF EXISTS "{fts}"')


def sqlite_ready(connection, table: str) -> bool:
    """Whether searches may use `table`'s FTS table: wherever SQLite has FTS5.

    Decided without a query (a page's query count stays the same from its first request):
    the migration creates the table, and every `migrate` (`suivi serve` runs one) puts back
    what is missing (`repair`).
    """
    return sqlite_has_fts5()


# --- PostgreSQL: the GIN index ---------------------------------------------------------


def install_postgresql(connection, table: str, column: str = "search_text") -> None:
    expression = vector(connection.ops.quote_name(column))
    with connection.cursor() as cursor:
        cursor.execute(
            f'CREATE INDEX IF NOT EXISTS "{fts_table(table)}" ON "{table}" USING gin (({expression}))'
        )


def uninstall_postgresql(connection, table: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f'DROP INDEX IF EXISTS "{fts_table(table)}"')


# --- Migrations and repair --------------------------------------------------------------


def operations(table: str) -> list:
    """The migration operations that index `table`'s search_text on either database."""
    from django.db import migrations

    def forward(apps, schema_editor) -> None:
        connection = schema_editor.connection
        if connection.vendor == "sqlite":
            install_sqlite(connection, table)
        elif connection.vendor == "postgresql":
            install_postgresql(connection, table)

    def backward(apps, schema_editor) -> None:
        connection = schema_editor.connection
        if connection.vendor == "sqlite":
            uninstall_sqlite(connection, table)
        elif connection.vendor == "postgresql":
            uninstall_postgresql(connection, table)

    return [migrations.RunPython(forward, backward, elidable=False)]


def repair(sender, using: str = "default", **kwargs) -> None:
    """post_migrate: give every Searchable table on SQLite its FTS triggers back if lost."""
    from django.apps import apps
    from django.db import connections

    from suivi.core.models import Searchable

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    tables = set(connection.introspection.table_names())
    for model in apps.get_models():
        table = model._meta.db_table
        if issubclass(model, Searchable) and table in tables:
            install_sqlite(connection, table)
