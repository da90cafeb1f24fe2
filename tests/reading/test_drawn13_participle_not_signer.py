"""An organisation before a participle, or after "a text ... with", is the one signed with
(session 22, drawB22).

Language facts: a past participle that describes a text ("le protocole, signé en 2018", "the
protocol, signed in 2018", «протокол, подписанный в 2018 году») says when that text was
signed; it does not make the organisation named before it the subject of a signing, which
added the story's two other states beside it. And "a text / a document on fisheries with the
EU" names the EU as the side the text is with, as "an agreement with the EU" does; the other
side is the story's own state, not a pair named before for another text.
Invented sentences; guards keep an organisation that signs (finite verb) with its partners.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Dans la foulée, l'hémicycle a également autorisé la ratification de la convention fiscale entre le Gabon et la Tunisie, signée à Tunis en 2021. En revanche, aucun texte n'a été présenté sur la pêche avec l'Union européenne : le protocole de pêche durable, signé en 2018, a expiré en mars 2024 sans être renouvelé, a indiqué le ministre.",
        "Parliament also approved the ratification of the tax convention between Gabon and Tunisia, signed in Tunis in 2021. However, no text was tabled on fisheries with the European Union: the fisheries protocol, signed in 2018, expired in March 2024, the minister said.",
        "Парламент также ратифицировал налоговую конвенцию между Габоном и Тунисом, подписанную в 2021 году. Однако документов о рыболовстве с Европейским союзом не представлено: протокол о рыболовстве, подписанный в 2018 году, истёк в марте 2024 года, сообщил министр.",
    ],
)
def test_the_text_with_an_organisation_has_it_and_the_storys_state(text: str) -> None:
    reading = read("Parlement\n\n" + text, "news.txt")
    protocols = [a for a in reading.agreements if a.kind == "protocol"]
    assert protocols, [(a.kind, a.parties) for a in reading.agreements]
    assert sorted(protocols[0].parties) == ["EU", "GAB"]
    conventions = [a for a in reading.agreements if a.kind == "convention"]
    assert sorted(conventions[0].parties) == ["GAB", "TUN"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "La Banque ouest-africaine de développement (BOAD) a signé lundi à Lomé un accord de prêt avec le Togo pour la route de Kara.",
            ["BOAD", "TGO"],
        ),
        (
            "Le Bénin et le Niger ont tenu leur commission mixte. L'UNICEF a signé avec les deux gouvernements un mémorandum sur la vaccination.",
            ["BEN", "NER", "UNICEF"],
        ),
    ],
)
def test_an_organisation_that_signs_is_still_a_side(text: str, sides: list[str]) -> None:
    reading = read("Coopération\n\n" + text, "news.txt")
    assert sorted(reading.agreements[-1].parties) == sorted(sides)
