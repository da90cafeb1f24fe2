"""A road named by the towns it joins is no person: "le tronçon routier Kribi–Lolabé de la
Côte-Sud" read "Kribi–Lolabé de la Côte-Sud" as a signer (a particle and a capital after two
capitalised words joined by a dash look like a name). Before the name, the words of a road
or a stretch of it ("tronçon", "route", "axe", "corridor", "piste", with their adjectives
"routier", "ferroviaire") name a thing, as "l'aéroport", "le barrage" already did. English
("the Kribi–Lolabé road section") and Russian («участок дороги Криби — Лолабе») were read
right; they guard. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        (
            "Le Cameroun a signé un accord de prêt pour le bitumage du tronçon routier "
            "Kribi–Lolabé de la Côte-Sud. Il a été signé par Alamine Ousmane Mey.",
            "Alamine Ousmane Mey",
        ),
        (
            "Le Bénin a signé un accord de prêt pour la réhabilitation de l'axe routier "
            "Parakou–Djougou de la Nationale 3. Il a été signé par Romuald Wadagni.",
            "Romuald Wadagni",
        ),
        (
            "Cameroon signed a loan agreement to pave the Kribi–Lolabé road section of the "
            "Côte-Sud. It was signed by Alamine Ousmane Mey.",
            "Alamine Ousmane Mey",
        ),
        (
            "Камерун подписал кредитное соглашение об асфальтировании участка дороги "
            "Криби — Лолабе. Его подписал Аламин Усман Мей.",
            "Аламин Усман Мей",
        ),
    ],
)
def test_road_between_towns_is_no_person(text: str, signer: str) -> None:
    assert [p.name for p in read(text).people] == [signer]


def test_the_head_of_a_corridor_is_named() -> None:
    text = (
        "Le directeur du corridor Abidjan–Lagos, Jean-Marc Kouassi, a signé un accord de "
        "financement avec la Banque africaine de développement."
    )
    assert "Jean-Marc Kouassi" in [p.name for p in read(text).people]
