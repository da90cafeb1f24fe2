"""A list page's rows as plain values computed once in Python.

Rendering 50 rows through template lookups, `get_FOO_display` (which rebuilds a dict of lazy
labels at each call), per-row `{% url %}`, filters and related managers cost ~90% of a list
page; a row object whose fields are ready-made strings costs a few template lookups.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from html import escape

from django.db import connection
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from suivi.core.memo import remembered


def table_body(rows, html_of, empty: str, columns: int) -> SafeString:
    """A list's `<tbody>` content: each row's `html_of(row)` (every value escaped there), or
    one muted line saying the list is empty.

    The markup a `{% for %}` over the rows wrote, as Python strings: ~60 µs a row through
    the template engine's variable lookups and autoescape, ~3 µs here.
    """
    if not rows:
        return mark_safe(f'<tr><td colspan="{columns}" class="muted">{escape(empty)}</td></tr>')
    return mark_safe("\n".join(html_of(row) for row in rows))


def labels(choices: Iterable[tuple[str, object]]) -> dict[str, str]:
    """{code: label} in the active language, evaluated once per page rather than per row."""
    return {str(code): str(label) for code, label in choices}


def url_maker(name: str):
    """A function pk -> URL for a `<pk>` detail route: reverse() once, then string work."""
    sample = reverse(name, args=[987654321])
    head, tail = sample.split("987654321")
    return lambda pk: f"{head}{pk}{tail}"


def abbreviations(parties) -> SafeString:
    """Party codes with their names on hover: "MLI, RUS" (parties, or (code, name) pairs).

    Each pair's markup is written once per process (`_abbreviation`): escaping both strings
    and formatting them for every row cost ~9 µs a row, the list's most expensive column.
    """
    return SafeString(
        ", ".join(
            _abbreviation(*(p if isinstance(p, tuple) else (p.code, str(p)))) for p in parties
        )
    )


@lru_cache(maxsize=4096)
def _abbreviation(code: str, name: str) -> str:
    """`<abbr title="name">code</abbr>`, escaped (the few parties, in three languages)."""
    return f'<abbr title="{escape(name)}">{escape(code)}</abbr>'


def linked_names(through, owner: str, ids: list, target: str, fields: tuple[str, str]) -> dict:
    """{owner id: [(key, name in the active language), ...]} read from a link table.

    `fields` names the target's key and the base of its localized name (`name` reads
    name_fr / name_en / name_ru, the page's language first, as `localized()` does). The
    pairs come ordered by key, as the models order them.

    The links are read as plain (owner, target) pairs, one statement written here; the
    names come from reference_names(), remembered: a Django query joining the names cost
    ~1 ms of CPU to build for a page of 50 rows, twice a page.
    """
    if not ids:
        return {}
    field = through._meta.get_field(target)
    links = link_rows(through, owner, ids, target)
    names = reference_names(field.related_model, *fields)
    if any(pk not in names for _, pk in links):  # written on another machine, within TTL
        names = reference_names(field.related_model, *fields, fresh=True)
    found: dict = {}
    for pk, target_pk in links:
        if target_pk in names:
            found.setdefault(pk, []).append(names[target_pk])
    for pairs in found.values():
        pairs.sort()
    return found


def link_rows(through, owner: str, ids: list, target: str) -> list[tuple]:
    """(owner id, target id) pairs of a many-to-many link table for the owners `ids`, read
    in one statement written here (an ORM query cost ~1 ms of CPU to build for a page)."""
    if not ids:
        return []
    quote = connection.ops.quote_name
    owner_column = quote(through._meta.get_field(owner).column)
    target_column = quote(through._meta.get_field(target).column)
    sql = (
        f"SELECT {owner_column}, {target_column} FROM {quote(through._meta.db_table)}"
        f" WHERE {owner_column} IN ({', '.join(['%s'] * len(ids))})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, list(ids))
        return cursor.fetchall()


def reference_names(model, key: str, base: str, fresh: bool = False) -> dict:
    """{pk: (key, name in the active language)} of a reference table (parties, sectors),
    remembered per language (core/memo.py). Whoever sees a record sees its parties and
    sectors: no scope applies."""
    language = (get_language() or "fr")[:2]
    order = [language] + [code for code in ("fr", "en", "ru") if code != language]

    def compute() -> dict:
        rows = model._default_manager.values_list("pk", key, *(f"{base}_{code}" for code in order))
        return {pk: (code, next((n for n in names if n), code)) for pk, code, *names in rows}

    if fresh:
        return compute()
    return remembered(("core.rows.names", model._meta.label, language), compute)
