"""A list of sides after a fronted place: "À Rabat, le Maroc, le Nigeria, la Mauritanie et
le Sénégal ont signé". The small parser hangs the list's first items on the place (as its
apposition, conjunct or modifier) and keeps only the last two as the subject; items a
comma alone ties to the subject are sides too. An item after its own "and" ("After talks
between Mali and Russia, Guinea signed") stays apart. An elided article («, l'Ouganda et le
Kenya») joins a list as "le" does. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _sides(text: str) -> list[set[str]]:
    return [set(a.parties) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "En septembre 2022, à Abuja, le Ghana, le Togo, le Bénin et le Niger ont signé un "
            "protocole d'accord sur le transport.",
            {"GHA", "TGO", "BEN", "NER"},
        ),
        (
            "En mars, à Bamako, le Mali, le Burkina Faso et le Niger ont signé une convention "
            "sur la sécurité.",
            {"MLI", "BFA", "NER"},
        ),
        (
            "À Conakry, la Guinée, la Sierra Leone, le Liberia et la Côte d'Ivoire ont signé un "
            "protocole d'accord sur l'énergie.",
            {"GIN", "SLE", "LBR", "CIV"},
        ),
        (
            "En octobre, à Bamako, le Mali, le Sénégal et la Guinée ont signé une convention "
            "sur la santé.",
            {"MLI", "SEN", "GIN"},
        ),
        (
            "En juin, à Conakry, la Guinée, le Mali et la Sierra Leone ont signé un protocole "
            "d'accord sur les mines.",
            {"GIN", "MLI", "SLE"},
        ),
    ],
)
def test_the_sides_listed_after_a_fronted_place_all_sign(text, sides):
    assert _sides(text) == [sides]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "En février, à Kigali, le Rwanda, le Burundi, l'Ouganda et le Kenya ont signé un "
            "accord sur les chemins de fer.",
            {"RWA", "BDI", "UGA", "KEN"},
        ),
        (
            "Le Niger, le Mali, l'Algérie et la Libye ont signé un accord sur la sécurité des "
            "frontières.",
            {"NER", "MLI", "DZA", "LBY"},
        ),
        (
            "Le Sénégal, la Gambie, l'Égypte et le Maroc ont signé un protocole sur le tourisme.",
            {"SEN", "GMB", "EGY", "MAR"},
        ),
        (
            "Le Tchad, le Cameroun, l'Ouganda et le Soudan ont signé une convention sur la "
            "transhumance.",
            {"TCD", "CMR", "UGA", "SDN"},
        ),
        (
            "Le Ghana, le Togo, l'Angola et le Congo ont conclu un accord sur le pétrole.",
            {"GHA", "TGO", "AGO", "COG"},
        ),
    ],
)
def test_an_elided_article_keeps_the_list_of_sides(text, sides):
    """ ", l'Ouganda et le Kenya": the elided article is a list's word as "le" is."""
    assert _sides(text) == [sides]


def test_a_pair_after_its_own_and_stays_apart():
    text = (
        "After talks between Mali and Russia, Guinea signed an agreement with Senegal on fisheries."
    )
    assert _sides(text) == [{"GIN", "SEN"}]
