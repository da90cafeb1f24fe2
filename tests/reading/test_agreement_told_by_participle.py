"""A text the sentence opens with and tells the signing of by a participle ("The agreement,
signed by the energy ministers of A and B, covers …", "L'accord, signé par …, porte sur …",
«Соглашение, подписанное …, касается …») is a text of its own when it is the story's first,
with the domains its content verb names; after the story's texts it is one of them. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    return [(sorted(a.parties), a.sectors, a.title) for a in found]


@pytest.mark.parametrize(
    ("lang", "text", "parties", "sectors"),
    [
        (
            "en",
            "The agreement, signed by the energy ministers of Qatar and Bangladesh, covers the "
            "supply of liquefied natural gas until 2040.",
            ["BGD", "QAT"],
            ["energy"],
        ),
        (
            "en",
            "The memorandum signed in Accra by Ghana and Togo provides for joint patrols on "
            "the lake.",
            ["GHA", "TGO"],
            ["security"],
        ),
        (
            "fr",
            "L'accord, signé lundi par les ministres de l'Agriculture du Sénégal et de la "
            "Mauritanie, porte sur la pêche artisanale.",
            ["MRT", "SEN"],
            ["agriculture"],
        ),
        (
            "ru",
            "Соглашение, подписанное министрами энергетики Египта и Иордании, касается "
            "поставок газа.",
            ["EGY", "JOR"],
            ["energy"],
        ),
        # the domains of the sentence, after the verb of the cooperation
        (
            "en",
            "Under the memorandum signed by Kenya and Israel, the two countries will cooperate "
            "in irrigation and water management.",
            ["ISR", "KEN"],
            ["water", "agriculture"],
        ),
        (
            "en",
            "The agreement, signed on Monday in Nairobi by Kenya and Israel, covers irrigation.",
            ["ISR", "KEN"],
            ["water", "agriculture"],
        ),
        (
            "fr",
            "L'accord signé lundi par le Sénégal et le Maroc porte sur l'hydraulique villageoise.",
            ["MAR", "SEN"],
            ["water"],
        ),
        (
            "fr",
            "Le mémorandum, signé à Dakar par le Sénégal et le Maroc, concerne l'eau potable.",
            ["MAR", "SEN"],
            ["water"],
        ),
        (
            "ru",
            "Соглашение, подписанное Россией и Египтом, касается водоснабжения.",
            ["EGY", "RUS"],
            ["water"],
        ),
        # every participle of signing tells it: concluded, initialled, paraphé, заключенное
        (
            "en",
            "The memorandum concluded by Kenya and Israel covers irrigation and water management.",
            ["ISR", "KEN"],
            ["water", "agriculture"],
        ),
        (
            "en",
            "The agreement, initialled on Monday in Nairobi by Kenya and Israel, covers "
            "irrigation.",
            ["ISR", "KEN"],
            ["water", "agriculture"],
        ),
        (
            "fr",
            "L'accord, paraphé lundi par le Sénégal et le Maroc, porte sur l'hydraulique "
            "villageoise.",
            ["MAR", "SEN"],
            ["water"],
        ),
        (
            "ru",
            "Соглашение, заключенное Россией и Египтом, касается водоснабжения.",
            ["EGY", "RUS"],
            ["water"],
        ),
    ],
)
def test_the_story_opening_on_a_signed_text_reads_it(lang, text, parties, sectors):
    assert [(p, s) for p, s, _ in read(text, lang)] == [(parties, sectors)]


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "en",
            "Qatar and Bangladesh signed a gas deal on Monday in Doha. The agreement, signed by "
            "the energy ministers, covers the supply of two million tonnes a year.",
            ["energy"],
        ),
        (
            "fr",
            "Le Sénégal et la Mauritanie ont signé un accord de pêche. L'accord, signé par les "
            "deux ministres, porte sur les licences des pirogues.",
            ["agriculture"],
        ),
        (
            "en",
            "Kenya and Israel signed an MoU on water on Monday. The memorandum signed by the two "
            "ministers also covers agriculture.",
            ["water"],
        ),
    ],
)
def test_told_after_the_story_s_text_it_is_that_text(lang, text, sectors):
    # one text, with the domains it was first read with
    assert [s for _, s, _ in read(text, lang)] == [sectors]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Qatar and Bangladesh signed an agreement on the supply of LNG."),
        ("fr", "Le Qatar et le Bangladesh ont signé un accord sur la fourniture de GNL."),
        ("ru", "Катар и Бангладеш подписали соглашение о поставках СПГ."),
    ],
)
def test_liquefied_gas_by_its_letters_is_energy(lang, text):
    assert [s for _, s, _ in read(text, lang)] == [["energy"]]
