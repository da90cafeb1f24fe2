"""Residual losses of session 27 (residB27): a UN agency's project document is a text, and a
state's committee beside an organisation is that one state; initialling finds its sides as
signing does; a basic agreement on technical cooperation is a framework; the speaker's next
act after a recalled treaty is not its content; a grant "aimed at" something is about it;
the vocabularies of employment, the water table and ceasefires. All sentences invented."""

from __future__ import annotations

import pytest

from suivi.reading.agreements import _sectors
from suivi.reading.pipeline import read


def _agreements(text: str) -> list[tuple[list[str], list[str], str]]:
    return [
        (sorted(a["parties"]), sorted(a["sectors"]), a["kind"])
        for a in read(text).to_dict()["agreements"]
    ]


@pytest.mark.parametrize(
    ("text", "sides", "sectors"),
    [
        (
            "Chad and the European Union on Monday signed an agreement on trade. UNDP and the "
            "Committee for Environmental Protection signed a project document on glacier "
            "monitoring, funded by the EU.",
            ["TCD", "UNDP"],
            ["environment"],
        ),
        (
            "Le Tchad et l'Union européenne ont signé lundi un accord sur le commerce. Le PNUD "
            "et le Comité de protection de l'environnement ont signé un document de projet sur "
            "la surveillance des glaciers.",
            ["TCD", "UNDP"],
            ["environment"],
        ),
        (
            "Таджикистан и Евросоюз подписали соглашение о торговле. ПРООН и Комитет по охране "
            "окружающей среды подписали проектный документ по мониторингу ледников.",
            ["TJK", "UNDP"],
            ["environment"],
        ),
    ],
)
def test_a_project_document_signed_with_a_state_committee(
    text: str, sides: list[str], sectors: list[str]
) -> None:
    assert (sides, sectors, "other") in _agreements(text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Le ministre béninois du Plan a paraphé avec le Programme des Nations unies pour le "
            "développement (PNUD) un document de projet sur l'insertion professionnelle des "
            "jeunes. À titre de comparaison, le Togo voisin a reçu 8 millions de dollars.",
            ["BEN", "UNDP"],
        ),
        (
            "Benin's planning minister initialled with the United Nations Development Programme "
            "(UNDP) a project document on the professional integration of young people. By "
            "comparison, neighbouring Togo received $8 million.",
            ["BEN", "UNDP"],
        ),
    ],
)
def test_an_initialled_text_finds_its_sides_as_a_signed_one(text: str, sides: list[str]) -> None:
    [(parties, sectors, _)] = _agreements(text)
    assert parties == sides
    assert "migration" in sectors


@pytest.mark.parametrize(
    "text",
    [
        "La coopération entre le Mali et le Brésil repose sur l'accord de base de coopération "
        "technique signé à Bamako en 2009. Celui sur la santé porte sur la drépanocytose.",
        "Cooperation between Mali and Brazil rests on the Basic Agreement on Technical "
        "Cooperation signed in Bamako in 2009. The health one covers sickle cell disease.",
        "Сотрудничество Мали и Бразилии основано на базовом соглашении о техническом "
        "сотрудничестве, подписанном в Бамако в 2009 году. Документ о здравоохранении "
        "касается серповидноклеточной анемии.",
    ],
)
def test_a_basic_agreement_on_technical_cooperation_is_a_framework(text: str) -> None:
    found = _agreements(text)
    assert (["BRA", "MLI"], ["general"], "framework") in found


@pytest.mark.parametrize(
    "text",
    [
        "Le président malien a rappelé l'importance du traité d'amitié signé avec le Niger "
        "en 2017, et a proposé d'élargir la coopération dans les transports.",
        "The Malian president recalled the importance of the friendship treaty signed with "
        "Niger in 2017, and proposed expanding cooperation in transport.",
        "Президент Мали напомнил о значении Договора о дружбе, подписанного с Нигером в "
        "2017 году, и предложил расширить транспортное сотрудничество.",
    ],
)
def test_the_speakers_next_act_is_not_the_recalled_treaty_content(text: str) -> None:
    [(parties, sectors, _)] = _agreements(text)
    assert parties == ["MLI", "NER"]
    assert "transport" not in sectors


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et la Banque mondiale ont signé un accord de don de 12 millions de dollars. "
        "Le don vise la modernisation des cantines scolaires.",
        "Mali and the World Bank signed a $12 million grant agreement. The grant is aimed at "
        "the modernisation of school feeding.",
        "Мали и Всемирный банк подписали соглашение о гранте в размере 12 млн долларов. "
        "Грант направлен на модернизацию системы школьного питания.",
    ],
)
def test_what_a_grant_is_aimed_at_is_its_domain(text: str) -> None:
    [(_, sectors, _)] = _agreements(text)
    assert "education" in sectors
    assert "economy" not in sectors


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("l'insertion professionnelle des jeunes diplômés", "migration"),
        ("the professional integration of young graduates", "migration"),
        ("employability of young graduates", "migration"),
        ("la surveillance des prélèvements et la réalimentation de la nappe", "water"),
        ("la recharge des nappes pendant la saison des pluies", "water"),
        ("la cessation des hostilités dans l'est", "security"),
        ("a ceasefire along the line of contact", "security"),
        ("прекращение огня на линии соприкосновения", "security"),
    ],
)
def test_vocabularies_of_jobs_groundwater_and_ceasefires(phrase: str, sector: str) -> None:
    assert sector in _sectors(phrase)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed five documents on Monday. They include:\n\n- an agreement on "
        "health;\n- a memorandum between the Kenya Bureau of Standards and the Ugandan Ministry "
        "of Trade on standards and metrology;\n- an agreement on civil protection;\n- a "
        "memorandum on cooperation in agriculture, providing for the supply of Kenyan dairy "
        "products;\n- a programme on education.\n",
        "Le Mali et le Niger ont signé cinq documents lundi. Parmi eux :\n\n- un accord sur la "
        "santé ;\n- un mémorandum entre l'Agence malienne de normalisation et le ministère "
        "nigérien du Commerce sur la normalisation et la métrologie ;\n- un accord sur la "
        "protection civile ;\n- un mémorandum de coopération dans le domaine de l'agriculture, "
        "prévoyant la fourniture de produits laitiers maliens ;\n- un programme sur l'éducation.\n",
        "Беларусь и Вьетнам подписали пять документов. В их числе:\n\n- соглашение о "
        "сотрудничестве в области здравоохранения;\n- меморандум о взаимопонимании между "
        "Госстандартом Беларуси и Министерством науки Вьетнама в области стандартизации и "
        "метрологии;\n- соглашение о сотрудничестве в области чрезвычайных ситуаций;\n- "
        "меморандум о сотрудничестве в сфере сельского хозяйства, предусматривающий поставки "
        "белорусской молочной продукции;\n- программа сотрудничества в сфере образования.\n",
    ],
)
def test_a_list_item_that_provides_for_something_is_a_text_of_its_own(text: str) -> None:
    found = _agreements(text)
    assert len(found) == 5
    assert any(sectors == ["agriculture"] for _, sectors, _ in found)
