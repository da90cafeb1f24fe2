"""Keep the blocking index in step with the register, and look candidates up in it.

Every look-up is a fixed number of queries whose size is bounded by the block,
not by the register: the near block (same parties, sector and year) is taken
whole, wider blocks only by their most recent records, fuzzy name blocks by the
records that share the most keys.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.apps import apps as global_apps
from django.db import connection

from suivi.core.inserts import insert
from suivi.matching import keys as blocking
from suivi.matching.models import MatchKey

STEP_DATES = ("announced_on", "initialled_on", "signed_on", "ratified_on", "in_force_on")
RECENT = 100  # records taken from a wide block (same parties and sector, any year)
FUZZY = 50  # records taken from a fuzzy block (sharing words of a name)
PER_KEY = 300  # rows read from each key of a fuzzy block, newest first
CHUNK = 500  # ids per query when (re)building, under every database's parameter limit
MODELS = {
    "agreement": "agreements.Agreement",
    "body": "commissions.Commission",
    "person": "parties.Person",
    "party": "parties.Party",
}


def _pairs(through, owner: str, other: str, ids) -> dict[int, set]:
    found = defaultdict(set)
    rows = through.objects.filter(**{f"{owner}_id__in": ids}).values_list(f"{owner}_id", other)
    for owner_id, value in rows:
        found[owner_id].add(value)
    return found


def _agreements(apps, ids) -> dict[int, set[str]]:
    model = apps.get_model(MODELS["agreement"])
    parties = _pairs(model.parties.through, "agreement", "party_id", ids)
    sectors = _pairs(model.sectors.through, "agreement", "sector_id", ids)
    return {
        pk: blocking.agreement_keys(parties[pk], sectors[pk], {d.year for d in dates if d})
        for pk, *dates in model.objects.filter(pk__in=ids).values_list("pk", *STEP_DATES)
    }


def _bodies(apps, ids) -> dict[int, set[str]]:
    model = apps.get_model(MODELS["body"])
    parties = _pairs(model.parties.through, "commission", "party_id", ids)
    rows = model.objects.filter(pk__in=ids).values_list("pk", "name")
    return {pk: blocking.body_keys(parties[pk], name) for pk, name in rows}


def _people(apps, ids) -> dict[int, set[str]]:
    rows = apps.get_model(MODELS["person"]).objects.filter(pk__in=ids)
    return {
        pk: blocking.name_keys([name, *(a for a in aliases or [] if isinstance(a, str))])
        for pk, name, aliases in rows.values_list("pk", "name", "aliases")
    }


def _parties(apps, ids) -> dict[int, set[str]]:
    rows = apps.get_model(MODELS["party"]).objects.filter(pk__in=ids)
    return {
        pk: blocking.party_keys(code, names)
        for pk, code, *names in rows.values_list("pk", "code", "name_fr", "name_en", "name_ru")
    }


_KEYS = {"agreement": _agreements, "body": _bodies, "person": _people, "party": _parties}


def reindex(kind: str, ids: Iterable[int], apps=global_apps) -> None:
    """Bring the keys of these records in step with them (records gone lose their keys)."""
    ids = sorted({int(pk) for pk in ids if pk is not None})
    if not ids:
        return
    key_model = apps.get_model("matching", "MatchKey")
    wanted = _KEYS[kind](apps, ids)
    stale, have = [], defaultdict(set)
    existing = key_model.objects.filter(kind=kind, record_id__in=ids)
    for pk, record_id, key in existing.values_list("pk", "record_id", "key"):
        if key in wanted.get(record_id, ()):
            have[record_id].add(key)
        else:
            stale.append(pk)
    if stale:
        key_model.objects.filter(pk__in=stale).delete()
    new = [
        key_model(kind=kind, record_id=record_id, key=key)
        for record_id, record_keys in wanted.items()
        for key in record_keys - have[record_id]
    ]
    key_model.objects.bulk_create(new, ignore_conflicts=True)  # a concurrent reindex may race


def rebuild(apps=global_apps, kinds: Iterable[str] = tuple(MODELS)) -> int:
    """Recompute every key of every record (after a restore or a bulk load); returns the count."""
    key_model = apps.get_model("matching", "MatchKey")
    total = 0
    for kind in kinds:
        key_model.objects.filter(kind=kind).delete()
        ids = list(apps.get_model(MODELS[kind]).objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), CHUNK):
            found = _KEYS[kind](apps, ids[start : start + CHUNK])
            rows = [
                key_model(kind=kind, record_id=pk, key=key)
                for pk, record_keys in found.items()
                for key in record_keys
            ]
            insert(key_model, rows, ignore_conflicts=True)  # Django's compiler: half the time
            total += len(rows)
    return total


def _ids(kind: str, keys: set[str]) -> set[int]:
    rows = MatchKey.objects.filter(kind=kind, key__in=keys)
    return set(rows.values_list("record_id", flat=True))


def _recent(kind: str, key: str, limit: int) -> set[int]:
    """The newest `limit` records of one block: one index range read backwards."""
    rows = MatchKey.objects.filter(kind=kind, key=key).order_by("-record_id")
    return set(rows.values_list("record_id", flat=True)[:limit])


def _records(model, ids: set[int]):
    """The records of these ids, read by primary key.

    The blocks are read first, each by its own index range, and the records then by
    their ids: one `pk IN (block) OR pk IN (block)` query made PostgreSQL scan the whole
    table (hashed subplans), a cost that grew with the register.
    """
    return model.objects.filter(pk__in=sorted(ids)) if ids else model.objects.none()


def _most_shared(kind: str, keys: set[str], limit: int) -> list[int]:
    """The records sharing the most of `keys` (words and skeletons of a name).

    Each key's block is read from its newest end and cut at PER_KEY rows: a common
    first name says little, and reading all of its block would grow with the
    register. The rare keys (a surname) are read whole.
    """
    if not keys:
        return []
    table = connection.ops.quote_name(MatchKey._meta.db_table)
    block = (
        f"SELECT record_id FROM (SELECT record_id FROM {table} WHERE kind = %s AND key = %s "
        f"ORDER BY record_id DESC LIMIT {PER_KEY:d}) AS b{{n}}"
    )
    blocks = " UNION ALL ".join(block.format(n=n) for n in range(len(keys)))
    sql = (
        f"SELECT record_id FROM ({blocks}) AS shared GROUP BY record_id "
        f"ORDER BY COUNT(*) DESC, record_id DESC LIMIT {limit:d}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [value for key in sorted(keys) for value in (kind, key)])
        return [row[0] for row in cursor.fetchall()]


def agreement_candidates(party_ids, sectors, year: int | None):
    """Agreements an agreement claim may be: near block whole, wide blocks' newest records."""
    from suivi.agreements.models import Agreement

    near, broad = blocking.agreement_lookup(party_ids, sectors, year)
    ids = _ids("agreement", near) if near else set()
    for key in sorted(broad):
        ids |= _recent("agreement", key, RECENT)
    return _records(Agreement, ids)


def person_candidates(name: str | None):
    """People spelled `name` exactly, and those sharing most words or skeletons with it."""
    from suivi.parties.models import Person

    exact, fuzzy = blocking.name_lookup(name)
    if not exact:
        return Person.objects.none()
    ids = _ids("person", exact)
    if fuzzy:
        ids.update(_most_shared("person", fuzzy, FUZZY))
    return _records(Person, ids)


def people_spelled(name: str | None):
    """People whose name or an alias is spelled `name` (normalised): the exact block alone."""
    from suivi.parties.models import Person

    exact, _fuzzy = blocking.name_lookup(name)
    return _records(Person, _ids("person", exact)) if exact else Person.objects.none()


def party_set_keys(kind: str, ids) -> dict[int, str]:
    """Each record's party-set key ("p:1.4", "p:-" for none), read from the index rather
    than by loading the records' parties."""
    rows = MatchKey.objects.filter(kind=kind, record_id__in=list(ids), key__startswith="p:")
    return dict(rows.values_list("record_id", "key"))


def body_candidates(party_ids, name: str | None):
    """Commissions of the same party set (newest first), and those whose names share words."""
    from suivi.commissions.models import Commission

    ids = set()
    if party_ids:
        ids |= _recent("body", f"p:{blocking.party_key(party_ids)}", RECENT)
    words = {f"w:{word}" for word in blocking.words(name)}
    if words:
        ids.update(_most_shared("body", words, FUZZY))
    return _records(Commission, ids)


def party_candidates(code: str | None):
    """Parties whose code, in any case, or whose name (normalised) is `code`."""
    from suivi.parties.models import Party

    wanted = blocking.party_keys(code or "", [code])
    return _records(Party, _ids("party", wanted)) if code else Party.objects.none()
