"""Shapes the reader missed on drawn Russian documents (session 17, drawE17).

Each test holds sentences invented for it (states, companies and people real or made up, in
press style): state companies of Central Asia and Mongolia named in Cyrillic have the Latin
name they write themselves; a company an intergovernmental text is about is no side of it; the
text a body was set up under is general; a name in straight quotes does not end a straight-
quoted quotation; a company named by the first words of its whole name is that company (in the
text and in the title); a Russian name glossed by the Latin one describes the company.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(a.status, sorted(a.parties), sorted(a.sectors)) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Государственный концерн «Туркменгаз» и компания «Лукойл» подписали в Ашхабаде "
            "соглашение о разведке газовых месторождений.",
            "Türkmengaz",
        ),
        (
            "State concern Turkmengas and Lukoil signed in Ashgabat an agreement on gas "
            "exploration.",
            "Türkmengaz",
        ),
        (
            "АО «Самрук-Энерго» и компания «Росатом» подписали в Астане меморандум о "
            "строительстве солнечной электростанции.",
            "Samruk-Energy",
        ),
        (
            "ОАО «РЖД» и АО «Улан-Баторская железная дорога» заключили договор о поставке "
            "локомотивов.",
            "Ulaanbaatar Railway",
        ),
    ],
)
def test_state_companies_in_their_own_latin(text: str, party: str) -> None:
    reading = read(text)
    assert party in reading.parties
    assert any(party in a.parties for a in reading.agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Монголия подписали соглашение о торговле. Межправительственное соглашение о "
        "совместном акционерном обществе «Улан-Баторская железная дорога» было подписано в "
        "2019 году.",
        "Russia and Mongolia signed a trade agreement. The intergovernmental agreement on the "
        "joint stock company Ulaanbaatar Railway was signed in 2019.",
        "La Russie et la Mongolie ont signé un accord commercial. L'accord intergouvernemental "
        "sur la société conjointe Ulaanbaatar Railway a été signé en 2019.",
    ],
)
def test_company_an_intergovernmental_text_is_about_is_no_side(text: str) -> None:
    """The states sign it; the joint company it sets up is what it is about."""
    dated = [a for a in read(text).agreements if a.date == "2019"]
    assert [sorted(a.parties) for a in dated] == [["MNG", "RUS"]]


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Танзания подписали три документа. Заседание Российско-танзанийской "
        "межправительственной комиссии по торгово-экономическому сотрудничеству прошло в "
        "Додоме. Комиссия, созданная на основании соглашения, подписанного в 2023 году, будет "
        "собираться ежегодно.",
        "Kenya and Ghana signed three documents. The Kenya-Ghana Joint Commission on Trade and "
        "Economic Cooperation met in Accra. The commission, established under an agreement "
        "signed in 2023, will meet every year.",
        "Le Kenya et le Ghana ont signé trois documents. La Commission mixte de coopération "
        "commerciale et économique s'est réunie à Accra. La commission, créée par un accord "
        "signé en 2023, se réunira chaque année.",
    ],
)
def test_text_a_body_was_set_up_under_is_general(text: str) -> None:
    """Recalled as the body's basis, the text frames the relation, whatever the body does."""
    assert [a.sectors for a in read(text).agreements if a.date == "2023"] == [["general"]]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            'Министр энергетики Иван Петров выступил на форуме.\n"Мы подписали с АО "Зарубежнефть" '
            'соглашение о разведке и рассчитываем на новые проекты в регионе", - сказал Иван '
            "Петров.",
            "Мы подписали с АО",
        ),
        (
            'Energy minister John Mbeki spoke at the forum. "We signed with the company "Acme '
            'Mining" an agreement on exploration and expect more projects in the region," said '
            "John Mbeki.",
            "We signed with",
        ),
        (
            "Le ministre de l'Énergie Jean Diallo a parlé au forum. \"Nous avons signé avec la "
            'société "Acme Mining" un accord sur la prospection et attendons d\'autres projets", '
            "a déclaré Jean Diallo.",
            "Nous avons signé",
        ),
    ],
)
def test_straight_quotes_inside_a_straight_quotation(text: str, start: str) -> None:
    """A company's name in the same marks inside a quotation does not end it."""
    quotes = read(text).quotes
    assert [q.text[: len(start)] for q in quotes] == [start]
    assert quotes[0].speaker is not None


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-06 China Energy signs wind deal with Kazakhstan - site.kz\n\nKazakhstan's "
        "energy ministry and China Energy Engineering Corporation signed an agreement on a wind "
        "farm on Tuesday.",
        "date 2024-06 Казахстан и China Energy подписали соглашение о ветропарке - site.kz\n\n"
        "Министерство энергетики Казахстана и China Energy Engineering Corporation подписали "
        "соглашение о строительстве ветровой электростанции.",
    ],
)
def test_title_names_a_company_by_its_first_words(text: str) -> None:
    """A title's short name is the company the text names whole: one party."""
    assert sorted(read(text).parties) == ["China Energy Engineering Corporation", "KAZ"]


def test_text_names_a_company_by_its_first_words() -> None:
    """ "China Energy" after "China Energy Engineering Corporation" is that company again."""
    text = (
        "Le ministère kazakh de l'Énergie et China Energy Engineering Corporation ont signé un "
        "accord sur un parc éolien. En 2023, China Energy et Samruk-Energy avaient signé un "
        "accord sur une centrale solaire."
    )
    reading = read(text)
    assert "China Energy" not in reading.parties
    assert ["China Energy Engineering Corporation", "Samruk-Energy"] in [
        sorted(a.parties) for a in reading.agreements
    ]


def test_russian_name_glossed_in_latin_describes_the_company() -> None:
    """«Турецкая строительная компания (Anatolia Builders Company)»: Turkey is its home."""
    text = (
        "Министерство энергетики Узбекистана и Турецкая строительная компания (Anatolia "
        "Builders Company) подписали соглашение о строительстве ветровой электростанции."
    )
    assert [sorted(a.parties) for a in read(text).agreements] == [
        ["Anatolia Builders Company", "UZB"]
    ]
