"""A state's forces of order named after a nationality are institutions, not people: "the
Philippine Coast Guard", "the Nigerian Customs Service", "la Gendarmerie Royale marocaine"
were read as persons «Coast Guard», «Customs Service», «Gendarmerie Royale» (the pattern that
reads "le Nigérian Chukwuemeka Adeyemi" took their capitalised words for a name). Russian
capitalises an institution's first word only, so the shape does not arise there. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _people(text: str) -> list[str]:
    return [p.name for p in read(text.encode(), "article.txt").people]


@pytest.mark.parametrize(
    "text",
    [
        "The Philippine Coast Guard signed a memorandum with its Japanese counterpart on "
        "Monday in Manila.",
        "The Ghanaian Customs Service and the Togolese Customs Service agreed to share data "
        "on transit cargo.",
        "Le ministre a salué la coopération entre la Gendarmerie Royale marocaine et la "
        "police espagnole.",
        "Le Sénégalais Garde Côtière a reçu deux vedettes de la marine française.",
    ],
)
def test_forces_of_order_are_no_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Philippine Charles Guardado met the Vietnamese envoy on Monday.", "Charles Guardado"),
        (
            "Le Nigérian Chukwuemeka Adeyemi a signé l'accord au nom de son pays.",
            "Chukwuemeka Adeyemi",
        ),
    ],
)
def test_names_after_a_nationality_stay(text: str, name: str) -> None:
    assert name in _people(text)
