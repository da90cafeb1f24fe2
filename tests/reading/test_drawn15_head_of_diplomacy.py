""" "Le chef de la diplomatie brésilienne" is the one of that country who heads its foreign
affairs, whatever his ministry is called: "ministre des Relations extérieures" (Brazil,
Cameroon, Angola), "Minister of External Affairs" (India), "Foreign Secretary",
«министр внешних сношений». The reader only knew "affaires étrangères", so the quotation
went to the other side's foreign minister, named last. Russian says «глава бразильской
дипломатии», English "Brazil's top diplomat". Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le ministre brésilien des Relations extérieures, Paulo Andrade, a été reçu à "
            "Dakar par la ministre sénégalaise des Affaires étrangères, Aminata Sow. « Nous "
            "ne sommes pas venus pour signer, mais pour écouter nos partenaires », a déclaré "
            "le chef de la diplomatie brésilienne devant la presse.",
            "Paulo Andrade",
        ),
        (
            "India's External Affairs Minister, Rohan Mehta, held talks in Accra with "
            "Ghana's Foreign Minister, Kwame Asante. \"We came to listen to our partners and "
            "to fix a calendar,\" said India's top diplomat at the press conference.",
            "Rohan Mehta",
        ),
        (
            "Министр внешних сношений Бразилии Паулу Андраде встретился в Дакаре с министром "
            "иностранных дел Сенегала Аминатой Соу. «Мы приехали не подписывать бумаги, а "
            "слушать наших партнёров», — заявил глава бразильской дипломатии журналистам.",
            "Паулу Андраде",
        ),
    ],
)
def test_head_of_diplomacy_is_the_foreign_minister_of_his_country(text: str, speaker: str):
    assert [q.speaker for q in read(text).quotes] == [speaker]


def test_without_a_nationality_the_last_foreign_minister_named_stays() -> None:
    text = (
        "La ministre sénégalaise des Affaires étrangères, Aminata Sow, a reçu le ministre "
        "malien de l'Économie, Issa Traoré. « Nous voulons avancer vite et bien ensemble », "
        "a déclaré le chef de la diplomatie devant la presse."
    )
    assert [q.speaker for q in read(text).quotes] == ["Aminata Sow"]
