"""Two or more member states named together as the subject of a verb of absence («Армения и
Туркменистан в заседании не участвовали», "Armenia and Turkmenistan did not attend") stayed
away: no party, no side of the texts signed there (SPEC: parties are those that act). A
state named before the subject by other words (a host) is none of it. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    "text",
    [
        "В Минске прошло заседание Совета министров обороны СНГ. Министры подписали соглашение "
        "о сотрудничестве в области военного образования. Узбекистан и Туркменистан в "
        "заседании не участвовали.",
        "The CIS defence ministers met in Minsk on Friday. The ministers signed an agreement "
        "on cooperation in military education. Uzbekistan and Turkmenistan did not attend "
        "the meeting.",
        "Les ministres de la Défense de la CEI se sont réunis vendredi à Minsk. Les ministres "
        "ont signé un accord de coopération dans le domaine de l'enseignement militaire. "
        "L'Ouzbékistan et le Turkménistan n'ont pas participé à la réunion.",
    ],
)
def test_states_named_together_stay_away(text: str) -> None:
    reading = _read(text)
    assert not {"UZB", "TKM"} & set(reading.parties)
    assert reading.agreements
    for agreement in reading.agreements:
        assert not {"UZB", "TKM"} & set(agreement.parties)
        assert "BLR" in agreement.parties


def test_a_host_before_the_subject_is_no_absentee() -> None:
    """Guard (passes on the start code too): the host named first, then the state absent."""
    reading = _read(
        "Kazakhstan hosted the CIS summit in Astana, which Armenia did not attend. "
        "Kazakhstan and Russia signed an agreement on energy."
    )
    assert "KAZ" in reading.parties
