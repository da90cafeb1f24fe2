"""Whose meeting a numbered session is, and an ordinal alone after a meeting word (drawE28,
session 28), on invented sentences.

- A body its own sentence names before "sa 8e session" / "its 8th meeting" / «своё восьмое
  заседание» holds that session, even where a commission was named in a sentence before
  (the reader used to prefer any commission named earlier).
- A numbered session whose sentence names no body ("La 2e session s'était tenue à X") is
  one of the body whose sessions the text numbered next to it (the 3rd, the 4th), not the
  last commission named.
- "Les sessions auront lieu tous les deux ans ; la troisième se tiendra à Lima", «Заседания
  будут проходить раз в два года; третье пройдёт в Минске»: an ordinal alone, a verb of
  meeting after it, stands for a meeting after a bare meeting word of its sentence too.
"""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import bodies, sessions


def read(text: str, lang: str) -> list[tuple[str, int | None, str | None]]:
    ctx = context(text, lang, "2026-02-12")
    return sorted(
        (s.body, s.number, s.start)
        for s in sessions.extract(ctx, bodies.extract(ctx))
        if s.number is not None
    )


@pytest.mark.parametrize(
    ("lang", "text", "committee", "numbers"),
    [
        (
            "fr",
            "Le comité de pilotage conjoint du programme routier Kribi–Bangui a tenu sa 3e "
            "session à Bertoua. Le projet d'accord sera soumis à la prochaine session de la "
            "commission mixte de coopération Cameroun–Centrafrique. Le comité de pilotage "
            "conjoint, qui se réunit tous les six mois, tiendra sa 4e session en août 2026 à "
            "Bangui. La 2e session s'était tenue en juillet 2025 à Berbérati.",
            "comité de pilotage",
            [2, 3, 4],
        ),
        (
            "en",
            "The Joint Steering Committee of the Lobito corridor programme held its 3rd meeting "
            "in Benguela. The draft will go to the next session of the Angola-Zambia Joint "
            "Permanent Commission. The Joint Steering Committee, which meets every six months, "
            "will hold its 4th meeting in August 2026 in Lusaka. The 2nd meeting was held in "
            "July 2025 in Ndola.",
            "Steering Committee",
            [2, 3, 4],
        ),
    ],
)
def test_the_named_body_and_its_sequence_hold_the_sessions(
    lang: str, text: str, committee: str, numbers: list[int]
) -> None:
    found = read(text, lang)
    assert sorted(n for body, n, _ in found if committee.lower() in body.lower()) == numbers
    assert all(committee.lower() in body.lower() for body, _, _ in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Белорусско-иорданская совместная комиссия по торгово-экономическому сотрудничеству "
            "провела в Аммане свое второе заседание. Заседания комиссии будут проходить раз в "
            "два года; третье пройдет в Минске в 2027 году.",
        ),
        (
            "en",
            "The Ghana-Peru Joint Commission on Trade held its second meeting in Accra. Meetings "
            "of the commission will be held every two years; the third will be held in Lima in "
            "2027.",
        ),
        (
            "fr",
            "La commission mixte gabono-péruvienne a tenu sa deuxième session à Libreville. Les "
            "sessions de la commission auront lieu tous les deux ans ; la troisième se tiendra "
            "à Lima en 2027.",
        ),
    ],
)
def test_an_ordinal_alone_after_a_bare_meeting_word(lang: str, text: str) -> None:
    assert [(n, start) for _, n, start in read(text, lang)] == [(2, None), (3, "2027")]
