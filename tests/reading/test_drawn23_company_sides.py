"""Who signs with a company (session 28, drawB28; SPEC: an agreement signed with a company has
the company as a party, not the company's state).

- A state named only by the adjective of the company's trade noun ("l'accord avec le groupe
  russe Yadran", "the agreement with the Russian group Yadran", «соглашение с российской
  компанией Yadran») is the company's home: it signs nothing, even where the text was signed
  in its capital; the other side is the story's.
- Two subjects, the first described by an apposition between commas ("Kazakhstan Temir Zholy
  (KTZ), the national railway company, and the Ministry of Transport of Indonesia signed"):
  one subject, not two clauses whose second alone signs.
- An organisation's full name in brackets after its short one ("BAPEX (Bangladesh Petroleum
  Exploration and Production Company)") is the same organisation, no party of its own.
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre malien des Mines a fait le point sur les chantiers.\n\n"
        "L'accord avec le groupe russe Yadran a été signé à Moscou le 23 juin 2025.",
        "Malian Mines Minister Amadou Keita reviewed the projects.\n\n"
        "The agreement with the Russian group Yadran was signed in Moscow on 23 June 2025.",
        "Министр горнорудной промышленности Мали рассказал о проектах.\n\n"
        "Соглашение с российской компанией Yadran было подписано в Москве 23 июня 2025 года.",
    ],
)
def test_the_company_s_home_does_not_sign(text):
    assert [sorted(a.parties) for a in _read(text).agreements] == [["MLI", "Yadran"]]


def test_a_state_named_by_its_name_still_signs():
    text = "La Russie et le groupe russe Yadran ont signé un accord sur la raffinerie d'or.\n"
    parties = [set(a.parties) for a in _read(text).agreements]
    assert parties and "RUS" in parties[0]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Kazakhstan Temir Zholy (KTZ), the national railway company, and the Ministry of "
            "Transport of Indonesia signed an agreement on container traffic through Chinese "
            "ports.",
            "Kazakhstan Temir Zholy",
        ),
    ],
)
def test_an_apposed_subject_signs_with_the_next(text, company):
    agreements = _read(text).agreements
    assert [sorted(a.parties) for a in agreements] == [sorted([company, "IDN"])]


@pytest.mark.parametrize(
    "text",
    [
        "Компания «Газпром ЭП Интернэшнл» и бангладешская государственная компания BAPEX "
        "(Bangladesh Petroleum Exploration and Production Company) подписали контракт на "
        "бурение скважин.",
        "Gazprom EP International and the state company BAPEX (Bangladesh Petroleum "
        "Exploration and Production Company) signed a contract for drilling wells.",
    ],
)
def test_a_full_name_in_brackets_is_the_same_organisation(text):
    reading = _read(text)
    assert "Bangladesh Petroleum Exploration and Production Company" not in reading.parties
    assert [a for a in reading.agreements if "BAPEX" in a.parties]
    assert not [
        a
        for a in reading.agreements
        if "Bangladesh Petroleum Exploration and Production Company" in a.parties
    ]
