"""Office-holders beside companies, the Treasury, appointees (session 29, drawB29).

- A name right after a person's title ("KCH chief executive Mutale Kapembwa and ACWA Power
  signed", "le directeur général Mutale Kapembwa et ACWA Power"), joined to a company by
  "and", is the title's holder, not a company: the first name need not be one the name lists
  know.
- "Treasury and ACWA Power sign solar deal": a state's Treasury, capitalised as its offices
  are, is the state's office, no company (as "Ministry", "Government", "Trésor" were).
- "Le Conseil des Ministres a procédé aux nominations suivantes : - Conseiller technique :
  Monsieur X": who is named to a post in a list of appointments is the decision's object,
  not one who acts in the story (SPEC: people who act or speak).
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    "text",
    [
        "KCH chief executive Mutale Kapembwa and ACWA Power signed a power purchase agreement "
        "in Lusaka on Tuesday.",
        "Kafue Copper Holdings and ACWA Power signed a power purchase agreement in Lusaka on "
        "Tuesday. Kafue Copper Holdings chief executive Mutale Kapembwa and ACWA Power "
        "vice-president Li Wei signed the agreement at State House.",
        "Le directeur général Mutale Kapembwa et ACWA Power ont signé mardi un contrat d'achat "
        "d'électricité à Lusaka.",
    ],
)
def test_a_title_s_holder_beside_a_company_is_a_person(text):
    reading = _read(text)
    assert "Mutale Kapembwa" not in reading.parties
    assert "Mutale Kapembwa" in [p.name for p in reading.people]


def test_the_treasury_is_no_company():
    text = (
        "Zambia: Treasury and ACWA Power sign solar deal\n"
        "Zambia's finance ministry and ACWA Power signed a power purchase agreement in Lusaka "
        "on Monday."
    )
    assert sorted(_read(text).parties) == ["ACWA Power", "ZMB"]


@pytest.mark.parametrize(
    ("text", "appointee"),
    [
        (
            "Le Conseil des Ministres a adopté un projet de loi autorisant la ratification de "
            "l'accord de prêt signé avec le Fonds koweïtien.\n\n"
            "Le Conseil des Ministres a procédé aux nominations suivantes :\n\n"
            "AU TITRE DU MINISTERE DES MINES :\n"
            "- Conseiller technique : Monsieur Moussa KONATE, Ingénieur des mines.\n",
            "Moussa KONATE",
        ),
        (
            "The Cabinet approved a bill ratifying the loan agreement signed with the Kuwait "
            "Fund.\n\nThe Cabinet approved the following appointments:\n\n"
            "MINISTRY OF MINES:\n- Technical adviser: Mr John Mwale, mining engineer.\n",
            "John Mwale",
        ),
        (
            "Правительство одобрило законопроект о ратификации кредитного соглашения с "
            "Кувейтским фондом.\n\nПравительство утвердило следующие назначения:\n\n"
            "МИНИСТЕРСТВО ГОРНОДОБЫВАЮЩЕЙ ПРОМЫШЛЕННОСТИ:\n"
            "- Советник: господин Иван Петров, горный инженер.\n",
            "Иван Петров",
        ),
    ],
)
def test_an_appointee_does_not_act(text, appointee):
    assert appointee not in [p.name for p in _read(text).people]


def test_a_minister_who_reports_after_the_appointments_still_acts():
    text = (
        "Le Conseil des Ministres a procédé aux nominations suivantes :\n"
        "- Conseiller technique : Monsieur Moussa KONATE, Ingénieur des mines.\n\n"
        "Le ministre des Mines, Monsieur Amadou SIDIBE, a informé le Conseil de la signature "
        "d'un accord avec la Guinée.\n"
    )
    assert "Amadou SIDIBE" in [p.name for p in _read(text).people]
