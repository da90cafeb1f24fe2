"""Joint bodies: name, sides, mandate and cadence, each body once."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import bodies


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
