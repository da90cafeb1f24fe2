"""A synthetic register of any size, and readings to resolve against it, for benchmarks.

`fill(n)` writes n records (agreements 60 %, people 30 %, commissions 10 %) between
pairs of some forty states, with one or two sectors and dates over 35 years, by
bulk inserts (no history: these are not user actions), then builds the blocking
index in one pass. `readings(n)` makes readings whose parties, sectors, dates and
names are drawn from the same pools, so some match records and some are new.
Nothing here is stored in the repository: the same seed gives the same register.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

STATES = [
    "MLI",
    "BFA",
    "NER",
    "SEN",
    "CIV",
    "GIN",
    "TCD",
    "MRT",
    "BEN",
    "TGO",
    "GHA",
    "NGA",
    "CMR",
    "GAB",
    "COG",
    "COD",
    "CAF",
    "DZA",
    "MAR",
    "TUN",
    "RUS",
    "CHN",
    "TUR",
    "IND",
    "BRA",
    "FRA",
    "DEU",
    "ITA",
    "ESP",
    "USA",
    "GBR",
    "JPN",
    "KOR",
    "IRN",
    "ARE",
    "SAU",
    "QAT",
    "EGY",
    "ZAF",
    "ETH",
]
SECTORS = [
    "energy",
    "nuclear",
    "mining",
    "agriculture",
    "health",
    "education",
    "research",
    "transport",
    "infrastructure",
    "digital",
    "water",
    "security",
    "defence",
    "trade",
    "economy",
    "culture",
]
KINDS = ("agreement", "memorandum", "protocol", "convention", "framework")
FIRST = [
    "Moussa",
    "Aminata",
    "Oumar",
    "Fatoumata",
    "Abdoulaye",
    "Mariam",
    "Ibrahim",
    "Awa",
    "Seydou",
    "Kadiatou",
    "Boubacar",
    "Aïssata",
    "Mamadou",
    "Hawa",
    "Cheick",
    "Sergueï",
    "Olga",
    "Ivan",
    "Dmitri",
    "Elena",
    "Li",
    "Wei",
    "Ahmed",
    "Leila",
    "Kwame",
]
SURNAMES = [
    "Traoré",
    "Keïta",
    "Diarra",
    "Coulibaly",
    "Sangaré",
    "Touré",
    "Cissé",
    "Maïga",
    "Diallo",
    "Koné",
    "Ouédraogo",
    "Sawadogo",
    "Bazoum",
    "Tiani",
    "Diop",
    "Ndiaye",
    "Sow",
    "Camara",
    "Bamba",
    "Kouassi",
    "Ivanov",
    "Petrov",
    "Sokolov",
    "Volkov",
    "Lavrov",
    "Zhang",
    "Chen",
    "Yilmaz",
    "Sharma",
    "Okafor",
    "Mensah",
    "Boateng",
    "Nkemelu",
    "Haddad",
    "Benali",
]


def person_name(rng: random.Random) -> str:
    """A name from the pools; a third carry a second surname, so names rarely repeat whole."""
    name = f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}"
    if rng.random() < 0.6:
        name += f" {rng.choice(SURNAMES)}-{rng.randrange(1000)}"
    return name


def fill(size: int, seed: int = 1) -> dict[str, int]:
    """Write `size` records into the configured register; returns counts by kind."""
    from suivi.agreements.models import Agreement
    from suivi.commissions.models import Commission
    from suivi.parties.models import Party, Person

    rng = random.Random(seed)
    parties = dict(Party.objects.filter(code__in=STATES).values_list("code", "pk"))
    counts = {"agreement": size * 6 // 10, "person": size * 3 // 10}
    counts["body"] = size - counts["agreement"] - counts["person"]
    batch = 5000
    for start in range(0, counts["agreement"], batch):
        made = Agreement.objects.bulk_create(
            _agreement(rng) for _ in range(min(batch, counts["agreement"] - start))
        )
        pairs = [rng.sample(STATES, 2) for _ in made]
        Agreement.parties.through.objects.bulk_create(
            Agreement.parties.through(agreement_id=a.pk, party_id=parties[code])
            for a, pair in zip(made, pairs, strict=True)
            for code in pair
        )
        Agreement.sectors.through.objects.bulk_create(
            Agreement.sectors.through(agreement_id=a.pk, sector_id=sector)
            for a in made
            for sector in rng.sample(SECTORS, rng.choice((1, 1, 2)))
        )
    for start in range(0, counts["person"], batch):
        Person.objects.bulk_create(
            Person(name=person_name(rng)) for _ in range(min(batch, counts["person"] - start))
        )
    for start in range(0, counts["body"], batch):
        made = Commission.objects.bulk_create(
            Commission(name=f"Commission mixte {' – '.join(pair)} n° {rng.randrange(10**6)}")
            for pair in (rng.sample(STATES, 2) for _ in range(min(batch, counts["body"] - start)))
        )
        Commission.parties.through.objects.bulk_create(
            Commission.parties.through(commission_id=c.pk, party_id=parties[code])
            for c in made
            for code in c.name.split("mixte ")[1].split(" n°")[0].split(" – ")
        )
    try:
        from suivi.matching import index
    except ImportError:  # a checkout from before the blocking index
        return counts
    index.rebuild()
    _analyse()
    return counts


def _analyse() -> None:
    """Give PostgreSQL statistics of the tables just filled, as autovacuum would on a live
    register (this machine's server runs without it): with none, it plans a block of a
    hundred thousand keys as a block of a dozen."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _agreement(rng: random.Random):
    from suivi.agreements.models import Agreement

    signed = date(1990, 1, 1) + timedelta(days=rng.randrange(35 * 365))
    return Agreement(
        kind=rng.choice(KINDS),
        title_fr=f"Accord n° {rng.randrange(10**6)}",
        status="signed",
        signed_on=signed,
    )


def readings(count: int, seed: int = 2) -> list[dict]:
    """Readings of imagined articles: two states, an agreement or two, people, a commission."""
    rng = random.Random(seed)
    made = []
    for number in range(count):
        pair = rng.sample(STATES, 2)
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(11 * 365))
        people = [
            {"name": person_name(rng), "role": "ministre", "party": pair[0]} for _ in range(2)
        ]
        text = (
            f"Article {number}. Le {day.isoformat()}, {pair[0]} et {pair[1]} ont signé "
            f"un accord. {people[0]['name']} et {people[1]['name']} étaient présents. "
            f"La commission mixte {' – '.join(pair)} se réunira."
        )
        made.append(
            {
                "document": {
                    "title": f"Article {number}",
                    "published": day.isoformat(),
                    "publisher": "Benchmark",
                    "author": None,
                    "language": "fr",
                    "text": text,
                },
                "parties": pair,
                "people": people,
                "agreements": [
                    {
                        "kind": rng.choice(KINDS),
                        "title": None,
                        "parties": pair,
                        "sectors": rng.sample(SECTORS, 1),
                        "status": "signed",
                        "date": day.isoformat(),
                        "signatories": [people[0]["name"]],
                        "evidence": text,
                    }
                    for _ in range(rng.choice((1, 2)))
                ],
                "agreements_total": None,
                "bodies": [
                    {
                        "name": f"commission mixte {' – '.join(pair)}",
                        "parties": pair,
                        "mandate": None,
                        "cadence_months": 12,
                        "evidence": text,
                    }
                ],
                "sessions": [],
                "quotes": [],
            }
        )
    return made
