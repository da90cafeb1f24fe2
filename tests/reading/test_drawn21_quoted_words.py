"""Quotations the reader misread on drawn documents (session 27, drawB27).

Each test holds sentences invented for it (people real or made up, in press style): a few
quoted words a clause runs into are a phrase of that clause, even when the sentence is
attributed after them (SPEC: a few quoted words inside a sentence are not a quote); an
unnamed speaker described by a relative clause after the quotation is nobody named before.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        'Kenya and Uganda initialled an agreement on investments. The text will be signed "at '
        'the earliest opportunity", William Ruto told reporters.',
        "Le Sénégal et le Mali ont paraphé un accord sur les investissements. Le texte sera "
        "signé « dans les meilleurs délais », a déclaré Ousmane Sonko.",
        "Россия и Египет парафировали соглашение об инвестициях. Документ будет подписан «в "
        "ближайшее время», сообщил журналистам Сергей Лавров.",
    ],
)
def test_words_a_clause_runs_into_are_a_phrase(text: str) -> None:
    assert read(text).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        'Prime Minister Irakli Kobakhidze welcomed the deal. "We have waited long enough for '
        'this," he said.\n\n"The annex is not ready and nobody will sign a blank page," an '
        "Armenian official who took part in the talks said.",
        "Le Premier ministre Ousmane Sonko a salué l'accord. « Nous avons assez attendu pour "
        "cela », a-t-il dit.\n\n« L'annexe n'est pas prête et personne ne signera une page "
        "blanche », a déclaré un responsable malien qui a pris part aux discussions.",
    ],
)
def test_unnamed_speaker_with_a_clause(text: str) -> None:
    quotes = read(text).quotes
    assert len(quotes) == 2
    assert quotes[1].speaker is None
