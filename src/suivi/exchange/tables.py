"""The tables a register exports: their columns, typed, and their scoped rows.

A column has a stable machine name (scripts and imports rely on it) and a label in the
user's language; its kind tells the writers how to type the cell (a date stays a date in
XLSX, money a number with its currency in the next column).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from suivi.access.scope import visible

# Rows fetched per database round trip: memory stays flat whatever the register's size.
CHUNK = 2000
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Column:
    name: str
    label: Promise
    get: Callable[[Any], Any]
    kind: str = "text"  # text | date | money | integer


@dataclass(frozen=True)
class Table:
    name: str
    label: Promise
    columns: tuple[Column, ...]
    rows: Callable[[Any, QuerySet | None], QuerySet]
    commission_path: str  # lookup from a row to the commissions that follow it

    def of_commission(self, queryset: QuerySet, commission_id: int) -> QuerySet:
        return queryset.filter(**{self.commission_path: commission_id}).distinct()

    def cells(self, queryset: QuerySet) -> Iterator[list[Any]]:
        """Each record as a list of cell values, in column order, fetched in chunks."""
        for record in queryset.iterator(chunk_size=CHUNK):
            yield [column.get(record) for column in self.columns]


def joined(values) -> str:
    return LIST_SEPARATOR.join(str(value) for value in values)


def codes(parties) -> str:
    return joined(party.code for party in parties)


@cache
def _labels(model: type, field: str, language: str) -> dict[str, str]:
    return {code: str(label) for code, label in model._meta.get_field(field).flatchoices}


def display(field: str) -> Callable[[Any], str]:
    """A vocabulary field by its label in the active language (labels looked up once)."""

    def label(record) -> str:
        value = getattr(record, field)
        labels = _labels(type(record), field, translation.get_language() or "fr")
        return labels.get(value, value)

    return label


def attribute(name: str) -> Callable[[Any], Any]:
    return lambda record: getattr(record, name)


def restricted_code(record) -> str:
    return record.restricted_to.code if record.restricted_to_id else ""


def confidentiality_columns() -> tuple[Column, ...]:
    return (
        Column("confidentiality", _("Confidentialité"), display("confidentiality")),
        Column("restricted_to", _("Réservé à la partie"), restricted_code),
    )


def _agreement_rows(user, queryset: QuerySet | None) -> QuerySet:
    from suivi.agreements.models import Agreement
    from suivi.parties.models import Party

    base = Agreement.objects.all() if queryset is None else queryset
    return (
        visible(user, base)
        .select_related("restricted_to")
        .prefetch_related(None)  # a list page's own prefetches give way to the scoped ones
        .prefetch_related(
            Prefetch("parties", queryset=Party.objects.order_by("code")),
            "sectors",
        )
        .order_by("pk")
    )


AGREEMENTS = Table(
    "agreements",
    _("Accords"),
    (
        Column("id", _("Identifiant"), attribute("pk"), "integer"),
        Column("kind", _("Nature"), display("kind")),
        Column("title_fr", _("Intitulé (fr)"), attribute("title_fr")),
        Column("title_en", _("Intitulé (en)"), attribute("title_en")),
        Column("title_ru", _("Intitulé (ru)"), attribute("title_ru")),
        Column("parties", _("Parties"), lambda a: codes(a.parties.all())),
        Column("sectors", _("Secteurs"), lambda a: joined(a.sectors.all())),
        Column("status", _("Statut"), display("status")),
        Column("announced_on", _("Annoncé le"), attribute("announced_on"), "date"),
        Column("initialled_on", _("Paraphé le"), attribute("initialled_on"), "date"),
        Column("signed_on", _("Signé le"), attribute("signed_on"), "date"),
        Column("ratified_on", _("Ratifié le"), attribute("ratified_on"), "date"),
        Column("in_force_on", _("En vigueur le"), attribute("in_force_on"), "date"),
        Column("ended_on", _("Expiré ou dénoncé le"), attribute("ended_on"), "date"),
        Column("place", _("Lieu de signature"), attribute("place")),
        Column("summary", _("Résumé"), attribute("summary")),
        *confidentiality_columns(),
    ),
    _agreement_rows,
    "commissions",
)


def _project_rows(user, queryset: QuerySet | None) -> QuerySet:
    from suivi.agreements.models import Agreement
    from suivi.projects.models import LeadAgency, Project

    base = Project.objects.all() if queryset is None else queryset
    return (
        visible(user, base)
        .select_related("restricted_to")
        .prefetch_related(None)  # a list page's own prefetches give way to the scoped ones
        .prefetch_related(
            Prefetch("agreements", queryset=visible(user, Agreement.objects.order_by("pk"))),
            "sectors",
            Prefetch(
                "leads",
                queryset=LeadAgency.objects.select_related("party", "agency").order_by(
                    "party__code"
                ),
            ),
        )
        .order_by("pk")
    )


def lead_agencies(project) -> str:
    return joined(f"{lead.party.code}: {lead.agency.code}" for lead in project.leads.all())


def budget(project) -> Decimal | None:
    return project.budget_amount


PROJECTS = Table(
    "projects",
    _("Projets"),
    (
        Column("id", _("Identifiant"), attribute("pk"), "integer"),
        Column("title", _("Intitulé"), attribute("title")),
        Column("description", _("Description"), attribute("description")),
        Column(
            "agreements",
            _("Accords mis en œuvre"),
            lambda p: joined(a.pk for a in p.agreements.all()),
        ),
        Column("sectors", _("Secteurs"), lambda p: joined(p.sectors.all())),
        Column("status", _("Statut"), display("status")),
        Column("start", _("Début"), attribute("start"), "date"),
        Column("end", _("Fin"), attribute("end"), "date"),
        Column("budget_amount", _("Budget"), budget, "money"),
        Column("budget_currency", _("Devise"), attribute("budget_currency")),
        Column("lead_agencies", _("Chefs de file"), lead_agencies),
        *confidentiality_columns(),
    ),
    _project_rows,
    "agreements__commissions",
)


def _milestone_rows(user, queryset: QuerySet | None) -> QuerySet:
    from suivi.projects.models import Milestone

    base = Milestone.objects.all() if queryset is None else queryset
    return visible(user, base).select_related("project").order_by("project_id", "due", "pk")


MILESTONES = Table(
    "milestones",
    _("Jalons"),
    (
        Column("project_id", _("Projet (identifiant)"), attribute("project_id"), "integer"),
        Column("project", _("Projet"), lambda m: m.project.title),
        Column("title", _("Intitulé"), attribute("title")),
        Column("due", _("Échéance"), attribute("due"), "date"),
        Column("done_on", _("Réalisé le"), attribute("done_on"), "date"),
    ),
    _milestone_rows,
    "project__agreements__commissions",
)


def _decision_rows(user, queryset: QuerySet | None) -> QuerySet:
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Decision
    from suivi.projects.models import Project

    base = Decision.objects.all() if queryset is None else queryset
    return (
        visible(user, base)
        .select_related("session__commission")
        .prefetch_related(
            Prefetch("agreements", queryset=visible(user, Agreement.objects.order_by("pk"))),
            Prefetch("projects", queryset=visible(user, Project.objects.order_by("pk"))),
        )
        .order_by("session__commission_id", "session__number", "order", "pk")
    )


def session_start(record) -> date | None:
    return record.session.start


DECISIONS = Table(
    "decisions",
    _("Décisions"),
    (
        Column("commission", _("Commission"), lambda d: d.session.commission.name),
        Column("session", _("Session"), lambda d: d.session.number, "integer"),
        Column("session_start", _("Début de la session"), session_start, "date"),
        Column("order", _("Ordre"), attribute("order"), "integer"),
        Column("text", _("Texte"), attribute("text")),
        Column("agreements", _("Accords"), lambda d: joined(d.agreements.all())),
        Column("projects", _("Projets"), lambda d: joined(d.projects.all())),
        *confidentiality_columns(),
    ),
    _decision_rows,
    "session__commission",
)


def _action_rows(user, queryset: QuerySet | None) -> QuerySet:
    from suivi.commissions.models import ActionItem

    base = ActionItem.objects.all() if queryset is None else queryset
    return (
        visible(user, base)
        .select_related("session__commission", "owner_party", "owner_agency", "owner_person")
        .order_by("session__commission_id", "session__number", "due", "pk")
    )


ACTION_ITEMS = Table(
    "action-items",
    _("Actions"),
    (
        Column("commission", _("Commission"), lambda a: a.session.commission.name),
        Column("session", _("Session"), lambda a: a.session.number, "integer"),
        Column("title", _("Intitulé"), attribute("title")),
        Column(
            "owner_party",
            _("Partie responsable"),
            lambda a: a.owner_party.code if a.owner_party_id else "",
        ),
        Column("owner", _("Responsable"), attribute("owner")),
        Column("due", _("Échéance"), attribute("due"), "date"),
        Column("status", _("Statut"), display("status")),
        Column("done_on", _("Faite le"), attribute("done_on"), "date"),
    ),
    _action_rows,
    "session__commission",
)

TABLES: dict[str, Table] = {
    table.name: table for table in (AGREEMENTS, PROJECTS, MILESTONES, DECISIONS, ACTION_ITEMS)
}
