"""Contact clauses, Sahel ranks, summits as a time, drafts and what a meeting was to yield
(drawD30). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def test_a_contact_relative_clause_names_all_its_signers() -> None:
    text = (
        "Kenya and Uganda held talks in Nairobi on Monday.\n\nThe ministers also reviewed "
        "progress in the revitalisation of the Kenya-Uganda Railway Authority (KURA), under the "
        "memorandum of understanding Kenya, Uganda and China signed in Beijing in September "
        "2024, and urged the Chinese contractor to speed up the rehabilitation of the line.\n"
    )
    assert [set(a.parties) for a in read(text).agreements] == [{"KEN", "UGA", "CHN"}]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "L'accord a été signé en présence du ministre de la Santé publique, de la "
            "Population et des Affaires sociales, le colonel-major Mody Issaka.",
            "Mody Issaka",
        ),
        (
            "Le texte a été paraphé en présence du ministre des Mines, le lieutenant-colonel "
            "Boubacar Tandia.",
            "Boubacar Tandia",
        ),
    ],
)
def test_a_sahel_rank_before_a_minister_s_name(text: str, name: str) -> None:
    # (the lieutenant-colonel's case is a guard: the NER reads that one on the start code too)
    assert name in {p.name for p in read(text).people}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. Both countries are "
        "members of the East African Community (EAC), and the ministers agreed to coordinate "
        "their positions ahead of the EAC Summit in November.",
        "Le Sénégal et la Gambie ont signé lundi un accord commercial à Dakar. Les deux "
        "ministres ont convenu d'harmoniser leurs positions en prévision du sommet de la "
        "CEDEAO en décembre.",
        "Казахстан и Узбекистан подписали в понедельник торговое соглашение. Министры "
        "договорились согласовать позиции накануне саммита ШОС в июле.",
    ],
)
def test_a_summit_named_as_a_time_is_no_body(text: str) -> None:
    reading = read(text)
    assert reading.bodies == []
    assert reading.sessions == []


def test_a_draft_agreement_and_a_programme_are_two_planned_texts() -> None:
    text = (
        "Tajikistan and Iran held talks in Dushanbe.\n\nOfficials said that a draft agreement "
        "on road transport and a programme of cooperation in electricity were ready for "
        "signature.\n"
    )
    found = read(text).agreements
    assert sorted(a.kind for a in found) == ["agreement", "programme"]
    assert {a.status for a in found} == {"planned"}


def test_what_a_session_was_expected_to_produce_is_planned() -> None:
    text = (
        "Tajikistan and Iran held talks in Dushanbe.\n\nThe session was expected to produce "
        "agreements on transport, energy and trade.\n"
    )
    found = read(text).agreements
    assert found
    assert {a.status for a in found} == {"planned"}
