"""Resolution costs the same with a small or a large register: blocking keys, fixed queries.

A claim is resolved against the records its blocking keys name (party set, sector,
year; words and consonant skeletons of names), never against the whole register.
The query counts below are taken on a register of a few records and on one many
times larger, in the worst shape: every record between the same two parties.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from suivi.access.scope import forget
from suivi.agreements.models import Agreement
from suivi.commissions.models import Commission
from suivi.matching import index
from suivi.matching.models import MatchKey
from suivi.parties.models import Party, Person
from suivi.sources import review
from suivi.sources.ingest import ingest_reading
from suivi.sources.models import Claim
from suivi.sources.resolution import propose
from tests.sources.readings import agreement, reading

pytestmark = pytest.mark.django_db

SECTORS = ["energy", "health", "mining", "transport", "education", "trade"]
SURNAMES = ["Traoré", "Keïta", "Diarra", "Coulibaly", "Sangaré", "Ivanov", "Petrov", "Sokolov"]
FIRST = ["Moussa", "Aminata", "Oumar", "Fatoumata", "Sergueï", "Olga", "Ivan", "Awa"]


def fill(size: int) -> None:
    """`size` agreements, people and commissions, all between Mali and Russia."""
    mali, russia = Party.objects.get(code="MLI"), Party.objects.get(code="RUS")
    agreements = Agreement.objects.bulk_create(
        Agreement(
            kind="agreement",
            title_fr=f"Accord de coopération n° {i}",
            status="signed",
            signed_on=date(1990 + i % 35, 1 + i % 12, 1 + i % 28),
        )
        for i in range(size)
    )
    through = Agreement.parties.through
    through.objects.bulk_create(
        through(agreement=a, party=p) for a in agreements for p in (mali, russia)
    )
    sectors = Agreement.sectors.through
    sectors.objects.bulk_create(
        sectors(agreement=a, sector_id=SECTORS[i % len(SECTORS)]) for i, a in enumerate(agreements)
    )
    Person.objects.bulk_create(
        Person(name=f"{FIRST[i % 8]} {SURNAMES[i // 8 % 8]}{i // 64 or ''}") for i in range(size)
    )
    commissions = Commission.objects.bulk_create(
        Commission(name=f"Commission mixte Mali–Russie n° {i}") for i in range(size // 10)
    )
    through = Commission.parties.through
    through.objects.bulk_create(
        through(commission=c, party=p) for c in commissions for p in (mali, russia)
    )
    index.rebuild()  # bulk_create sends no signals


@pytest.fixture
def reviewer():
    return get_user_model().objects.create_user("relectrice", password="x", is_superuser=True)


def _claims() -> list[Claim]:
    text = (
        "Le 3 mars 2024, le Mali et la Russie ont signé un accord sur l'énergie. "
        "Moussa Traoré, ministre, a salué la commission mixte Mali–Russie, "
        "dont la 2e session s'est tenue à Bamako le 3 mars 2024. "
        "« Un grand jour », a dit Sergey Lavrov."
    )
    item = reading(
        text,
        parties=["MLI", "RUS"],
        people=[{"name": "Moussa Traoré", "role": "ministre", "party": "MLI"}],
        agreements=[agreement(text, sectors=["energy"], date="2024-03-03")],
        bodies=[
            {
                "name": "commission mixte Mali–Russie",
                "parties": ["MLI", "RUS"],
                "cadence_months": 6,
                "evidence": text,
            }
        ],
        sessions=[{"body": "commission mixte Mali–Russie", "number": 2, "start": "2024-03-03"}],
        quotes=[{"text": "Un grand jour", "speaker": "Sergey Lavrov"}],
    )
    source = ingest_reading(item).source
    return list(source.claims.order_by("pk"))


def _queries(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured.captured_queries)


def _costs(size: int, reviewer) -> list[tuple[str, int]]:
    """Queries to propose each claim of one article, then to accept them all, in order."""
    fill(size)
    claims = _claims()
    ContentType.objects.clear_cache()  # both runs start with the same cold cache
    forget(reviewer)  # and the reviewer's rights read afresh (the scope caches them)
    costs = [(f"propose {c.kind}", _queries(lambda c=c: propose(c))) for c in claims]
    order = ["party", "person", "body", "agreement", "session", "quote"]
    for claim in sorted(claims, key=lambda c: (order.index(c.kind), c.pk)):
        costs.append(
            (f"accept {claim.kind}", _queries(lambda c=claim: review.accept(c.pk, reviewer)))
        )
    return costs


def test_queries_per_claim_do_not_grow_with_the_register(reviewer):
    small = _costs(10, reviewer)
    _wipe()  # the test runs in one transaction: clear the first register by hand
    large = _costs(400, reviewer)
    assert small == large
    assert max(count for _label, count in small) <= 70


def _wipe() -> None:
    from suivi.commissions.models import Session
    from suivi.sources.models import AgreementStep, Citation, Source

    Citation.objects.all().delete()
    AgreementStep.objects.all().delete()
    Claim.objects.all().delete()
    Source.objects.all().delete()
    Agreement.objects.all().delete()
    Session.objects.all().delete()
    Commission.objects.all().delete()
    Person.objects.all().delete()


def test_candidates_are_bounded_by_the_block_not_the_register():
    fill(600)
    mali_russia = list(Party.objects.filter(code__in=["MLI", "RUS"]).values_list("pk", flat=True))
    found = index.agreement_candidates(mali_russia, {"energy"}, 2024)
    assert 0 < found.count() <= index.RECENT + 600 // len(SECTORS) // 35 * 3 + 3
    assert index.person_candidates("Moussa Traoré").count() <= index.FUZZY + 1


def test_a_far_older_record_in_a_small_block_is_still_found(reviewer):
    """A ratification in 2024 of an agreement signed in 2015: same parties and sector."""
    old = Agreement.objects.create(kind="agreement", status="signed", signed_on=date(2015, 5, 2))
    old.parties.set(Party.objects.filter(code__in=["MLI", "RUS"]))
    old.sectors.set(["nuclear"])
    text = "Le Mali a ratifié en 2024 l'accord avec la Russie sur le nucléaire civil."
    source = ingest_reading(
        reading(
            text,
            parties=["MLI", "RUS"],
            agreements=[agreement(text, sectors=["nuclear"], status="ratified", date="2024-06")],
        )
    ).source
    assert propose(source.claims.get(kind="agreement")).record == old


def test_spellings_of_one_person_land_in_one_block():
    lavrov = Person.objects.create(name="Sergueï Lavrov")
    putin = Person.objects.create(name="Vladimir Poutine")
    assert propose(Claim(kind="person", facts={"name": "Sergey Lavrov"})).record == lavrov
    assert propose(Claim(kind="person", facts={"name": "Putin"})).record is None  # too short
    assert propose(Claim(kind="person", facts={"name": "Vladimir Putin"})).record == putin


def test_keys_follow_every_change_to_a_record():
    mali, russia, niger = (Party.objects.get(code=c) for c in ("MLI", "RUS", "NER"))
    record = Agreement.objects.create(kind="agreement", signed_on=date(2024, 1, 2))
    record.parties.set([mali, russia])
    niger.agreements.add(record)  # from the other side
    record.sectors.add("water")
    keys = set(MatchKey.objects.filter(kind="agreement", record_id=record.pk).values_list("key"))
    party_set = ".".join(str(pk) for pk in sorted([mali.pk, russia.pk, niger.pk]))
    assert (f"{party_set}|s:water|y:2024",) in keys
    niger.agreements.clear()
    person = Person.objects.create(name="Abdoulaye Diop")
    person.aliases = ["A. Diop"]
    person.save()
    incremental = set(MatchKey.objects.values_list("kind", "record_id", "key"))
    index.rebuild()
    assert set(MatchKey.objects.values_list("kind", "record_id", "key")) == incremental
    record.delete()
    assert not MatchKey.objects.filter(kind="agreement", record_id=record.pk).exists()


def test_a_restored_register_is_indexed(tmp_path):
    from suivi.core.backup import write_backup
    from suivi.core.restore import restore_backup

    person = Person.objects.create(name="Assimi Goïta")
    record = Agreement.objects.create(kind="agreement", signed_on=date(2023, 9, 16))
    record.parties.set(Party.objects.filter(code__in=["MLI", "BFA", "NER"]))
    before = set(MatchKey.objects.values_list("kind", "record_id", "key"))
    write_backup(tmp_path / "backup.zip")
    MatchKey.objects.all().delete()
    restore_backup(tmp_path / "backup.zip", force=True)
    assert set(MatchKey.objects.values_list("kind", "record_id", "key")) == before
    assert propose(Claim(kind="person", facts={"name": "Assimi Goita"})).record == person


def test_a_claim_never_matches_a_record_of_other_parties():
    """Mali and Burkina Faso sign in the sector and year of many Mali–Russia records, and
    name their commission with the words of Mali–Russia's: neither is one of those."""
    fill(300)
    same_day = Agreement.objects.create(
        kind="agreement", status="signed", signed_on=date(2024, 3, 3)
    )
    same_day.parties.set(Party.objects.filter(code__in=["MLI", "RUS"]))
    same_day.sectors.set(["energy"])
    text = "Le 3 mars 2024, le Mali et le Burkina Faso ont signé un accord sur l'énergie."
    claims = ingest_reading(
        reading(
            text,
            parties=["MLI", "BFA"],
            agreements=[
                agreement(text, parties=("MLI", "BFA"), sectors=["energy"], date="2024-03-03"),
                agreement(
                    text, parties=("MLI", "RUS", "BFA"), sectors=["energy"], date="2024-03-03"
                ),
            ],
            bodies=[
                {
                    "name": "commission mixte Mali–Russie",
                    "parties": ["MLI", "BFA"],
                    "evidence": text,
                }
            ],
        )
    ).source.claims
    mali_russia = set(Party.objects.filter(code__in=["MLI", "RUS"]))
    for claim in claims.filter(kind__in=["agreement", "body"]):
        proposal = propose(claim)
        assert proposal.record is None
        assert all(set(record.parties.all()) != mali_russia for record, _ in proposal.candidates)
    told_of_russia = Claim(kind="agreement", facts={**claims.filter(kind="agreement")[0].facts})
    told_of_russia.facts["parties"] = ["RUS", "MLI"]
    assert propose(told_of_russia).record == same_day
