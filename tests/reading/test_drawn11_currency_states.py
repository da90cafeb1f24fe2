"""A state named inside its currency's name is no party (session 21, drawB21).

Invented sentences: a loan's amount names the dollar by its state, the state after the
word («долларов США», "millions de dollars des États-Unis", "dollars of the United States").
In Russian that is the currency, not the United States acting in the story (SPEC: a party is
a state or organisation that acts); "US dollars", the state before the word, was already
read so. The French and English forms may also say whose money it is, so they stay
expected failures (_DONOR_OR_CURRENCY). The United States named as a side is still read.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

# "dollars des États-Unis" may say whose money it is as well as which currency; read as the
# currency (session 21, drawB21), it cost the blind split three agreements, so only the
# Russian «долларов США» is read so.
_DONOR_OR_CURRENCY = pytest.mark.xfail(
    strict=True, reason="the French and English forms may name the donor; left as a side"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Le gouvernement togolais et la Banque ouest-africaine de développement (BOAD) ont signé un accord de prêt de 30 millions de dollars des États-Unis pour la route Lomé-Kpalimé.",
            marks=_DONOR_OR_CURRENCY,
        ),
        pytest.param(
            "Le Cameroun et la Banque arabe pour le développement économique en Afrique ont signé un accord de prêt de 60 millions de dollars des États-Unis pour la construction d'un hôpital à Garoua.",
            marks=_DONOR_OR_CURRENCY,
        ),
        pytest.param(
            "Le Tchad a reçu du Koweït un don de 5 millions de dollars des États-Unis, au titre d'un accord signé lundi sur l'éducation.",
            marks=_DONOR_OR_CURRENCY,
        ),
        "Le Burundi et le Fonds de l'OPEP ont signé un accord de financement d'un montant de 20 millions de dollars des États-Unis pour l'énergie solaire.",
        "Замбия и Африканский банк развития подписали соглашение о займе на 80 миллионов долларов США для энергетики.",
        "Узбекистан и Исламский банк развития подписали соглашение на 100 млн долларов США о строительстве школ.",
        "Министр финансов Киргизии и Евразийский банк развития подписали кредитное соглашение на 40 миллионов долларов США для строительства дороги.",
        "Ghana and the Islamic Development Bank signed a loan agreement of 75 million dollars of the United States for the Tamale water supply project.",
    ],
)
def test_the_state_of_a_currency_is_no_side(text: str) -> None:
    reading = read("Financement\n\n" + text, "news.txt")
    assert "USA" not in reading.parties
    assert reading.agreements
    for agreement in reading.agreements:
        assert "USA" not in agreement.parties


@pytest.mark.parametrize(
    "text",
    [
        "Le Sénégal et les États-Unis ont signé un accord de 20 millions de dollars sur la santé.",
        "Kenya and the United States signed a 50 million dollar agreement on health.",
        "США и Казахстан подписали соглашение о сотрудничестве в области здравоохранения.",
    ],
)
def test_the_united_states_as_a_side_is_still_read(text: str) -> None:
    reading = read("Financement\n\n" + text, "news.txt")
    assert "USA" in reading.parties
