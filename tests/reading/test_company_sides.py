"""Companies and organisations the vocabularies do not know, as sides of an agreement.

SPEC: an agreement with a company has the company as a party, not its state; a company
named in Cyrillic keeps its Latin name. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer
from suivi.reading.pipeline import read


def codes(text: str, lang: str) -> list[str]:
    return [m.code for m in gazetteer.find_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        # a name joined by "and" to a known company is a company
        ("Ethiopian Airlines and Kenya Airways signed a codeshare.", "en", "Ethiopian Airlines"),
        ("Air Côte Ivoire et Royal Air Maroc Group ont signé un accord.", "fr", "Air Côte Ivoire"),
        ("Компании «Газпром» и Petronas подписали соглашение.", "ru", "Petronas"),
        # a foundation, a fund, an airline, a developer, by the word that introduces it
        ("La fondation Aga Khan a signé une convention.", "fr", "Aga Khan"),
        ("The developer Masdar signed a power purchase agreement.", "en", "Masdar"),
        ("Суверенный фонд Tamkeen подписал соглашение.", "ru", "Tamkeen"),
    ],
)
def test_unknown_company_is_found(text, lang, company):
    assert company in codes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "company", "home"),
    [
        ("Le fonds souverain Mubadala a signé avec le Mali.", "fr", "Mubadala", "ARE"),
        ("эмиратский инвестиционный фонд ADQ подписал соглашение с Мали.", "ru", "ADQ", "ARE"),
        ("The Chinese developer Sinoma signed with Mali.", "en", "Sinoma", "CHN"),
    ],
)
def test_state_adjective_before_a_company_is_its_home_not_a_side(text, lang, company, home):
    found = codes(text, lang)
    assert company in found
    assert home not in found


def test_two_companies_sign_without_their_states():
    text = (
        "Accord entre compagnies aériennes à Dakar\n\n"
        "Dakar, 4 mars 2025 - La compagnie Air Sénégal et Turkish Airlines ont signé mardi "
        "à Dakar un accord de partage de codes sur les vols entre Dakar et Istanbul. "
        "Le Sénégal et la Turquie ont par ailleurs signé un accord de coopération dans le "
        "domaine de la santé."
    )
    reading = read(text).to_dict()
    sides = [sorted(a["parties"]) for a in reading["agreements"]]
    assert sorted(["Air Sénégal", "Turkish Airlines"]) in sides
    assert ["SEN", "TUR"] in sides


def test_the_countries_agreement_is_not_the_last_companies():
    text = (
        "Россия и Катар провели переговоры\n\n"
        "Москва, 5 марта 2025 года. Министры России и Катара провели переговоры в Москве и "
        "подписали соглашение о сотрудничестве в области образования. "
        "Кроме того, компании «Газпром» и QatarEnergy подписали соглашение о поставках газа. "
        "Стороны напомнили, что между странами действует соглашение о взаимной защите "
        "инвестиций."
    )
    reading = read(text).to_dict()
    sides = [sorted(a["parties"]) for a in reading["agreements"]]
    assert ["Gazprom", "QatarEnergy"] in sides
    assert sides.count(["QAT", "RUS"]) == 2


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Deal in Accra\n\nAccra, April 3, 2025 - Ghana signed an agreement with Volta Green "
            "Power on Thursday to build a solar plant near Kumasi.",
            "Volta Green Power",
        ),
    ],
)
def test_an_organisation_the_ner_finds_signing_is_a_side(text, side):
    reading = read(text).to_dict()
    assert any(side in a["parties"] for a in reading["agreements"])


def test_a_ministry_the_ner_finds_signing_stands_for_its_state():
    text = (
        "Accord à Niamey\n\nNiamey, 3 avril 2025 - Le Niger et le Ministère de l'Énergie du "
        "Bénin ont signé jeudi un accord sur l'électricité."
    )
    reading = read(text).to_dict()
    assert all(p in ("NER", "BEN") for a in reading["agreements"] for p in a["parties"])


def test_an_organisation_nothing_was_signed_with_is_no_side():
    text = (
        "Summit in Accra\n\nAccra, April 3, 2025 - Ghana and Togo signed an agreement on "
        "energy. No agreement was signed with Volta Green Power, which had bid for the plant."
    )
    reading = read(text).to_dict()
    assert "Volta Green Power" not in reading["parties"]
    assert all("Volta Green Power" not in a["parties"] for a in reading["agreements"])


def test_a_company_head_and_an_intergovernmental_agreement():
    text = (
        "«Росатом» и Узбекистан подписали контракт\n\n"
        "Ташкент, 12 марта 2025 года. Генеральный директор госкорпорации «Росатом» Алексей "
        "Лихачёв и министр энергетики Узбекистана Журабек Мирзамахмудов подписали контракт "
        "на строительство малой АЭС. Церемония прошла в годовщину межправительственного "
        "соглашения о сотрудничестве в области мирного использования атомной энергии."
    )
    reading = read(text).to_dict()
    head = next(p for p in reading["people"] if p["name"] == "Алексей Лихачёв")
    assert head["party"] == "Rosatom"
    sides = [sorted(a["parties"]) for a in reading["agreements"]]
    assert ["Rosatom", "UZB"] in sides
    assert ["RUS", "UZB"] in sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company and its home before the verb; the partner after "with"
        (
            "Luanda, 4 March 2025 - Angola's state oil company Sonangol signed a memorandum of "
            "understanding with TotalEnergies on offshore gas.",
            {"Sonangol", "TotalEnergies"},
        ),
        # a state that acts ("a signé avec") is no company's home
        (
            "Conakry, 4 mars 2025 - Le gouvernement guinéen a signé avec le consortium Winning "
            "Consortium Simandou un accord sur l'exploitation du minerai de fer.",
            {"GIN", "Winning Consortium Simandou"},
        ),
        # a short name with its legal form in brackets is the same company, once
        (
            "Lagos, 4 March 2025 - Dangote and the Nigerian National Petroleum Company Limited "
            "(NNPC Ltd) signed a crude supply agreement.",
            {"Dangote", "NNPC"},
        ),
    ],
)
def test_company_sides_in_more_shapes(text, expected):
    reading = read(text.encode(), "article.txt").to_dict()
    assert [set(a["parties"]) for a in reading["agreements"]] == [expected]


def test_a_company_given_whole_after_its_legal_form_is_not_the_known_name_inside_it():
    text = (
        "Москва, 3 марта 2025 года. ПАО «Газпром нефть» и Министерство нефти Ирака подписали "
        "соглашение о разработке месторождения. «Газпром нефть» сообщила о начале работ."
    )
    reading = read(text.encode(), "article.txt").to_dict()
    assert [set(a["parties"]) for a in reading["agreements"]] == [{"Gazprom Neft", "IRQ"}]
    codes = [m.code for m in gazetteer.find_mentions(text, "ru")]
    assert "Gazprom" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Angola held a commission meeting. The documents signed include a memorandum "
        "between Rosgeo and Angola's National Resources Agency, an agreement on health and a "
        "programme on education.",
        "La Russie et l'Angola ont tenu une session. Ont été signés un mémorandum entre Rosgeo et "
        "l'Agence nationale des ressources de l'Angola, un accord sur la santé et un programme "
        "d'échanges dans l'éducation.",
        "Россия и Ангола провели заседание комиссии. Подписаны меморандум между Росгеологией и "
        "Национальным агентством ресурсов Анголы, соглашение о сотрудничестве в области "
        "здравоохранения и программа обменов в сфере образования.",
    ],
)
def test_a_company_in_one_texts_words_signs_that_text_only(text):
    from suivi.reading.pipeline import read

    found = [sorted(a.parties) for a in read(text).agreements]
    assert found == [["AGO", "Rosgeo"], ["AGO", "RUS"], ["AGO", "RUS"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Россия и Буркина-Фасо подписали пакет документов, в том числе соглашение об "
            "образовании, а также соглашение между госкорпорацией «Росатом» и правительством "
            "Буркина-Фасо о подготовке кадров для атомной отрасли.",
        ),
        (
            "en",
            "Russia and Burkina Faso signed several documents, including an agreement on "
            "education and an agreement between Rosatom and the government of Burkina Faso on "
            "training for the nuclear industry.",
        ),
    ],
)
def test_a_company_and_a_government_named_after_between_are_the_sides(lang, text):
    """Who acts for a side ("the government of", «госкорпорацией») joins the list of sides
    after "between": the company's text is not the two states'."""
    reading = read(f"date: 2026-11-18\n\n{text}\n", "a.txt")
    assert [sorted(a.parties) for a in reading.agreements] == [["BFA", "RUS"], ["BFA", "Rosatom"]]


def _sides(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in read(text.encode(), "t.txt").agreements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state itself signs with its own company: both are sides
        ("Brazil signed an agreement with Petrobras on oil exploration.", ["BRA", "Petrobras"]),
        ("Petrobras signed an agreement with Brazil on oil exploration.", ["BRA", "Petrobras"]),
        ("Brazil and Petrobras signed an agreement on oil exploration.", ["BRA", "Petrobras"]),
        (
            "Le Brésil a signé un accord avec Petrobras sur l'exploration pétrolière.",
            ["BRA", "Petrobras"],
        ),
        ("Бразилия подписала соглашение с Petrobras о разведке нефти.", ["BRA", "Petrobras"]),
        ("Россия и Росатом подписали соглашение о ядерной безопасности.", ["RUS", "Rosatom"]),
        # the state that names the company describes it and signs nothing
        ("Rosatom and Burkina Faso signed an agreement on nuclear energy.", ["BFA", "Rosatom"]),
        (
            "Russia's Rosatom signed an agreement with Burkina Faso on nuclear energy.",
            ["BFA", "Rosatom"],
        ),
        (
            "Angola signed an agreement with Brazil's Petrobras on oil exploration.",
            ["AGO", "Petrobras"],
        ),
        (
            "Le Mali a signé un contrat avec la société russe Rosatom sur l'énergie nucléaire.",
            ["MLI", "Rosatom"],
        ),
    ],
)
def test_a_state_that_signs_with_its_own_company_is_a_side(text, expected):
    assert _sides(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gazprom Neft, the oil arm of Gazprom, signed an agreement with Iraq's Basra Oil "
            "Company on the Badra field.",
            {"Gazprom Neft", "Basra Oil Company"},
        ),
        (
            "Rosatom's subsidiary TVEL signed a fuel supply contract with Uzbekistan.",
            {"TVEL", "UZB"},
        ),
        (
            "Sinohydro, part of Power Construction Corporation of China, signed a contract with "
            "Zambia for the Kafue dam.",
            {"Sinohydro", "ZMB"},
        ),
        (
            "Компания «Уран Уан Груп», входящая в госкорпорацию «Росатом», и боливийская "
            "компания YLB подписали контракт на строительство завода.",
            {"Uran Uan Group", "YLB"},
        ),
    ],
)
def test_the_parent_told_beside_a_company_is_no_side(text, expected):
    """Who owns the signing company ("the oil arm of Gazprom", "part of PowerChina",
    "Rosatom's subsidiary", «входящая в госкорпорацию «Росатом»») describes it and signs
    nothing."""
    agreements = read(" date 2026-11-18 Cooperation news\n" + text).agreements
    assert [set(a.parties) for a in agreements] == [expected]
