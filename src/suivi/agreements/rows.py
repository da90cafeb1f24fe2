"""The agreement list's rows, computed in Python (see core/rows.py)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from suivi.access.scope import visible
from suivi.agreements.models import Agreement, Document
from suivi.core.formats import day
from suivi.core.rows import (
    abbreviations,
    labels,
    linked_names,
    reference_names,
    table_body,
    url_maker,
)
from suivi.core.vocabularies import AgreementKind, AgreementStatus
from suivi.sources.models import AgreementStep, Citation


@dataclass(frozen=True)
class AgreementRow:
    url: str
    title: str
    kind: str
    parties: SafeString
    sectors: str
    status: str
    status_label: str
    signed: str

    def html(self) -> str:
        """The row as the agreement list shows it (values escaped; parties are markup)."""
        return (
            f'<tr><td><a href="{escape(self.url)}">{escape(self.title)}</a>'
            f'<div class="muted">{escape(self.kind)}</div></td><td>{self.parties}</td>'
            f"<td>{escape(self.sectors)}</td>"
            f'<td><span class="badge {escape(self.status)}">{escape(self.status_label)}</span>'
            f'</td><td class="date">{escape(self.signed)}</td></tr>'
        )


def agreement_table(rows: list[AgreementRow]) -> SafeString:
    """The agreement list's table body (core/rows.table_body)."""
    return table_body(rows, AgreementRow.html, _("Aucun accord."), 5)


def agreement_rows(agreements) -> list[AgreementRow]:
    """Rows for agreements; their parties and sectors are read here, as plain values.

    Two queries of (agreement, code, names) tuples rather than prefetch_related(), which
    built a model instance and a related manager for every party and sector of the page.
    Parties and sectors are reference data: whoever sees the agreement sees them.
    """
    agreements = list(agreements)
    ids = [agreement.pk for agreement in agreements]
    parties = linked_names(
        Agreement.parties.through, "agreement_id", ids, "party", ("code", "name")
    )
    sectors = linked_names(
        Agreement.sectors.through, "agreement_id", ids, "sector", ("code", "name")
    )
    kinds, statuses = labels(AgreementKind.choices), labels(AgreementStatus.choices)
    url = url_maker("agreements:detail")
    return [
        AgreementRow(
            url=url(agreement.pk),
            title=str(agreement),
            kind=kinds.get(agreement.kind, ""),
            parties=abbreviations(parties.get(agreement.pk, ())),
            sectors=", ".join(name for _, name in sectors.get(agreement.pk, ())),
            status=agreement.status,
            status_label=statuses.get(agreement.status, ""),
            signed=day(agreement.signed_on) or "—",
        )
        for agreement in agreements
    ]


@dataclass(frozen=True)
class ProjectLink:
    url: str
    title: str
    status: str


def project_links(user, agreement: Agreement) -> list[ProjectLink]:
    """The projects of `agreement` that `user` may see, as the agreement page names them.

    Three values a project rather than model instances walked by the template (every field
    read and converted, `get_status_display` and `{% url %}` per row): a seventh of the
    page's CPU for five projects.
    """
    projects = agreement.projects.all()
    statuses = labels(projects.model._meta.get_field("status").choices)
    url = url_maker("projects:detail")
    rows = visible(user, projects).values_list("pk", "title", "status")
    return [ProjectLink(url(pk), title, statuses.get(status, "")) for pk, title, status in rows]


@dataclass(frozen=True)
class PartyLink:
    url: str
    name: str


@dataclass(frozen=True)
class AgreementFacts:
    """What the agreement page names through its many-to-many links, as plain values."""

    parties: list[PartyLink]
    sectors: str
    signatories: str
    # The page's sections with nothing to list whoever reads it ("steps", "sources",
    # "documents"): their scoped queries are not built (sources_tags reads `absent`).
    absent: frozenset[str]


def agreement_facts(agreement: Agreement) -> AgreementFacts:
    """The agreement's parties (linked), sectors and signatories, ordered as their models are.

    One statement over the three link tables (the signatories' names joined in), the party
    and sector names from core/rows.reference_names: `object.parties.all`, `sectors.all`
    and `signatories.all` in the template were three ORM queries whose building cost more
    than the rest of the facts. Parties, sectors and people are reference data: whoever
    sees the agreement sees them, as the template showed them.

    The same statement says whether the agreement has any step, citation or document at
    all: most have none of one or the other, and a section with no row for anyone needs
    no scoped query (each cost more to build than this whole statement to run).
    """
    quote = connection.ops.quote_name
    meta = {name: Agreement._meta.get_field(name) for name in ("parties", "sectors", "signatories")}

    def link(name: str) -> tuple[str, str, str]:
        through = meta[name].remote_field.through._meta
        owner = quote(through.get_field("agreement").column)
        target = quote(meta[name].m2m_reverse_name())
        return quote(through.db_table), owner, target

    parties, sectors, signatories = link("parties"), link("sectors"), link("signatories")
    person = meta["signatories"].related_model._meta
    steps, citations, documents = (model._meta for model in (AgreementStep, Citation, Document))

    def present(tag: str, table, condition: str) -> str:
        return (
            f" UNION ALL SELECT '{tag}', '' WHERE EXISTS (SELECT 1 FROM"
            f" {quote(table.db_table)} WHERE {condition})"
        )

    def column(table, name: str) -> str:
        return quote(table.get_field(name).column)

    sql = (
        f"SELECT 'p', CAST({parties[2]} AS TEXT) FROM {parties[0]} WHERE {parties[1]} = %s"
        f" UNION ALL SELECT 's', CAST({sectors[2]} AS TEXT) FROM {sectors[0]}"
        f" WHERE {sectors[1]} = %s"
        f" UNION ALL SELECT 'g', person.{quote(person.get_field('name').column)}"
        f" FROM {signatories[0]} link INNER JOIN {quote(person.db_table)} person"
        f" ON person.{quote(person.pk.column)} = link.{signatories[2]}"
        f" WHERE link.{signatories[1]} = %s"
        + present("t", steps, f"{column(steps, 'agreement')} = %s")
        + present(
            "c",
            citations,
            f"{column(citations, 'record_type')} = %s AND {column(citations, 'record_id')} = %s",
        )
        + present("d", documents, f"{column(documents, 'agreement')} = %s")
        + " ORDER BY 1, 2"
    )
    record_type = ContentType.objects.get_for_model(Agreement).pk
    with connection.cursor() as cursor:
        cursor.execute(sql, [agreement.pk] * 4 + [record_type, agreement.pk, agreement.pk])
        rows = cursor.fetchall()
    found_kinds = {kind for kind, _ in rows}
    party_model, sector_model = meta["parties"].related_model, meta["sectors"].related_model
    party_names = reference_names(party_model, "code", "name")
    party_pk = party_model._meta.pk.to_python
    party_ids = [party_pk(value) for kind, value in rows if kind == "p"]
    if any(pk not in party_names for pk in party_ids):  # written on another machine, within TTL
        party_names = reference_names(party_model, "code", "name", fresh=True)
    sector_names = reference_names(sector_model, "code", "name")
    sector_ids = [value for kind, value in rows if kind == "s"]
    if any(code not in sector_names for code in sector_ids):
        sector_names = reference_names(sector_model, "code", "name", fresh=True)
    url = url_maker("parties:detail")
    found = sorted((party_names[pk], pk) for pk in party_ids if pk in party_names)
    return AgreementFacts(
        parties=[PartyLink(url(pk), name) for (_, name), pk in found],
        sectors=", ".join(
            name for _, name in sorted(sector_names[c] for c in sector_ids if c in sector_names)
        ),
        signatories=", ".join(name for kind, name in rows if kind == "g"),
        absent=frozenset(
            section
            for tag, section in (("t", "steps"), ("c", "sources"), ("d", "documents"))
            if tag not in found_kinds
        ),
    )
