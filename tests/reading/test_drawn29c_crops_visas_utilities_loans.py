"""Four mechanisms from a draw of English documents (drawC31, session 31): oil that grows
is a crop ("an oil crop project", «cultures oléagineuses», «масличные культуры»), not
energy; those a text serves ("a visa facilitation agreement for businesspeople") are not
its domain when other words name it; "and" then a state's possessive opens a second
company's name ("X Power and Ghana's National Grid Company": two sides, the state their
home); a loan its borrower "signed with the bank in 2019" told in a relative clause is a
text. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "phrase",
    [
        "a contract for a 5,000-hectare oil crop project",
        "un contrat sur les cultures oléagineuses",
        "соглашение о масличных культурах",
        "a contract for an oil palm plantation",
    ],
)
def test_oil_that_grows_is_farming(phrase: str) -> None:
    assert sectors_of(phrase) == ["agriculture"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ghana held talks in Nairobi on Monday.\n\nThe two sides agreed to finalise "
        "a visa facilitation agreement for businesspeople, to be signed next month.",
        "Le Kenya et le Ghana ont tenu des consultations à Nairobi lundi.\n\nLes deux parties "
        "ont convenu de finaliser un accord de facilitation des visas pour les hommes "
        "d'affaires, qui sera signé le mois prochain.",
        "Россия и Кения провели переговоры в Найроби.\n\nСтороны договорились доработать "
        "соглашение об упрощении визового режима для предпринимателей, которое будет "
        "подписано в следующем месяце.",
    ],
)
def test_those_a_text_serves_are_not_its_domain(text: str) -> None:
    assert [a.sectors for a in read(text).agreements] == [["diplomacy"]]


def test_a_state_possessive_after_and_opens_a_second_company() -> None:
    text = (
        "Kenya and Ghana held talks in Nairobi on Monday.\n\nIn a separate document, Kenya's "
        "state power company Kengen Power and Ghana's National Grid and Transmission Company "
        "(NGTC) signed a memorandum on power trade."
    )
    sides = [set(a.parties) for a in read(text).agreements]
    assert sides == [{"Kengen Power", "National Grid and Transmission Company"}]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Kenya held talks on Monday.\n\nThe new money comes on top of the US$150 "
        "million Ghana drew in November from the African Development Bank (AfDB) under the "
        "contingent loan for natural disaster emergencies it signed with the bank in 2019.",
        "Le Ghana et le Kenya ont tenu des consultations lundi.\n\nLe Ghana a tiré 150 "
        "millions de dollars de la Banque africaine de développement (BAD) au titre du prêt "
        "d'urgence qu'il a signé avec la banque en 2019.",
        "Гана и Кения провели переговоры в понедельник.\n\nГана получила 150 миллионов "
        "долларов от Всемирного банка по кредиту, который она подписала с банком в 2019 году.",
    ],
)
def test_a_loan_its_borrower_signed_with_the_bank(text: str) -> None:
    found = read(text).agreements
    assert len(found) == 1 and "GHA" in found[0].parties and found[0].date == "2019"
