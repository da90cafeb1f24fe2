"""A lender named again by its bare noun is that lender, as a side (resid31C, session 31).

"the Bank", "la Banque", «Банк» (and "the Fund", "le Fonds", «Фонд») with no name of its own
after it refer back to the last bank (fund) the story named: a text signed "with the bank", "avec la
Banque", «с Банком» has that lender as its side, not a state the story names elsewhere ("between
the Bank and X" is left to the readings of a text's pair). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

STORIES = {
    "en1": (
        "The Asian Development Bank (ADB) held its annual meeting in Manila on Monday, "
        "attended by Nepal's finance minister. On the same day, the Bank signed a co-"
        "financing agreement with the Export-Import Bank of Korea for rural electrification.",
        "co-financing agreement",
        ["ADB", "KOR"],
    ),
    "en3": (
        "The Islamic Development Bank (IsDB) approved new projects in Chad and Niger this "
        "year. The new clinic builds on a $20 million agreement signed with the bank in 2018 "
        "for health centres in Niger, Chad's neighbour.",
        "signed with the bank in 2018",
        ["IsDB", "NER"],
    ),
    "fr1": (
        "La Banque islamique de développement (BID) a tenu sa réunion annuelle à Dakar en "
        "présence du ministre sénégalais des Finances. Le même jour, la Banque a signé avec "
        "la Banque d'export-import de Corée un accord de cofinancement pour l'électrification"
        " rurale.",
        "accord de cofinancement",
        ["IsDB", "KOR"],
    ),
    "ru2": (
        "Евразийский банк развития (ЕАБР) выделит Армении 60 млн долларов на ремонт дорог, "
        "сообщил министр финансов Киргизии. Соглашение о займе на ремонт школ Армения "
        "подписала с Банком ещё в 2018 году.",
        "подписала с Банком",
        ["ARM", "EDB"],
    ),
}


def _sides_of(text: str, words: str) -> set[str]:
    found = [a for a in read(text).agreements if words in (a.evidence or "")]
    assert found, words
    return set(found[0].parties)


@pytest.mark.parametrize("key", sorted(STORIES))
def test_the_bare_noun_is_the_lender_named_before(key: str) -> None:
    text, words, sides = STORIES[key]
    assert _sides_of(text, words) == set(sides)


def test_the_noun_as_an_owner_or_a_described_bank_is_no_lender() -> None:
    from suivi.reading.context import Mention
    from suivi.reading.lender_reference import with_bare_lenders

    text = (
        "La Banque africaine de développement (BAD) a réuni ses partenaires. Le conseil "
        "d'administration de la Banque et la banque centrale ont approuvé le prêt."
    )
    named = Mention("AfDB", 3, 36, "Banque africaine de développement", "organisation")
    assert with_bare_lenders(text, [named]) == [named]
    text = "The Asian Development Bank (ADB) met. The loan was signed with the bank in May."
    named = Mention("ADB", 4, 27, "Asian Development Bank", "organisation")
    found = with_bare_lenders(text, [named])
    assert [(m.code, m.surface) for m in found] == [
        ("ADB", "Asian Development Bank"),
        ("ADB", "bank"),
    ]
