"""Wire leads, signers of two states, officials' committees (session 27, drawG27).

Invented sentences for the shapes of the twenty-second draw:
- the words of a page's date ("updated", "mis à jour", «опубликовано») inside a sentence of
  the article are no byline: they open their line (or a piece of it between bars) on a page;
- two signers, one of them named with his state's adjective only ("X and Egyptian Minister
  Y signed"): the text is the two signers' states, not the story's many;
- a text still to be signed, told in a wire's lead and again in full in its body, is one;
- "the Committee of Senior Officials" is a standing body, which "will next convene";
- a bare "meeting" is no meeting of a body named only in the next sentence;
- a company named in the text's language, then its own short name its words do not spell
  ("Turkish Petroleum Corporation (TPAO)"), goes by the short name;
- a basin explored is a sedimentary basin: energy, no water;
- French sets a space inside « »: a quotation after a full stop opens a sentence (its words
  are no longer read with the sentence before, which may then deny a signing by itself:
  "n'a finalement pas été signé", an adverb before the negation).
"""

from __future__ import annotations

import pytest

from suivi.reading.clean import clean_lines
from suivi.reading.pipeline import read
from suivi.reading.segments import units


@pytest.mark.parametrize(
    ("lead", "after"),
    [
        (
            "The ministers of the two countries met in Cairo on Monday and approved the updated "
            "plan of action for trade, the ministry said.",
            "The updated plan covers customs, standards and transport of goods by road.",
        ),
        (
            "Les ministres des deux pays se sont réunis lundi au Caire et ont approuvé le plan "
            "d'action, mis à jour l'an dernier, pour le commerce.",
            "Le plan, mis à jour en mars, couvre les douanes, les normes et le transport routier.",
        ),
        (
            "Министры двух стран встретились в понедельник в Каире и одобрили план действий в "
            "области торговли, сообщило министерство.",
            "Соглашение было опубликовано на сайте правительства и вступит в силу через месяц.",
        ),
    ],
)
def test_date_words_inside_a_sentence_are_no_byline(lead: str, after: str) -> None:
    cleaned = clean_lines(f"Daily News\nHome | World | Business | Sport\n\n{lead}\n\n{after}")
    assert cleaned.text.startswith(lead)
    assert after in cleaned.text


@pytest.mark.parametrize(
    "text",
    [
        "BRICS energy ministers of Brazil, Russia, India, China, South Africa and Egypt met in "
        'New Delhi on Friday and approved a roadmap on energy cooperation.\n\n"We agreed on '
        'concrete steps," Russian Energy Minister Pavel Sorokin said.\n\nOn the sidelines of '
        "the meeting, Sorokin and Egyptian Minister of Petroleum Karim Badawi signed a "
        "memorandum of understanding between the ministries of the two countries on the "
        "modernisation of Egypt's gas network.",
        "Les ministres de l'Énergie des BRICS (Brésil, Russie, Inde, Chine, Afrique du Sud et "
        "Égypte) se sont réunis vendredi à New Delhi et ont approuvé une feuille de route sur "
        "l'énergie.\n\n« Nous avons convenu de mesures concrètes », a déclaré le ministre russe "
        "de l'Énergie, Pavel Sorokine.\n\nEn marge de la réunion, Pavel Sorokine et le ministre "
        "égyptien du Pétrole, Karim Badawi, ont signé un mémorandum d'entente entre les "
        "ministères des deux pays sur la modernisation du réseau gazier de l'Égypte.",
        "Министры энергетики БРИКС из Бразилии, России, Индии, Китая, ЮАР и Египта встретились "
        "в пятницу в Нью-Дели и одобрили дорожную карту энергетического сотрудничества.\n\n«Мы "
        "договорились о конкретных шагах», — сказал министр энергетики России Павел Сорокин."
        "\n\nНа полях встречи Сорокин и египетский министр нефти Карим Бадави подписали "
        "меморандум о взаимопонимании между министерствами двух стран о модернизации газовой "
        "сети Египта.",
    ],
)
def test_two_signers_give_their_states(text: str) -> None:
    (memorandum,) = [a for a in read(text).agreements if a.kind == "memorandum"]
    assert sorted(memorandum.parties) == ["EGY", "RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Energy ministers of Kenya and Uganda agreed in Nairobi on Friday to prepare a "
        "memorandum on energy efficiency, the ministry said.\n\nThe ministers also instructed "
        "their officials to finalise a memorandum of understanding on cooperation in energy "
        "efficiency, to be signed in 2027.",
        "Les ministres de l'Énergie du Kenya et de l'Ouganda ont convenu vendredi à Nairobi de "
        "préparer un mémorandum sur l'efficacité énergétique.\n\nLes ministres ont aussi chargé "
        "leurs experts de finaliser un mémorandum d'entente sur la coopération en matière "
        "d'efficacité énergétique, qui sera signé en 2027.",
        "Министры энергетики Кении и Уганды договорились в пятницу в Найроби подготовить "
        "меморандум об энергоэффективности зданий.\n\nМинистры также поручили экспертам "
        "доработать меморандум о взаимопонимании о сотрудничестве в области "
        "энергоэффективности зданий, который будет подписан в 2027 году.",
    ],
)
def test_planned_text_told_again_in_full_is_one(text: str) -> None:
    memoranda = [a for a in read(text).agreements if a.kind == "memorandum"]
    assert len(memoranda) == 1
    assert memoranda[0].status == "planned"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ministers of Kenya and Uganda met in Nairobi. They instructed the Committee of "
            "Senior Energy Officials to prepare a memorandum. The committee, which meets twice a "
            "year, will next convene in Kampala in October 2026.",
            "Committee of Senior Energy Officials",
        ),
        (
            "Les ministres du Kenya et de l'Ouganda se sont réunis à Nairobi. Ils ont chargé le "
            "Comité des hauts fonctionnaires de préparer un mémorandum. Le comité, qui se réunit "
            "deux fois par an, se réunira à Kampala en octobre 2026.",
            "Comité des hauts fonctionnaires",
        ),
        (
            "Министры Кении и Уганды встретились в Найроби. Они поручили Комитету старших "
            "должностных лиц подготовить меморандум. Комитет, который собирается два раза в год, "
            "соберётся в Кампале в октябре 2026 года.",
            "Комитет старших должностных лиц",
        ),
    ],
)
def test_committee_of_senior_officials_is_a_body(text: str, name: str) -> None:
    reading = read(text)
    (body,) = reading.bodies
    assert body.name == name
    assert sorted(body.parties) == ["KEN", "UGA"]
    assert body.cadence_months == 6
    assert [session.start for session in reading.sessions] == ["2026-10"]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers of Kenya and Uganda met in Nairobi. They instructed the Committee of Senior "
        "Officials to finalise a memorandum, to be signed at the next ministerial meeting in "
        "2027. The committee will meet in Kampala in October 2026.",
        "Les ministres du Kenya et de l'Ouganda se sont réunis à Nairobi. Ils ont chargé le "
        "Comité des hauts fonctionnaires de finaliser un mémorandum, qui sera signé lors de la "
        "réunion ministérielle de 2027. Le comité se réunira à Kampala en octobre 2026.",
    ],
)
def test_bare_meeting_is_not_of_a_body_named_after_its_sentence(text: str) -> None:
    assert [session.start for session in read(text).sessions] == ["2026-10"]


@pytest.mark.parametrize(
    "text",
    [
        "Sonatrach and the Hungarian Electricity Company (MVM) signed a power supply contract.",
        "Sonatrach et la Hungarian Electricity Company (MVM) ont signé un contrat de fourniture "
        "d'électricité.",
        "«Сонатрак» и Hungarian Electricity Company (MVM) подписали контракт на поставку "
        "электроэнергии.",
    ],
)
def test_company_goes_by_its_own_short_name(text: str) -> None:
    reading = read(text)
    assert "MVM" in reading.parties
    assert "Hungarian Electricity Company" not in reading.parties


@pytest.mark.parametrize(
    "text",
    [
        "Sonatrach and Eni signed a memorandum of understanding on joint exploration in the "
        "Berkine basin.",
        "Sonatrach et Eni ont signé un mémorandum d'entente sur l'exploration dans le bassin de "
        "Berkine.",
        "«Сонатрак» и Eni подписали меморандум о совместной разведке в бассейне Беркин.",
    ],
)
def test_basin_explored_is_energy(text: str) -> None:
    (memorandum,) = read(text).agreements
    assert memorandum.sectors == ["energy"]


def test_french_quotation_after_full_stop_opens_a_sentence() -> None:
    text = (
        "La route prolonge une première section, financée par un accord de prêt que le Mali et "
        "la BAD avaient signé en juillet 2021. « La route ouvrira le bassin agricole du Mbam », "
        "a déclaré le ministre."
    )
    assert [unit.text[:8] for unit in units(text)] == ["La route", "« La rou"]
    reading = read(f"Le Mali a signé deux accords de prêt avec la BAD.\n{text}")
    (loan,) = [a for a in reading.agreements if a.date == "2021-07"]
    assert loan.sectors == ["infrastructure"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Premier ministre macédonien a été reçu mardi à Belgrade par le président serbe. "
        "L'accord sur les contrôles frontaliers communs dans les gares de Tabanovce et de "
        "Preševo, dont la signature avait été annoncée par les deux gouvernements, n'a "
        "finalement pas été signé.",
        "The Macedonian prime minister was received in Belgrade on Tuesday by the Serbian "
        "president. The agreement on joint border controls at the railway stations of Tabanovce "
        "and Presevo, whose signing had been announced by both governments, was ultimately not "
        "signed.",
    ],
)
def test_signing_denied_after_an_adverb_is_no_signed_text(text: str) -> None:
    assert not [a for a in read(text).agreements if a.status == "signed"]
