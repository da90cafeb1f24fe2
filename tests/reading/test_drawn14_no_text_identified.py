"""Mentions of agreements that identify none (SPEC: one item per agreement the text
identifies):

- any text judged good or bad, nothing saying which: "un mauvais accord pénaliserait nos
  éleveurs", "a bad agreement costs more" (Russian bare nominatives were dropped as repeats
  already);
- a text the sentence says is missing: "en l'absence d'accord", "in the absence of an
  agreement", "the lack of a fisheries agreement", «из-за отсутствия соглашения».

A judged text with its content ("a good agreement on fisheries") and a missing implementation
of a text ("l'absence de mise en oeuvre de l'accord") keep theirs. Also: "en poste à" is a
diplomat's posting, not the post office (`sectors`). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of

from suivi.reading.sectors import sectors_of


def read(text: str, lang: str):
    return [
        (sorted(a.parties), a.sectors) for a in agreements_of(text, lang, published="2025-06-02")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Niger et le Tchad ont discuté de la transhumance à Niamey. « Un mauvais accord "
            "pénaliserait nos éleveurs », a résumé un diplomate nigérien.",
        ),
        (
            "fr",
            "Le Bénin et le Togo ont discuté à Cotonou. « Chaque report coûte cher, mais un "
            "mauvais accord coûte davantage aux pêcheurs », résume un diplomate béninois.",
        ),
        (
            "en",
            'Ghana and Togo discussed the border in Accra. "Every delay costs trust, but a bad '
            'agreement costs more," a Ghanaian diplomat summed up.',
        ),
        (
            "fr",
            "Le Niger et le Tchad ont discuté à Niamey. En l'absence d'accord, les éleveurs "
            "tchadiens ne pourront pas franchir la frontière.",
        ),
        (
            "en",
            "Ghana and Togo held talks in Accra. In the absence of an agreement, Ghanaian "
            "herders cannot cross the border.",
        ),
        (
            "en",
            "Kenya and Tanzania held talks. The lack of a fisheries agreement between Kenya and "
            "Tanzania hurts fishermen.",
        ),
        (
            "ru",
            "Армения и Иран провели переговоры в Ереване. Из-за отсутствия соглашения армянские "
            "фермеры не могут экспортировать зерно.",
        ),
    ],
)
def test_no_text_is_identified(lang, text):
    assert read(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Ghana and Togo signed a good agreement on fisheries.",
            [(["GHA", "TGO"], ["agriculture"])],
        ),
        (
            "fr",
            "Le Bénin et le Togo ont signé un accord de pêche en 2019, mais l'absence de mise "
            "en oeuvre de l'accord inquiète.",
            [(["BEN", "TGO"], ["agriculture"])],
        ),
    ],
)
def test_texts_with_their_content_stay(lang, text, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("un diplomate arabe en poste à Dakar", ["diplomacy"]),
        ("nommé au poste de directeur", []),
        ("la poste et les télécommunications", ["digital"]),
    ],
)
def test_a_posting_is_not_the_post(text, expected):
    assert sectors_of(text) == expected
