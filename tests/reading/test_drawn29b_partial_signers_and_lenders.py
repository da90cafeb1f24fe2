"""drawB31 (session 31): what the reader lost on five freshly drawn Russian documents, as
general rules. Invented sentences.

- a state said to have signed none of the event's texts, to have stayed out of one, or to
  have signed one only is no side of the texts it did not sign; the sentence that says so
  names no new text;
- plural loan texts signed by two lenders are one text a lender;
- a ministry's short name («Минфин») is the state whose ministry of that portfolio the text
  names, not Russia by default; «КР» is Kyrgyzstan;
- the OPEC Fund in Russian, the Kyrgyz railway as it writes itself;
- transit is transport and trade (transit of electricity or gas is energy);
- a crawl's page head (headline over a time stamp) below a glued lead is no article text.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _agreements(text: str, name: str = "article.txt") -> list[tuple[frozenset[str], frozenset]]:
    return [
        (frozenset(a.parties), frozenset(a.sectors)) for a in read(text.encode(), name).agreements
    ]


def _parties_by_sector(text: str) -> dict[str, frozenset[str]]:
    out = {}
    for parties, sectors in _agreements(text):
        for sector in sectors:
            out.setdefault(sector, parties)
    return out


_MEMBERS = frozenset({"BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB", "ARM", "AZE"})

PARTIAL = [
    (
        "ДУШАНБЕ, 12 марта. Совет министров иностранных дел СНГ на заседании в Душанбе в "
        "четверг подписал три документа. В заседании приняли участие министры Армении, "
        "Азербайджана, Беларуси, Казахстана, Киргизии, России, Таджикистана и Узбекистана.\n"
        "Подписаны следующие документы:\n"
        "- Соглашение о сотрудничестве в области здравоохранения;\n"
        "- Соглашение о сотрудничестве в области сельского хозяйства;\n"
        "- Программа сотрудничества в сфере культуры на 2027-2029 годы.\n"
        "Армения, как уточнили в секретариате, не подписала ни одного из трех документов, а "
        "Азербайджан не присоединился к соглашению о сельском хозяйстве. Узбекистан подписал "
        "только программу по культуре."
    ),
    (
        "DUSHANBE, March 12. The CIS Council of Foreign Ministers signed three documents at "
        "its meeting in Dushanbe on Thursday. The ministers of Armenia, Azerbaijan, Belarus, "
        "Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan took part.\n"
        "The following documents were signed:\n"
        "- an Agreement on cooperation in health;\n"
        "- an Agreement on cooperation in agriculture;\n"
        "- a Programme of cooperation in culture for 2027-2029.\n"
        "Armenia, the secretariat said, did not sign any of the three documents, and "
        "Azerbaijan did not join the agreement on agriculture. Uzbekistan signed only the "
        "culture programme."
    ),
    (
        "DOUCHANBÉ, 12 mars. Le Conseil des ministres des Affaires étrangères de la CEI a "
        "signé trois documents lors de sa réunion à Douchanbé jeudi. Les ministres de "
        "l'Arménie, de l'Azerbaïdjan, du Bélarus, du Kazakhstan, du Kirghizistan, de la "
        "Russie, du Tadjikistan et de l'Ouzbékistan y ont pris part.\n"
        "Les documents suivants ont été signés :\n"
        "- un accord de coopération dans le domaine de la santé ;\n"
        "- un accord de coopération dans le domaine de l'agriculture ;\n"
        "- un programme de coopération dans le domaine de la culture pour 2027-2029.\n"
        "L'Arménie, a précisé le secrétariat, n'a signé aucun des trois documents, et "
        "l'Azerbaïdjan n'a pas adhéré à l'accord sur l'agriculture. L'Ouzbékistan n'a signé "
        "que le programme sur la culture."
    ),
]


@pytest.mark.parametrize("text", PARTIAL)
def test_partial_signers_are_no_sides_of_what_they_did_not_sign(text: str) -> None:
    found = _agreements(text)
    by_sector = _parties_by_sector(text)
    assert by_sector["health"] == _MEMBERS - {"ARM", "UZB"}
    assert by_sector["agriculture"] == _MEMBERS - {"ARM", "AZE", "UZB"}
    assert by_sector["culture"] == _MEMBERS - {"ARM"}
    # the sentence that says who stayed out names no text of its own
    assert len(found) == 3


LOANS = [
    (
        "Строительство Верхненарынской ГЭС финансируется за счёт внешних займов: в 2024 году "
        "соглашения о займах на этот проект подписали с Кыргызстаном Кувейтский фонд "
        "арабского экономического развития и Фонд ОПЕК.",
        "KGZ",
        {"KWT", "OPEC Fund"},
    ),
    (
        "The Upper Naryn dam is funded by external loans: in 2024 loan agreements for the "
        "project were signed with Kyrgyzstan by the Kuwait Fund for Arab Economic "
        "Development and the OPEC Fund for International Development.",
        "KGZ",
        {"KWT", "OPEC Fund for International Development"},
    ),
    (
        "En 2024, des accords de prêt pour le barrage de Kandadji ont été signés avec le Niger "
        "par le Fonds koweïtien pour le développement économique arabe et le Fonds de l'OPEP.",
        "NER",
        {"KWT", "OPEC Fund"},
    ),
]


@pytest.mark.parametrize(("text", "borrower", "lenders"), LOANS)
def test_plural_loans_are_one_text_a_lender(text: str, borrower: str, lenders: set) -> None:
    assert {parties for parties, _ in _agreements(text)} == {
        frozenset({borrower, lender}) for lender in lenders
    }


def test_a_ministry_short_name_is_the_state_the_text_names_it_with() -> None:
    text = (
        "Бишкек, 3 марта. Министерство финансов Кыргызстана и Азиатский банк развития (АБР) "
        "подписали соглашение о гранте на ремонт больниц.\n\n"
        "В тот же день минфин и Исламский банк развития (ИсБР) подписали соглашение о займе "
        "на строительство школ."
    )
    assert set(_agreements(text)) >= {
        (frozenset({"KGZ", "ADB"}), frozenset({"health"})),
        (frozenset({"KGZ", "IsDB"}), frozenset({"education"})),
    }


def test_kr_is_kyrgyzstan() -> None:
    text = (
        "Министерство здравоохранения КР и компания «Фармстандарт» подписали меморандум о "
        "производстве вакцин. Кабинет министров КР и Министерство сельского хозяйства "
        "Узбекистана подписали соглашение о сотрудничестве в области ирригации."
    )
    reading = read(text.encode(), "article.txt")
    assert "KGZ" in reading.parties and "KR" not in reading.parties
    assert {frozenset(a.parties) for a in reading.agreements} == {
        frozenset({"KGZ", "Farmstandart"}),
        frozenset({"KGZ", "UZB"}),
    }


def test_known_names_in_russian() -> None:
    text = (
        "Душанбе, 3 марта. Министерство финансов Таджикистана и Фонд ОПЕК подписали "
        "соглашение о займе на строительство больницы. ОАО «РЖД» и ГП «Кыргыз темир жолу» "
        "подписали соглашение о перевозках грузов."
    )
    reading = read(text.encode(), "article.txt")
    assert {"OPEC Fund", "Kyrgyz Temir Jolu"} <= set(reading.parties)
    assert "OFID" not in reading.parties


@pytest.mark.parametrize(
    ("phrase", "sectors"),
    [
        ("Соглашение о развитии транзитного потенциала государств", {"transport", "trade"}),
        ("an agreement on developing the transit potential of the states", {"transport", "trade"}),
        ("un accord sur le développement du potentiel de transit", {"transport", "trade"}),
        ("соглашение о транзите электроэнергии через территорию", {"energy"}),
        ("an agreement on the transit of electricity", {"energy"}),
        ("un accord sur le transit de l'électricité", {"energy"}),
    ],
)
def test_transit_is_transport_and_trade(phrase: str, sectors: set) -> None:
    assert set(sectors_of(phrase)) == sectors


PAGE_HEADS = [
    (
        "date 2026-03-03 Душанбе, 3 марта. Министерство финансов Таджикистана и Азиатский банк "
        "развития подписали соглашение о гранте на ремонт больниц, сообщает пресс-служба.\n"
        "НОВОСТИ ДУШАНБЕ\n"
        "Главная | Новости | Экономика | Политика\n\n"
        "Минфин подписал соглашения с АБР и ЕАБР\n\n"
        "03.03.2026 16:42\n\n"
        "Документ подписали министр финансов и глава представительства банка в Таджикистане "
        "на церемонии в здании министерства в центре столицы.\n",
        "Минфин подписал соглашения с АБР и ЕАБР",
    ),
    (
        "date 2026-03-03 Accra, March 3. Ghana's Ministry of Finance and the African "
        "Development Bank signed a grant agreement to repair hospitals, the ministry said.\n"
        "ACCRA NEWS\n"
        "Home | News | Economy | Politics\n\n"
        "Finance ministry signs deals with AfDB and IsDB\n\n"
        "03.03.2026 16:42\n\n"
        "The document was signed by the finance minister and the bank's country director at a "
        "ceremony in the ministry's building in the centre of the capital.\n",
        "Finance ministry signs deals with AfDB and IsDB",
    ),
    (
        "date 2026-03-03 Dakar, 3 mars. Le ministère des Finances du Sénégal et la Banque "
        "africaine de développement ont signé un accord de don pour réhabiliter des hôpitaux.\n"
        "DAKAR INFOS\n"
        "Accueil | Actualités | Économie | Politique\n\n"
        "Le ministère des Finances signe des accords avec la BAD et la BID\n\n"
        "03.03.2026 16:42\n\n"
        "Le document a été signé par le ministre des Finances et le représentant de la banque "
        "lors d'une cérémonie au siège du ministère, dans le centre de la capitale.\n",
        "Le ministère des Finances signe des accords avec la BAD et la BID",
    ),
]


@pytest.mark.parametrize(("text", "headline"), PAGE_HEADS)
def test_page_head_below_a_glued_lead_is_no_article_text(text: str, headline: str) -> None:
    reading = read(text.encode(), "article.txt")
    assert headline not in reading.document.text
    assert "16:42" not in reading.document.text
    assert reading.document.title == headline
    assert len(reading.agreements) == 1


def test_a_body_acting_at_its_meeting_holds_a_session() -> None:
    text = (
        "date 2026-05-29 НИАМЕЙ, 29 мая. Нигерско-малийская совместная комиссия по "
        "сотрудничеству на заседании в Ниамее в пятницу подписала четыре соглашения. "
        "Следующее заседание пройдет 6 ноября 2026 года в Бамако."
    )
    sessions = read(text.encode(), "article.txt").sessions
    assert {(s.start, s.place) for s in sessions} == {
        ("2026-05-29", "Ниамей"),
        ("2026-11-06", "Бамако"),
    }


@pytest.mark.parametrize(
    "phrase",
    [
        "соглашение об экономическом партнёрстве между союзом и Эмиратами",
        "un accord de partenariat économique entre l'Union et le Ghana",
    ],
)
def test_an_economic_partnership_agreement_is_trade(phrase: str) -> None:
    assert "trade" in sectors_of(phrase)


def test_working_groups_in_the_plural_dative_are_no_body() -> None:
    # the Russian plural is no body in any case (the rule had the nominative, genitive and
    # instrumental): «поручили рабочим группам подготовить …»
    text = (
        "Четвертое заседание Белорусско-никарагуанской межправительственной комиссии по "
        "торгово-экономическому сотрудничеству прошло 22 апреля в Манагуа. Стороны подвели "
        "итоги выполнения дорожной карты и поручили рабочим группам подготовить новую."
    )
    names = [b.name for b in read(text.encode(), "article.txt").bodies]
    assert names == [
        "Белорусско-никарагуанская межправительственная комиссия по торгово-экономическому "
        "сотрудничеству"
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "меморандум о техническом обслуживании воздушных судов и подготовке пилотов",
        "a memorandum on pilot training",
        "un mémorandum sur la formation des pilotes",
    ],
)
def test_aircraft_and_pilots_are_transport(phrase: str) -> None:
    assert "transport" in sectors_of(phrase)


@pytest.mark.parametrize(
    "text",
    [
        "Президент напомнил, что Туркменистан как ассоциированный член Содружества участвует "
        'в его работе "в тех форматах, которые отвечают его статусу постоянного нейтралитета".',
        "The president recalled that Turkmenistan, as an associate member of the Commonwealth, "
        'takes part in its work "in the formats that suit its status of permanent neutrality '
        'and its own laws".',
        "Le président a rappelé que le Turkménistan, membre associé de la Communauté, participe "
        "à ses travaux « dans les formats qui correspondent à son statut de neutralité "
        "permanente ».",
    ],
)
def test_quoted_words_completing_a_clause_are_no_quote(text: str) -> None:
    assert read(text.encode(), "article.txt").quotes == []
