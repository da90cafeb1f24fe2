"""Words of a Cambodian communiqué: "Samdech Thipadei" and "le Procès-verbal agréé" (drawA28).

- "Samdech", "Samdech Thipadei", "Samdech Techo", "Oknha" are Cambodian honorifics before a
  name, as "Tan Sri" or "Datuk Seri" are Malaysian ones: the person is "Hun Manet";
- "le Procès-verbal agréé de la 5e réunion de la Commission mixte" is the French of "agreed
  minutes": the session's signed minutes (SPEC: kind other), as "le procès-verbal de la
  réunion" is.
Invented sentences.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Le ministre a été reçu par Samdech Thipadei Hun Manet, Premier ministre du Royaume "
            "du Cambodge.",
            "Hun Manet",
        ),
        (
            "The minister called on Samdech Techo Hun Sen, President of the Senate of Cambodia.",
            "Hun Sen",
        ),
    ],
)
def test_cambodian_honorifics_are_no_part_of_the_name(sentence: str, name: str) -> None:
    names = {p.name for p in read(f"date 2026-10-22 Visite - Exemple\n{sentence}\n").people}
    assert name in names
    assert not any(n.startswith("Samdech") for n in names)


def test_the_agreed_minutes_in_french() -> None:
    text = (
        "date 2026-10-22 Communiqué - Exemple\n"
        "Les deux Ministres ont coprésidé, le 21 octobre 2026 à Vientiane, la 3e réunion de la "
        "Commission mixte de coopération bilatérale entre le Laos et le Viêt Nam.\n"
        "À l'issue de la réunion, les deux Ministres ont assisté à la signature des documents "
        "suivants :\n"
        "a) le Procès-verbal agréé de la 3e réunion de la Commission mixte ;\n"
        "b) le Mémorandum d'entente sur la coopération universitaire.\n"
    )
    kinds = sorted(a.kind for a in read(text).agreements)
    assert kinds == ["memorandum", "other"]
