"""A communiqué's letterhead motto is no title; its one-line headline is (session 21, drawB21).

Invented communiqués: under the state's name, francophone letterheads carry its motto,
three short capitalised groups between dashes ("Union – Discipline – Travail", "Paix –
Travail – Patrie"). It names no article (SPEC: `title` as the text names it); the headline
is the body's first paragraph when that is one line that ends no sentence, however long
("Signature d'un accord de prêt entre … (BOAD)", which the cleaner reads as the body's
start). All fail on the base (the motto was the title).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_BODY = (
    "Le Gouvernement et la Banque ouest-africaine de développement ont signé ce lundi un "
    "accord de prêt de 20 milliards de francs CFA pour la réhabilitation des routes rurales."
    "\n\nFait à {place}, le 3 février 2025"
)


@pytest.mark.parametrize(
    ("state", "motto", "place"),
    [
        ("RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union – Discipline – Travail", "Abidjan"),
        ("RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie", "Yaoundé"),
        ("RÉPUBLIQUE DU TCHAD", "Unité – Travail – Progrès", "N'Djamena"),
        ("RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", "Honneur – Fraternité – Justice", "Nouakchott"),
        ("RÉPUBLIQUE TOGOLAISE", "Travail – Liberté – Patrie", "Lomé"),
    ],
)
def test_the_motto_is_no_title_the_headline_is(state: str, motto: str, place: str) -> None:
    headline = (
        "Signature d'un accord de prêt entre le Gouvernement de la République et la Banque "
        "ouest-africaine de développement (BOAD)"
    )
    text = (
        f"{state}\n{motto}\n\nMINISTÈRE DE L'ÉCONOMIE ET DES FINANCES\n\nCOMMUNIQUÉ DE PRESSE\n\n"
        f"{headline}\n\n" + _BODY.format(place=place)
    )
    assert read(text, "communique.txt").document.title == headline


@pytest.mark.parametrize(
    ("state", "motto"),
    [
        ("RÉPUBLIQUE DU BURUNDI", "Unité – Travail – Progrès"),
        ("RÉPUBLIQUE CENTRAFRICAINE", "Unité - Dignité - Travail"),
    ],
)
def test_a_motto_alone_leaves_no_title(state: str, motto: str) -> None:
    text = f"{state}\n{motto}\n\nCOMMUNIQUÉ CONJOINT\n\n" + _BODY.format(place="Bangui")
    assert read(text, "communique.txt").document.title is None
