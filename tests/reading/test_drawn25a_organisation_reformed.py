"""An organisation whose reform the sides talk of ("échangé sur la réforme de la Communauté
économique des États de l'Afrique centrale (CEEAC)", "discussed the reform of the East
African Community (EAC)", «обсудили реформу Евразийского экономического союза (ЕАЭС)») is a
topic, not a party that acts (SPEC: top-level parties act), and so is its acronym in brackets
after its name. Named again as acting, it acts (guard); so does an organisation named with
its acronym that the sides consult (guard). Sentences written for these tests."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Le Congo et le Gabon ont signé un accord de défense à Brazzaville. Les deux chefs "
            "d'État ont aussi échangé sur la réforme de la Communauté économique des États de "
            "l'Afrique centrale (CEEAC).",
            "ECCAS",
        ),
        (
            "Kenya and Uganda signed a defence agreement in Nairobi. The two presidents also "
            "discussed the reform of the East African Community (EAC).",
            "EAC",
        ),
        (
            "Россия и Белоруссия подписали соглашение об обороне в Минске. Президенты также "
            "обсудили реформу Евразийского экономического союза (ЕАЭС).",
            "EAEU",
        ),
    ],
)
def test_an_organisation_reformed_does_not_act(text, code) -> None:
    assert code not in read(text, "a.txt").parties


def test_consulted_it_acts() -> None:
    text = (
        "Le président de la Commission de la CEDEAO a rendu compte des consultations menées "
        "avec la Confédération des États du Sahel (AES) sur la libre circulation."
    )
    assert "AES" in read(text, "a.txt").parties


def test_named_again_it_acts() -> None:
    text = (
        "Kenya and Uganda signed a defence agreement in Nairobi. The two presidents also "
        "discussed the reform of the East African Community (EAC). The EAC welcomed the deal."
    )
    assert "EAC" in read(text, "a.txt").parties
