"""Plain descriptions of claims, shared by the CLI, the API and the pages."""

from __future__ import annotations

from suivi.access.scope import RESTRICTED
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
    """ "new" or "same as <model> #id" as the resolution proposed it; the id only when the
    claim was read through `with_link_shown()` and the reader may see the record."""
    if claim.record_id is None:
        return "new"
    if not record_shown(claim):
        return f"same as {claim.record_type.model} ({RESTRICTED})"
    return f"same as {claim.record_type.model} #{claim.record_id}"


def record_id(claim: Claim) -> int | None:
    """The claim's record id, if the reader may see that record (see proposal())."""
    return claim.record_id if record_shown(claim) else None


def record_shown(claim: Claim) -> bool:
    """Set by `suivi.access.scope.with_link_shown()`; a claim read without it names nothing."""
    return bool(getattr(claim, "record_shown", False))


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
        "record_id": record_id(claim),
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
