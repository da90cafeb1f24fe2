"""Drawn documents of session 32 (drawB32): shapes their losses showed, in invented sentences.

- a power utility named "Électricité du/de <state>" with its initials is a company (SPEC);
- a session's minutes called "compte rendu", and a count of "autres textes" told in the
  sentence after the signed minutes;
- a two-word town after "s'est tenue … à" is a place, no person;
- a lead paragraph of 25 words or more above a byline is article text;
- answers labelled with the interviewee's surname under unlabelled question lines;
- a nuclear company's bare text signed with a power ministry is nuclear;
- a quotation introduced by «В … записке отмечается:» or said "dans un communiqué" has no
  speaker;
- one whose old visit dates something ("depuis la visite du président X") is no person;
- minutes told as what was written into them («записали в протокол»), a new text told by an
  ellipsis («переговоры о новом», "négocier un nouveau", "negotiate a new one").
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _parties(text: str) -> list[list[str]]:
    return [sorted(a.parties) for a in read(text).agreements]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Le Laos et la Thaïlande ont signé un accord sur le commerce. Un contrat d'achat "
            "d'électricité a aussi été signé entre EGAT et Électricité du Laos (EDL).",
            "EDL",
        ),
        (
            "La Guinée et le Mali ont signé un contrat d'achat d'électricité entre Électricité "
            "de Guinée (EDG) et la société Énergie du Mali.",
            "EDG",
        ),
    ],
)
def test_electricite_named_utility_is_a_company(text: str, company: str) -> None:
    reading = read(text)
    assert company in reading.parties
    assert any(company in a.parties for a in reading.agreements)


def test_ministry_of_electricity_is_no_company() -> None:  # a guard: holds on main too
    text = (
        "Le ministère de l'Électricité et de l'Eau (MEE) du Laos et la Thaïlande ont signé "
        "un mémorandum d'entente sur l'énergie."
    )
    assert "MEE" not in read(text).parties


def test_compte_rendu_of_a_session_is_its_minutes_and_counts() -> None:
    text = (
        "La 9e réunion de la commission mixte Laos–Thaïlande s'est tenue à Vientiane. "
        "À l'issue des travaux, les deux ministres ont signé le compte rendu de la 9e réunion. "
        "Ils ont ensuite assisté à la signature de deux autres textes : un accord sur la "
        "santé et un mémorandum sur le tourisme."
    )
    reading = read(text)
    kinds = [(a.kind, a.sectors) for a in reading.agreements]
    assert ("other", ["general"]) in kinds
    assert reading.agreements_total == 3


def test_compte_rendu_of_a_visit_is_no_minutes() -> None:  # a guard: holds on main too
    text = "Le ministre a publié un compte rendu de la visite sur le site du ministère."
    assert read(text).agreements == []


@pytest.mark.parametrize(
    "text",
    [
        "La prochaine réunion se tiendra en juin à Kampong Cham.",
    ],
)
def test_town_where_a_meeting_is_held_is_no_person(text: str) -> None:
    names = [p.name for p in read(text).people]
    assert "Kampong Cham" not in names


_LEAD = (
    "date 2026-03 Interview - Kabar\n"
    "Kabar\n\n"
    "Интервью\n\n"
    "Накануне третьего заседания Кыргызско-турецкой межправительственной комиссии по "
    "торгово-экономическому сотрудничеству, которое пройдет в Бишкеке в мае, корреспондент "
    "нашего агентства побеседовал с министром экономики Кыргызстана Даниэлем Амангельдиевым.\n\n"
    "Автор: Айгуль Осмонова\n\n"
    "— Даниэль Кубанычбекович, что ждет комиссию в мае?\n\n"
    "— Мы готовим пакет из шести документов, в том числе соглашение о туризме. Товарооборот "
    "за год вырос на треть и превысил 900 миллионов долларов.\n\n"
    "— Когда будет подписано соглашение?\n\n"
    "— Надеемся подписать его на заседании комиссии в мае, если юристы успеют его согласовать.\n"
)


def test_long_lead_above_a_byline_is_article_text() -> None:
    reading = read(_LEAD)
    assert reading.document.text.startswith("Накануне третьего заседания")
    assert "Даниэль Амангельдиев" in [p.name for p in reading.people]
    assert reading.bodies


_TURNS = (
    "Trade Minister Amina Odhiambo spoke to the Daily Courier this week about the new trade "
    "deal with Ghana.\n\n"
    "What does the deal change for exporters?\n"
    "Odhiambo: Our tea and coffee now enter Ghana duty-free, and that is guaranteed by "
    "a treaty.\n\n"
    "Are farmers ready?\n"
    "Odhiambo: Not all of them. That is why we are opening training centres in every county.\n"
)


def test_labelled_answers_under_unlabelled_questions() -> None:
    quotes = read(_TURNS).quotes
    assert len(quotes) == 2
    assert {q.speaker for q in quotes} == {"Amina Odhiambo"}
    assert all("?" not in q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "В сентябре «Росатом» и министерство энергетики Ганы подписали дорожную карту по "
        "выбору площадки.",
        "In May, Kazatomprom and the Ministry of Energy of Ghana signed a roadmap on site "
        "selection.",
        "En mai, Orano et le ministère de l'Énergie du Niger ont signé une feuille de route sur "
        "le choix du site.",
    ],
)
def test_nuclear_company_text_with_power_ministry_is_nuclear(text: str) -> None:
    assert [a.sectors for a in read(text).agreements] == [["nuclear"]]


def test_quote_said_in_an_explanatory_note_has_no_speaker() -> None:
    text = (
        "С докладом выступил заместитель министра финансов Иван Петров. "
        "В пояснительной записке к законопроекту отмечается: «Реализация протокола не "
        "потребует дополнительных расходов бюджета»."
    )
    quotes = read(text).quotes
    assert quotes and quotes[0].speaker is None


def test_quote_a_company_gives_in_a_communique_has_no_speaker() -> None:
    text = (
        "La session était coprésidée par le ministre marocain Nasser Bourita et par le "
        "ministre ghanéen Samuel Ablakwa.\n"
        "Sonatrach et la compagnie ghanéenne GNPC ont paraphé un accord de partage de "
        "production. « Cet accord marque l'entrée de GNPC dans l'amont algérien et ouvre la "
        "voie à des projets communs », a indiqué Sonatrach dans un communiqué.\n"
        "« Nous avons désormais un cadre et un calendrier », a estimé Nasser Bourita devant la "
        "presse."
    )
    speakers = {q.text[:9]: q.speaker for q in read(text).quotes}
    assert speakers == {"Cet accor": None, "Nous avon": "Nasser Bourita"}


def test_one_whose_old_visit_dates_a_thing_is_no_person() -> None:
    text = (
        "La commission mixte, attendue depuis la visite du président Ilham Aliyev en "
        "Algérie, s'est réunie à Alger. Le ministre Ahmed Attaf a signé un accord sur le "
        "tourisme avec l'Azerbaïdjan."
    )
    names = [p.name for p in read(text).people]
    assert "Ilham Aliyev" not in names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Первое заседание межправкомиссии Узбекистана и Малайзии прошло в Куала-Лумпуре в "
            "2023 году, и все поручения, которые мы тогда записали в протокол, выполнены.",
            "protocol",
        ),
        (
            "La première session de la commission mixte Maroc-Ghana s'est tenue à Accra en "
            "2023, et les décisions inscrites au procès-verbal ont toutes été exécutées.",
            "other",
        ),
    ],
)
def test_minutes_told_by_what_was_written_into_them(text: str, kind: str) -> None:
    found = [(a.kind, a.status) for a in read(text).agreements]
    assert (kind, "signed") in found


@pytest.mark.parametrize(
    "text",
    [
        "Соглашение о взаимной защите инвестиций между Узбекистаном и Малайзией подписано в "
        "1998 году, но оно устарело, и мы предложили начать переговоры о новом.",
        "L'accord sur la protection des investissements entre le Maroc et le Ghana a été signé "
        "en 1998, mais il a vieilli et nous proposons d'en négocier un nouveau.",
        "The investment protection agreement between Kenya and India was signed in 1998, but it "
        "has aged and we have proposed to negotiate a new one.",
    ],
)
def test_new_text_told_by_ellipsis_is_planned(text: str) -> None:
    found = [(a.status, a.sectors) for a in read(text).agreements]
    assert ("signed", ["economy"]) in found
    assert ("planned", ["economy"]) in found


def test_new_text_to_draft_by_ellipsis_is_a_task() -> None:  # a guard: holds on main too
    text = (
        "Соглашение о торговле между Узбекистаном и Малайзией подписано в 2002 году, но оно "
        "устарело, и стороны поручили экспертам подготовить новое."
    )
    assert [a.status for a in read(text).agreements] == ["signed"]
