"""Sides named by general rules (resid32B, session 32): the regions of states beyond Russia,
the CIS and China sign for their state when named with their region word ("la région de
Kolda", "la région Normandie", "le gouvernorat de Sousse"), also beside another state's
province told by its adjective; a lender's facility, a concession, a lease or a partnership
signed with no kind word is a text; a known group's subsidiary named with words of its own
before a company word signs by that name; an alliance named as the meeting before a list's
colon is no subject beside the one who signs each listed text. Invented sentences."""

from __future__ import annotations

import unicodedata

import pytest

from suivi.reading.pipeline import read


def _norm(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _sides(text: str) -> set[frozenset[str]]:
    return {frozenset(_norm(p) for p in a.parties) for a in read(text).agreements}


def _want(*sets: str) -> set[frozenset[str]]:
    return {frozenset(_norm(p) for p in s.split("+")) for s in sets}


CASES = [
    (
        "Le Mali et le Niger ont signé un accord sur l'énergie à Bamako. La région de Kolda et "
        "la région Normandie ont aussi signé une convention de coopération sur l'élevage.",
        ("MLI+NER", "SEN+FRA"),
    ),
    (
        "Le Gabon et l'Égypte ont signé un accord sur la santé au Caire. Le gouvernorat de "
        "Sousse et la région Bretagne ont signé une convention sur le tourisme.",
        ("GAB+EGY", "TUN+FRA"),
    ),
    (
        "Le Tchad et la Turquie ont signé un accord militaire à Ankara. La région de "
        "l'Extrême-Nord et la province chinoise du Hunan ont signé un mémorandum sur l'élevage.",
        ("TCD+TUR", "CMR+CHN"),
    ),
    (
        "Afreximbank signed a $300 million facility with Zambia on Thursday.\nThe money will "
        "pay for fertiliser imports.",
        ("Afreximbank+ZMB",),
    ),
    (
        "Le Togo a signé un bail de trente ans avec Delta Marine Services pour le "
        "terminal de pêche.\nLa société y investira 40 millions d'euros.",
        ("Delta Marine Services+TGO",),
    ),
    (
        "Le Cameroun et le Tchad ont signé un accord sur la santé à Douala. Ecobank et Orange "
        "Cameroun ont signé un partenariat sur le transfert d'argent lors de la même cérémonie.",
        ("CMR+TCD", "Ecobank+Orange Cameroun"),
    ),
    (
        "Ghana signed a solar power agreement with Masdar Clean Energy on Monday for a plant "
        "near Tamale.\nThe company will invest $200 million.",
        ("Masdar Clean Energy+GHA",),
    ),
    (
        "Le Burkina Faso a signé deux textes lors du sommet de la CEDEAO : un accord avec le "
        "Ghana sur l'énergie et un mémorandum avec le Togo sur le commerce.",
        ("BFA+GHA", "BFA+TGO"),
    ),
    (
        "Kenya signed two texts at the IGAD summit: an agreement with Uganda on roads and a "
        "memorandum with Ethiopia on power.",
        ("KEN+UGA", "KEN+ETH"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_sides(text: str, expected: tuple[str, ...]) -> None:
    assert _sides(text) == _want(*expected)
