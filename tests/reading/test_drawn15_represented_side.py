"""Who acts for a side, set apart by commas, does not end the list of sides after "entre",
"between", «между»: "un accord de prêt conclu entre l'État sénégalais, représenté par le
ministère des Finances, et la BOAD" is between Senegal and the bank. The apposition's
lower-case words broke the list, and the story's other actor took the bank's place.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "L'Agence française de développement a signé un accord. Un accord de prêt de 20 "
        "milliards de FCFA a été conclu entre l'État sénégalais, représenté par le ministère "
        "des Finances, et la Banque ouest-africaine de développement (BOAD), pour la "
        "construction de la route de Kédougou.",
        "The French Development Agency signed an agreement. A loan agreement of 20 billion "
        "CFA francs was concluded between the State of Senegal, represented by the Ministry "
        "of Finance, and the West African Development Bank (BOAD) for the construction of "
        "the Kédougou road.",
        "Французское агентство развития подписало меморандум о сотрудничестве в области "
        "образования. Также было подписано соглашение о займе между Республикой Сенегал, в "
        "лице министерства финансов, и Западноафриканским банком развития (BOAD) на "
        "строительство дороги.",
    ],
)
def test_a_represented_side_and_the_next(text: str) -> None:
    loan = read(text).agreements[-1]
    assert sorted(loan.parties) == ["BOAD", "SEN"]
