"""A sweep of SPEC's sectors and mapped areas as a press article names them, in French,
English and Russian (Russian in its cases): each phrase has its sector, and domain words
in their everyday senses ("une visite de travail", "an important step", "a road map",
"Port Louis", "renewed energy") place nothing."""

from __future__ import annotations

import pytest

from suivi.reading.sectors import sectors_of

AREAS = [
    # security: civil protection, search and rescue, law enforcement, trafficking in people
    ("о сотрудничестве в области гражданской защиты", ["security"]),
    ("la coopération en matière de recherche et de sauvetage en mer", ["security"]),
    ("law enforcement cooperation", ["security"]),
    ("la formation des forces de l'ordre", ["education", "security"]),
    ("о взаимодействии правоохранительных органов", ["security"]),
    ("о противодействии торговле людьми", ["security"]),
    # justice: legal aid, criminal matters
    ("mutual legal assistance in criminal matters", ["justice"]),
    ("legal aid", ["justice"]),
    ("об оказании юридической помощи", ["justice"]),
    # nuclear: its safety is the nuclear text's, not security's
    ("о ядерной и радиационной безопасности", ["nuclear"]),
    ("la radioprotection", ["nuclear"]),
    # mining and energy: extractive and oil industries are theirs, not industry's
    ("о развитии горнодобывающей промышленности", ["mining"]),
    ("the extractive industries", ["mining"]),
    ("les industries extractives", ["mining"]),
    ("освоение минеральных ресурсов", ["mining"]),
    ("the oil and gas industry", ["energy"]),
    ("l'industrie pétrolière", ["energy"]),
    ("поставки углеводородов", ["energy"]),
    # agriculture: crops ("cultures") are farming, not culture; seafood, seeds, cattle
    ("l'irrigation des cultures maraîchères", ["water", "agriculture"]),
    ("les cultures vivrières", ["agriculture"]),
    ("la culture du riz", ["agriculture"]),
    ("la transformation des fruits de mer", ["agriculture"]),
    ("seafood processing", ["agriculture"]),
    ("поставки рыбной продукции", ["agriculture"]),
    ("развитие семеноводства", ["agriculture"]),
    ("о сотрудничестве в скотоводстве", ["agriculture"]),
    # health
    ("la médecine du sport", ["health", "culture"]),
    ("la médecine", ["health"]),
    ("maternal and child health", ["health"]),
    ("охрана материнства и детства", ["health"]),
    # education
    ("la reconnaissance mutuelle des diplômes", ["education"]),
    ("mutual recognition of diplomas", ["education"]),
    ("о признании дипломов", ["education"]),
    ("академические обмены", ["education"]),
    ("между высшими учебными заведениями", ["education"]),
    # research
    ("les technopôles", ["research"]),
    ("создание технопарков", ["research"]),
    # transport
    ("о международном автомобильном сообщении", ["transport"]),
    ("аэронавигационное обслуживание", ["transport"]),
    # infrastructure
    ("le logement social", ["infrastructure"]),
    ("spatial planning", ["infrastructure"]),
    # digital: press, broadcasting, social media
    ("телерадиовещание", ["digital"]),
    ("сотрудничество в сфере прессы", ["digital"]),
    ("la presse écrite", ["digital"]),
    ("social media regulation", ["digital"]),
    ("les réseaux sociaux", ["digital"]),
    # culture: the creative and hotel industries
    ("les industries culturelles et créatives", ["culture"]),
    ("the creative industries", ["culture"]),
    ("l'hôtellerie", ["culture"]),
    ("the hospitality industry", ["culture"]),
    ("гостиничный бизнес", ["culture"]),
    # water
    ("обеспечение населения чистой водой", ["water"]),
    # environment
    ("la protection de la nature", ["environment"]),
    ("nature conservation", ["environment"]),
    ("l'économie verte et circulaire", ["environment"]),
    ("the green economy", ["environment"]),
    ("зеленая экономика", ["environment"]),
    ("la Grande Muraille verte", ["environment"]),
    ("weather forecasting", ["environment"]),
    ("la météo", ["environment"]),
    ("метеослужбы", ["environment"]),
    # migration
    ("о трудоустройстве граждан", ["migration"]),
    # social
    ("люди с ограниченными возможностями здоровья", ["social"]),
    ("продовольственная помощь", ["social"]),
    # space
    ("space technologies", ["space"]),
    ("l'observation de la Terre", ["space"]),
    ("earth observation", ["space"]),
    ("исследование космического пространства", ["space"]),
    # administration
    ("децентрализация", ["administration"]),
    ("la modernisation de l'administration", ["administration"]),
    ("public sector reform", ["administration"]),
    ("la gouvernance locale", ["administration"]),
    ("муниципальное сотрудничество", ["administration"]),
    ("проведение выборов", ["administration"]),
    # defence
    ("la coopération militaro-technique", ["defence"]),
    ("the armed forces", ["defence"]),
    ("подготовка военных кадров", ["defence"]),
]


@pytest.mark.parametrize(("phrase", "sectors"), AREAS)
def test_each_swept_area_has_its_spec_sector(phrase: str, sectors: list[str]) -> None:
    assert sectors_of(phrase) == sectors


@pytest.mark.parametrize(
    "phrase",
    [
        "an important step",
        "un accord important",
        "the importance of the partnership",
        "a road map for the partnership",
        "une feuille de route",
        "la feuille de route",
        "дорожная карта",
        "дорожную карту",
        "to bridge the gap",
        "building trust between the parties",
        "signed in Port Louis",
        "à Port-Gentil",
        "arrived in Port Harcourt",
        "une visite de travail",
        "une séance de travail",
        "le groupe de travail conjoint",
        "renewed energy to the partnership",
        "une énergie nouvelle",
        "a fair and balanced agreement",
        "un prêt à concurrence de 10 milliards",
        "the formation of a joint committee",
        "au cours de sa carrière",
        "un plan de carrière",
        "state of the art",
        "the UN Security Council",
        "le Conseil de sécurité",
    ],
)
def test_an_everyday_sense_names_no_domain(phrase: str) -> None:
    assert sectors_of(phrase) == []


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        # the words themselves still name their domains
        ("imports of rice", ["trade", "agriculture"]),
        ("la route nationale", ["infrastructure"]),
        ("rural roads", ["infrastructure"]),
        ("дорожное строительство", ["infrastructure"]),
        ("the port of Tanga", ["transport"]),
        ("a bridge over the river", ["infrastructure", "water"]),
        ("new buildings", ["infrastructure"]),
        ("le ministère du Travail", ["migration"]),
        ("a trade fair", ["trade"]),
        ("les carrières de granit", ["mining"]),
        ("l'exploitation de carrières de sable", ["mining"]),
        ("la culture", ["culture"]),
    ],
)
def test_the_domain_sense_stays(phrase: str, sectors: list[str]) -> None:
    assert sectors_of(phrase) == sectors
