"""The suggestion shown beside a pending claim, computed where it is looked at.

Ingest stores a claim with no suggested record and, as its score, the reading's
confidence in the fact (`ingest._claims_of`). Resolving every claim as it was stored
cost the writer about 13 ms a document, five times the rest of its work, and on a Dask
run the writer shares the machine's cores with the workers: it held two workers to
the speed of one. A suggestion stored at ingest also went stale as the register grew,
and named records without asking who would read it.

So the suggestion ("same as X", and the score: how sure the match is, times how sure
the reading is of the fact) is computed for the claims a reader is shown — a page of
the queue, one claim, a page of the API, `suivi review list` — and again when a claim
is accepted (`review.accept_all` keeps only the claims whose score passes then),
against the register as it stands and among the records that reader may see.
Nothing of it is saved: decided claims keep the record they went into.
"""

from __future__ import annotations

import json

from suivi.sources.models import Claim, ClaimStatus
from suivi.sources.resolution import Proposal, propose, taken_by_source


def confidence(claim: Claim) -> float:
    """How sure the reading is of a pending claim's fact: what ingest stored as its score."""
    return 1.0 if claim.score is None else claim.score


def score(claim: Claim, proposal: Proposal) -> float:
    """The claim's score: how sure the match is, times how sure the reading is of the fact."""
    return round(proposal.score * confidence(claim), 3)


def proposal_for(claim: Claim, user=None, memo: dict | None = None) -> Proposal:
    """`propose(claim, user=user)`, once per kind, facts and records its source already
    backs in `memo`: a page repeats itself (every article names its parties, the same
    ministers), and the register does not change while a page is drawn."""
    taken = taken_by_source(claim)
    if memo is None:
        return propose(claim, taken=taken, user=user)
    facts = json.dumps(claim.facts, sort_keys=True, ensure_ascii=False, default=str)
    key = (claim.kind, facts, frozenset(taken))
    if key not in memo:
        memo[key] = propose(claim, taken=taken, user=user)
    return memo[key]


def attach(claim: Claim, proposal: Proposal) -> Claim:
    """Show `proposal` on a pending claim (in memory only): its record and score.

    The record was chosen among those the reader may see (`propose(user=...)`), so it
    may be named: `record_shown`, as `with_link_shown()` would have said.
    """
    claim.score = score(claim, proposal)
    claim.record = proposal.record
    claim.record_shown = True
    return claim


def suggest(claims, user) -> list[Claim]:
    """`claims` (a page: a list, or a sliced queryset) with each pending one's suggestion
    for `user` attached; decided claims are left as they are."""
    claims = list(claims)
    memo: dict = {}
    for claim in claims:
        if claim.status == ClaimStatus.PENDING:
            attach(claim, proposal_for(claim, user, memo))
    return claims
