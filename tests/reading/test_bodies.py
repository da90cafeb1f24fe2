"""Joint bodies: name, sides, mandate and cadence, each body once."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import bodies, organs


def read(text: str, lang: str = "fr"):
    found = bodies.extract(context(text, lang))
    for body in found:
        assert body.evidence in text
    return found


def test_a_commission_with_its_sides_mandate_and_cadence():
    [body] = read(
        "Une commission mixte nigéro-tchadienne, chargée du suivi des accords, "
        "se réunira tous les six mois."
    )
    assert body.name == "commission mixte nigéro-tchadienne"
    assert sorted(body.parties) == ["NER", "TCD"]
    assert (body.mandate, body.cadence_months) == ("suivi des accords", 6)


def test_repeated_mentions_are_one_body_and_later_sentences_describe_it():
    [body] = read(
        "La Grande commission mixte de coopération entre le Ghana et le Togo a repris ses travaux. "
        "Cette commission devait se réunir tous les deux ans."
    )
    assert body.name == "Grande commission mixte de coopération entre le Ghana et le Togo"
    assert (sorted(body.parties), body.cadence_months) == (["GHA", "TGO"], 24)


def test_russian_names_are_given_in_the_nominative():
    [body] = read(
        "Прошло заседание межправительственной российско-египетской комиссии "
        "по торгово-экономическому сотрудничеству.",
        "ru",
    )
    assert body.name == (
        "межправительственная российско-египетская комиссия "
        "по торгово-экономическому сотрудничеству"
    )
    assert sorted(body.parties) == ["EGY", "RUS"]
    assert body.mandate == "торгово-экономическое сотрудничество"


def test_english_joint_commission():
    [body] = read(
        "The Joint Commission for Cooperation between Ghana and Togo meets annually.", "en"
    )
    assert (sorted(body.parties), body.cadence_months) == (["GHA", "TGO"], 12)


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("se réunira tous les six mois", 6),
        ("se réunit chaque année", 12),
        ("une session annuelle", 12),
        ("tous les deux ans", 24),
        ("une réunion biennale", 24),
        ("meets every three months", 3),
        ("twice a year", 6),
        ("собирается раз в полгода", 6),
        ("заседает ежегодно", 12),
        ("sans date fixée", None),
    ],
)
def test_cadence(sentence, months):
    assert bodies.cadence(sentence) == months


def test_not_joint_bodies():
    assert read("La Commission de la CEDEAO a publié un rapport sur le Togo et le Bénin.") == []
    assert read("") == []


def test_a_business_council_of_two_states_is_a_body_named_in_the_nominative():
    from suivi.reading.pipeline import read as read_document

    reading = read_document(
        "Россия и Египет провели первое заседание Российско-египетского делового совета "
        "в Каире 3 мая 2024 года."
    )
    assert [(b.name, sorted(b.parties)) for b in reading.bodies] == [
        ("Российско-египетский деловой совет", ["EGY", "RUS"])
    ]


@pytest.mark.parametrize(
    ("text", "lang", "name", "parties"),
    [
        (
            "The Egypt-Sudan Joint Higher Committee met in Cairo.",
            "en",
            "Joint Higher Committee",
            ["EGY", "SDN"],
        ),
        (
            "The Saudi-Pakistani Supreme Coordination Council met in Riyadh.",
            "en",
            "Supreme Coordination Council",
            ["PAK", "SAU"],
        ),
        (
            "Ghana and Togo reviewed the work of their Joint Consultative Commission.",
            "en",
            "Joint Consultative Commission",
            ["GHA", "TGO"],
        ),
        (
            "Nigeria and South Africa held the Bi-National Commission in Pretoria.",
            "en",
            "Bi-National Commission",
            ["NGA", "ZAF"],
        ),
        (
            "La commission économique mixte maroco-gabonaise s'est réunie à Rabat.",
            "fr",
            "commission économique mixte maroco-gabonaise",
            ["GAB", "MAR"],
        ),
        (
            "Прошло заседание российско-египетской рабочей группы по сельскому хозяйству.",
            "ru",
            "российско-египетская рабочая группа по сельскому хозяйству",
            ["EGY", "RUS"],
        ),
        (
            "Прошло заседание российско-египетской комиссии по сотрудничеству.",
            "ru",
            "российско-египетская комиссия по сотрудничеству",
            ["EGY", "RUS"],
        ),
    ],
)
def test_joint_bodies_in_more_shapes(text, lang, name, parties):
    [body] = read(text, lang)
    assert name in body.name
    assert sorted(body.parties) == parties


@pytest.mark.parametrize(
    ("text", "lang", "parties"),
    [
        (
            "Прошло заседание российско-кенийской межправительственной комиссии.",
            "ru",
            ["KEN", "RUS"],
        ),
        (
            "Прошло заседание российско-ангольской межправительственной комиссии.",
            "ru",
            ["AGO", "RUS"],
        ),
        ("Прошло заседание российско-зимбабвийской рабочей группы.", "ru", ["RUS", "ZWE"]),
        ("La commission mixte kényano-ougandaise s'est réunie.", "fr", ["KEN", "UGA"]),
    ],
)
def test_the_sides_of_a_body_named_by_adjectives_the_vocabulary_lacks(text, lang, parties):
    [body] = read(text, lang)
    assert sorted(body.parties) == parties


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "На заседании Российско-египетского совместного комитета по торговле обсудили зерно.",
            "Российско-египетский совместный комитет по торговле",
        ),
        (
            "Стороны провели заседание российско-египетской двусторонней рабочей группы.",
            "российско-египетская двусторонняя рабочая группа",
        ),
        (
            "Прошло заседание Межправительственного российско-египетского комитета по энергетике.",
            "Межправительственный российско-египетский комитет по энергетике",
        ),
    ],
)
def test_russian_committees_and_groups_in_the_nominative(text, name):
    [body] = read(text, "ru")
    assert body.name == name


def test_a_working_group_of_two_states_is_no_company():
    [body] = read("The India-Egypt Joint Working Group on Counter-Terrorism met in Cairo.", "en")
    assert sorted(body.parties) == ["EGY", "IND"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le Bénin et le Togo ont signé les statuts de l'Autorité togolo-béninoise de "
            "gestion du fleuve Mono.",
            "Autorité togolo-béninoise",
        ),
        (
            "Le Bénin et le Togo ont créé un conseil. Le Conseil a chargé le secrétariat "
            "conjoint, qui siège à Lomé, de suivre les décisions.",
            "secrétariat conjoint",
        ),
    ],
)
def test_joint_authorities_and_secretariats_are_bodies(text, name):
    from suivi.reading.pipeline import read

    names = [b.name for b in read(text).bodies]
    assert any(n.startswith(name) for n in names)


@pytest.mark.parametrize(
    ("text", "lang", "name", "parties"),
    [
        (
            "Le Conseil des ministres des Affaires étrangères de l'AES s'est réuni à Niamey.",
            "fr",
            "Conseil des ministres des Affaires étrangères",
            ["BFA", "MLI", "NER"],
        ),
        (
            "Le Conseil des ministres de la Défense et de la Sécurité de la CEMAC a siégé.",
            "fr",
            "Conseil des ministres de la Défense et de la Sécurité",
            ["CAF", "CMR", "COG", "GAB", "GNQ", "TCD"],
        ),
        (
            "The Council of Foreign Ministers of the GCC met in Kuwait.",
            "en",
            "Council of Foreign Ministers",
            ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"],
        ),
        (
            "В Минске прошло заседание Совета министров обороны ОДКБ.",
            "ru",
            "Совет министров обороны",
            ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"],
        ),
        (
            "Заседание Совета министров иностранных дел Содружества Независимых Государств "
            "прошло в Москве.",
            "ru",
            "Совет министров иностранных дел",
            ["ARM", "AZE", "BLR", "KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"],
        ),
    ],
)
def test_a_council_of_ministers_named_by_its_portfolio_is_an_organ_of_its_union(
    text, lang, name, parties
):
    [body] = read(text, lang)
    assert (body.name, sorted(body.parties)) == (name, parties)


def test_councils_of_ministers_of_two_portfolios_are_two_bodies():
    found = read(
        "Le Conseil des ministres des Affaires étrangères de l'AES a préparé la session. "
        "Le Conseil des ministres de la Défense de l'AES se réunira tous les six mois."
    )
    assert [(b.name, b.cadence_months) for b in found] == [
        ("Conseil des ministres des Affaires étrangères", None),
        ("Conseil des ministres de la Défense", 6),
    ]


def test_a_state_cabinet_is_no_body():
    assert (
        read("Le Conseil des ministres s'est réuni mercredi sous la présidence du chef de l'État.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "lang", "name", "parties"),
    [
        (
            "Modi and the Crown Prince co-chaired the India-Saudi Arabia Strategic Partnership "
            "Council in Jeddah.",
            "en",
            "India-Saudi Arabia Strategic Partnership Council",
            ["IND", "SAU"],
        ),
        (
            "Erdogan and Mitsotakis held the High-Level Cooperation Council between Turkey and "
            "Greece in Athens.",
            "en",
            "High-Level Cooperation Council between Turkey and Greece",
            ["GRC", "TUR"],
        ),
        (
            "The Saudi-Iraqi Coordination Council met in Riyadh.",
            "en",
            "Saudi-Iraqi Coordination Council",
            ["IRQ", "SAU"],
        ),
        (
            "Le Conseil de partenariat stratégique entre le Maroc et le Sénégal a été créé.",
            "fr",
            "Conseil de partenariat stratégique entre le Maroc et le Sénégal",
            ["MAR", "SEN"],
        ),
        (
            "Прошло заседание Высшего межгосударственного совета Казахстана и Узбекистана.",
            "ru",
            "Высший межгосударственный совет",
            ["KAZ", "UZB"],
        ),
        (
            "Россия и Турция провели заседание Совета сотрудничества высшего уровня.",
            "ru",
            "Совет сотрудничества высшего уровня",
            ["RUS", "TUR"],
        ),
    ],
)
def test_councils_of_a_strategic_partnership(text, lang, name, parties):
    [body] = read(text, lang)
    assert (body.name, sorted(body.parties)) == (name, parties)


def test_the_gulf_cooperation_council_is_an_organisation_not_a_joint_body():
    assert read("Saudi Arabia and Qatar, members of the Gulf Cooperation Council, met.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "name", "parties"),
    [
        (
            "The ECOWAS Authority of Heads of State and Government met in Abuja.",
            "en",
            "Authority of Heads of State and Government",
            ["BEN", "CIV", "CPV", "GHA", "GIN", "GMB", "GNB", "LBR", "NGA", "SEN", "SLE", "TGO"],
        ),
        (
            "The GCC Supreme Council met in Kuwait.",
            "en",
            "Supreme Council",
            ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"],
        ),
        (
            "The SADC Council of Ministers met in Harare.",
            "en",
            "Council of Ministers",
            sorted(organs.ALLIANCES["SADC"][1]),
        ),
        (
            "The Council of Heads of State of the SCO met in Astana.",
            "en",
            "Council of Heads of State",
            sorted(organs.ALLIANCES["SCO"][1]),
        ),
        (
            "Заседание Совета коллективной безопасности ОДКБ прошло в Астане.",
            "ru",
            "Совет коллективной безопасности",
            ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"],
        ),
    ],
)
def test_an_organ_with_its_alliance_named_before_or_after_it(text, lang, name, parties):
    [body] = read(text, lang)
    assert (body.name, sorted(body.parties)) == (name, parties)


def test_qualifiers_of_a_joint_committee_may_be_coordinated():
    [body] = read(
        "The United Kingdom and Kenya held the Joint Economic and Trade Committee in Nairobi.",
        "en",
    )
    assert (body.name, sorted(body.parties)) == (
        "Joint Economic and Trade Committee",
        ["GBR", "KEN"],
    )


@pytest.mark.parametrize(
    ("text", "lang", "name", "parties"),
    [
        (
            "Россия и Иран провели заседание Постоянной российско-иранской комиссии.",
            "ru",
            "Постоянная российско-иранская комиссия",
            ["IRN", "RUS"],
        ),
        (
            "The Azerbaijan-Uzbekistan Supreme Interstate Council met in Khiva.",
            "en",
            "Azerbaijan-Uzbekistan Supreme Interstate Council",
            ["AZE", "UZB"],
        ),
        (
            "Le Conseil des ministres franco-allemand s'est réuni à Paris.",
            "fr",
            "Conseil des ministres franco-allemand",
            ["DEU", "FRA"],
        ),
        (
            "The Franco-German Council of Ministers met in Paris.",
            "en",
            "Franco-German Council of Ministers",
            ["DEU", "FRA"],
        ),
    ],
)
def test_permanent_interstate_and_joint_cabinet_organs_of_two_states(text, lang, name, parties):
    [body] = read(text, lang)
    assert (body.name, sorted(body.parties)) == (name, parties)
