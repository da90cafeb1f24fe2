"""Which sides each agreement binds, and when a second mention is the same agreement.

SPEC: one item per agreement the text identifies, with the sides bound by it; a company
signs as itself; a state's institutions stand for it. Articles written for these tests
(issue 10: the blind split's extra agreements were mostly beside a real one, with other
sides, or the same text read twice).
"""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer
from suivi.reading.pipeline import read


def agreements(text: str) -> list[tuple[set[str], set[str]]]:
    reading = read(text.encode(), "article.txt").to_dict()
    return [(set(a["parties"]), set(a["sectors"])) for a in reading["agreements"]]


def codes(text: str, lang: str) -> list[str]:
    return [m.code for m in gazetteer.find_mentions(text, lang)]


def test_each_agreement_of_a_sentence_binds_its_own_partner():
    text = (
        "date 2025-02-18 Turkey signs defence deals with Somalia and Djibouti - example.com\n\n"
        "Turkey signed a defence cooperation agreement with Somalia and a maritime security "
        "memorandum of understanding with Djibouti on Tuesday in Ankara.\n\n"
        "Turkish Defence Minister Yaşar Güler hosted his Somali and Djiboutian counterparts.\n"
    )
    found = sorted(agreements(text), key=lambda a: sorted(a[0]))
    assert [parties for parties, _ in found] == [{"TUR", "DJI"}, {"TUR", "SOM"}]
    assert "security" in found[0][1]
    assert found[1][1] == {"defence"}  # the next text's "maritime security" is not its domain


def test_russian_partners_in_the_instrumental():
    text = (
        "date 2025-10-30 Россия подписала соглашения с Мозамбиком и Мали - example.ru\n\n"
        "Россия подписала соглашение о военно-техническом сотрудничестве с Мали, "
        "а также меморандум о сотрудничестве в области образования с Эфиопией.\n\n"
        "Россия, Мали и Эфиопия развивают отношения.\n"
    )
    parties = sorted(sorted(p) for p, _ in agreements(text))
    assert parties == [["ETH", "RUS"], ["MLI", "RUS"]]


def test_company_with_its_home_adjective_binds_the_state_that_signs_with_it():
    text = (
        "date 2025-05-22 Le Burkina signe avec POWERCHINA - example.bf\n\n"
        "Le Burkina Faso a lancé un programme solaire.\n\n"
        "Le ministre burkinabè de l'Énergie a signé avec la société chinoise POWERCHINA un "
        "contrat pour la construction d'une centrale solaire.\n\n"
        "Le Burkina Faso compte sur ce projet.\n"
    )
    assert ({"BFA", "POWERCHINA"}, {"energy"}) in agreements(text)


def test_a_definite_mention_after_the_signing_is_the_same_agreement():
    text = (
        "date 2025-03-04 Kenya and India sign MoU on health - example.com\n\n"
        "Kenya and India on Monday signed a memorandum of understanding on cooperation in the "
        "field of health in Nairobi.\n\n"
        "The MoU on health, signed by the two ministers, covers medical training.\n\n"
        "Kenya and India are long-standing partners.\n"
    )
    assert agreements(text) == [({"KEN", "IND"}, {"health"})]


def test_an_agreement_still_to_sign_is_not_the_one_signed_before():
    text = (
        "date 2025-03-04 Mali-Turquie - example.ml\n\n"
        "Le Mali et la Turquie doivent encore signer un accord visant à prévenir la double "
        "imposition.\n\n"
        "L'accord sur la protection des investissements, lui, est déjà signé depuis 2018.\n\n"
        "Le Mali et la Turquie sont partenaires.\n"
    )
    assert len(agreements(text)) == 2


def test_adjective_of_the_content_is_no_side_when_two_sides_are_named():
    text = (
        "date 2025-03-04 ALROSA et Endiama - example.ru\n\n"
        "АЛРОСА и компания Endiama подписали меморандум о подготовке ангольских "
        "специалистов.\n\n"
        "АЛРОСА работает в Анголе.\n"
    )
    assert ({"ALROSA", "Endiama"}, {"education"}) in agreements(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a UN agency spelled out is itself, not the UN
        (
            "Ethiopia and the United Nations Development Programme signed.",
            "en",
            ["ETH", "United Nations Development Programme"],
        ),
        # its name and its acronym are one party
        (
            "Le Togo et la Banque ouest-africaine de développement (BOAD) ont signé.",
            "fr",
            ["TGO", "BOAD", "BOAD"],
        ),
        # a state's fund is its state (SPEC), by an adjective the table now knows
        ("Le Tchad et le Fonds koweïtien ont signé.", "fr", ["TCD", "KWT"]),
        ("Tanzanian and Zambian ministers signed.", "en", ["TZA", "ZMB"]),
        # a hyphenated place is no compound adjective
        ("Le Tchad a signé pour la route Mongo-Bitkine.", "fr", ["TCD"]),
        ("La Türkiye et le Vietnam ont signé.", "fr", ["TUR", "VNM"]),
        ("Россия и Кыргызстан подписали.", "ru", ["RUS", "KGZ"]),
    ],
)
def test_parties_named_as_the_press_names_them(text, lang, expected):
    assert codes(text, lang) == expected


@pytest.mark.parametrize(
    ("domain", "sector"),
    [
        ("marine marchande", "transport"),
        ("petites et moyennes entreprises", "economy"),
        ("transfèrement des personnes condamnées", "justice"),
        ("médecine traditionnelle", "health"),
        ("espace extra-atmosphérique", "space"),
        ("public service", "administration"),
        ("средства массовой информации", "digital"),
    ],
)
def test_domains_of_agreement_lists_have_their_sector(domain, sector):
    from suivi.reading.sectors import sectors_of

    assert sector in sectors_of(domain)


def test_in_connection_with_names_no_domain():
    from suivi.reading.sectors import sectors_of

    assert sectors_of("в связи с визитом") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where goods go is no side, though that state acts elsewhere in the story
        (
            "date 2025-04-25 Ghana, Burkina - example.com\n\n"
            "An agreement on electricity exports to Togo was signed by Ghana and Burkina Faso on "
            "Monday.\n\nTogo's president also visited Accra this week.\n",
            {"GHA", "BFA"},
        ),
        (
            "date 2025-04-25 Ghana, Burkina - example.com\n\n"
            "Un accord sur les exportations d'électricité vers le Togo a été signé lundi par le "
            "Ghana et le Burkina Faso.\n\nLe président togolais était aussi à Accra.\n",
            {"GHA", "BFA"},
        ),
        # nor is a state it passes through on the way
        (
            "date 2025-11-21 Россия и Беларусь - example.ru\n\n"
            "Соглашение о транзите нефти через территорию Латвии в Эстонию подписали Россия и "
            "Беларусь.\n\nЛатвия и Эстония провели переговоры.\n",
            {"RUS", "BLR"},
        ),
        # nor the state whose adjective says whence the goods come
        (
            "date 2025-04-25 Argentina, Chile - example.com\n\n"
            "An agreement on Bolivian gas supplies was signed by Argentina and Chile on Monday."
            "\n\nBolivia welcomed the signing.\n",
            {"ARG", "CHL"},
        ),
    ],
)
def test_a_state_the_goods_come_from_go_to_or_pass_is_no_side(text, expected):
    assert expected in [parties for parties, _ in agreements(text)]


def test_the_only_other_state_named_stays_a_side_though_goods_go_to_it():
    text = (
        "date 2025-04-25 Ghana - example.com\n\n"
        "An agreement on gas exports to Togo was signed by Ghana on Monday.\n\n"
        "Ghana and Togo are neighbours.\n"
    )
    assert [parties for parties, _ in agreements(text)] == [{"GHA", "TGO"}]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a company named in Cyrillic, in any case, has its own Latin spelling
        ("Глава «КазМунайГаза» подписал соглашение.", "ru", ["KazMunayGas"]),
        ("«Узбекнефтегаз» и Россия подписали соглашение.", "ru", ["Uzbekneftegaz", "RUS"]),
        # state companies of Latin America and Asia are found by their name alone
        ("YPFB and Pertamina signed a memorandum.", "en", ["YPFB", "Pertamina"]),
    ],
)
def test_state_companies_are_named_as_they_write_themselves(text, lang, expected):
    assert codes(text, lang) == expected


def test_a_state_company_binds_itself_not_its_state():
    text = (
        "date 2025-11-21 Минэнерго и КазМунайГаз - example.kz\n\n"
        "Министерство энергетики России и казахстанская компания «КазМунайГаз» подписали "
        "соглашение о сотрудничестве в энергетике.\n\n"
        "Казахстан и Россия развивают отношения.\n"
    )
    assert ({"RUS", "KazMunayGas"}, {"energy"}) in agreements(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one who attends the signing witnesses it and is no side
        (
            "Azerbaijan's SOCAR signed a gas supply agreement with Syria on Saturday in "
            "Damascus, with Turkey's energy minister attending.",
            {"SOCAR", "SYR"},
        ),
        (
            "Kenya's Treasury signed a loan agreement on roads with the World Bank on Friday, "
            "with Uganda's finance minister looking on.",
            {"KEN", "WB"},
        ),
        # the partner of "signed with" is a side though a witness follows in the clause
        (
            "Kenya signed with Uganda a road agreement with their ministers present.",
            {"KEN", "UGA"},
        ),
    ],
)
def test_one_attending_the_signing_is_no_side(sentence, expected):
    text = f"date 2025-04-25 News - example.com\n\n{sentence}\n\nTurkey and Uganda welcomed it.\n"
    assert expected in [parties for parties, _ in agreements(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a state in the name of the event where the text is signed is no side
        (
            "At the China-Africa summit in Beijing, Kenya and Ethiopia signed an agreement on "
            "railway interconnection.",
            {"KEN", "ETH"},
        ),
        (
            "Lors du sommet Russie-Afrique de Saint-Pétersbourg, le Mali et le Burkina Faso ont "
            "signé un accord sur l'énergie.",
            {"MLI", "BFA"},
        ),
        # unless the event's states are all that is named: then they sign
        (
            "At the India-Kenya business forum, the two countries signed a health agreement.",
            {"IND", "KEN"},
        ),
    ],
)
def test_a_state_in_the_name_of_the_event_is_no_side(sentence, expected):
    text = (
        f"date 2025-04-25 News - example.com\n\n{sentence}\n\n"
        "China and Russia hosted many leaders this year.\n"
    )
    assert [parties for parties, _ in agreements(text)] == [expected]


def test_three_agreements_are_not_three_sides():
    text = (
        "Nouakchott, 3 mars 2025 - Le président sénégalais a été reçu par son homologue "
        "mauritanien. Les deux pays ont signé trois accords, dans les domaines de la pêche, de "
        "l'énergie et de la santé. La France suit de près l'exploitation du gisement.\n"
    )
    assert [parties for parties, _ in agreements(text)] == [{"SEN", "MRT"}] * 3


def test_three_countries_are_three_sides():
    text = (
        "Kampala, 3 March 2025 - The three countries signed a tripartite memorandum on the "
        "railway line. Kenya, Uganda and Rwanda will share its cost.\n"
    )
    assert [parties for parties, _ in agreements(text)] == [{"KEN", "UGA", "RWA"}]
