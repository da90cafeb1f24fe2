"""A signing put off is of a text still to come, and that text said again is one text
(session 22, drawB22).

Language facts: "la signature de X ... a été reportée", "the signing of X ... was postponed",
«подписание X ... было отложено» make X planned however long X's title between them (two
universities' or ministries' full names). And a text still to be signed, named again with
neither title nor domain of its own ("nous préférons signer dans un mois un accord
solide", "we would rather sign a sound agreement next month") after the story told of one to
be signed between the same sides, is that text, not another. Invented sentences in fr/en/ru;
the guard keeps a second planned text that has its own domain.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_LONG = [
    "La signature d'un mémorandum de coopération entre l'Université nationale du Bénin à Abomey-Calavi et l'Université Abdou Moumouni de Niamey au Niger, prévue mardi, a été reportée, a appris l'agence.",
    "The signing of a memorandum of cooperation between the National University of Lesotho in Roma and the University of Botswana in Gaborone, scheduled for Tuesday, was postponed, the agency learnt.",
    "Подписание меморандума о сотрудничестве между Национальным университетом Узбекистана имени Мирзо Улугбека и Таджикским национальным университетом в Душанбе, намеченное на вторник, было отложено.",
]


@pytest.mark.parametrize("text", _LONG)
def test_a_postponed_signing_is_planned(text: str) -> None:
    reading = read("Coopération\n\n" + text, "news.txt")
    assert [a.status for a in reading.agreements] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Bénin et le Niger devaient signer mardi une convention sur l'enseignement supérieur. "
        "La cérémonie a été reportée. « Nous préférons signer dans un mois un accord solide », a "
        "déclaré le ministre béninois.",
        "Lesotho and Botswana were to sign a convention on higher education on Tuesday, but the "
        'ceremony was postponed. "We would rather sign a sound agreement next month", the '
        "Lesotho minister said.",
    ],
)
def test_a_planned_text_said_again_is_one(text: str) -> None:
    reading = read("Coopération\n\n" + text, "news.txt")
    assert len(reading.agreements) == 1, [(a.kind, a.status) for a in reading.agreements]


def test_a_second_planned_text_with_its_own_domain_stays() -> None:
    text = (
        "Le Bénin et le Niger devaient signer mardi une convention sur l'enseignement supérieur. "
        "Les deux pays prévoient aussi de signer un accord sur la santé."
    )
    reading = read("Coopération\n\n" + text, "news.txt")
    assert len(reading.agreements) == 2
