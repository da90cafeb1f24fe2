"""The sides of a lender's texts (session 27, residA27). Sentences written for these tests.

"The sides" after a sentence that names a lender and a state are those two, even where the
clause names the lender again and a city for where the text is to be signed ("… at the
bank's board in Manila"): the city's state does not take the state's place."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading import gazetteer

_SIDES_AGAIN = [
    (
        "The Asian Development Bank and Nepal signed a loan agreement for rural roads in "
        "Kathmandu on Monday. Last year, the framework agreement between Nepal and the Asian "
        "Development Bank was renewed. The sides also agreed to finalise an agreement on "
        "hydropower financing, which could be signed at the Asian Development Bank board "
        "meeting in Manila in December.",
        ["Asian Development Bank", "NPL"],
    ),
    (
        "La Banque africaine de développement et le Tchad ont signé lundi à N'Djamena un "
        "accord de prêt pour les routes rurales. L'accord-cadre entre le Tchad et la Banque "
        "africaine de développement a été renouvelé l'an dernier. Les parties ont également "
        "convenu de préparer un accord de financement d'une centrale hydroélectrique, qui "
        "pourrait être signé lors du conseil de la Banque africaine de développement à "
        "Abidjan en décembre.",
        ["AfDB", "TCD"],
    ),
    (
        "Евразийский банк развития и Таджикистан подписали в Душанбе кредитное соглашение о "
        "строительстве дорог. Рамочное соглашение между Таджикистаном и Евразийским банком "
        "развития было продлено в прошлом году. Стороны также договорились подготовить "
        "соглашение о финансировании ГЭС, которое может быть подписано на заседании совета "
        "Евразийского банка развития в Москве в декабре.",
        ["EDB", "TJK"],
    ),
]


@pytest.mark.parametrize(("text", "sides"), _SIDES_AGAIN)
def test_the_sides_are_the_lender_and_its_borrower(text, sides):
    assert agreement_sides(text) == [sides] * len(agreement_sides(text)), text


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "The National Oil Company of Liberia (NOCAL) and Chevron signed a contract.",
            "National Oil Company of Liberia",
        ),
        (
            "en",
            "Separately, the National Petroleum Corporation of Namibia (NAMCOR) and the Angolan "
            "government signed a memorandum.",
            "National Petroleum Corporation of Namibia",
        ),
    ],
)
def test_a_company_named_of_its_state_then_glossed_is_named_whole(lang, text, name):
    """A company's name that goes on with "of" and its state, then its short name in
    brackets, is its whole name (the state its home), not a name cut before "of" (an English
    shape: French and Russian names put the state otherwise)."""
    found = gazetteer.find_mentions(text, lang)
    assert name in [m.code for m in found if m.kind == "organisation"]
