"""Two shapes of English (and French) names after a title:

- a generation's mark ends the name, not the surname: "President Ferdinand Marcos Jr." is
  "Marcos" when the text names him again ("Marcos told reporters"), and the later mention is
  his (it was sought as "Jr", so the president, named once, was taken for a mere visitor);
- a portfolio before its head's title is part of the title: "Agriculture Secretary
  Francisco Tiu Laurel Jr." was a person «Agriculture Secretary Francisco Tiu».

Russian writes «Маркос-младший», another shape. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _reading(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Kofi Mensah paid an official visit to the Philippines. During the "
        "visit, Mensah and President Ferdinand Marcos Jr. held talks and agreed that they "
        'will meet again next year.\n"Ghana has been a reliable partner for many years," '
        "Marcos told a joint press conference.",
        "Le Premier ministre Kofi Mensah a effectué une visite officielle aux Philippines. "
        "Lors de la visite, Mensah et le président Ferdinand Marcos Jr. ont eu des entretiens "
        "et se reverront l'an prochain, ce qui sera une première.\n« Le Ghana est un "
        "partenaire fiable depuis de longues années », a déclaré Marcos devant la presse.",
    ],
)
def test_the_surname_before_a_generation(text: str) -> None:
    reading = _reading(text)
    assert "Ferdinand Marcos Jr" in [p.name.rstrip(".") for p in reading.people]
    assert [q.speaker for q in reading.quotes] == ["Ferdinand Marcos Jr"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The memorandum was signed by Minister Jose Ramos and Agriculture Secretary "
            "Maria Elena Santos in Manila.",
            ["Jose Ramos", "Maria Elena Santos"],
        ),
        (
            "Trade Secretary Kemi Okonkwo Bello met the Indian envoy on Monday.",
            ["Kemi Okonkwo Bello"],
        ),
    ],
)
def test_a_portfolio_before_the_title_is_no_name(text: str, names: list[str]) -> None:
    assert [p.name for p in _reading(text).people] == names
