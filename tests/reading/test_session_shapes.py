"""Sessions and bodies in the shapes the press writes: cadence told in meetings a year,
bodies named again by their acronym or as "the Authority"."""

from __future__ import annotations

import pytest

from suivi.reading.bodies import cadence
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("The commission meets every other year.", 24),
        ("La commission se réunit un an sur deux.", 24),
        ("The council holds biannual meetings.", 6),
        ("The committee meets twice per year.", 6),
        ("Le comité tient deux sessions par an.", 6),
        ("The forum holds three meetings a year.", 4),
        ("Комиссия проводит две сессии в год.", 6),
        ("The commission holds its biennial session.", 24),
        ("The commission holds an annual session.", 12),
    ],
)
def test_cadence_counted_in_meetings_a_year(sentence: str, months: int) -> None:
    assert cadence(sentence) == months


def _bodies(text: str) -> list[dict]:
    return read(text).to_dict()["bodies"]


def test_the_authority_named_again_gets_its_cadence() -> None:
    [body] = _bodies(
        "ABUJA, 15 December 2025 - The 68th Ordinary Session of the ECOWAS Authority of Heads "
        "of State and Government opened in Abuja on Sunday. The Authority meets twice a year."
    )
    assert body["name"] == "Authority of Heads of State and Government"
    assert body["cadence_months"] == 6


def test_a_body_named_again_by_its_acronym_gets_its_cadence() -> None:
    text = (
        "NAIROBI, 4 April 2026 - Kenya and Uganda have held the 7th Joint Commission for "
        "Cooperation (JCC) in Nairobi from 2 to 4 April. The JCC meets every other year."
    )
    [body] = _bodies(text)
    assert sorted(body["parties"]) == ["KEN", "UGA"]
    assert body["cadence_months"] == 24
    [session] = read(text).to_dict()["sessions"]
    assert (session["number"], session["start"], session["end"]) == (7, "2026-04-02", "2026-04-04")


def test_the_lowercase_authority_of_a_minister_is_no_body() -> None:
    found = _bodies(
        "DAKAR, 4 avril 2026 - The minister has the authority to sign. La 3e session de la "
        "commission mixte sénégalo-malienne s'est tenue à Dakar. The authority meets yearly."
    )
    assert [b["name"] for b in found] == ["commission mixte sénégalo-malienne"]
    assert found[0]["cadence_months"] is None


def _sessions(text: str) -> list[tuple]:
    return [
        (s["number"], s["start"], s["end"], s["place"]) for s in read(text).to_dict()["sessions"]
    ]


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "PRETORIA, 4 June 2026 - South Africa and Mozambique held the Bi-National Commission "
            "(BNC) in Pretoria on 3 June.",
            (None, "2026-06-03", "2026-06-03", "Pretoria"),
        ),
        (
            "DAKAR, 4 juin 2026 – Le Sénégal et le Mali ont tenu la commission mixte de "
            "coopération les 2 et 3 juin à Dakar.",
            (None, "2026-06-02", "2026-06-03", "Dakar"),
        ),
        (
            "МОСКВА, 4 июня 2026 года. Россия и Мали провели межправкомиссию 2 июня в Москве.",
            (None, "2026-06-02", "2026-06-02", "Москва"),
        ),
        (
            "NAIROBI, 4 April 2026 - Kenya and Uganda opened the Joint Commission for "
            "Cooperation (JCC) in Nairobi on 2 April.",
            (None, "2026-04-02", "2026-04-02", "Nairobi"),
        ),
        (
            "BAMAKO, 4 avril 2026 – Les ministres ont ouvert les travaux de la commission mixte "
            "malo-guinéenne le 2 avril à Bamako.",
            (None, "2026-04-02", "2026-04-02", "Bamako"),
        ),
    ],
)
def test_a_body_held_is_its_session(text: str, session: tuple) -> None:
    assert _sessions(text) == [session]


def test_a_body_held_responsible_is_no_session() -> None:
    assert _sessions("ACCRA, June 4, 2026 - Ghana held the Joint Commission responsible.") == []


def test_the_office_of_a_body_opened_is_no_session() -> None:
    text = "ACCRA, June 4, 2026 - The president opened the Joint Commission's office on 3 June."
    assert _sessions(text) == []
