"""A text told by an ordinal with no kind word, then named in the next sentence, is one
text: "Deux accords ont été signés. Le premier lie l'AFD à la SONES. Il s'agit d'une
convention de crédit de 30 millions d'euros destinée à l'eau potable." The ordinal made one
agreement (its domain from the company's name) and "Il s'agit d'une convention" another,
between the story's sides. Now the named text stays, between the sides the ordinal's
sentence gave. English and Russian say it with a kind word or a comma ("The first, worth
..."), which was read right; they guard. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Deux accords de financement ont été signés jeudi à Dakar, en présence du ministre des "
        "Finances, Cheikh Diba. Le premier lie l'Agence française de développement (AFD) à la "
        "Société nationale des eaux du Sénégal (SONES). Il s'agit d'une convention de crédit "
        "de 30 millions d'euros destinée à la réhabilitation du réseau d'eau potable de "
        "Thiès. Le second est un accord de prêt conclu avec la Banque ouest-africaine de "
        "développement (BOAD) pour la construction de la route de Kédougou.",
        "Deux accords ont été signés mardi à Abidjan. Le premier associe la Banque africaine "
        "de développement à la Compagnie ivoirienne d'électricité (CIE). C'est un accord de "
        "prêt de 50 millions de dollars pour le réseau électrique d'Abidjan. Le second est un "
        "accord de don pour la santé maternelle.",
    ],
)
def test_ordinal_and_its_named_text_are_one(text: str) -> None:
    found = read(text).agreements
    assert len(found) == 2
    first = found[0]
    assert first.evidence.startswith(("Il s'agit", "C'est"))
    assert len(first.parties) == 2 and not {"SEN", "CIV"} & set(first.parties)


@pytest.mark.parametrize(
    "text",
    [
        "Two financing agreements were signed on Thursday in Dakar. The first, worth 30 "
        "million euros, is a credit agreement for the drinking water network of Thiès. The "
        "second is a loan agreement for the Kédougou road.",
        "В четверг в Дакаре подписаны два соглашения о финансировании. Первое, на 30 млн "
        "евро, — кредитное соглашение о сети питьевого водоснабжения Тиеса. Второе — "
        "соглашение о займе на строительство дороги.",
    ],
)
def test_ordinals_with_kind_words_stay_two(text: str) -> None:
    assert len(read(text).agreements) == 2
