"""Standing bodies, their sessions and cadence as many writers name them (bodies19, session 19).

Invented sentences in French, English and Russian (states real, bodies and dates made up), each
read by the whole pipeline and compared as `score.py` compares (a body: its party set, and at
least half the words of the shorter name; its cadence; a session: its body, number or start).
"""

from __future__ import annotations

import pytest
from standing_bodies import HEAD, check

from suivi.reading import bodies as bodies_stage
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "bodies", "sessions"),
    [
        (
            "Le Burkina Faso et le Ghana ont décidé de relancer leur mécanisme de consultations "
            "politiques, qui ne s'était pas réuni depuis 2018.",
            [("mécanisme de consultations politiques", ["BFA", "GHA"], None)],
            [],
        ),
        (
            "Le Maroc et la Mauritanie ont réactivé le mécanisme de consultations politiques "
            "bilatérales, qui se réunira désormais une fois par an.",
            [("mécanisme de consultations politiques", ["MAR", "MRT"], 12)],
            [],
        ),
        (
            "La première réunion du Comité mixte de pilotage ghanéo-togolais s'est tenue le 3 mars "
            "2026 à Lomé.",
            [("Comité mixte de pilotage ghanéo-togolais", ["GHA", "TGO"], None)],
            [("Comité mixte de pilotage ghanéo-togolais", 1, "2026-03-03")],
        ),
        (
            "The India-Bangladesh Joint Rivers Commission met in Dhaka on 4 March 2026, its first "
            "meeting in twelve years.",
            [("India-Bangladesh Joint Rivers Commission", ["IND", "BGD"], None)],
            [("India-Bangladesh Joint Rivers Commission", None, "2026-03-04")],
        ),
        (
            "Peru and Ecuador held their 14th Binational Cabinet in Tumbes on 3 February 2026.",
            [("Binational Cabinet", ["PER", "ECU"], None)],
            [("Binational Cabinet", 14, "2026-02-03")],
        ),
        (
            "Nigeria and Benin agreed to revive the Joint Operations Committee, which last met in "
            "2019, to fight smuggling on their border.",
            [("Joint Operations Committee", ["NGA", "BEN"], None)],
            [("Joint Operations Committee", None, "2019")],
        ),
        (
            "Российско-белорусская бассейновая комиссия по Западной Двине собирается ежегодно.",
            [("Российско-белорусская бассейновая комиссия", ["RUS", "BLR"], 12)],
            [],
        ),
        (
            "The Arab League Council at the ministerial level held its 165th ordinary session in "
            "Cairo on 4 March 2026.",
            [
                (
                    "Arab League Council",
                    [
                        "DZA",
                        "BHR",
                        "COM",
                        "DJI",
                        "EGY",
                        "IRQ",
                        "JOR",
                        "KWT",
                        "LBN",
                        "LBY",
                        "MRT",
                        "MAR",
                        "OMN",
                        "PSE",
                        "QAT",
                        "SAU",
                        "SOM",
                        "SDN",
                        "SYR",
                        "TUN",
                        "ARE",
                        "YEM",
                    ],
                    None,
                )
            ],
            [("Arab League Council", 165, "2026-03-04")],
        ),
        (
            "Colombia and Ecuador will hold the next Binational Cabinet in Quito in 2026; the "
            "cabinet meets once a year.",
            [("Binational Cabinet", ["COL", "ECU"], 12)],
            [("Binational Cabinet", None, "2026")],
        ),
        (
            "Кыргызско-таджикская совместная демаркационная комиссия проводит заседания раз в "
            "месяц.",
            [("Кыргызско-таджикская совместная демаркационная комиссия", ["KGZ", "TJK"], 1)],
            [],
        ),
        (
            "Экономический совет СНГ соберётся в Москве 12 марта 2026 года.",
            [
                (
                    "Экономический совет СНГ",
                    ["ARM", "AZE", "BLR", "KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"],
                    None,
                )
            ],
            [("Экономический совет СНГ", None, "2026-03-12")],
        ),
        (
            "Высший госсовет Союзного государства соберётся в Минске в апреле 2026 года.",
            [("Высший госсовет Союзного государства", ["BLR", "RUS"], None)],
            [("Высший госсовет Союзного государства", None, "2026-04")],
        ),
        (
            "The India-Bhutan Joint Group of Experts meets once in six months.",
            [("India-Bhutan Joint Group of Experts", ["IND", "BTN"], 6)],
            [],
        ),
        (
            "The 5th Tanzania-Mozambique JPC opened in Maputo on 3 March 2026.",
            [("Tanzania-Mozambique JPC", ["TZA", "MOZ"], None)],
            [("Tanzania-Mozambique JPC", 5, "2026-03-03")],
        ),
    ],
)
def test_standing_bodies_by_other_names(text, bodies, sessions) -> None:
    """Standing bodies by names the head list did not hold: a capitalised joint body named by its
    field, a binational cabinet, a consultation mechanism revived, a basin commission, an
    alliance's council by its name or its own adjective, «Высший госсовет», «совместная
    демаркационная комиссия», a French compound adjective's first member ("ghanéo-
    togolais"), a joint group of experts, a pair's body by its acronym alone ("the 5th
    Tanzania-Mozambique JPC")."""
    check(text, bodies, sessions)


@pytest.mark.parametrize(
    ("text", "bodies", "sessions"),
    [
        (
            "La commission mixte nigéro-algérienne se réunit une fois l'an, alternativement à "
            "Niamey et à Alger.",
            [("commission mixte nigéro-algérienne", ["NER", "DZA"], 12)],
            [],
        ),
        (
            "Le comité mixte de sécurité Mali-Guinée se réunit deux fois l'an.",
            [("comité mixte", ["MLI", "GIN"], 6)],
            [],
        ),
        (
            "Le comité de suivi de la commission mixte maroco-mauritanienne se réunit tous les six "
            "mois.",
            [
                ("commission mixte maroco-mauritanienne", ["MAR", "MRT"], None),
                ("comité de suivi", ["MAR", "MRT"], 6),
            ],
            [],
        ),
        (
            "The Namibia-Angola Joint Commission on Defence and Security meets half-yearly.",
            [("Namibia-Angola Joint Commission on Defence and Security", ["NAM", "AGO"], 6)],
            [],
        ),
        (
            "Белорусско-вьетнамская межправительственная комиссия по торгово-экономическому и "
            "научно-техническому сотрудничеству собирается не реже одного раза в год.",
            [
                (
                    "Белорусско-вьетнамская межправительственная комиссия по торгово-экономическому и "
                    "научно-техническому сотрудничеству",
                    ["BLR", "VNM"],
                    12,
                )
            ],
            [],
        ),
        (
            "La commission mixte de coopération ivoiro-guinéenne se réunit chaque deux ans.",
            [("commission mixte de coopération ivoiro-guinéenne", ["CIV", "GIN"], 24)],
            [],
        ),
        (
            "Le comité technique mixte Mali-Sénégal sur le corridor se réunit chaque six mois.",
            [("comité technique mixte Mali-Sénégal", ["MLI", "SEN"], 6)],
            [],
        ),
        (
            "The India-Nepal Joint Commission is supposed to meet once in two years.",
            [("India-Nepal Joint Commission", ["IND", "NPL"], 24)],
            [],
        ),
    ],
)
def test_cadences_told_otherwise(text, bodies, sessions) -> None:
    """Cadences in other words: "une fois l'an", "deux fois l'an", "half-yearly", «не реже одного
    раза в год», «раз в месяц», "chaque deux ans", "once in two years"; the body a name is
    the complement of takes none."""
    check(text, bodies, sessions)


@pytest.mark.parametrize(
    ("text", "bodies", "sessions"),
    [
        (
            "La 4e édition de la Grande commission mixte de coopération sénégalo-mauritanienne "
            "s'est ouverte le 2 mars 2026 à Nouakchott.",
            [
                (
                    "Grande commission mixte de coopération sénégalo-mauritanienne",
                    ["SEN", "MRT"],
                    None,
                )
            ],
            [("Grande commission mixte de coopération sénégalo-mauritanienne", 4, "2026-03-02")],
        ),
        (
            "La commission mixte tchado-soudanaise, dont la dernière session remonte à mai 2019, "
            "se réunira à N'Djamena en avril 2026.",
            [("commission mixte tchado-soudanaise", ["TCD", "SDN"], None)],
            [
                ("commission mixte tchado-soudanaise", None, "2019-05"),
                ("commission mixte tchado-soudanaise", None, "2026-04"),
            ],
        ),
        (
            "La commission conjointe de coopération RDC-Rwanda, qui ne s'était plus réunie depuis "
            "2013, a tenu une session extraordinaire le 4 mars 2026 à Kinshasa.",
            [("commission conjointe de coopération RDC-Rwanda", ["COD", "RWA"], None)],
            [("commission conjointe de coopération RDC-Rwanda", None, "2026-03-04")],
        ),
        (
            "La commission mixte franco-ivoirienne, instance de dialogue qui se réunit "
            "annuellement, a tenu sa session le 4 mars 2026 à Abidjan.",
            [("commission mixte franco-ivoirienne", ["FRA", "CIV"], 12)],
            [("commission mixte franco-ivoirienne", None, "2026-03-04")],
        ),
        (
            "Совет министров обороны государств — участников СНГ провёл заседание в Минске 4 марта "
            "2026 года.",
            [
                (
                    "Совет министров обороны государств — участников СНГ",
                    ["ARM", "AZE", "BLR", "KAZ", "KGZ", "RUS", "TJK", "TKM", "UZB"],
                    None,
                )
            ],
            [("Совет министров обороны государств — участников СНГ", None, "2026-03-04")],
        ),
        (
            "Delegates split into three working groups on trade, energy and security during the "
            "Kenya-Uganda Joint Ministerial Commission in Nairobi on 3 March 2026.",
            [("Kenya-Uganda Joint Ministerial Commission", ["KEN", "UGA"], None)],
            [("Kenya-Uganda Joint Ministerial Commission", None, "2026-03-03")],
        ),
    ],
)
def test_sessions_told_otherwise(text, bodies, sessions) -> None:
    """Sessions: "la 4e édition de la commission", a relative clause opened by "dont" or after an
    apposition, "a tenu une session extraordinaire", «провёл заседание», "during the Joint
    Commission in Nairobi on 3 March"."""
    check(text, bodies, sessions)


@pytest.mark.parametrize(
    ("text", "bodies", "sessions"),
    [
        (
            "Le Conseil présidentiel d'investissement du Sénégal s'est réuni le 3 mars 2026 à "
            "Dakar.",
            [],
            [],
        ),
        (
            "Le Comité interministériel de lutte contre la drogue s'est réuni le 4 mars 2026 à "
            "Dakar sous la présidence du Premier ministre sénégalais.",
            [],
            [],
        ),
        (
            "La Commission mixte de coopération nigéro-béninoise a réparti ses travaux entre trois "
            "groupes de travail thématiques, le 3 mars 2026 à Niamey.",
            [("Commission mixte de coopération nigéro-béninoise", ["NER", "BEN"], None)],
            [],
        ),
        (
            "Egypt's Supreme Council of Universities approved the new programmes on 3 March 2026.",
            [],
            [],
        ),
        (
            "A technical committee of Kenya's Ministry of Health met in Nairobi on 3 March 2026.",
            [],
            [],
        ),
    ],
)
def test_no_joint_body(text, bodies, sessions) -> None:
    """No joint body: a state's own council or committee (one state, no word of two sides in its
    name), groups counted in the plural."""
    check(text, bodies, sessions)


@pytest.mark.parametrize(
    "text",
    [
        "The Tanzania-Mozambique Joint Permanent Commission (JPC) opened in Maputo on 3 March "
        "2026. Officials said the Tanzania-Mozambique JPC meets every two years.",
        "The 5th Tanzania-Mozambique JPC opened in Maputo on 3 March 2026. The Joint Permanent "
        "Commission meets every two years.",
    ],
)
def test_a_body_by_its_acronym_and_in_full_is_one(text) -> None:
    """Guard (passes on the base too): a pair's body named by its acronym alone and in full,
    in either order, is one body, not two."""
    [body] = read(HEAD + text).bodies
    assert (sorted(body.parties), body.cadence_months) == (["MOZ", "TZA"], 24)


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("La commission se réunit en deux sessions ordinaires par an.", 6),
        ("The committee holds two regular sessions a year.", 6),
        ("Комиссия проводит два очередных заседания в год.", 6),
        ("Le comité se réunit deux fois dans l'année.", 6),
        ("The council meets twice annually.", 6),
        ("The joint committee meets thrice a year.", 4),
        ("La commission tient une réunion par an.", 12),
        ("The commission holds one session per year.", 12),
        ("Заседания комиссии проходят раз в полтора года.", 18),
        ("Рабочая группа собирается каждые полтора года.", 18),
    ],
)
def test_cadence_as_meetings_a_year_with_their_kind(sentence, months) -> None:
    """Meetings counted a year with their kind between ("two regular sessions a year"), one
    meeting a year, "thrice a year", "twice annually", «полтора года»."""
    assert bodies_stage.cadence(sentence) == months


def test_a_year_ago_is_no_cadence() -> None:
    """Guard: "one session a year ago" tells when, not how often."""
    assert bodies_stage.cadence("It held one session a year ago.") is None


def test_a_relative_clause_after_a_complement_body_is_its_own() -> None:
    """Guard: "le secrétariat de la commission mixte, qui se réunit tous les deux ans": the
    relative clause right after the commission's name tells the commission's cadence."""
    found = read(
        HEAD + "Le secrétariat conjoint de la commission mixte sénégalo-gambienne, qui se "
        "réunit tous les deux ans, prépare les dossiers."
    ).bodies
    [commission] = [b for b in found if "commission" in b.name]
    assert commission.cadence_months == 24
