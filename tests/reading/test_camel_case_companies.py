"""A company that writes its name as one word with capitals inside it ("KenGen", "PetroSA",
"RwandAir") and signs is a side of its own (SPEC: a company, even a state's, is a party by
its own name), as an unknown acronym that signs is; read as nothing, the text fell to its
state ("KenGen signed with China's Sinohydro" was Kenya and Sinohydro). A surname's prefix
before a capital ("McDonald", "DeSantis") makes no company."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

SIGNED = [
    (
        "date 2026-03-12 Geothermal deal - news.com\n\nNAIROBI, March 12 - KenGen signed an "
        "agreement with China's Sinohydro on Thursday for the construction of a geothermal "
        "plant.\n",
        {"KenGen", "Sinohydro"},
    ),
    (
        "date 2026-03-12 Fuel deal - news.com\n\nNAIROBI, March 12 - Kenya and PetroSA signed a "
        "memorandum on fuel supply on Thursday.\n",
        {"KEN", "PetroSA"},
    ),
    (
        "date 2026-03-12 Partage de codes - news.com\n\nKigali, 12 mars 2026 – RwandAir et la "
        "compagnie Air Côte d'Ivoire ont signé jeudi un accord de partage de codes.\n",
        {"RwandAir", "Air Côte d'Ivoire"},
    ),
    (
        "date 2026-03-12 Топливо - news.ru\n\nНАЙРОБИ, 12 марта. Кения и компания PetroSA "
        "подписали меморандум о поставках топлива.\n",
        {"KEN", "PetroSA"},
    ),
]


@pytest.mark.parametrize(("text", "sides"), SIGNED)
def test_a_company_named_in_one_word_with_inner_capitals_signs(text, sides):
    reading = read(text.encode(), "article.txt")
    assert [set(a.parties) for a in reading.agreements] == [sides]


def test_a_surname_with_a_prefix_is_no_company():
    text = (
        "date 2026-03-12 Trade deal - news.com\n\nWASHINGTON, March 12 - Kenya and Uganda "
        "signed a trade agreement on Thursday, Senator McDonald and Governor DeSantis said.\n"
    )
    reading = read(text.encode(), "article.txt")
    assert [set(a.parties) for a in reading.agreements] == [{"KEN", "UGA"}]
    assert set(reading.parties) == {"KEN", "UGA"}
