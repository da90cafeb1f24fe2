"""What a company is, said around it, names its home, not a side (SPEC: a company, even a
state-owned one, is a party of its own): a state's possessive with lower-case words between
("Bhutan's state-owned Druk Green Power Corporation", "India's state-run trader X"); a state's
adjective on a company's noun ("the Indian firm", "an Indian private partner"); the grid power
passes through ("through the Indian grid"). A company's first words in brackets after its name
are the name it goes by ("Tata Power Company Limited (Tata Power)"). Invented stories."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "The tripartite memorandum was signed by Kenya's Ministry of Energy, Ethiopia's "
            "state-owned Abay Power Corporation (APC) and Italy's Webuild for the Koysha plant in "
            "Ethiopia. APC Managing Director Tesfaye Bekele signed for the Ethiopian company, in "
            "the presence of Ethiopia's Minister of Water Habtamu Itefa.",
            "ETH",
        ),
        (
            "The tripartite agreement was signed by Ghana's Ministry of Energy, Nigeria's "
            "state-run Niger Delta Power Holding (NDPH) and France's TotalEnergies for a gas "
            "plant in Nigeria. NDPH Chief Executive Musa Bello signed for the Nigerian company, "
            "in the presence of Nigeria's Minister of Power Adebayo Adelabu.",
            "NGA",
        ),
        (
            "The tripartite memorandum was signed by Zambia's Ministry of Mines, Chile's "
            "state-owned Andes Copper Holding (ACH) and China's Huawei for a smelter in Chile. "
            "ACH Chief Executive Pedro Soto signed for the Chilean company, in the presence of "
            "Chile's Minister of Mining Aurora Williams.",
            "CHL",
        ),
        (
            "The tripartite memorandum was signed by Laos's Ministry of Energy, Vietnam's "
            "state-owned Mekong Hydro Holding (MHH) and Siemens for a dam in Vietnam. MHH "
            "Managing Director Tran Van Minh signed for the Vietnamese company, in the presence "
            "of Vietnam's Minister of Industry Nguyen Hong Dien.",
            "VNM",
        ),
        (
            "The tripartite agreement was signed by Uganda's Ministry of Energy, Egypt's "
            "state-run Nile Grid Holding (NGH) and TotalEnergies for a line in Egypt. NGH Chief "
            "Executive Ahmed Fathy signed for the Egyptian company, in the presence of Egypt's "
            "Minister of Electricity Mahmoud Esmat.",
            "EGY",
        ),
    ],
)
def test_the_possessive_is_the_company_s_home(text, home):
    agreements = read(text.encode(), "article.txt").agreements
    assert agreements
    assert home not in agreements[0].parties


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Nepal will sell power to Bangladesh under a deal signed in Dhaka with an Indian "
            "private partner. The Indian firm will build the line, and power will be wheeled "
            "through the Indian grid. Nepal and Bangladesh also agreed on tariffs.",
            "IND",
        ),
        (
            "Zambia will sell copper to Tanzania under a deal signed in Lusaka with a Chinese "
            "private partner. The Chinese firm will build the railway. Zambia and Tanzania also "
            "agreed on tariffs.",
            "CHN",
        ),
        (
            "Laos will sell power to Cambodia under a deal signed with a Thai private partner. "
            "The Thai company will build the dam, and power will pass through the Thai grid. "
            "Laos and Cambodia also agreed on prices.",
            "THA",
        ),
        (
            "Le Niger vendra de l'électricité au Bénin grâce à un accord signé avec un "
            "partenaire privé nigérian. La société nigériane construira la ligne. Le Niger et le "
            "Bénin ont aussi convenu des tarifs.",
            "NGA",
        ),
        (
            "Ghana will sell gas to Togo under a deal signed with a French private partner. The "
            "French company will lay the pipe. Ghana and Togo also agreed on prices.",
            "FRA",
        ),
    ],
)
def test_the_company_s_nationality_is_no_party(text, home):
    assert home not in read(text.encode(), "article.txt").parties


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The agreement was signed by Nigeria's Ministry of Power and China's Sinohydro "
            "Corporation Limited (Sinohydro) for a dam.",
            "Sinohydro",
        ),
        (
            "The memorandum was signed by Egypt's Ministry of Electricity and Saudi Arabia's "
            "Acwa Power Company (Acwa Power) for a wind farm.",
            "ACWA Power",
        ),
        (
            "The agreement was signed by Kenya's Ministry of ICT and China's Huawei Technologies "
            "Company Limited (Huawei) for a data centre.",
            "Huawei",
        ),
        (
            "The agreement was signed by Tanzania's Ministry of Transport and the UAE's DP World "
            "Company (DP World) for a port.",
            "DP World",
        ),
        (
            "The memorandum was signed by Uzbekistan's Ministry of Energy and Russia's Rosatom "
            "Corporation (Rosatom) for a nuclear plant.",
            "Rosatom",
        ),
    ],
)
def test_the_company_goes_by_its_first_words(text, name):
    agreements = read(text.encode(), "article.txt").agreements
    assert agreements
    assert name in agreements[0].parties
