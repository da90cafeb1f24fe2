"""Plain descriptions of claims, shared by the CLI, the API and the pages."""

from __future__ import annotations

from suivi.sources.models import Claim


def summary(claim: Claim) -> str:
    """The claim's facts on one line: what a reviewer reads before opening it."""
    facts = claim.facts or {}
    parts = []
    for value in facts.values():
        if isinstance(value, list):
            value = "+".join(value)
        if value not in (None, ""):
            parts.append(str(value))
    return " · ".join(parts)


def proposal(claim: Claim) -> str:
    """ "new" or "same as <model> #id" as the resolution proposed it."""
    if claim.record_id is None:
        return "new"
    return f"same as {claim.record_type.model} #{claim.record_id}"


def as_dict(claim: Claim) -> dict:
    """The claim as JSON for `suivi review list --json`."""
    return {
        "id": claim.pk,
        "source": claim.source_id,
        "kind": claim.kind,
        "status": claim.status,
        "score": claim.score,
        "proposal": proposal(claim),
        "record_type": claim.record_type.model if claim.record_type_id else None,
        "record_id": claim.record_id,
        "facts": claim.facts,
        "evidence": claim.evidence,
        "reason": claim.reason,
    }


def readable(claim: Claim, name: str, value) -> str:
    """One fact as a reviewer reads it in the page's language: labels, names and dates, not codes."""
    from datetime import date

    from django.utils import formats

    from suivi.core.models import Sector
    from suivi.core.vocabularies import AgreementKind, AgreementStatus
    from suivi.parties.models import Party
    from suivi.sources.facts import SCHEMAS

    kind = SCHEMAS.get(claim.kind, {}).get(name, "str")
    if value in (None, "", []):
        return "—"
    if kind == "agreement_kind":
        return str(dict(AgreementKind.choices).get(value, value))
    if kind == "agreement_status":
        return str(dict(AgreementStatus.choices).get(value, value))
    if kind == "sectors":
        names = {s.code: str(s) for s in Sector.objects.filter(code__in=value)}
        return ", ".join(names.get(code, code) for code in value)
    party_code = (claim.kind, name) in {("party", "code"), ("person", "party")}
    if kind == "codes" or party_code:
        codes = value if isinstance(value, list) else [value]
        names = {p.code: str(p) for p in Party.objects.filter(code__in=codes)}
        return ", ".join(f"{names[c]} ({c})" if c in names else c for c in codes)
    if kind == "date" and isinstance(value, str):
        parts = [int(part) for part in value.split("-")]
        if len(parts) == 3:
            return formats.date_format(date(*parts), "DATE_FORMAT")
        if len(parts) == 2:
            return formats.date_format(date(parts[0], parts[1], 1), "YEAR_MONTH_FORMAT")
        return str(parts[0])
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def readable_summary(claim: Claim) -> str:
    """The claim's facts on one line, as `readable` writes each."""
    return " · ".join(
        readable(claim, name, value)
        for name, value in (claim.facts or {}).items()
        if value not in (None, "", [])
    )
