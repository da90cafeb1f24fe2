"""A Korean name told again by its family name (session 27, drawF27).

Invented sentences. Korean names are written family name first, the given name two syllables
joined by a hyphen ("Lee Jae-myung", "Kim Min-seok"): a later "Lee said" is that person,
though English also has "Lee" and "Kim" as given names. Russian writes these names in three
words, with no hyphen: the shape does not arise there.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-05-05 South Korean President Lee Jae-myung met Japanese Prime Minister "
        "Fumio Kishida in Seoul, and Minister Kenji Sato signed a memorandum on trade. "
        '"Our economies are too close to go it alone," Lee said at a press conference.',
        "date 2026-05-05 Le président sud-coréen Lee Jae-myung a reçu à Séoul le Premier "
        "ministre japonais Fumio Kishida, et le ministre Kenji Sato a signé un mémorandum sur "
        "le commerce. « Nos économies sont trop liées pour agir seules », a déclaré Lee.",
    ],
)
def test_family_name_alone_is_the_korean_speaker(text: str) -> None:
    (quote,) = read(text).quotes
    assert quote.speaker == "Lee Jae-myung"
