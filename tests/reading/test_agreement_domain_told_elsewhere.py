"""An agreement whose own words name no domain takes the one the text tells elsewhere (SPEC:
"the areas the text names as its content"): the next sentence with a pronoun or a passive for
subject ("Elle porte sur ...", «Она предусматривает ...», "The agreement is designed to ..."),
what it lets its sides do ("It will allow ...", «Он позволит ...»), a sentence placed under it
("Under the agreement, ...", «Согласно соглашению ...»), its title given after it ("Titled
"...", it ...", "The Agreement on ... enters into force"), what a grant finances ("Il finance
...") — while a framework does not take the topic of the event it was signed at, and who
reports the signing ("state media reported") names no domain. Invented sentences (sectors22,
session 22), other countries and wording than the corpora and `sector_stories.tsv`.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def sectors(text: str) -> list[list[str]]:
    """The sectors of each agreement read, sorted."""
    return [sorted(a.sectors) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Rwanda et le Ghana ont signé une convention vendredi. Elle porte sur "
            "l'assistance judiciaire en matière pénale.",
            [["justice"]],
        ),
        (
            "Panama and Greece signed an agreement on Sunday. The agreement is designed to "
            "simplify customs procedures for exporters.",
            [["trade"]],
        ),
        (
            "Сербия и Казахстан подписали конвенцию в Белграде. Она предусматривает взаимное "
            "признание водительских удостоверений.",
            [["transport"]],
        ),
    ],
)
def test_a_pronoun_or_a_passive_subject_tells_the_content(
    text: str, expected: list[list[str]]
) -> None:
    assert sectors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and New Zealand signed a memorandum on Monday. It will allow geologists of "
            "both countries to map mineral deposits together.",
            [["mining"]],
        ),
        (
            "Le Chili et la Tunisie ont signé un mémorandum mardi. Il permettra aux "
            "exportateurs des deux pays de réduire les droits de douane.",
            [["trade"]],
        ),
        (
            "Сербия и Египет подписали меморандум в Каире. Он позволит египетским студентам "
            "учиться в сербских университетах.",
            [["education"]],
        ),
    ],
)
def test_what_it_lets_the_sides_do_is_its_content(text: str, expected: list[list[str]]) -> None:
    assert sectors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greece and Peru signed an agreement on Friday. Under the agreement, Greek "
            "hospitals will receive Peruvian medical interns.",
            [["health"]],
        ),
        (
            "Le Chili et le Gabon ont signé un accord jeudi. En vertu de cet accord, les deux "
            "pays échangeront des informations sur les épidémies.",
            [["health"]],
        ),
        (
            "Сербия и Монголия подписали соглашение в среду. Согласно соглашению, стороны "
            "создадут совместный центр по борьбе с лесными пожарами.",
            [["environment"]],
        ),
    ],
)
def test_a_sentence_placed_under_the_text_tells_its_content(
    text: str, expected: list[list[str]]
) -> None:
    assert sectors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Peru and Ghana signed a memorandum on Monday. Titled "Partnership for Fisheries '
            'Management", it runs for three years.',
            [["agriculture"]],
        ),
        (
            "Le Chili et le Bénin ont signé un protocole d'accord. Baptisé « Horizon Pêche "
            "durable », le protocole court sur trois ans.",
            [["agriculture"]],
        ),
        (
            "Сербия и Вьетнам подписали меморандум во вторник. Документ под названием "
            "«Партнёрство в сфере здравоохранения» рассчитан на три года.",
            [["health"]],
        ),
        (
            "Mexico and Korea signed an agreement on Friday. The Agreement on Mutual "
            "Assistance in Customs Matters enters into force next year.",
            [["trade"]],
        ),
        (
            "Le Chili et le Maroc ont signé un accord lundi. L'Accord relatif aux services "
            "aériens entrera en vigueur en mars.",
            [["transport"]],
        ),
    ],
)
def test_a_title_told_after_names_the_text_just_read(text: str, expected: list[list[str]]) -> None:
    assert sectors(text) == expected


def test_what_a_grant_finances_is_its_content() -> None:
    text = (
        "Le Chili et la Zambie ont signé un accord de don lundi. Il finance l'achat de "
        "semences pour les petits producteurs."
    )
    assert sectors(text) == [["agriculture"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru and Fiji signed a grant agreement on Monday for a weather radar.", ["environment"]),
        (
            "Le Chili et les Fidji ont signé un accord visant à protéger les récifs coralliens.",
            ["environment"],
        ),
        (
            "Сербия и Туркменистан подписали соглашение о строительстве оросительных каналов.",
            ["agriculture", "water"],
        ),
        (
            "Сербия и Катар подписали контракт на строительство газоперерабатывающего завода.",
            ["energy"],
        ),
        (
            "Chile and Kenya signed a memorandum on drought-resistant crops.",
            ["agriculture", "environment"],
        ),
    ],
)
def test_domain_words_of_projects(text: str, expected: list[str]) -> None:
    assert sectors(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On the sidelines of the energy forum in Baku, Kenya and Peru signed a framework "
        "agreement.",
        "Au terme d'une visite consacrée à l'énergie, le Chili et le Gabon ont signé un "
        "accord-cadre.",
        "После переговоров о торговле Сербия и Монголия подписали рамочное соглашение.",
        "Kenya, a major tea exporter, signed a framework agreement with Peru on Monday.",
    ],
)
def test_a_framework_does_not_take_the_topic_of_its_event(text: str) -> None:
    assert sectors(text) == [["general"]]


@pytest.mark.parametrize(
    "text",
    [
        "Chad and Qatar signed an agreement on Sunday, state media reported.",
        "Chad and Qatar signed an agreement on Sunday, according to local media.",
    ],
)
def test_who_reports_the_signing_names_no_domain(text: str) -> None:
    assert sectors(text) == [["general"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a framework is not read by the next sentence's verb
        (
            "Kenya and Peru signed a framework agreement on Monday. It will allow the two "
            "countries to deepen their ties.",
            [["general"]],
        ),
        # a pronoun for a person, a verb that tells no content
        (
            "Le Chili et le Gabon ont signé un accord jeudi. Il a salué le travail des équipes.",
            [["general"]],
        ),
        (
            "Сербия и Монголия подписали соглашение в среду. Он отметил важность визита.",
            [["general"]],
        ),
        # "under" something else than the text
        (
            "Greece and Peru signed an agreement on Friday. Under the leadership of the two "
            "presidents, relations have grown.",
            [["general"]],
        ),
        # the domain the text names stays, whoever reports it
        (
            "Chile and Kenya signed an agreement on road safety on Monday, local media reported.",
            [["transport"]],
        ),
        # a title after a cooperation agreement, or an older text's, is another text
        (
            "Chile and Kenya signed a cooperation agreement on Monday. The Agreement on Air "
            "Services was signed too.",
            [["general"], ["transport"]],
        ),
        (
            "Mexico and Korea signed an agreement on Friday. The agreement on fisheries signed "
            "by Mexico and Chile in 2019 expires next year.",
            [["general"], ["agriculture"]],
        ),
        # a text that names its domain keeps it, whatever the event's topic
        (
            "On the sidelines of the energy forum, Kenya and Peru signed a framework agreement "
            "on health cooperation.",
            [["health"]],
        ),
    ],
)
def test_guards(text: str, expected: list[list[str]]) -> None:
    assert sectors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Peru signed an agreement on Monday. The accord will see Peruvian "
            "teachers posted to Kenyan schools.",
            [["education"]],
        ),
        (
            "Le Chili et le Gabon ont signé un accord lundi. Ce texte doit permettre aux "
            "étudiants gabonais d'étudier au Chili.",
            [["education"]],
        ),
        (
            "Kenya and Peru signed a memorandum on Monday. The goal is to train nurses.",
            [["health"]],
        ),
        (
            "Le Chili et le Gabon ont signé un accord lundi. L'objectif est de former des "
            "infirmiers.",
            [["health"]],
        ),
        (
            "Сербия и Монголия подписали соглашение. Цель документа — подготовка медсестёр.",
            [["health"]],
        ),
        (
            "Сербия и Монголия подписали соглашение. В документе речь идет о поставках пшеницы.",
            [["agriculture"]],
        ),
    ],
)
def test_what_it_is_for_is_its_content(text: str, expected: list[list[str]]) -> None:
    assert sectors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya signed a $40 million loan agreement with the World Bank on Monday. The "
            "money will be used to build rural roads.",
            ["infrastructure"],
        ),
        (
            "Le Gabon a signé un accord de prêt de 40 millions de dollars avec la Banque "
            "mondiale. Les fonds serviront à construire des écoles.",
            ["education"],
        ),
        (
            "Сербия подписала кредитное соглашение с Всемирным банком. Средства будут "
            "направлены на строительство больниц.",
            ["health"],
        ),
    ],
)
def test_what_a_loan_is_spent_on_is_its_content(text: str, expected: list[str]) -> None:
    assert sectors(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "date 2026-03-02 Kenya and Peru sign fisheries deal - example.com\nKenya and Peru "
            "signed an agreement in Lima on Monday, officials said.",
            [["agriculture"]],
        ),
        (
            "date 2026-03-02 Le Chili et le Gabon signent un accord sur la pêche - exemple.com\n"
            "Le Chili et le Gabon ont signé lundi un accord à Libreville.",
            [["agriculture"]],
        ),
        (
            "date 2026-03-02 Сербия и Монголия подписали соглашение о здравоохранении - "
            "пример.ру\nСербия и Монголия подписали соглашение в Улан-Баторе.",
            [["health"]],
        ),
    ],
)
def test_the_page_title_names_the_domain_of_the_bare_text(
    text: str, expected: list[list[str]]
) -> None:
    assert sectors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title's event, not its text
        (
            "date 2026-03-02 Kenya and Peru sign deal at energy summit - example.com\nKenya "
            "and Peru signed an agreement in Lima on Monday, officials said.",
            [["general"]],
        ),
        # the title sums up a text the article names; the other stays bare
        (
            "date 2026-03-02 Kenya and Peru sign fisheries deal - example.com\nKenya and Peru "
            "signed an agreement on fisheries and a memorandum in Lima on Monday.",
            [["agriculture"], ["general"]],
        ),
        # a framework, a cooperation agreement keep their frame
        (
            "date 2026-03-02 Kenya and Peru sign fisheries deal - example.com\nKenya and Peru "
            "signed a framework agreement in Lima on Monday.",
            [["general"]],
        ),
        (
            "date 2026-03-02 Le Chili et le Gabon signent un accord sur la pêche - exemple.com\n"
            "Le Chili et le Gabon ont signé lundi un accord de coopération à Libreville.",
            [["general"]],
        ),
        # a loan whose sentence names its project keeps it
        (
            "Kenya signed a loan agreement for the Nakuru water project on Monday. The money "
            "will be used to build rural roads.",
            [["water"]],
        ),
    ],
)
def test_title_and_loan_guards(text: str, expected: list[list[str]]) -> None:
    assert sectors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Peru signed a memorandum on Tuesday, paving the way for Kenyan nurses "
            "to train in Peruvian hospitals.",
            ["health"],
        ),
        (
            "Le Chili et le Gabon ont signé un accord mardi, permettant aux pêcheurs chiliens "
            "d'opérer dans les eaux gabonaises.",
            ["agriculture"],
        ),
        (
            "Kenya and Peru signed an agreement on Tuesday, opening the door to Peruvian "
            "geologists in Kenya.",
            ["mining"],
        ),
        (
            "The central banks of Chile and Kenya signed a currency swap agreement, allowing "
            "trade to be settled in pesos and shillings.",
            ["economy"],
        ),
    ],
)
def test_what_a_participle_lets_the_sides_do_is_its_content(text: str, expected: list[str]) -> None:
    assert sectors(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Peru signed an agreement on Tuesday, ending months of dispute.", ["general"]),
        (
            "Kenya and Peru signed an agreement on Tuesday, boosting ties between the two "
            "countries.",
            ["general"],
        ),
        # a text that names its domain keeps it, whatever it allows
        (
            "Kenya and Peru signed an agreement on fisheries on Tuesday, allowing exporters to "
            "save time.",
            ["agriculture"],
        ),
    ],
)
def test_participle_guards(text: str, expected: list[str]) -> None:
    assert sectors(text) == [expected]
