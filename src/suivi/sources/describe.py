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
