"""The sides of a signing from the parse of the clause that tells it (`signing_parse`): the
subject, the agent and the "with" of the signing verb, each naming a party, where the
sentence names a third state beside them or a side by a person's name; a story about Mali
and Russia gives no side to a text Guinea signs with Senegal. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

STORY = {
    "en": "Mali-Russia ties\n\nBamako, March 3, 2025 - Mali and Russia strengthened their "
    "military cooperation during a visit of the Russian defence minister. The two countries "
    "discussed security.\n\n",
    "fr": "Coopération Mali-Russie\n\nBamako, 3 mars 2025 - Le Mali et la Russie ont renforcé "
    "leur coopération militaire lors d'une visite du ministre russe de la Défense. Les deux "
    "pays ont discuté de sécurité.\n\n",
}


def sides(language: str, sentence: str) -> list[list[str]]:
    reading = read(STORY[language] + sentence).to_dict()
    return [sorted(a["parties"]) for a in reading["agreements"]]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a third pair named in a fronted phrase
        (
            "en",
            "Following talks between Mali and Russia, Guinea signed an agreement with Senegal "
            "on fisheries.",
            ["GIN", "SEN"],
        ),
        (
            "fr",
            "Après les entretiens entre le Mali et la Russie, la Guinée a signé un accord de "
            "pêche avec le Sénégal.",
            ["GIN", "SEN"],
        ),
        (
            "fr",
            "À l'issue des entretiens entre le Mali et la Russie, la société Rusal a signé avec "
            "le gouvernement guinéen un protocole d'accord sur la bauxite.",
            ["GIN", "Rusal"],
        ),
        # a relative clause on the subject names who its people met
        (
            "en",
            "Guinea and Senegal, whose leaders met Mali's president last week, signed an "
            "agreement on fisheries.",
            ["GIN", "SEN"],
        ),
        # a "with" of another phrase: a helper, the domain's own partner
        (
            "en",
            "Guinea signed an agreement with Senegal on security cooperation with Mali.",
            ["GIN", "SEN"],
        ),
    ],
)
def test_the_sides_are_those_the_signing_verb_governs(language, sentence, expected):
    assert sides(language, sentence) == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a person's name after "with" gives no side: today's reading
        (
            "en",
            "The ministers recalled the 2010 strategic partnership pact, which Guinea signed "
            "with the late Alberto Mendes dos Santos.",
            ["GIN", "MLI"],
        ),
        # a subject the parse cannot name ("they", "the two countries"): today's reading
        ("en", "They also signed an agreement on fisheries.", ["MLI", "RUS"]),
        ("fr", "Les deux pays ont aussi signé un accord sur la pêche.", ["MLI", "RUS"]),
        # a company and its home state in one phrase: the company signs
        (
            "en",
            "Russia's Rosatom signed an agreement with Guinea on nuclear energy.",
            ["GIN", "Rosatom"],
        ),
    ],
)
def test_where_the_parse_names_no_side_the_reading_stands(language, sentence, expected):
    assert sides(language, sentence) == [expected]


def test_an_organisation_with_the_subject_signs_beside_it():
    """ "The Guinean and Senegalese delegations, together with the FAO, signed ...": the
    "with" hangs on the subject, and the organisation is a third side, not left out."""
    assert sides(
        "en",
        "The Guinean and Senegalese delegations, together with the FAO, also signed a "
        "tripartite agreement on fisheries.",
    ) == [["FAO", "GIN", "SEN"]]
