"""Eighth draw (drawD19): an interview set down in questions and answers, and a byline
set between paragraphs in a strip of the page's sections. Each answer is a direct quotation
of the one interviewed (SPEC: quotes are direct quotations, attributed); a byline strip
("Site | Section | By X") is the page's credits, no article text and no person of the story."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_INTERVIEW = {
    "en": (
        "Ghana and the Nordic Growth Fund signed a loan agreement for rural roads in Accra on "
        "Monday. Finance Minister Mensah Boateng signed for Ghana.\n\n"
        "We spoke to Ingrid Halvorsen, the fund's director, after the ceremony.\n\n"
        "Q: Why rural roads?\n\n"
        "A: Farmers lose half of their harvest on the way to market, and roads change that "
        "within a season.\n\n"
        "Q: What comes next?\n\n"
        "A: We are discussing a second loan for bridges with the ministry this year.\n"
    ),
    "fr": (
        "Le Sénégal et le Fonds nordique de croissance ont signé lundi à Dakar un accord de "
        "prêt pour les routes rurales.\n\n"
        "Nous avons rencontré Ingrid Halvorsen, directrice du fonds, après la cérémonie.\n\n"
        "Q : Pourquoi les routes rurales ?\n\n"
        "R : Les paysans perdent la moitié de leur récolte sur le chemin du marché, et une "
        "route change cela en une saison.\n\n"
        "Q : Et ensuite ?\n\n"
        "R : Nous discutons d'un second prêt pour des ponts avec le ministère cette année.\n"
    ),
    "ru": (
        "Казахстан и Северный фонд роста подписали в понедельник в Астане соглашение о займе "
        "на строительство сельских дорог.\n\n"
        "Мы поговорили с Ингрид Хальворсен, директором фонда, после церемонии.\n\n"
        "Вопрос: Почему именно сельские дороги?\n\n"
        "Ответ: Фермеры теряют половину урожая по дороге на рынок, а дорога меняет это за "
        "один сезон.\n\n"
        "Вопрос: Что дальше?\n\n"
        "Ответ: Мы обсуждаем с министерством второй заём на строительство мостов в этом году.\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr", "ru"])
def test_each_answer_is_a_quote_of_the_one_interviewed(lang: str) -> None:
    quotes = read(_INTERVIEW[lang]).quotes
    answers = [q for q in quotes if "мост" in q.text or "bridges" in q.text or "ponts" in q.text]
    assert len(answers) == 1
    assert answers[0].speaker in ("Ingrid Halvorsen", "Ингрид Хальворсен")
    assert not answers[0].text.startswith(("A:", "R :", "Ответ"))
    assert len([q for q in quotes if q.speaker in ("Ingrid Halvorsen", "Ингрид Хальворсен")]) == 2


def test_questions_alone_are_no_quotes() -> None:
    text = (
        "Ghana and Togo signed a memorandum on trade in Lomé on Monday.\n\n"
        "Q: What does the memorandum cover?\n\n"
        "Customs posts at the border will open at night from next month, officials said.\n"
    )
    assert read(text).quotes == []


@pytest.mark.parametrize(
    "strip",
    [
        "Accra Business Daily | Energy | By Kwame Mensah",
        "Le Quotidien de Dakar · Économie · Par Awa Diop",
        "Business Weekly | By Kwame Mensah | Trade",
    ],
)
def test_a_byline_strip_between_paragraphs_is_no_text_and_no_person(strip: str) -> None:
    text = (
        "Ghana and Togo signed a memorandum of understanding on cross-border trade in Lomé on "
        "Monday, the two governments said in a joint statement.\n\n"
        f"{strip}\n\n"
        "Trade Minister Elizabeth Ofosu-Adjare signed for Ghana at the ceremony in the capital, "
        "where officials from both countries met for two days.\n"
    )
    reading = read(text)
    assert strip not in reading.document.text
    assert all(p.name not in ("Kwame Mensah", "Awa Diop") for p in reading.people)
    assert all(code not in ("Energy", "Trade") for code in reading.parties)


def test_a_sentence_between_bars_stays() -> None:
    text = (
        "Ghana and Togo signed a memorandum of understanding on cross-border trade in Lomé on "
        "Monday | By the end of the year customs posts will open at night, the two governments "
        "said in a joint statement published on their websites.\n"
    )
    assert "customs posts will open at night" in read(text).document.text
