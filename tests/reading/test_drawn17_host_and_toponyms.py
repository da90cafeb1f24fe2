"""Two readings of a visit (sentences written for these tests):
- an organisation whose seat a visitor tours hosts the visit, so acts (SPEC: parties host,
  receive), even named once: "a visité le siège de Sonatrach", "visited the headquarters of
  Rosatom", «посетил штаб-квартиру компании «Газпром»»; a seat named without a visit does not
  make its owner act (guard);
- Maghreb place names opening on "Aïn", "Hassi", "Bordj", "Oued", "Tizi" …, or on "Sidi" after
  "à", are places, not people ("formés à Sidi Bel Abbès"); "Sidi" opening a person's name
  elsewhere stays a person (guard).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Le ministre malien des Mines, Amadou Keita, a été reçu mardi à Alger par son "
            "homologue algérien. Le ministre malien a également visité le siège de Sonatrach, "
            "où il a été accueilli par le PDG du groupe.",
            "Sonatrach",
        ),
        (
            "Ghana's energy minister Kofi Mensah held talks with his Russian counterpart in "
            "Moscow on Monday. He also visited the headquarters of Rosatom, where he met its "
            "chief executive.",
            "Rosatom",
        ),
        (
            "Министр энергетики Узбекистана Журабек Мирзамахмудов провёл переговоры в Москве с "
            "министром энергетики России. Он также посетил штаб-квартиру компании «Газпром».",
            "Gazprom",
        ),
    ],
)
def test_the_visited_seat_hosts(text, host):
    assert host in read(text).parties


def test_a_seat_named_without_a_visit_is_no_host():
    reading = read(
        "Le ministre malien des Mines, Amadou Keita, a été reçu mardi à Alger par son "
        "homologue algérien, non loin du siège de Sonatrach."
    )
    assert "Sonatrach" not in reading.parties


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre nigérien de l'Énergie, Sahabi Oumarou, a été reçu à Alger. Les deux "
        "ministres ont évoqué la formation des cadres nigériens à Sidi Bel Abbès et à "
        "Boumerdès.",
        "Le ministre tunisien des Transports, Karim Belhadj, a inauguré avec son homologue "
        "libyen le poste de Ras Jedir, puis a visité Bordj El Khadra et Aïn Draham.",
    ],
)
def test_maghreb_places_are_no_people(text):
    names = {p.name for p in read(text).people}
    assert names and not any(n.split()[0] in {"Sidi", "Ras", "Bordj", "Aïn"} for n in names)


def test_sidi_opening_a_name_is_a_person():
    reading = read(
        "Le président de la Banque africaine de développement, Sidi Ould Tah, a signé un "
        "accord de prêt avec le ministre sénégalais des Finances à Dakar."
    )
    assert "Sidi Ould Tah" in {p.name for p in reading.people}
