"""The sides of a text whose sentence names none ("The two countries signed …", «Стороны
подписали …») after a later paragraph about another pair: the pair named just before, in the
same paragraph, not the story's first; and a mediator named before its word ("under Qatar's
mediation") is no side. Stories invented for these tests in the style of press coverage."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malian President Assimi Goita received Russia's deputy defence minister in Bamako. "
            "Mali and Russia signed an agreement on defence.\n\nMeanwhile, Niger's prime "
            "minister visited Ankara, where he met Turkish President Erdogan. The two countries "
            "signed an agreement on energy.",
            [["MLI", "RUS"], ["NER", "TUR"]],
        ),
        (
            "Le président malien Assimi Goïta a reçu à Bamako le vice-ministre russe de la "
            "Défense. Le Mali et la Russie ont signé un accord de défense.\n\nPar ailleurs, le "
            "Premier ministre nigérien s'est rendu à Ankara, où il a rencontré le président "
            "turc. Les deux pays ont signé un accord dans le domaine de l'énergie.",
            [["MLI", "RUS"], ["NER", "TUR"]],
        ),
        (
            "Президент Мали Ассими Гоита принял в Бамако заместителя министра обороны России. "
            "Мали и Россия подписали соглашение об обороне.\n\nТем временем премьер-министр "
            "Нигера посетил Анкару, где встретился с президентом Турции. Стороны подписали "
            "соглашение об энергетике.",
            [["MLI", "RUS"], ["NER", "TUR"]],
        ),
    ],
)
def test_the_two_countries_are_the_pair_just_named(text: str, expected: list[list[str]]) -> None:
    assert sorted(agreement_sides(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pair just named is the story's own: nothing changes
        (
            "Kenyan President William Ruto received Ugandan President Yoweri Museveni in "
            "Nairobi. The two countries signed an agreement on trade.",
            [["KEN", "UGA"]],
        ),
        # a state named as a place ("the ambassador of Iran in Russia") names no pair
        (
            "Le président sénégalais a reçu le ministre gambien des Affaires étrangères. Les "
            "deux pays ont signé un accord sur la pêche.\n\nLe ministre a ensuite rencontré "
            "l'ambassadeur de Mauritanie en France. Les deux parties ont signé un accord sur "
            "l'énergie.",
            [["GMB", "SEN"], ["GMB", "SEN"]],
        ),
    ],
)
def test_no_other_pair_named_just_before(text: str, expected: list[list[str]]) -> None:
    assert sorted(agreement_sides(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Under the mediation of Qatar, the DRC and Rwanda signed a declaration of principles on "
        "security in Doha.",
        "Under Qatar's mediation, the DRC and Rwanda signed a declaration of principles on "
        "security.",
        "Sous la médiation qatarie, la RDC et le Rwanda ont signé une déclaration de principes "
        "sur la sécurité.",
        "При посредничестве Катара ДР Конго и Руанда подписали в Дохе декларацию о принципах "
        "безопасности.",
    ],
)
def test_a_mediator_named_before_its_word_is_no_side(text: str) -> None:
    assert agreement_sides(text) == [["COD", "RWA"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rosatom director general Alexei Likhachev met Ethiopian Prime Minister Abiy Ahmed "
            "in Addis Ababa. The sides signed a roadmap on nuclear energy.",
            [["ETH", "Rosatom"]],
        ),
        (
            "Le directeur général de Rosatom a rencontré le Premier ministre éthiopien à Addis-"
            "Abeba. Les deux parties ont signé une feuille de route sur l'énergie nucléaire.",
            [["ETH", "Rosatom"]],
        ),
        (
            "Глава Росатома встретился с премьер-министром Эфиопии в Аддис-Абебе. Стороны "
            "подписали дорожную карту по атомной энергетике.",
            [["ETH", "Rosatom"]],
        ),
    ],
)
def test_the_sides_are_an_organisation_and_a_state_just_named(
    text: str, expected: list[list[str]]
) -> None:
    assert agreement_sides(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le président malien a reçu à Bamako le vice-ministre russe de l'Énergie. Le Mali et la "
        "Russie ont signé un accord sur l'énergie. Par ailleurs, le ministère des Mines a signé "
        "une convention avec la société Iamgold.",
        "Le président malien a reçu à Bamako le vice-ministre russe de l'Énergie. Le Mali et la "
        "Russie ont signé un accord sur l'énergie. Le ministère des Mines a aussi signé un "
        "contrat avec la société canadienne Iamgold.",
    ],
)
def test_a_company_signed_with_by_a_ministry_is_a_side(text: str) -> None:
    assert sorted(agreement_sides(text)) == [["Iamgold", "MLI"], ["MLI", "RUS"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan will fund the project under an agreement signed by Kenya and Uganda on Tuesday.",
            ["KEN", "UGA"],
        ),
        ("Turkey welcomed the agreement signed by Ethiopia and Somalia in Ankara.", ["ETH", "SOM"]),
        (
            "Egypt's president hosted the leaders of Sudan and South Sudan, who signed an "
            "agreement on oil.",
            ["SDN", "SSD"],
        ),
        (
            "Qatar hosted the talks at which the DRC and Rwanda signed a declaration of "
            "principles.",
            ["COD", "RWA"],
        ),
        (
            "La France financera le projet dans le cadre d'un accord signé par le Mali et le "
            "Sénégal mardi.",
            ["MLI", "SEN"],
        ),
        (
            "Le Qatar a accueilli les pourparlers au cours desquels la RDC et le Rwanda ont signé "
            "une déclaration de principes.",
            ["COD", "RWA"],
        ),
        (
            "Китай профинансирует проект в рамках соглашения, подписанного Казахстаном и "
            "Узбекистаном во вторник.",
            ["KAZ", "UZB"],
        ),
        (
            "Катар принял переговоры, на которых ДР Конго и Руанда подписали декларацию о "
            "принципах.",
            ["COD", "RWA"],
        ),
        # who is signed with after the signers stays a side
        (
            "Mali and Niger signed a loan agreement with the EDB for the Kandadji dam.",
            ["EDB", "MLI", "NER"],
        ),
    ],
)
def test_who_signs_by_grammar_not_who_funds_or_hosts(text: str, expected: list[str]) -> None:
    assert agreement_sides(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Malian President Assimi Goita received Russia's deputy defence minister in Bamako. Mali "
        "and Russia signed an agreement on defence.\n\nMeanwhile, Niger's prime minister met "
        "Turkish President Erdogan in Ankara. Niger also signed an agreement on energy.",
        "Le président malien a reçu à Bamako le vice-ministre russe de la Défense. Le Mali et la "
        "Russie ont signé un accord de défense.\n\nPar ailleurs, le Premier ministre nigérien a "
        "rencontré le président turc à Ankara. Le Niger a également signé un accord sur "
        "l'énergie.",
        "Президент Мали принял в Бамако заместителя министра обороны России. Мали и Россия "
        "подписали соглашение об обороне.\n\nТем временем премьер-министр Нигера встретился с "
        "президентом Турции в Анкаре. Нигер также подписал соглашение об энергетике.",
    ],
)
def test_one_state_named_signs_with_the_one_just_named_beside_it(text: str) -> None:
    assert sorted(agreement_sides(text)) == [["MLI", "RUS"], ["NER", "TUR"]]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto arrived in Addis Ababa on Monday for a state visit to "
        "Ethiopia. He held talks with Prime Minister Abiy Ahmed. The two leaders signed an "
        "agreement on trade. Separately, the Ministry of Finance signed a loan agreement with "
        "the World Bank for rural roads.",
        "Le président kényan William Ruto est arrivé lundi à Addis-Abeba pour une visite d'État "
        "en Éthiopie. Il s'est entretenu avec le Premier ministre Abiy Ahmed. Les deux pays ont "
        "signé un accord sur le commerce. Par ailleurs, le ministère des Finances a signé avec "
        "la Banque mondiale un accord de prêt pour les routes rurales.",
        "Президент Кении Уильям Руто прибыл с государственным визитом в Эфиопию. Он провёл "
        "переговоры с премьер-министром Абии Ахмедом. Стороны подписали соглашение о торговле. "
        "Кроме того, министерство финансов подписало со Всемирным банком соглашение о займе на "
        "строительство сельских дорог.",
    ],
)
def test_a_ministry_signing_with_an_organisation_during_a_visit_is_the_hosts(text: str) -> None:
    assert sorted(agreement_sides(text)) == [["ETH", "KEN"], ["ETH", "WB"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya signed a financing agreement with the World Bank, with France's development "
            "agency as co-financier.",
            ["KEN", "WB"],
        ),
        (
            "Le Sénégal a signé un accord de financement avec la Banque mondiale, la France "
            "intervenant comme cofinanceur.",
            ["SEN", "WB"],
        ),
        (
            "Сенегал подписал соглашение о финансировании со Всемирным банком, Франция выступит "
            "софинансором.",
            ["SEN", "WB"],
        ),
    ],
)
def test_a_co_financier_is_no_side(text: str, expected: list[str]) -> None:
    assert [sorted(sides) for sides in agreement_sides(text)] == [expected]
