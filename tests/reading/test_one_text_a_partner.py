"""Texts in the plural that one state signs "with" two or more states are one bilateral
text a partner ("Turkey signed defence agreements with Somalia and Djibouti"); one text
that three states sign, or a tripartite one, binds all three. Sentences written for these
tests in the style of press coverage."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def sides(text: str) -> list[list[str]]:
    return sorted(sorted(a["parties"]) for a in read(text).to_dict()["agreements"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey signed defence agreements with Somalia and Djibouti.",
            [["DJI", "TUR"], ["SOM", "TUR"]],
        ),
        (
            "La Russie a signé des accords de défense avec le Mali et le Burkina Faso.",
            [["BFA", "RUS"], ["MLI", "RUS"]],
        ),
        (
            "Россия подписала соглашения о военном сотрудничестве с Мали и Буркина-Фасо.",
            [["BFA", "RUS"], ["MLI", "RUS"]],
        ),
    ],
)
def test_plural_texts_with_several_partners_are_one_a_partner(text, expected):
    assert sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali, Burkina Faso and Niger signed a tripartite agreement on the joint force.",
            [["BFA", "MLI", "NER"]],
        ),
        (
            "Россия, Беларусь и Казахстан подписали соглашение о сотрудничестве в области "
            "энергетики.",
            [["BLR", "KAZ", "RUS"]],
        ),
        (
            "Kenya signed a tripartite memorandum with Uganda and Rwanda on the railway.",
            [["KEN", "RWA", "UGA"]],
        ),
    ],
)
def test_one_text_of_three_states_binds_all_three(text, expected):
    assert sides(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya signed two agreements, one with Uganda on trade and another with Tanzania on "
            "energy.",
            [["KEN", "TZA"], ["KEN", "UGA"]],
        ),
        (
            "Le Sénégal a signé deux accords, l'un avec la Gambie sur la pêche, l'autre avec la "
            "Mauritanie sur le gaz.",
            [["GMB", "SEN"], ["MRT", "SEN"]],
        ),
    ],
)
def test_each_text_takes_the_partner_of_its_own_piece(text, expected):
    """Texts that each bring their partner and their domain ("one with X on A, another with Y
    on B") take the partner named in the piece that names their domain."""
    assert sides(text) == expected
