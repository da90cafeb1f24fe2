"""A company the vocabularies know, named with more words of its name ("Rio Tinto Group",
"Sonangol Holdings", «Трансмашхолдинг Груп»), is the party by the name as the text spells
it, wherever the text names it shorter afterwards; its home state is still its home.

SPEC: "any company by its own name as the text spells it ... in Latin script"; "a company
that signs is the party, not its state". Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading import gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rio Tinto Group signed a memorandum with Guinea on the Simandou iron ore railway.",
            ["GIN", "Rio Tinto Group"],
        ),
        (
            "Sonangol Holdings signed an agreement with Namibia on fuel storage.",
            ["NAM", "Sonangol Holdings"],
        ),
        (
            "Le Tchad a signé une convention avec Glencore International sur le pétrole.",
            ["Glencore International", "TCD"],
        ),
        (
            "Компания «Трансмашхолдинг Груп» подписала контракт с Египтом о поставке вагонов.",
            ["EGY", "Transmashholding Group"],
        ),
        (
            "Codelco Mining Ltd signed a contract with Peru's government on copper exploration.",
            ["Codelco Mining Ltd", "PER"],
        ),
    ],
)
def test_known_company_with_words_of_its_name(text, expected):
    assert expected in agreement_sides(text)


def test_shorter_name_later_is_the_same_party():
    text = (
        "Vale Mining signed a contract with Mozambique on coal. Vale will build a railway "
        "for the exports."
    )
    codes = {m.code for m in gazetteer.find_mentions(text, "en") if m.kind == "organisation"}
    assert codes == {"Vale Mining"}


def test_longer_name_keeps_its_home():
    assert gazetteer.home_state("Sonangol Holdings") == "AGO"
    assert gazetteer.home_state("Vale Mining Company") == "BRA"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a word of an event after them: the event's name, the company stays as known
        ("Rosatom signed an agreement with Egypt at the Rosatom International Forum.", "Rosatom"),
        # no word of a company's name after it
        ("Vale signed a contract with Mozambique on coal exports.", "Vale"),
        # SPEC's own codes are no company's: the World Bank Group is the World Bank
        ("The World Bank Group signed a grant with Niger.", "WB"),
    ],
)
def test_no_longer_name(text, code):
    codes = {m.code for m in gazetteer.find_mentions(text, "en") if m.kind == "organisation"}
    assert code in codes
