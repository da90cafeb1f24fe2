"""Organisations named only by capitals the vocabularies lack, where they sign ("signed
with TANELEC", "entre la SNDE et le Burkina Faso", «Казахстан и ОМК подписали»): a side
by its name as written (SPEC: a company signs as itself), its state described before it
its home, no side. Capitals that are a text's kind, a unit, a currency, an office, a
state's acronym or a headline's word sign nothing. Sentences and companies invented for
these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading import gazetteer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zambia signed a memorandum of understanding with TANELEC on cross-border power "
            "trade on Tuesday.",
            ["TANELEC", "ZMB"],
        ),
        # the subject, beside a state
        (
            "KAPEX and Ethiopia signed an agreement on copper exports in Addis Ababa.",
            ["ETH", "KAPEX"],
        ),
        # a state's possessive before it is its home, no side
        (
            "Senegal signed a gas supply contract with Algeria's NATROGAZ in Dakar on Monday.",
            ["NATROGAZ", "SEN"],
        ),
        (
            "A memorandum between BOLMIN and Kenya on lithium was signed in Nairobi.",
            ["BOLMIN", "KEN"],
        ),
        (
            "Un accord sur l'eau potable a été signé entre la SNDE et le Burkina Faso.",
            ["BFA", "SNDE"],
        ),
        (
            "La SOMILO et le Mali ont signé une convention minière à Bamako.",
            ["MLI", "SOMILO"],
        ),
        (
            "Le Niger a signé un contrat avec la SONIMEX pour l'exploitation de l'uranium.",
            ["NER", "SONIMEX"],
        ),
        # a Cyrillic acronym spelled cleanly in Latin letters
        (
            "Казахстан и ОМК подписали меморандум о поставках труб.",
            ["KAZ", "OMK"],
        ),
        (
            "Узбекистан подписал соглашение с «ГМКС» о строительстве завода.",
            ["GMKS", "UZB"],
        ),
    ],
)
def test_acronym_signs_as_itself(text, expected):
    assert expected in agreement_sides(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nigeria signed an agreement with the UAE on aviation.", ["ARE", "NGA"]),
        ("Kenya and the USA signed an agreement on trade in Nairobi.", ["KEN", "USA"]),
        ("The DRC and Zambia signed a memorandum on the battery industry.", ["COD", "ZMB"]),
        ("Le Maroc a signé avec la RDC un accord sur la pêche.", ["COD", "MAR"]),
        ("Россия и ОАЭ подписали соглашение о сотрудничестве в энергетике.", ["ARE", "RUS"]),
    ],
)
def test_a_states_acronym_is_the_state(text, expected):
    assert expected in agreement_sides(text)


@pytest.mark.parametrize(
    ("text", "lang", "capitals"),
    [
        ("The CEO signed the agreement with Ethiopia on Friday.", "en", "CEO"),
        ("Le PM a signé l'accord avec le Niger à Niamey.", "fr", "PM"),
        ("The EPC signed with Ghana covers the dam and its lines.", "en", "EPC"),
        ("The PPA signed with Kenya runs for twenty-five years.", "en", "PPA"),
        ("The CEPA signed with India in February cut tariffs.", "en", "CEPA"),
        ("The loan of 300 million USD signed with China funds the road.", "en", "USD"),
        ("Un prêt de 10 milliards FCFA signé avec le Togo finance la route.", "fr", "FCFA"),
        ("A further 20 MW signed with Ethiopia will follow next year.", "en", "MW"),
        ("Phase II signed with Tanzania covers the northern line.", "en", "II"),
        ("Соглашение о СРП подписали Казахстан и Италия.", "ru", "СРП"),
        # the first word of a headline in Title Case, a line in capitals
        (
            "KENTRO Signs Power Deal With Ghana\nGhana signed a memorandum with Togo.",
            "en",
            "KENTRO",
        ),
        ("GHANA AND KENTRO SIGN POWER DEAL\nGhana signed a memorandum with Togo.", "en", "KENTRO"),
        # negated
        ("No agreement was signed with TANELEC during the visit.", "en", "TANELEC"),
        # described as a state's institution: it stands for its state
        (
            "Ghana signed a memorandum with Algeria's power regulator ARPEL on tariffs.",
            "en",
            "ARPEL",
        ),
        # described as a state's institutions where they sign: they stand for their states
        (
            "Une convention a été signée entre les deux agences de presse officielles, BPN "
            "et ZPAX.",
            "fr",
            "ZPAX",
        ),
        # named in no signing: the subject of another verb
        ("TANELEC said the line with Zambia would be ready in May.", "en", "TANELEC"),
    ],
)
def test_capitals_that_sign_nothing(text, lang, capitals):
    organisations = [
        m.surface for m in gazetteer.find_mentions(text, lang) if m.kind == "organisation"
    ]
    assert capitals not in organisations


def test_the_home_described_before_is_no_side():
    text = "Le Sénégal a signé un contrat avec l'algérienne NATROGAZ sur le gaz."
    codes = {m.code for m in gazetteer.find_mentions(text, "fr")}
    assert "NATROGAZ" in codes and "DZA" not in codes
