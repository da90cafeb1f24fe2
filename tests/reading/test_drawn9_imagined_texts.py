"""A text the writer only imagines, judged by a noun in the conditional (drawB20, ninth draw).

Invented sentences: "A fisheries pact that covered the lake would be the obvious next step",
"Un accord qui inclurait le Tchad serait la prochaine étape", "A fisheries treaty would give
both fleets access", "Tout traité devrait inclure le Bénin": an indefinite text ("a", "any",
"tout"), subject of "would be" (or «serait») with a noun as its judgement, or of a verb in the
conditional that is not its signing, with a relative clause that only describes it, exists
nowhere. A participle or a relative clause that signs it still tells a real text, and "would
be signed" announces one.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_STORY = {
    "en": "Ghana and Togo signed a memorandum on electricity trade in Accra on Monday. ",
    "fr": "Le Ghana et le Togo ont signé lundi à Accra un mémorandum sur le commerce "
    "d'électricité. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "A fisheries pact that covered Lake Volta would be the obvious next step; no "
            "minister has raised it.",
        ),
        ("en", "A customs treaty with Benin would be a sensible move for both capitals."),
        ("en", "A water agreement including Burkina Faso would be the logical sequel."),
        (
            "fr",
            "Un accord sur la pêche qui inclurait le Bénin serait la prochaine étape logique, "
            "estiment les analystes.",
        ),
    ],
)
def test_a_text_judged_in_the_conditional_is_none(lang: str, sentence: str) -> None:
    reading = read(_STORY[lang] + sentence)
    assert [a.sectors for a in reading.agreements] == [["energy"]]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "A fisheries treaty would give both fleets access to the lake."),
        ("en", "Any fisheries treaty would have to include Benin, the minister said."),
        ("en", "A fisheries pact that included Benin could be the next step."),
        ("fr", "Un accord sur la pêche donnerait aux deux flottes l'accès au lac."),
        ("fr", "Tout traité sur la pêche devrait inclure le Bénin."),
    ],
)
def test_a_text_that_would_act_is_none(lang: str, sentence: str) -> None:
    reading = read(_STORY[lang] + sentence)
    assert [a.sectors for a in reading.agreements] == [["energy"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "A fisheries treaty that Benin signed in 2019 would be the model for the talks.",
        "A fisheries treaty signed with Benin in 2019 would be the model for the talks.",
        "A fisheries treaty would be signed on Friday, the minister said.",
    ],
)
def test_a_text_signed_stays_a_text(sentence: str) -> None:
    reading = read(_STORY["en"] + sentence)
    assert len(reading.agreements) == 2


def test_a_text_that_should_be_signed_stays_a_text() -> None:
    reading = read(
        _STORY["fr"] + "Un accord sur la pêche devrait être signé lors de la prochaine session, "
        "prévue à Lomé en 2027."
    )
    assert [a.sectors for a in reading.agreements] == [["energy"], ["agriculture"]]
