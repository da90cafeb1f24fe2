"""Each agreement with its own pair where a story has several (pairs24, session 24), on
invented sentences: a second signing told in a clause of time or contrast ("…, a day after X
and Y had signed …", «…, тогда как X и Y подписали …»), a clause's subject with a relative
clause of its own, a company named by its head's title among the signers ("le PDG de X"), a
line of a table of texts whose sides follow a colon, a list after a colon that gives one
subject its partners, "les Émirats" for the United Arab Emirates, China's provinces as its
regions, and a region joined by "and" to the one state a clause names."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(a.parties) for a in read(text).agreements}


CASES = [
    # a clause of time or contrast telling another signing
    (
        "Chile and Peru signed an agreement on fisheries in Lima on Monday, two days after "
        "Peru and Bolivia had signed a memorandum on the Titicaca railway.",
        {frozenset({"CHL", "PER"}), frozenset({"PER", "BOL"})},
    ),
    (
        "Le Niger et le Tchad ont signé un accord sur l'élevage à Niamey, trois jours après que "
        "le Tchad avait signé avec le Cameroun un protocole sur le transport.",
        {frozenset({"NER", "TCD"}), frozenset({"TCD", "CMR"})},
    ),
    (
        "Армения и Грузия подписали соглашение о туризме в Тбилиси, тогда как Грузия и "
        "Азербайджан подписали меморандум о транзите нефти.",
        {frozenset({"ARM", "GEO"}), frozenset({"GEO", "AZE"})},
    ),
    (
        "Казахстан и Китай подписали соглашение о торговле, через месяц после того, как "
        "Казахстан подписал с Монголией протокол о транспорте.",
        {frozenset({"KAZ", "CHN"}), frozenset({"KAZ", "MNG"})},
    ),
    (
        "Узбекистан и Россия подписали соглашение о поставках зерна, при этом Узбекистан "
        "ранее подписал с Турцией соглашение о текстильной промышленности.",
        {frozenset({"UZB", "RUS"}), frozenset({"UZB", "TUR"})},
    ),
    # the second clause's subject with a relative clause of its own
    (
        "Ghana and Benin signed an agreement on customs in Accra, and Togo and Burkina Faso, "
        "whose delegations attended the talks, signed a protocol on road transit.",
        {frozenset({"GHA", "BEN"}), frozenset({"TGO", "BFA"})},
    ),
    (
        "Египет и Иордания подписали соглашение о туризме, а Ирак и Кувейт, министры которых "
        "присутствовали на встрече, подписали протокол о границе.",
        {frozenset({"EGY", "JOR"}), frozenset({"IRQ", "KWT"})},
    ),
    # a company named by its head's title among the signers
    (
        "Le Mali et la Guinée ont signé un accord sur le transport à Bamako. Un contrat minier "
        "a aussi été signé par le ministre malien des Mines et le PDG de Resolute Mining.",
        {frozenset({"MLI", "GIN"}), frozenset({"MLI", "Resolute Mining"})},
    ),
    (
        "Le Gabon et le Congo ont signé un accord sur la forêt. Une convention a été signée "
        "par le ministre gabonais des Mines et le directeur général de Bordeaux Minerals.",
        {frozenset({"GAB", "COG"}), frozenset({"GAB", "Bordeaux Minerals"})},
    ),
    # a line of a table of texts: its sides after the colon
    (
        "Textes signés à Niamey :\nAccord sur la pêche : Niger et Mali\n"
        "Protocole sur l'électricité : Niger et Nigeria",
        {frozenset({"NER", "MLI"}), frozenset({"NER", "NGA"})},
    ),
    # a list after a colon giving the one subject its partners
    (
        "Qatar signed two texts on Monday: an agreement on aviation with Kenya and a "
        "memorandum on health with Rwanda.",
        {frozenset({"QAT", "KEN"}), frozenset({"QAT", "RWA"})},
    ),
    (
        "La Tunisie a signé deux accords : un accord avec la Libye sur l'énergie et un "
        "mémorandum avec l'Algérie sur la santé.",
        {frozenset({"TUN", "LBY"}), frozenset({"TUN", "DZA"})},
    ),
    (
        "Туркменистан подписал два документа: соглашение с Ираном о транзите и меморандум с "
        "Афганистаном об энергетике.",
        {frozenset({"TKM", "IRN"}), frozenset({"TKM", "AFG"})},
    ),
    # China's provinces sign for China as regions do
    (
        "Россия и Египет подписали соглашение о зерне. На полях форума Томская область и "
        "провинция Цзилинь подписали соглашение о сотрудничестве в образовании.",
        {frozenset({"RUS", "EGY"}), frozenset({"RUS", "CHN"})},
    ),
    # a region joined by "and" to the one state named: its state signs
    (
        "Kazakhstan and Russia signed an agreement on oil transit. The Omsk region and "
        "Kyrgyzstan also signed a memorandum on tourism.",
        {frozenset({"KAZ", "RUS"}), frozenset({"RUS", "KGZ"})},
    ),
    (
        "Le Kenya et l'Ouganda ont signé un accord sur le rail. Le Guangdong et la Tanzanie ont "
        "aussi signé un mémorandum sur les ports.",
        {frozenset({"KEN", "UGA"}), frozenset({"CHN", "TZA"})},
    ),
    # "les Émirats" alone
    (
        "Les Émirats et le Maroc ont signé un mémorandum sur les énergies renouvelables.",
        {frozenset({"ARE", "MAR"})},
    ),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[str(i) for i in range(len(CASES))])
def test_each_agreement_has_its_own_pair(text: str, expected: set[frozenset[str]]) -> None:
    assert _pairs(text) == expected


def test_no_company_where_the_head_heads_an_office() -> None:
    """ "le directeur général des Douanes", "the managing director of Ghana Ports Authority":
    an article or an institution's word leaves the name to the rest of the gazetteer."""
    reading = read(
        "Le Sénégal et la Gambie ont signé un accord signé par le directeur général des "
        "Douanes du Sénégal et le directeur général de Gambia Ports Authority."
    )
    assert [a.parties for a in reading.agreements] == [["SEN", "GMB"]]
