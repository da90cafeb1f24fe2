"""Press articles made from templates, for benchmarks and tests of bulk reading.

Each number gives one distinct article (its parties, sector, date, city, people
and wording drawn from a generator seeded by the number), so any count of
documents can be made at run time instead of being kept in the repository.
"""

from __future__ import annotations

import random
from pathlib import Path

PARTIES = [
    ("le Mali", "du Mali", "malien"),
    ("le Sénégal", "du Sénégal", "sénégalais"),
    ("le Niger", "du Niger", "nigérien"),
    ("le Burkina Faso", "du Burkina Faso", "burkinabè"),
    ("la Russie", "de la Russie", "russe"),
    ("l'Algérie", "de l'Algérie", "algérien"),
    ("la Mauritanie", "de la Mauritanie", "mauritanien"),
    ("la Guinée", "de la Guinée", "guinéen"),
    ("le Tchad", "du Tchad", "tchadien"),
    ("le Maroc", "du Maroc", "marocain"),
    ("la Turquie", "de la Turquie", "turc"),
    ("la Chine", "de la Chine", "chinois"),
    ("la Côte d'Ivoire", "de la Côte d'Ivoire", "ivoirien"),
    ("le Ghana", "du Ghana", "ghanéen"),
]
SECTORS = [
    "de l'énergie",
    "de la santé",
    "de l'agriculture",
    "des transports",
    "de l'éducation",
    "des mines",
    "de l'eau et de l'assainissement",
    "du numérique",
    "de la sécurité",
    "du commerce",
]
KINDS = ["un accord de coopération", "un mémorandum d'entente", "une convention", "un protocole"]
CITIES = ["Bamako", "Dakar", "Niamey", "Ouagadougou", "Moscou", "Alger", "Nouakchott", "Conakry"]
FIRST = ["Abdoulaye", "Aminata", "Sergueï", "Fatoumata", "Moussa", "Ibrahim", "Olga", "Cheikh"]
LAST = ["Diop", "Traoré", "Lavrov", "Koné", "Ouédraogo", "Maïga", "Petrov", "Ba", "Sow", "Cissé"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre"]
ROLES = ["le ministre des Affaires étrangères", "la ministre de l'Économie", "le Premier ministre"]

OPENINGS = [
    "{a} et {b} ont signé le {day} {month} {year} à {city} {kind} dans le domaine {sector}.",
    "{kind_cap} dans le domaine {sector} a été signé à {city} entre {a} et {b} le {day} {month} {year}.",
    "À {city}, le {day} {month} {year}, les gouvernements {a_of} et {b_of} ont conclu {kind} "
    "portant sur le secteur {sector}.",
]
MIDDLES = [
    "Le document a été paraphé par {person_a}, {role_a}, et {person_b}, {role_b}.",
    "{person_a}, {role_a}, a salué « un pas important pour nos deux peuples ».",
    "La cérémonie s'est déroulée en présence de {person_b}, {role_b}, et de nombreux invités.",
    "Selon {person_a}, ce texte ouvre la voie à des projets concrets dès {next_year}.",
]
CLOSINGS = [
    "Une commission mixte chargée du suivi se réunira tous les {cadence} mois.",
    "Les deux parties sont convenues de tenir la {session}e session de leur commission mixte "
    "à {city2} en {month2} {next_year}.",
    "Le montant des projets prévus est estimé à {amount} millions de francs CFA.",
    "Ce texte complète l'accord n° {n} déjà en vigueur entre les deux pays.",
]


def article(n: int) -> str:
    """Article number `n`: the same text for the same number, a different one for another."""
    rng = random.Random(n)
    first, second = rng.sample(PARTIES, 2)
    kind = rng.choice(KINDS)
    values = {
        "a": first[0],
        "b": second[0],
        "a_of": first[1],
        "b_of": second[1],
        "kind": kind,
        "kind_cap": kind[0].upper() + kind[1:],
        "sector": rng.choice(SECTORS),
        "city": rng.choice(CITIES),
        "city2": rng.choice(CITIES),
        "day": rng.randint(1, 28),
        "month": rng.choice(MONTHS),
        "month2": rng.choice(MONTHS),
        "year": rng.randint(2015, 2025),
        "next_year": rng.randint(2016, 2027),
        "person_a": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "person_b": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "role_a": f"{rng.choice(ROLES)} {first[2]}",
        "role_b": f"{rng.choice(ROLES)} {second[2]}",
        "cadence": rng.choice([3, 6, 12]),
        "session": rng.randint(1, 12),
        "amount": rng.randint(5, 900),
        "n": n,
    }
    sentences = [rng.choice(OPENINGS), *rng.sample(MIDDLES, 2), *rng.sample(CLOSINGS, 2)]
    title = f"Coopération : {first[0]} et {second[0]} signent {kind} ({n})"
    body = " ".join(sentence.format(**values) for sentence in sentences)
    return f"{title}\n\n{body}\n"


def write(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` articles as .txt files in `folder`, spread over subfolders of 1,000."""
    paths = []
    for n in range(start, start + count):
        path = folder / f"{n // 1000:04d}" / f"article-{n:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(n), encoding="utf-8")
        paths.append(path)
    return paths
