"""Sectors told in the trade words of their areas and by the state agencies that sign
(sectors24): invented phrases and sentences in French, English and Russian, with SPEC's
sector or its mapping of areas it does not list.

- `sectors._TRADE_WORDS`: what an army fields ("frigates", «бронетехника»), what a
  gendarmerie fights ("les coupeurs de route"), a court of accounts, a tour operator, a
  doctor's speciality, a camel herd, a reactor; and phrases that hold another sector's
  word ("la vaccination du cheptel" is livestock, "generic drugs" medicine, «электропоезд»
  a train, not electricity);
- `agreements._portfolios`: a cooperation text whose own words name no domain is in the
  field of the state agencies that sign it, as it was of the ministries ("the National
  Bureau of Statistics", «Агентство по противодействию коррупции», «Росгидромет»).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of

WORDS = [
    # defence: what an army, a navy and an air force field
    ("the supply of two frigates and a corvette", ["defence"]),
    ("des avions de chasse et des munitions", ["defence"]),
    ("поставка бронетехники и боеприпасов", ["defence"]),
    ("la formation des élèves-officiers", ["defence"]),
    # security: the gendarmerie, banditry, gangs, forensics
    ("la coopération entre les gendarmeries nationales", ["security"]),
    ("la lutte contre les coupeurs de route", ["security"]),
    ("борьба с бандитизмом", ["security"]),
    ("joint action against gangs", ["security"]),
    ("forensic science", ["security"]),
    # justice: graft, stolen assets, notaries
    ("the fight against graft and bribery", ["justice"]),
    ("the return of stolen assets", ["justice"]),
    ("о сотрудничестве в сфере нотариата и адвокатуры", ["justice"]),
    # economy: capital markets, public-private partnerships
    ("les partenariats public-privé", ["economy"]),
    ("государственно-частного партнерства", ["economy"]),
    ("la bourse régionale des valeurs", ["economy"]),
    # trade: origin, dumping
    ("rules of origin", ["trade"]),
    ("les certificats d'origine", ["trade"]),
    ("антидемпинговых мер", ["trade"]),
    # energy downstream
    ("un réseau de stations-service", ["energy"]),
    ("the supply of kerosene and diesel", ["energy"]),
    ("поставки бензина и мазута", ["energy"]),
    ("mini-grids in rural areas", ["energy"]),
    # nuclear
    ("un réacteur de recherche", ["nuclear"]),
    ("исследовательского реактора", ["nuclear"]),
    ("the production of radioisotopes", ["nuclear"]),
    # mining
    ("gemstones", ["mining"]),
    ("les pierres précieuses et le coltan", ["mining"]),
    ("драгоценных камней", ["mining"]),
    # agriculture: husbandry, herds, pastures, animal diseases
    ("animal husbandry", ["agriculture"]),
    ("camel breeding", ["agriculture"]),
    ("les pâturages et le fourrage", ["agriculture"]),
    ("пастбищ и кормопроизводства", ["agriculture"]),
    ("мелиорации земель", ["agriculture"]),
    ("la surveillance des maladies animales", ["agriculture"]),
    ("la vaccination du cheptel", ["agriculture"]),
    ("болезней животных", ["agriculture"]),
    # health: specialities and diseases, drugs made and registered
    ("Cuban ophthalmologists will perform eye surgeries", ["health"]),
    ("la cardiologie et la néphrologie", ["health"]),
    ("в борьбе с онкологическими заболеваниями", ["health"]),
    ("the fight against cancer and diabetes", ["health"]),
    ("the local manufacturing of generic drugs", ["health"]),
    ("blood banks", ["health"]),
    # education, research
    ("les lycées techniques", ["education"]),
    ("колледжей", ["education"]),
    ("R&D", ["research"]),
    ("нанотехнологий", ["research"]),
    # transport: what runs on rails and roads
    ("electric multiple units", ["transport"]),
    ("пригородных электропоездов", ["transport"]),
    ("полувагонов и тепловозов", ["transport"]),
    ("les voitures voyageurs", ["transport"]),
    ("cross-border trucking", ["transport"]),
    # infrastructure
    ("a flyover and an interchange", ["infrastructure"]),
    ("благоустройства", ["infrastructure"]),
    # culture: tourism's trade, pilgrimage, stage
    ("les voyagistes", ["culture"]),
    ("tour operators", ["culture"]),
    ("увеличении турпотока", ["culture"]),
    ("паломнических поездок", ["culture"]),
    ("pilgrimage itineraries", ["culture"]),
    ("le théâtre et les festivals", ["culture"]),
    ("hospitality", ["culture"]),
    ("l'édition et le livre", ["culture"]),
    ("книгоиздания", ["culture"]),
    ("в области электросвязи", ["digital"]),
    ("в области охраны атмосферного воздуха", ["environment"]),
    ("la lutte contre l'ensablement", ["environment"]),
    ("в сфере исполнения наказаний", ["justice"]),
    ("в сфере гендерной политики", ["social"]),
    ("в области благотворительности", ["social"]),
    # water, environment
    ("водохранилищем", ["water"]),
    ("les tourbières", ["environment"]),
    ("снежного барса", ["environment"]),
    ("carbon markets", ["environment"]),
    # migration, social
    ("work permits", ["migration"]),
    ("об организованном наборе граждан", ["migration"]),
    ("les personnes âgées et les orphelins", ["social"]),
    ("пожилых граждан", ["social"]),
    ("displaced persons", ["social"]),
    # space
    ("launch vehicles", ["space"]),
    ("ракет-носителей", ["space"]),
    # administration: civil status, audit, identity, land titles
    ("регистрации актов гражданского состояния", ["administration"]),
    ("la Cour des comptes", ["administration"]),
    ("Счетной палаты", ["administration"]),
    ("supreme audit institutions", ["administration"]),
    ("the audit of public accounts", ["administration"]),
    ("les cartes nationales d'identité", ["administration"]),
    ("property titles", ["administration"]),
]


@pytest.mark.parametrize(("phrase", "sectors"), WORDS)
def test_a_trade_word_names_its_area(phrase: str, sectors: list[str]) -> None:
    assert sectors_of(phrase) == sectors


# Everyday senses the new words must leave alone.
NOT_THOSE = [
    ("Le ministre est en train de signer le texte", "transport"),
    ("to train doctors", "transport"),
    ("во время поездки в Москву", "transport"),
    ("the theatre of operations", "culture"),
    ("submarine cables", "defence"),
    ("бытовая электроника", "energy"),
]


@pytest.mark.parametrize(("phrase", "sector"), NOT_THOSE)
def test_an_everyday_sense_is_not_that_area(phrase: str, sector: str) -> None:
    assert sector not in sectors_of(phrase)


def _sectors(text: str) -> list[list[str]]:
    return [sorted(a.sectors) for a in read(text).agreements]


AGENCIES = [
    (
        "Генеральная прокуратура Узбекистана и Агентство по противодействию коррупции "
        "Казахстана подписали меморандум о сотрудничестве.",
        [["justice"]],
    ),
    (
        "Росгидромет и Гидрометеорологическая служба Армении подписали соглашение о "
        "сотрудничестве.",
        [["environment"]],
    ),
    (
        "The Kenya National Bureau of Statistics and the Uganda Bureau of Statistics signed "
        "a memorandum of understanding on cooperation on Monday.",
        [["administration"]],
    ),
    (
        "La Cour des comptes du Niger et la Cour des comptes du Bénin ont signé un protocole "
        "de coopération à Niamey.",
        [["administration"]],
    ),
]


@pytest.mark.parametrize(("text", "want"), AGENCIES)
def test_a_cooperation_text_takes_the_field_of_the_agencies_that_sign(
    text: str, want: list[list[str]]
) -> None:
    assert _sectors(text) == want


# A cooperation text between states, or one a foreign ministry reports, stays general.
GENERAL = [
    "Россия и Того подписали соглашение о сотрудничестве, сообщил МИД России.",
    "The Office of the President said Ghana and Togo had signed a cooperation agreement.",
    "Le Mali et la Guinée ont signé un accord de coopération, a indiqué le service de "
    "presse de la présidence.",
    "Le Sénégal et la Gambie ont signé un accord de coopération, rapporte l'Agence de presse "
    "sénégalaise.",
    "Kenya and Ethiopia signed a cooperation agreement, the Ethiopian News Agency reported.",
    "Киргизия и Монголия подписали соглашение о сотрудничестве, сообщает информационное "
    "агентство Кабар.",
]


@pytest.mark.parametrize("text", GENERAL)
def test_a_cooperation_text_of_states_stays_general(text: str) -> None:
    assert _sectors(text) == [["general"]]
