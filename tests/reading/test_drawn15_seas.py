"""A state's name or adjective inside the name of a sea is water, not the state (SPEC: a
party is a state that acts in the story): "the Indian Ocean", "l'océan Indien", «Индийского
океана», "the Gulf of Guinea", "le golfe de Guinée", «Гвинейский залив», "the South China
Sea", "la mer de Chine méridionale", «Южно-Китайское море». The mention made India a party of
a story that named India once and the Indian Ocean once more. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "la sécurité maritime dans l'océan Indien", "IND"),
        ("fr", "la piraterie dans le golfe de Guinée", "GIN"),
        ("fr", "les incidents en mer de Chine méridionale", "CHN"),
        ("en", "patrols in the Indian Ocean", "IND"),
        ("en", "piracy in the Gulf of Guinea", "GIN"),
        ("en", "incidents in the South China Sea", "CHN"),
        ("en", "shipping through the Mozambique Channel", "MOZ"),
        ("ru", "безопасность в Индийском океане", "IND"),
        ("ru", "пиратство в Гвинейском заливе", "GIN"),
        ("ru", "инциденты в Южно-Китайском море", "CHN"),
    ],
)
def test_a_sea_is_no_state(lang: str, text: str, code: str) -> None:
    assert code not in {m.code for m in gazetteer.find_mentions(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "La Guinée et le Mozambique ont signé un accord.", "GIN"),
        ("en", "India and Mozambique signed an agreement.", "IND"),
        ("ru", "Индия и Китай подписали соглашение.", "CHN"),
    ],
)
def test_the_state_itself_stays(lang: str, text: str, code: str) -> None:
    assert code in {m.code for m in gazetteer.find_mentions(text, lang)}


@pytest.mark.parametrize(
    "text",
    [
        "Maurice et les Comores ont signé un accord sur la pêche à Port-Louis. Les deux pays ont "
        "salué l'appui de l'Inde au centre de surveillance, et rappelé leur place dans l'océan "
        "Indien.",
        "Mauritius and Comoros signed a fisheries agreement in Port Louis. The two countries "
        "welcomed India's support to the surveillance centre, and recalled their place in the "
        "Indian Ocean.",
    ],
)
def test_a_state_named_once_beside_its_ocean_is_no_party(text: str) -> None:
    assert "IND" not in read(text.encode(), "article.txt").parties
