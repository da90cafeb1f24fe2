"""Companies and kinds of texts: a state's name in the English possessive before a company
("Masdar and Indonesia's state electricity company PT PLN") is the company's home, no company
of its own; "the two companies" of a later sentence are the companies named last, even where
they signed on the sidelines; and a kind of text after "any other", "tout autre", «любое
другое» names a kind, no text. Sentences written for these tests (drawC27).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "In Jakarta, Masdar and Indonesia's state electricity company PT PLN signed a "
            "contract for a floating solar plant.",
            ["Masdar", "PT PLN"],
        ),
        (
            "Qatar's QatarEnergy and Senegal's national oil company Petrosen signed a contract "
            "for gas supplies.",
            ["Petrosen", "QatarEnergy"],
        ),
    ],
)
def test_a_state_in_the_possessive_is_the_company_home(text, sides):
    reading = read(text)
    assert sorted(reading.parties) == sides
    assert [sorted(a.parties) for a in reading.agreements] == [sides]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Indonesia and the UAE signed an agreement on trade. On the sidelines of the visit, "
            "Masdar and PT PLN signed a contract for a second floating solar plant. The two "
            "companies already operate the Cirata floating plant, built under a 2020 agreement.",
            ["Masdar", "PT PLN"],
        ),
        (
            "En marge de la visite, le Maroc et le Sénégal ont signé un accord sur la pêche. Le "
            "groupe OCP et la société Sonatel ont signé un contrat de fourniture d'engrais. Les "
            "deux sociétés exploitent déjà une usine construite dans le cadre d'un accord de 2019.",
            ["OCP", "Sonatel"],
        ),
        (
            "Казахстан и Узбекистан подписали соглашение о торговле. На полях форума "
            "«Казмунайгаз» и «Узбекнефтегаз» подписали контракт о поставках газа. Обе компании "
            "уже разрабатывают месторождение, освоенное по соглашению 2018 года.",
            ["KazMunayGas", "Uzbekneftegaz"],
        ),
    ],
)
def test_the_two_companies_are_those_named_last(text, sides):
    [older] = [a for a in read(text).agreements if a.date and a.date < "2021"]
    assert sorted(older.parties) == sides


@pytest.mark.parametrize(
    "text",
    [
        "The UAE and Indonesia signed a trade agreement in 2022. The UAE Ministry of Economy "
        'said the CEPA had "delivered on its promise faster than any other agreement of its '
        'kind".',
        "Le Niger et le Tchad ont signé un accord commercial en 2022. Le ministère a déclaré "
        "que cet accord avait donné des résultats plus vite que tout autre accord de ce type.",
        "Казахстан и Кыргызстан подписали торговое соглашение в 2022 году. В министерстве "
        "заявили, что оно принесло результаты быстрее, чем любое другое соглашение такого рода.",
    ],
)
def test_any_other_text_of_a_kind_is_no_text(text):
    assert [a.sectors for a in read(text).agreements] == [["trade"]]
