"""A state's aid agency signed with lends to the story's borrower, not to another lender
(resid31A, session 31). A minister of finance with no state named signs a row of texts
"with" the Japanese agency, "with" the French one; the borrowing state is named once, in an
exchange of notes. Each text signed with an agency binds the agency's state and the
borrower, not the two lenders the story names most. Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

FRENCH = """Le ministre de l'Économie et des Finances, M. Kodjo Adama, a procédé hier à la \
signature de trois accords de financement, en présence des représentants des partenaires \
japonais et français.

Le premier document est un échange de notes entre le Gouvernement du Japon et le \
Gouvernement de la République du Togo relatif au port de pêche. Le Japon soutient ce projet \
depuis 2015.

Ensuite, l'accord de don correspondant a été signé avec l'Agence japonaise de coopération \
internationale (JICA) pour la réhabilitation du port de pêche.

Le troisième, une convention de crédit de 20 millions d'euros, a été signé avec l'Agence \
française de développement (AFD) pour l'extension du réseau électrique.

Cette convention vient compléter celle signée avec l'AFD en mai 2022 pour l'adduction d'eau \
potable dans la région des Plateaux.
"""

ENGLISH = """The Minister of Finance, Mr. John Banda, on Tuesday signed three financing \
agreements in the presence of Japanese and French representatives.

The first document is an exchange of notes between the Government of Japan and the \
Government of the Republic of Zambia on the fishing port project. Japan has supported the \
project since 2015.

The grant agreement for the project was then signed with the Japan International Cooperation \
Agency (JICA) for the rehabilitation of the fishing port.

The third, a credit agreement of 20 million euros, was signed with the French Development \
Agency (AFD) for the extension of the power grid.

It complements the agreement signed with the AFD in May 2022 for drinking water supply in \
rural districts.
"""

RUSSIAN = """Министр финансов Андрей Иванов во вторник подписал три соглашения о \
финансировании в присутствии японских и французских представителей.

Первым документом стал обмен нотами между Правительством Японии и Правительством Республики \
Узбекистан о проекте рыболовного порта. Япония поддерживает проект с 2015 года.

Затем соглашение о гранте было подписано с Японским агентством международного \
сотрудничества (JICA) на восстановление рыболовного порта.
"""


def _sides_of(text: str, words: str) -> set[str]:
    found = [a for a in read(text).agreements if words in a.evidence]
    assert found, words
    return set(found[0].parties)


@pytest.mark.parametrize(
    ("text", "words", "sides"),
    [
        (FRENCH, "signé avec l'Agence japonaise", {"TGO", "JPN"}),
        (FRENCH, "signé avec l'Agence française", {"TGO", "FRA"}),
        (FRENCH, "celle signée avec l'AFD", {"TGO", "FRA"}),
        (ENGLISH, "signed with the Japan International", {"ZMB", "JPN"}),
        (ENGLISH, "signed with the French Development", {"ZMB", "FRA"}),
        (ENGLISH, "signed with the AFD in May", {"ZMB", "FRA"}),
        (RUSSIAN, "подписано с Японским агентством", {"UZB", "JPN"}),
    ],
    ids=["fr-jica", "fr-afd", "fr-afd-older", "en-jica", "en-afd", "en-afd-older", "ru-jica"],
)
def test_an_agency_signed_with_lends_to_the_borrower(text: str, words: str, sides: set) -> None:
    assert _sides_of(text, words) == sides


def test_a_text_between_the_two_governments_keeps_its_sides() -> None:
    assert _sides_of(FRENCH, "échange de notes entre") == {"JPN", "TGO"}
    assert _sides_of(ENGLISH, "exchange of notes between") == {"JPN", "ZMB"}
