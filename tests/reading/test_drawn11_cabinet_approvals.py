"""A cabinet's approval of a text is its domestic step after signing (session 21, drawB21).

Invented decision lists: a council of ministers lists its decisions by a gerund or a noun,
"Approving a memorandum of understanding …", "Approbation de l'accord …", «Одобрить
соглашение …»: the government approves a text already signed, a step SPEC's statuses call
`ratified` (not a signing at the session); the session's day is not its date of signature
(SPEC: `date` of signature), so it has none unless the text gives one. A draft approved is
still to be signed (`planned`). All fail on the base (read as signed that day).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_HEAD = (
    "date 2025-03-04 Manama, March 4, 2025, BNA -- The Cabinet held its weekly session today "
    "chaired by the Crown Prince.\nThe Cabinet then issued the following decisions:\nFirst:\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "Approving a memorandum of understanding for cooperation in the field of tourism between "
        "the Ministry of Tourism in the Kingdom of Bahrain and the Ministry of Culture and "
        "Tourism of the Republic of Azerbaijan.",
        "Approving an agreement between the Government of the Kingdom of Bahrain and the "
        "Government of the Republic of Kenya on air services.",
        "Approving a memorandum of understanding for cooperation in the field of health between "
        "the Ministry of Health in the Kingdom of Bahrain and the Ministry of Health of the "
        "Republic of Serbia.",
        "Approving an agreement between the Kingdom of Bahrain and the Republic of Chile for the "
        "avoidance of double taxation.",
        "Approving a cooperation agreement in the field of education between the Kingdom of "
        "Bahrain and the Republic of Senegal.",
    ],
)
def test_an_approved_text_is_ratified_and_undated(item: str) -> None:
    found = read(_HEAD + item + "\nSecond:\nApproving the final accounts.\n", "bna.txt").agreements
    assert [(a.status, a.date) for a in found] == [("ratified", None)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Le Conseil des ministres a adopté les mesures suivantes :\nApprobation de l'accord "
            "de coopération entre le Gouvernement de la République du Niger et le Gouvernement "
            "de la République de Turquie dans le domaine de la santé.\n",
            "ratified",
        ),
        (
            "Правительство приняло следующие решения:\nОдобрить соглашение между Правительством "
            "Российской Федерации и Правительством Республики Никарагуа о сотрудничестве в "
            "области здравоохранения.\n",
            "ratified",
        ),
        (
            "The Cabinet then issued the following decisions:\nApproving the draft agreement "
            "between the Government of the Sultanate of Oman and the Government of the Republic "
            "of Ghana on air services.\n",
            "planned",
        ),
    ],
)
def test_approval_in_other_languages_and_drafts(text: str, status: str) -> None:
    found = read("Décisions\n\n" + text, "decisions.txt").agreements
    assert [a.status for a in found] == [status]
