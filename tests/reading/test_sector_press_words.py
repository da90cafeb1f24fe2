"""Domain words of agreement titles in the press, crops to cadastres, in French, English
and Russian: each has its SPEC sector, and words with a second everyday sense ("the fruits
of cooperation", "to cement ties", «в связи с») place nothing."""

from __future__ import annotations

import pytest

from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("a memorandum on horticulture and floriculture", "agriculture"),
        ("un accord sur l'aviculture et l'apiculture", "agriculture"),
        ("соглашение о развитии птицеводства", "agriculture"),
        ("the export of beef and dairy products", "agriculture"),
        ("la mécanisation agricole et les tracteurs", "agriculture"),
        ("поставки сельхозтехники и тракторов", "agriculture"),
        ("a telemedicine programme", "health"),
        ("la transfusion sanguine", "health"),
        ("борьба с малярией и туберкулезом", "health"),
        ("joint military exercises", "defence"),
        ("des exercices conjoints", "defence"),
        ("совместные учения", "defence"),
        ("biofuels and geothermal power", "energy"),
        ("добыча угля", "energy"),
        ("copper, nickel and graphite", "mining"),
        ("les terres rares", "mining"),
        ("добыча лития и кобальта", "mining"),
        ("the real estate sector", "infrastructure"),
        ("производство стройматериалов", "infrastructure"),
        ("broadband and data centres", "digital"),
        ("un câble sous-marin", "digital"),
        ("music and libraries", "culture"),
        ("le patrimoine archéologique", "culture"),
        ("сохранение культурного наследия", "culture"),
        ("wastewater treatment", "water"),
        ("remote sensing satellites", "space"),
        ("la télédétection", "space"),
        ("the national census", "administration"),
        ("le cadastre", "administration"),
        ("трансфер технологий", "research"),
        ("la nutrition infantile", "health"),
        ("family planning", "health"),
        ("peacekeeping operations", "defence"),
        ("миротворческие операции", "defence"),
        # diplomats are diplomacy's as doctors are health's
        ("the training of Angolan diplomats", "diplomacy"),
        ("la formation des jeunes diplomates", "diplomacy"),
        # cement as an industry (SPEC: industry -> economy), not "to cement the ties"
        ("a cement plant in Tanga", "economy"),
        ("la cimenterie de Malbaza", "economy"),
        ("строительство цементного завода", "economy"),
        ("production de ciment", "economy"),
        # waters of a river, not only "water"
        ("the sharing of the Nile waters", "water"),
        # the flows of people whatever their direction (SPEC: migration)
        ("la lutte contre l'immigration clandestine", "migration"),
        ("the emigration of young Ghanaians", "migration"),
        ("противодействие незаконной иммиграции", "migration"),
        # a state's debt (SPEC: economy, finance)
        ("la restructuration de la dette", "economy"),
        ("реструктуризация задолженности", "economy"),
        ("списание долга", "economy"),
        # communications named as a domain («в связи с» is "because of")
        ("сотрудничество в области связи", "digital"),
        ("развитие мобильной связи", "digital"),
    ],
)
def test_a_press_domain_word_has_its_sector(phrase, sector):
    assert sector in sectors_of(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "to reap the fruits of cooperation",
        "les fruits de la coopération",
        "to cement the ties between the two countries",
        "cimenter les liens entre les deux pays",
        "в связи с визитом",
    ],
)
def test_an_everyday_sense_places_nothing(phrase):
    assert sectors_of(phrase) == []
