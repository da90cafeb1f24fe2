"""The prospects of concluding a text («перспективы заключения договора», "les perspectives de
conclusion d'une convention") announce one to come: planned, not signed, and not in force
when coordinated after a text that is (eleventh draw, drawD21). Invented sentences, ru/fr."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    "Стороны обсудили перспективы заключения договора о взаимной правовой помощи по "
    "уголовным делам.",
    "Министры обсудили перспективы заключения соглашения о сотрудничестве в области "
    "здравоохранения.",
    "Обсуждены также вопросы реализации соглашения о воздушном сообщении, вступившего в силу "
    "в 2017 году, и перспективы заключения договора о выдаче.",
    "Les ministres ont passé en revue la mise en œuvre de l'accord de 2016 sur les transports "
    "aériens, entré en vigueur en 2018, et les perspectives de conclusion d'une convention "
    "d'entraide judiciaire.",
    "Les deux délégations ont examiné l'application de l'accord sur le transport routier, en "
    "vigueur depuis 2014, et les perspectives de signature d'une convention d'extradition.",
]


@pytest.mark.parametrize("text", CASES, ids=range(len(CASES)))
def test_the_prospects_of_concluding_a_text_are_of_one_to_come(text):
    reading = read(text.encode(), "article.txt")
    last = reading.agreements[-1]
    assert last.status == "planned"
    assert last.sectors in (["justice"], ["health"])
