"""Organisations the vocabularies do not know, recognised by the shape of their name where
the grammar makes them sign: a company's legal form ("Sahel Forages SARL", «ООО «…»»), the
head word of a regional or international body with a word of a region or of many states and
its short name in brackets ("the African Trade Insurance Agency (ATI)"), a Russian name in
quotes after its kind, lower-case words included («компания «Северный ветер»»).

SPEC: "any other international organisation or any company by its own name as the text
spells it ... in Latin script"; a state's own institutions stand for their state. Sentences
written for these tests, with invented or uncorpused companies and bodies.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company by the legal form of its land, the form kept as the text spells it
        (
            "Le Sénégal a signé un contrat avec Sahel Forages SARL pour des forages d'eau.",
            ["SEN", "Sahel Forages SARL"],
        ),
        (
            "Le Gabon et Okoumé Bois SAS ont signé une convention sur la forêt.",
            ["GAB", "Okoumé Bois SAS"],
        ),
        (
            "Ghana signed a contract with Boskalis Dredging BV for the port of Takoradi.",
            ["Boskalis Dredging BV", "GHA"],
        ),
        # "SA une convention": the legal form is no possessive ("sa"), the text a new one
        (
            "Le Mali a signé avec Kankou Gold SA une convention minière.",
            ["Kankou Gold SA", "MLI"],
        ),
        (
            "Sahel Forages SARL a signé avec le Sénégal un contrat sur l'hydraulique.",
            ["SEN", "Sahel Forages SARL"],
        ),
    ],
)
def test_company_by_its_legal_form(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malawi signed an agreement with the African Trade Insurance Agency (ATI) on "
            "investment.",
            ["ATI", "MWI"],
        ),
        (
            "Senegal signed a framework agreement with the International Solar Alliance (ISA) "
            "on energy.",
            ["ISA", "SEN"],
        ),
        (
            "The African Trade Insurance Agency (ATI) signed an agreement with Zambia on "
            "investment.",
            ["ATI", "ZMB"],
        ),
        (
            "An agreement was signed between Kenya and the International Livestock Research "
            "Institute (ILRI) on livestock.",
            ["ILRI", "KEN"],
        ),
        (
            "Le Bénin a signé un accord avec l'Agence panafricaine de la Grande Muraille verte "
            "(APGMV) sur l'environnement.",
            ["APGMV", "BEN"],
        ),
        (
            "Un accord a été signé entre le Niger et l'Institut international d'agriculture "
            "tropicale (IITA) sur l'agriculture.",
            ["IITA", "NER"],
        ),
    ],
)
def test_regional_body_by_its_head_word(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


# Guards of the shapes above (they read so before them too): a state's own agency, a venue,
# a programme, a ship named in quotes are no sides of their own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own agency stands for its state, whatever word of many states it holds
        (
            "The Korea International Cooperation Agency (KOICA) signed an agreement with Rwanda "
            "on health.",
            ["KOR", "RWA"],
        ),
        (
            "L'Agence française de développement a signé avec le Cameroun un accord sur l'eau.",
            ["CMR", "FRA"],
        ),
        # venues, forums, programmes are no sides
        (
            "Kenya and Uganda signed the agreement at the Kenyatta International Convention "
            "Centre (KICC) on energy.",
            ["KEN", "UGA"],
        ),
        (
            "Le Mali et le Niger ont signé un accord dans le cadre du Programme régional "
            "d'intégration (PRI) sur l'agriculture.",
            ["MLI", "NER"],
        ),
        (
            "Россия и Египет подписали соглашение на борту судна «Адмирал Нахимов» об энергетике.",
            ["EGY", "RUS"],
        ),
    ],
)
def test_shapes_that_name_no_side(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted name is the whole quoted span, lower-case words too
        (
            "Компания «Северный ветер» подписала с Арменией соглашение об энергетике.",
            ["ARM", "Severnyy Veter"],
        ),
        (
            "Узбекистан подписал соглашение с компанией «Зелёная энергия» об энергетике.",
            ["UZB", "Zelenaya Energiya"],
        ),
        # «ГК», a group of companies, is a legal form before its quoted name
        (
            "Армения подписала с ГК «Зелёная энергия» соглашение о строительстве ветропарка.",
            ["ARM", "Zelenaya Energiya"],
        ),
        # a legal form between «с» and the name: the one signed with, not the text's owner
        (
            "Армения подписала с АО «Росгеология» соглашение о геологоразведке.",
            ["ARM", "Rosgeo"],
        ),
        # a neuter subject signs: «Правительство … подписало», «ООО … подписало»
        (
            "Правительство Египта подписало контракт с ООО «Стройтрансгаз» о строительстве "
            "газопровода.",
            ["EGY", "Stroytransgaz"],
        ),
        (
            "Министерство энергетики Казахстана подписало соглашение с компанией «Зелёная "
            "энергия» о строительстве ветропарка.",
            ["KAZ", "Zelenaya Energiya"],
        ),
    ],
)
def test_russian_company_in_quotes(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article before the partner is not the text's: "un accord" is a new one
        ("Le Mali a signé avec la Guinée un accord.", ["GIN", "MLI"]),
        ("Le Mali a signé avec la Guinée une convention minière.", ["GIN", "MLI"]),
        ("Guinea signed with the Gambia an agreement.", ["GIN", "GMB"]),
    ],
)
def test_text_after_its_partner_is_new(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


def test_speech_in_quotes_after_a_company_word_is_no_name():
    text = (
        'The company said "We will build the plant in Tema" after Ghana and Togo signed an '
        "agreement on energy."
    )
    assert agreement_sides(text) == [["GHA", "TGO"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name spelled out before the initials its words make, where it signs: the short name
        (
            "Uganda signed an agreement with the Global Partnership for Education (GPE) on "
            "schools.",
            ["GPE", "UGA"],
        ),
        (
            "The Green Climate Fund (GCF) signed an agreement with Kenya on climate adaptation.",
            ["GCF", "KEN"],
        ),
        (
            "Le Niger a signé avec le Réseau ouest-africain des semences (ROAS) une convention "
            "sur l'agriculture.",
            ["NER", "ROAS"],
        ),
    ],
)
def test_organisation_named_by_its_initials(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


# Guards of the initials' shape: a person's office, a state's ministry or authority, a body
# of the two states, a project are spelled out before their initials too, and sign as none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister and the Chief Executive Officer (CEO) signed an agreement with Kenya "
            "on health.",
            ["KEN"],
        ),
        ("Ghana signed a memorandum with the Ministry of Finance (MoF) on budgets.", ["GHA"]),
        (
            "Kenya and Uganda signed an agreement at the Joint Permanent Commission (JPC) on "
            "trade.",
            ["KEN", "UGA"],
        ),
        (
            "Kenya signed with Uganda an agreement on the Lake Victoria Water Project (LVWP).",
            ["KEN", "UGA"],
        ),
    ],
)
def test_initials_of_no_signer(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company introduced by its trade, a state adjective before it its home
        (
            "Togo signed a loan agreement with pan-African lender Ecobank on roads.",
            ["Ecobank", "TGO"],
        ),
        (
            "Ghana signed an agreement with Canadian miner Asante Gold on mining.",
            ["Asante Gold", "GHA"],
        ),
        (
            "Le Togo a signé un accord avec la banque panafricaine Ecobank sur le financement "
            "des routes.",
            ["Ecobank", "TGO"],
        ),
        (
            "Le Burkina Faso a signé une convention avec le minier Iamgold sur l'or.",
            ["BFA", "Iamgold"],
        ),
        ("Казахстан подписал соглашение с банком Halyk о финансировании.", ["Halyk", "KAZ"]),
        # a verb or a preposition after the trade word ends its description: no "Tuesday"
        (
            "The miner said on Tuesday that Ghana and Togo signed an agreement on gold.",
            ["GHA", "TGO"],
        ),
        ("The company signed on Tuesday an agreement with Ghana on roads.", ["GHA"]),
    ],
)
def test_company_by_its_trade_word(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Latin-script name where it signs in a Russian sentence: the organisation's own
        ("Монголия и Erdene Gold подписали соглашение о добыче золота.", ["Erdene Gold", "MNG"]),
        ("Erdene Gold подписала соглашение с Монголией о добыче золота.", ["Erdene Gold", "MNG"]),
    ],
)
def test_latin_name_in_a_russian_signing(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


def test_latin_name_of_an_outlet_signs_nothing():
    text = (
        "В беседе с Bloomberg министр сказал, что Россия и Египет подписали соглашение об "
        "энергетике."
    )
    assert agreement_sides(text) == [["EGY", "RUS"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a local subsidiary by its brand and its state: the state its home, no side
        (
            "Ghana signed a memorandum with Vodafone Ghana on digital services.",
            ["GHA", "Vodafone Ghana"],
        ),
        ("Uganda signed a deal with Airtel Uganda on telecoms.", ["Airtel Uganda", "UGA"]),
        (
            "Le Niger a signé une convention avec Moov Niger sur le numérique.",
            ["Moov Niger", "NER"],
        ),
    ],
)
def test_subsidiary_by_brand_and_state(text, expected):
    assert agreement_sides(text) == [sorted(expected)]


def test_region_before_a_state_is_no_brand():
    text = "Kenya signed an agreement with Northern Uganda on cross-border trade."
    assert agreement_sides(text) == [["KEN", "UGA"]]
