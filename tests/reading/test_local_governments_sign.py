"""A region's or a city's government signs for its state (SPEC: a state's institutions stand
for their state), even where the story's dateline names a third state: "MINSK — MAZ and the
government of Khabarovsk Krai signed" is MAZ and Russia, not Belarus, whose capital only says
where the story was filed. A region named as a place stays no side."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

SIGNED = [
    (
        "Trucks for Khabarovsk\n\nMINSK, May 12 - MAZ and the government of Khabarovsk Krai "
        "signed a contract for the supply of trucks on Tuesday.\n",
        {"MAZ", "RUS"},
    ),
    (
        "Техника для Новосибирска\n\nМИНСК, 12 мая. Компания «Амкодор» и правительство "
        "Новосибирской области подписали соглашение о поставках дорожной техники.\n",
        {"Amkodor", "RUS"},
    ),
    (
        "Des engrais pour Tambov\n\nTachkent, 3 juin 2026 – La société Orca Holding et le "
        "gouvernement de la région de Tambov ont signé mardi un contrat de fourniture "
        "d'engrais.\n",
        {"Orca Holding", "RUS"},
    ),
    (
        "Planes for Khabarovsk\n\nMINSK, May 12 - Kenya Airways and the government of "
        "Khabarovsk Krai signed a memorandum on air services on Tuesday.\n",
        {"Kenya Airways", "RUS"},
    ),
]


@pytest.mark.parametrize(("text", "sides"), SIGNED)
def test_a_regional_government_signs_for_its_state(text, sides):
    reading = read(text.encode(), "article.txt")
    assert [set(a.parties) for a in reading.agreements] == [sides]


def test_a_region_named_as_the_place_of_a_signing_signs_nothing():
    text = (
        "Accord à Moscou\n\nNairobi, 3 juin 2026 – Le Kenya et l'Ouganda ont signé mardi dans "
        "la région de Tambov un accord sur le transport routier, en marge d'un forum.\n"
    )
    reading = read(text.encode(), "article.txt")
    assert [set(a.parties) for a in reading.agreements] == [{"KEN", "UGA"}]
