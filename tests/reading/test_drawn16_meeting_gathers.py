"""Those a meeting brings together meet, and so act (SPEC: top-level parties meet), however
seldom the story names them: "The meeting … brought together ministers of Burundi, Rwanda,
Kenya and Uganda", "la réunion a réuni les ministres du Mali, du Niger, du Tchad et de la
Mauritanie", «Заседание собрало министров Армении, Казахстана, Киргизии и Таджикистана». A
state named only as what the meeting was about ("to discuss the crisis in Sudan") does not
meet (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "NAIROBI - The meeting, which opened on Monday, brought together ministers of "
            "Burundi, Rwanda, Kenya and Uganda. Kenya's minister chaired it and Uganda hosted "
            "the dinner.",
            {"BDI", "RWA", "KEN", "UGA"},
        ),
        (
            "BAMAKO - La réunion, ouverte lundi, a réuni les ministres du Mali, du Niger, du "
            "Tchad et de la Mauritanie. Le ministre malien l'a présidée et le Niger a proposé "
            "un plan.",
            {"MLI", "NER", "TCD", "MRT"},
        ),
        (
            "АСТАНА - Заседание собрало министров Армении, Казахстана, Киргизии и Таджикистана. "
            "Казахстан председательствовал, Армения предложила план.",
            {"ARM", "KAZ", "KGZ", "TJK"},
        ),
    ],
)
def test_those_a_meeting_gathers_act(text, codes):
    assert codes <= set(read(text).parties)


def test_what_the_meeting_discusses_does_not_meet():
    reading = read(
        "NAIROBI - The meeting brought together ministers of Kenya and Uganda to discuss the "
        "crisis in Sudan. Kenya's minister chaired it and Uganda hosted the dinner."
    )
    assert "SDN" not in reading.parties
