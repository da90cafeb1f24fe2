"""Accent- and case-insensitive search that behaves the same on SQLite and PostgreSQL.

`fold()` lowers a text and strips its accents ("Nucléaire" -> "nucleaire", «Ёлка» -> «елка»).
The `fold` lookup applies the same folding in the database: SQLite calls this module's
Python function (registered on every connection), PostgreSQL a `translate()` built from
the same table, so no extension is needed and both databases find the same rows.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from django.db.models import CharField, F, Q, TextField, Transform, Value
from django.db.models.functions import Concat
from django.db.models.lookups import Contains

# The scripts the register holds: ASCII, Latin-1 and Latin Extended-A/B, Cyrillic.
_RANGES = ((0x41, 0x5A), (0xC0, 0x24F), (0x400, 0x4FF))


def fold(text: str | None) -> str:
    """`text` lowered and without accents, one character for one."""
    if not text:
        return ""
    out = []
    for char in text.lower():
        base = unicodedata.normalize("NFD", char)[0]
        out.append(base if len(base) == 1 else char)
    return "".join(out)


@cache
def translation_table() -> tuple[str, str]:
    """(from, to) strings for PostgreSQL's translate(): every char whose fold differs."""
    sources, targets = [], []
    for low, high in _RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            folded = fold(char)
            if len(folded) == 1 and folded != char:
                sources.append(char)
                targets.append(folded)
    return "".join(sources), "".join(targets)


class Fold(Transform):
    """`field__fold__contains=fold(term)`: compare texts without case or accents."""

    lookup_name = "fold"

    def as_sql(self, compiler, connection):
        lhs, params = compiler.compile(self.lhs)
        return f"suivi_fold({lhs})", params

    def as_postgresql(self, compiler, connection):
        lhs, params = compiler.compile(self.lhs)
        sources, targets = translation_table()
        # lower() first for letters outside the table; translate() covers the rest even
        # when the database's LC_CTYPE is C and lower() only knows ASCII.
        return f"translate(lower({lhs}), %s, %s)", (*params, sources, targets)

    @property
    def output_field(self):
        return TextField()


CharField.register_lookup(Fold)
TextField.register_lookup(Fold)


@cache
def _table() -> dict[int, str]:
    return str.maketrans(*translation_table())


def fold_in_database(text: str | None) -> str:
    """The database's fold: lower() then the same table as PostgreSQL's translate().

    Equal to fold() over the scripts the register holds, and ~20 times faster: SQLite calls
    it on every row a search scans.
    """
    return text.lower().translate(_table()) if text else ""


def register_sqlite_function(sender, connection, **kwargs) -> None:
    """Give each new SQLite connection the `suivi_fold` function the lookup calls."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("suivi_fold", 1, fold_in_database, deterministic=True)


def matching_folded(column: str, term: str) -> Q:
    """Like matching(), on a column that holds its record's words already folded."""
    condition = Q()
    for word in fold(term).split()[:10]:
        condition &= Q(**{f"{column}__contains": word})
    return condition


def matching(fields: tuple[str, ...], term: str) -> Q:
    """Records where every word of `term` appears in one of `fields`, ignoring case and accents.

    The fields are joined (a line break between two, so no word spans them) and folded once
    per row: one call of the fold function a row rather than one a field and a word.
    The term is data, never syntax: quotes, operators and SQL are words like any other.
    """
    if len(fields) == 1:
        text = F(fields[0])
    else:
        parts = [F(fields[0])]
        for name in fields[1:]:
            parts += [Value("\n"), F(name)]
        text = Concat(*parts, output_field=TextField())
    condition = Q()
    for word in fold(term).split()[:10]:
        condition &= Q(Contains(Fold(text), word))
    return condition


__all__ = ["Fold", "fold", "matching", "matching_folded", "register_sqlite_function"]
