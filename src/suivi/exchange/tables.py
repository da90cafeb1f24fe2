"""The tables a register exports: their columns, typed, and their scoped rows.

A column has a stable machine name (scripts and imports rely on it) and a label in the
user's language; its kind tells the writers how to type the cell (a date stays a date in
XLSX, money a number with its currency in the next column).

Rows are read as plain values (`QuerySet.values`), a chunk at a time, and each list column
(parties, sectors, linked records) is filled for the whole chunk by one query: the cost of
an export is a fixed number of queries per chunk, never one per row, and memory stays flat
whatever the register's size. The scope is applied once, to the queryset, and again to
every related record a list column names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from django.apps import apps
from django.db.models import QuerySet
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from suivi.access.scope import filter_through, visible

# Rows fetched per database round trip (and per related query): under SQLite's 999 parameters.
CHUNK = 900
LIST_SEPARATOR = "; "
LANGUAGES = ("fr", "en", "ru")

Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    """One exported column; `fields` are the values() paths its cell is computed from."""

    name: str
    label: Promise
    kind: str = "text"  # text | date | money | integer
    fields: tuple[str, ...] = ()
    value: Callable[[Row], Any] | None = None  # default: the row's value of the first field
    choices: bool = False  # a vocabulary: the code is shown by its label

    @property
    def paths(self) -> tuple[str, ...]:
        return self.fields or (self.name,)


@dataclass(frozen=True)
class Related:
    """A list column filled for a whole chunk at once: (user, row ids) -> {row id: text}."""

    name: str
    load: Callable[[Any, list[int]], dict[int, str]]


@dataclass(frozen=True)
class Table:
    name: str
    label: Promise
    model_label: str
    columns: tuple[Column, ...]
    ordering: tuple[str, ...]
    commission_path: str  # lookup from a row to the commissions that follow it
    related: tuple[Related, ...] = field(default=())

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def rows(self, user, queryset: QuerySet | None = None) -> QuerySet:
        """The records `user` may see (within `queryset`, a list page's filter), in order.

        A list page's queryset is taken by its ids only: its own annotations, joins and
        prefetches neither reach the export nor slow it down.
        """
        base = self.model.objects.all()
        if queryset is not None:
            base = base.filter(pk__in=queryset.order_by().values("pk"))
        return visible(user, base).order_by(*self.ordering)

    def of_commission(self, queryset: QuerySet, commission_id: int, user) -> QuerySet:
        """The rows the commission follows through records `user` may see."""
        return filter_through(user, queryset, self.commission_path, commission_id)

    def cells(self, queryset: QuerySet, user) -> Iterator[list[Any]]:
        """Each record as a list of cell values, in column order, fetched in chunks."""
        related = {r.name for r in self.related}
        paths = {"id"} | {p for c in self.columns for p in c.paths if p not in related}
        getters = [_getter(self.model, column) for column in self.columns]
        chunk: list[Row] = []
        for row in queryset.values(*sorted(paths)).iterator(chunk_size=CHUNK):
            chunk.append(row)
            if len(chunk) == CHUNK:
                yield from self._finished(chunk, user, getters)
                chunk = []
        if chunk:
            yield from self._finished(chunk, user, getters)

    def _finished(self, chunk: list[Row], user, getters) -> Iterator[list[Any]]:
        ids = [row["id"] for row in chunk]
        for related in self.related:
            found = related.load(user, ids)
            for row in chunk:
                row[related.name] = found.get(row["id"], "")
        for row in chunk:
            yield [get(row) for get in getters]


def _getter(model, column: Column) -> Callable[[Row], Any]:
    get = column.value or itemgetter(column.paths[0])
    if not column.choices:
        return get
    labels = {
        code: str(label) for code, label in model._meta.get_field(column.paths[0]).flatchoices
    }
    return lambda row: labels.get(get(row), get(row))


def joined(values: Iterable[Any]) -> str:
    return LIST_SEPARATOR.join(str(value) for value in values)


def in_language(row: Row, prefix: str) -> str:
    """A row's `<prefix>_fr/_en/_ru` in the active language, else the first one filled."""
    language = (translation.get_language() or "fr")[:2]
    for code in (language, *LANGUAGES):
        if text := row.get(f"{prefix}_{code}"):
            return text
    return ""


def names(prefix: str) -> tuple[str, ...]:
    return tuple(f"{prefix}_{code}" for code in LANGUAGES)


def grouped(pairs: Iterable[tuple[int, Any]]) -> dict[int, str]:
    """(row id, text) pairs, in order, as {row id: "text; text"}."""
    found: dict[int, list[str]] = defaultdict(list)
    for owner, text in pairs:
        found[owner].append(str(text))
    return {owner: LIST_SEPARATOR.join(texts) for owner, texts in found.items()}


def among(path: str, ids: list[int]) -> dict[str, Any]:
    """A lookup of the rows whose `path` is one of `ids`: their range when they are dense (a
    range is far cheaper to build than a list of 900 parameters; rows of the range outside
    the chunk are read, never shown), else the list itself."""
    low, high = min(ids), max(ids)
    if high - low < 2 * len(ids):
        return {f"{path}__gte": low, f"{path}__lte": high}
    return {f"{path}__in": ids}


def _through(label: str, name: str):
    return getattr(apps.get_model(label), name).through.objects


def party_codes(label: str, owner: str) -> Related:
    def load(user, ids):
        rows = _through(label, "parties").filter(**among(f"{owner}_id", ids))
        return grouped(rows.order_by("party__code").values_list(f"{owner}_id", "party__code"))

    return Related("parties", load)


def sector_names(label: str, owner: str) -> Related:
    def load(user, ids):
        rows = _through(label, "sectors").filter(**among(f"{owner}_id", ids)).order_by("sector_id")
        fields = ("sector_id", *names("sector__name"))
        return grouped(
            (row[f"{owner}_id"], in_language(row, "sector__name") or row["sector_id"])
            for row in rows.values(f"{owner}_id", *fields)
        )

    return Related("sectors", load)


def visible_links(label: str, name: str, owner: str, target: str, show) -> Related:
    """Linked records the user may see, shown by `show(row)` from `target__…` values."""

    def load(user, ids):
        allowed = visible(
            user, apps.get_model(label)._meta.get_field(name).related_model.objects.all()
        )
        rows = _through(label, name).filter(
            **among(f"{owner}_id", ids), **{f"{target}_id__in": allowed.values("pk")}
        )
        return grouped(
            (row[f"{owner}_id"], show(row))
            for row in rows.order_by(f"{target}_id").values(
                f"{owner}_id", f"{target}_id", *SHOWN_PATHS[target]
            )
        )

    return Related(name, load)


SHOWN_PATHS = {
    "agreement": ("agreement__kind", *names("agreement__title")),
    "project": ("project__title",),
}


def confidentiality_columns() -> tuple[Column, ...]:
    return (
        Column("confidentiality", _("Confidentialité"), choices=True),
        Column("restricted_to", _("Réservé à la partie"), fields=("restricted_to__code",)),
    )


def _agreement_name(row: Row) -> str:
    """What `str(agreement)` says, from a through row's values."""
    from suivi.core.vocabularies import AgreementKind

    title = in_language(row, "agreement__title")
    if title:
        return title
    kind = dict(AgreementKind.choices).get(row["agreement__kind"], row["agreement__kind"])
    return f"{kind} #{row['agreement_id']}"


AGREEMENTS = Table(
    "agreements",
    _("Accords"),
    "agreements.Agreement",
    (
        Column("id", pgettext_lazy("record", "Identifiant"), "integer"),
        Column("kind", _("Nature"), choices=True),
        Column("title_fr", _("Intitulé (fr)")),
        Column("title_en", _("Intitulé (en)")),
        Column("title_ru", _("Intitulé (ru)")),
        Column("parties", _("Parties")),
        Column("sectors", _("Secteurs")),
        Column("status", _("Statut"), choices=True),
        Column("announced_on", _("Annoncé le"), "date"),
        Column("initialled_on", _("Paraphé le"), "date"),
        Column("signed_on", _("Signé le"), "date"),
        Column("ratified_on", _("Ratifié le"), "date"),
        Column("in_force_on", _("En vigueur le"), "date"),
        Column("ended_on", _("Expiré ou dénoncé le"), "date"),
        Column("place", _("Lieu de signature")),
        Column("summary", _("Résumé")),
        *confidentiality_columns(),
    ),
    ("pk",),
    "commissions",
    (
        party_codes("agreements.Agreement", "agreement"),
        sector_names("agreements.Agreement", "agreement"),
    ),
)


def _lead_agencies(user, ids) -> dict[int, str]:
    from suivi.projects.models import LeadAgency

    rows = LeadAgency.objects.filter(**among("project_id", ids)).order_by("party__code", "pk")
    return grouped(
        (project, f"{party}: {agency}")
        for project, party, agency in rows.values_list("project_id", "party__code", "agency__code")
    )


PROJECTS = Table(
    "projects",
    _("Projets"),
    "projects.Project",
    (
        Column("id", pgettext_lazy("record", "Identifiant"), "integer"),
        Column("title", _("Intitulé")),
        Column("description", _("Description")),
        Column("agreements", _("Accords mis en œuvre")),
        Column("sectors", _("Secteurs")),
        Column("status", _("Statut"), choices=True),
        Column("start", _("Début"), "date"),
        Column("end", _("Fin"), "date"),
        Column("budget_amount", _("Budget"), "money"),
        Column("budget_currency", _("Devise")),
        Column("lead_agencies", _("Chefs de file")),
        *confidentiality_columns(),
    ),
    ("pk",),
    "agreements__commissions",
    (
        visible_links(
            "projects.Project", "agreements", "project", "agreement", itemgetter("agreement_id")
        ),
        sector_names("projects.Project", "project"),
        Related("lead_agencies", _lead_agencies),
    ),
)

MILESTONES = Table(
    "milestones",
    _("Jalons"),
    "projects.Milestone",
    (
        Column("project_id", _("Projet (identifiant)"), "integer"),
        Column("project", _("Projet"), fields=("project__title",)),
        Column("title", _("Intitulé")),
        Column("due", _("Échéance"), "date"),
        Column("done_on", _("Réalisé le"), "date"),
    ),
    ("project_id", "due", "pk"),
    "project__agreements__commissions",
)

SESSION_COLUMNS = (
    Column("commission", _("Commission"), fields=("session__commission__name",)),
    Column("session", _("Session"), "integer", fields=("session__number",)),
)

DECISIONS = Table(
    "decisions",
    _("Décisions"),
    "commissions.Decision",
    (
        *SESSION_COLUMNS,
        Column("session_start", _("Début de la session"), "date", fields=("session__start",)),
        Column("order", _("Ordre"), "integer"),
        Column("text", _("Texte")),
        Column("agreements", _("Accords")),
        Column("projects", _("Projets")),
        *confidentiality_columns(),
    ),
    ("session__commission_id", "session__number", "order", "pk"),
    "session__commission",
    (
        visible_links(
            "commissions.Decision", "agreements", "decision", "agreement", _agreement_name
        ),
        visible_links(
            "commissions.Decision", "projects", "decision", "project", itemgetter("project__title")
        ),
    ),
)

OWNER_PATHS = ("owner_person__name", *names("owner_agency__name"), *names("owner_party__name"))


def _owner(row: Row) -> str:
    """What `ActionItem.owner` says: person, agency, party, most precise first."""
    found = [row["owner_person__name"], in_language(row, "owner_agency__name")]
    return " / ".join(name for name in (*found, in_language(row, "owner_party__name")) if name)


ACTION_ITEMS = Table(
    "action-items",
    _("Actions"),
    "commissions.ActionItem",
    (
        *SESSION_COLUMNS,
        Column("title", _("Intitulé")),
        Column("owner_party", _("Partie responsable"), fields=("owner_party__code",)),
        Column("owner", _("Responsable"), fields=OWNER_PATHS, value=_owner),
        Column("due", _("Échéance"), "date"),
        Column("status", _("Statut"), choices=True),
        Column("done_on", _("Faite le"), "date"),
    ),
    ("session__commission_id", "session__number", "due", "pk"),
    "session__commission",
)

TABLES: dict[str, Table] = {
    table.name: table for table in (AGREEMENTS, PROJECTS, MILESTONES, DECISIONS, ACTION_ITEMS)
}
