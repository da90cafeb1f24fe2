"""Turn an accepted claim's facts into a register record: create it, or fill in an existing one.

Updating never erases: a merged claim adds sectors, parties, signatories and dates
the record lacks, and moves an agreement's status forward, never back.
"""

from __future__ import annotations

import pycountry
from django.utils.translation import gettext as _

from suivi.core.vocabularies import SECTORS, AgreementKind
from suivi.sources.facts import to_day

STATUS_ORDER = ["planned", "initialled", "signed", "ratified", "in_force"]
STEP_FIELD = {
    "planned": "announced_on",
    "initialled": "initialled_on",
    "signed": "signed_on",
    "ratified": "ratified_on",
    "in_force": "in_force_on",
}


class RecordError(ValueError):
    """Facts that cannot make a record (a session without its commission...); says why."""


def apply(claim, record=None):
    """Create the record for `claim`, or update `record` with it; returns the record or None."""
    return _APPLIERS[claim.kind](claim, claim.facts, record)


def _parties(codes: list[str]):
    from suivi.parties.models import Party

    found = list(Party.objects.filter(code__in=codes))
    missing = set(codes) - {party.code for party in found}
    if missing:
        raise RecordError(
            _("Parties absentes du registre : %(codes)s (acceptez d'abord leurs constats).")
            % {"codes": ", ".join(sorted(missing))}
        )
    return found


def person_named(name: str):
    """The register's person of that name or alias, created when nobody matches.

    Only a spelling the register holds is a match (a close one scores under 0.99 in
    resolution), so only the exact block is read, not the fuzzy one.
    """
    from suivi.matching.index import people_spelled
    from suivi.matching.keys import normalise
    from suivi.parties.models import Person

    wanted = normalise(name)
    for person in people_spelled(name):
        if wanted in {normalise(person.name), *(normalise(a) for a in person.aliases or [])}:
            return person
    return Person.objects.create(name=name)


def _party(claim, facts, record):
    from suivi.parties.models import Party, PartyKind

    if record is not None:
        return record
    code = facts["code"]
    if Party.objects.filter(code=code).exists():  # "as new" on a party the register holds
        raise RecordError(
            _("La partie %(code)s est déjà au registre : fusionnez ce constat avec elle.")
            % {"code": code}
        )
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is not None:
        return Party.objects.create(kind=PartyKind.STATE, code=code, name_fr=country.name)
    return Party.objects.create(kind=PartyKind.ORGANISATION, code=code, name_fr=code)


def _person(claim, facts, record):
    from suivi.parties.models import Party, Role

    person = record or person_named(facts["name"])
    if record is not None and facts["name"] != person.name and facts["name"] not in person.aliases:
        person.aliases = [*person.aliases, facts["name"]]
        person.save()
    party = Party.objects.filter(code=facts.get("party") or "").first()
    if facts.get("role") and party:
        Role.objects.get_or_create(person=person, party=party, title=facts["role"][:300])
    return person


def _quote(claim, facts, record):
    if record is not None or not facts.get("speaker"):
        return record
    return person_named(facts["speaker"])


def _capitalised(text: str) -> str:
    """A name as a heading: the press writes "la commission mixte" mid-sentence."""
    return text[:1].upper() + text[1:]


def _default_title(kind: str, sectors: list[str]) -> str:
    label = str(AgreementKind(kind).label)
    names = ", ".join(SECTORS[code][0] for code in sectors if code in SECTORS)
    return f"{label} — {names}" if names else label


def _agreement(claim, facts, record):
    from suivi.agreements.models import Agreement
    from suivi.sources.models import AgreementStep

    parties = _parties(facts["parties"])
    status = facts.get("status") or "signed"
    if record is None:
        record = Agreement(kind=facts["kind"], status=status, summary=claim.evidence[:5000])
    title_field = (
        f"title_{claim.source.language if claim.source.language in {'en', 'ru'} else 'fr'}"
    )
    if facts.get("title") and not getattr(record, title_field):
        setattr(record, title_field, _capitalised(facts["title"])[:500])
    if not (record.title_fr or record.title_en or record.title_ru):
        record.title_fr = _default_title(facts["kind"], facts["sectors"])
    if STATUS_ORDER.index(status) > _rank(record.status):
        record.status = status
    day = to_day(facts.get("date"))
    field = STEP_FIELD[status]
    if day and not getattr(record, field):
        setattr(record, field, day)
        if _dates_conflict(record):
            setattr(record, field, None)
    record.save()
    record.parties.add(*parties)
    for commission in _cited_by_source(claim, "body"):
        if _party_codes(commission) == set(facts["parties"]):
            commission.agreements.add(record)
    record.sectors.add(*facts["sectors"])
    record.signatories.add(*(person_named(name) for name in facts["signatories"]))
    AgreementStep.objects.create(
        agreement=record, status=status, on=day, source=claim.source, claim=claim
    )
    return record


def _rank(status: str) -> int:
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)


def _dates_conflict(record) -> bool:
    signed = record.signed_on
    return bool(
        signed
        and (
            (record.in_force_on and record.in_force_on < signed)
            or (record.ratified_on and record.ratified_on < signed)
        )
    )


def _body(claim, facts, record):
    from suivi.commissions.models import Commission

    parties = _parties(facts["parties"])
    if record is None:
        record = Commission(name=_capitalised(facts["name"])[:300])
    if facts.get("mandate") and not record.mandate:
        record.mandate = facts["mandate"]
    if facts.get("cadence_months") and not record.cadence_months:
        record.cadence_months = min(facts["cadence_months"], 120)
    record.save()
    record.parties.add(*parties)
    for agreement in _cited_by_source(claim, "agreement"):
        if _party_codes(agreement) == set(facts["parties"]):
            record.agreements.add(agreement)
    return record


def _cited_by_source(claim, kind: str) -> list:
    """Records that other accepted claims of the same source became: a commission an article
    announces follows the agreements that same article reports. With their parties."""
    from suivi.sources import citing
    from suivi.sources.models import Citation

    cited = citing.known(claim.source_id)
    if cited is None:
        rows = Citation.objects.filter(source_id=claim.source_id, claim__kind=kind)
        fields = ("claim_id", "claim__kind", "record_type_id", "record_id")
        cited = [citing.Cited(*row) for row in rows.values_list(*fields)]
    return citing.records([c for c in cited if c.kind == kind], prefetch=("parties",))


def _party_codes(record) -> set[str]:
    return {party.code for party in record.parties.all()}


def _session(claim, facts, record):
    from suivi.commissions.models import Session, SessionStatus
    from suivi.sources.resolution import commission_for

    start, end = to_day(facts.get("start")), to_day(facts.get("end"))
    if record is None:
        commission = commission_for(claim)
        if commission is None:
            raise RecordError(
                _("La commission « %(body)s » n'est pas au registre : acceptez d'abord l'organe.")
                % {"body": facts["body"]}
            )
        if not facts.get("number"):
            raise RecordError(_("Une nouvelle session a besoin d'un numéro : modifiez le constat."))
        record = Session(commission=commission, number=facts["number"])
    record.start = record.start or start
    record.end = record.end or end or (start if record.start == start else None)
    record.place = record.place or (facts.get("place") or "")[:200]
    published = claim.source.published
    if record.start and published and record.start <= published:
        record.status = SessionStatus.HELD
    if record.start and record.end and record.end < record.start:
        record.end = None
    record.save()
    return record


_APPLIERS = {
    "party": _party,
    "person": _person,
    "quote": _quote,
    "agreement": _agreement,
    "body": _body,
    "session": _session,
}
