"""Match a claim against the register: the record it is the same as, or a new one, with a score.

Scores are in 0..1. A claim is proposed as "same as X" when its best candidate
reaches MATCH; otherwise as a new record, with the score saying how sure that is
(1 minus the best candidate's score). Claims of one source never match a record
another claim of the same kind from that source already backs: an article that
lists three agreements speaks of three agreements.

Candidates come from the blocking index (`suivi.matching`), so resolving a claim
costs a fixed number of queries over a bounded block whatever the register's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from difflib import SequenceMatcher

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from suivi.matching import index
from suivi.matching.keys import normalise, words
from suivi.sources.facts import first_day

MATCH = 0.6
DATE_WINDOW_DAYS = 45
_NUMBER = re.compile(r"\d+")


@dataclass
class Proposal:
    """The record a claim is the same as (None: a new one), how sure, and the runners-up."""

    record: object | None
    score: float
    candidates: list[tuple[object, float]] = field(default_factory=list)


def propose(claim, taken: set | None = None, user=None) -> Proposal:
    """Resolve `claim` (saved or not) against the register as it stands.

    `taken`: the records other claims of its source already back, when the caller knows
    them (none for a source being stored); looked up otherwise. With `user` (a reviewer at
    work), only records that user may read are candidates: a reviewer is never offered, nor
    merges into, a record hidden from them.
    """
    matcher = _MATCHERS.get(claim.kind)
    if matcher is None:
        return Proposal(None, 1.0)
    scored = [(record, score) for record, score in matcher(claim) if score > 0]
    if user is not None:
        from suivi.access.scope import readable

        shown = {(type(r), r.pk) for r in readable(user, [record for record, _ in scored])}
        scored = [(r, s) for r, s in scored if (type(r), r.pk) in shown]
    taken = taken_by_source(claim) if taken is None else taken
    scored = [(r, s) for r, s in scored if (type(r), r.pk) not in taken]
    scored.sort(key=lambda pair: pair[1], reverse=True)
    if scored and scored[0][1] >= MATCH:
        return Proposal(scored[0][0], round(scored[0][1], 3), scored[:5])
    best = scored[0][1] if scored else 0.0
    return Proposal(None, round(1.0 - best, 3), scored[:5])


def taken_by_source(claim) -> set[tuple[type, int]]:
    """The records other claims of `claim`'s source of its kind were accepted into."""
    from django.contrib.contenttypes.models import ContentType

    from suivi.sources import citing
    from suivi.sources.models import Citation

    if claim.kind in {"party", "person", "quote"} or not claim.source_id:
        return set()
    cited = citing.known(claim.source_id)
    if cited is not None:  # read with the batch's (`accept_all`)
        return {
            (ContentType.objects.get_for_id(c.record_type_id).model_class(), c.record_id)
            for c in cited
            if c.kind == claim.kind and c.claim_id != claim.pk
        }
    citations = Citation.objects.filter(source_id=claim.source_id, claim__kind=claim.kind)
    if claim.pk:
        citations = citations.exclude(claim_id=claim.pk)
    return {(c.record_type.model_class(), c.record_id) for c in citations.select_related()}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.5


def _title_similarity(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.5
    return SequenceMatcher(None, normalise(a), normalise(b)).ratio()


def _date_closeness(claimed: str | None, record) -> float:
    from suivi.agreements.models import STEP_DATES

    day = first_day(claimed) if claimed else None
    dates = [getattr(record, name) for name in STEP_DATES if getattr(record, name)]
    if day is None or not dates:
        return 0.5
    gap = min(abs((day - known).days) for known in dates)
    if len(claimed) < 10:  # a month or a year: the window widens with the imprecision
        gap = max(0, gap - (31 if len(claimed) == 7 else 366))
    return max(0.0, 1.0 - gap / DATE_WINDOW_DAYS)


def _agreements(claim):
    """Same party set required; then sectors, dates, title and kind weigh in."""
    facts = claim.facts
    codes = frozenset(facts.get("parties") or [])
    party_ids = _party_ids(codes)
    if party_ids is None:
        return  # a party the register does not hold: no agreement has this party set
    sectors = set(facts.get("sectors") or [])
    day = first_day(facts.get("date")) if facts.get("date") else None
    candidates = list(index.agreement_candidates(party_ids, sectors, day.year if day else None))
    parties_of, sectors_of = _links([record.pk for record in candidates])
    for record in candidates:
        if codes and parties_of[record.pk] != set(party_ids):
            continue
        record_sectors = sectors_of[record.pk]
        sector_score = _jaccard(sectors, record_sectors)
        if sectors and record_sectors and not sectors & record_sectors:
            continue  # different fields of cooperation: a different agreement
        if _numbers_differ(facts.get("title"), _best_title(record)):
            continue  # "protocole n° 2" is not "protocole n° 3"
        title = _title_similarity(facts.get("title"), _best_title(record))
        score = (
            0.45 * sector_score
            + 0.25 * _date_closeness(facts.get("date"), record)
            + 0.15 * title
            + 0.15 * (1.0 if facts.get("kind") == record.kind else 0.0)
        )
        yield record, score


def _links(ids: list[int]) -> tuple[dict[int, set[int]], dict[int, set[str]]]:
    """Each agreement's party ids and sector codes, read from the link tables by their
    indexes (a prefetch joins the parties and sectors, which PostgreSQL may plan as a scan
    of the links for every party when its statistics are old)."""
    from collections import defaultdict

    from suivi.agreements.models import Agreement

    parties, sectors = defaultdict(set), defaultdict(set)
    if ids:
        through = Agreement.parties.through.objects.filter(agreement_id__in=ids)
        for pk, party in through.values_list("agreement_id", "party_id"):
            parties[pk].add(party)
        through = Agreement.sectors.through.objects.filter(agreement_id__in=ids)
        for pk, sector in through.values_list("agreement_id", "sector_id"):
            sectors[pk].add(sector)
    return parties, sectors


def _party_ids(codes) -> list[int] | None:
    """The register's ids for these party codes; None when one of them is not registered."""
    from suivi.parties.models import Party

    if not codes:
        return []
    ids = dict(Party.objects.filter(code__in=codes).values_list("code", "pk"))
    return list(ids.values()) if len(ids) == len(codes) else None


def _numbers_differ(a: str | None, b: str | None) -> bool:
    first, second = set(_NUMBER.findall(a or "")), set(_NUMBER.findall(b or ""))
    return bool(first and second and first != second)


def _best_title(record) -> str:
    return record.title_fr or record.title_en or record.title_ru


def _name_similarity(a: str | None, b: str | None) -> float:
    """Shared words over the shorter name: "commission mixte" is most of a longer name."""
    first, second = words(a), words(b)
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


KEPT = 20  # best-scored candidates a matcher loads as records (propose shows five)


def _bodies(claim):
    """Same party set (or none on either side), then shared words of the name.

    Candidates are scored on their names and their party-set keys, and only the best
    KEPT are loaded as records: a block holds up to RECENT + FUZZY commissions.
    """
    from suivi.commissions.models import Commission
    from suivi.matching.keys import KEY_LENGTH, party_key

    codes = frozenset(claim.facts.get("parties") or [])
    ids = _party_ids(codes)
    none = f"p:{party_key([])}"
    wanted = f"p:{party_key(ids)}"[:KEY_LENGTH] if codes and ids else None  # None: unheld set
    rows = list(index.body_candidates(ids or [], claim.facts.get("name")).values_list("pk", "name"))
    sets = index.party_set_keys("body", [pk for pk, _name in rows])
    scored = []
    for pk, name in rows:
        record_set = sets.get(pk, none)
        if codes and record_set != none and record_set != wanted:
            continue
        party_score = 1.0 if codes and record_set == wanted else 0.5
        scored.append(
            (pk, 0.4 * party_score + 0.6 * _name_similarity(claim.facts.get("name"), name))
        )
    scored.sort(key=lambda pair: (-pair[1], -pair[0]))
    records = Commission.objects.in_bulk([pk for pk, _score in scored[:KEPT]])
    for pk, score in scored[:KEPT]:
        if pk in records:
            yield records[pk], score


def commission_for(claim):
    """The commission a session claim belongs to: the one its source's body claim became, or by name."""
    from suivi.commissions.models import Commission
    from suivi.sources.models import Claim

    name = claim.facts.get("body")
    body_claims = Claim.objects.filter(source_id=claim.source_id, kind="body").exclude(
        record_id=None
    )
    commission_type = ContentType.objects.get_for_model(Commission)
    for body in body_claims:
        if body.record_type_id == commission_type.pk and (
            _name_similarity(body.facts.get("name"), name) >= 0.6
        ):
            found = Commission.objects.filter(pk=body.record_id).first()
            if found:
                return found
    candidates = index.body_candidates([], name)
    scored = [(c, _name_similarity(name, c.name)) for c in candidates]
    scored = [pair for pair in scored if pair[1] >= 0.6]
    return max(scored, key=lambda pair: pair[1])[0] if scored else None


def _sessions(claim):
    commission = commission_for(claim)
    if commission is None:
        return
    number = claim.facts.get("number")
    start = first_day(claim.facts.get("start"))
    near = Q(pk__in=[])
    if number:
        near |= Q(number=number)
    if start:
        near |= Q(start__range=(start - timedelta(days=2), start + timedelta(days=2)))
    for record in commission.sessions.filter(near):
        if number and record.number == number:
            yield record, 1.0
        elif start and record.start and abs((record.start - start).days) <= 2:
            yield record, 0.9 if not number else 0.3


def person_candidates(name: str | None):
    """People whose name or an alias is `name` (1.0), or close to it."""
    wanted = normalise(name)
    if not wanted:
        return
    for person in index.person_candidates(name):
        spellings = [normalise(person.name), *(normalise(a) for a in person.aliases or [])]
        if wanted in spellings:
            yield person, 1.0
            continue
        ratio = max(_ratio_above(wanted, s, 0.8) for s in spellings)
        if ratio >= 0.8:
            yield person, round(ratio * 0.9, 3)


def _ratio_above(a: str, b: str, floor: float) -> float:
    """SequenceMatcher's ratio of a and b, or 0 when its cheap upper bounds are under `floor`
    (most of a name block shares one word with the name and no more)."""
    matcher = SequenceMatcher(None, a, b)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def _people(claim):
    return person_candidates(claim.facts.get("name"))


def _quotes(claim):
    return person_candidates(claim.facts.get("speaker"))


def _parties(claim):
    from suivi.parties.models import PartyKind

    code = claim.facts.get("code") or ""
    found = index.party_candidates(code)
    exact = [party for party in found if party.code.casefold() == code.casefold()]
    if exact:
        yield exact[0], 1.0
        return
    wanted = normalise(code)
    for party in found:
        names = {normalise(party.name_fr), normalise(party.name_en), normalise(party.name_ru)}
        if party.kind != PartyKind.STATE and wanted in names:
            yield party, 0.9


_MATCHERS = {
    "agreement": _agreements,
    "body": _bodies,
    "session": _sessions,
    "person": _people,
    "party": _parties,
    "quote": _quotes,
}
