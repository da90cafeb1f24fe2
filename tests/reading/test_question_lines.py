"""One question-line pattern (refactor20, session 20): the interview's question lines that
head its answers' speakers (`people`) are those its answers are quoted after (`quotes`). Each
reader accepts what the other did: "Q." in an answers-as-quotes interview, «В:» in one whose
answers are headed by the speaker's name; «В» alone (the preposition) asks nothing."""

from __future__ import annotations

from suivi.reading.pipeline import read


def test_answers_after_questions_with_a_full_stop_are_quotes() -> None:
    text = (
        "Malawi and the Baltic Water Fund signed a grant agreement for village wells in "
        "Lilongwe on Friday.\n\n"
        "We spoke to Maris Kalnins, the fund's chairman, after the signing.\n\n"
        "Q. Why village wells?\n\n"
        "A: Children walk two hours for water every morning, and a well ends that walk in a "
        "single dry season.\n"
    )
    quotes = read(text).quotes
    assert [q.speaker for q in quotes if "well ends" in q.text] == ["Maris Kalnins"]


def test_a_russian_one_letter_question_heads_the_answers_speaker() -> None:
    text = (
        "Армения и Монголия подписали в среду в Ереване соглашение о воздушном сообщении.\n"
        "В: Что изменит соглашение для пассажиров из Улан-Батора?\n"
        "Батбаяр Ганзориг: Прямые рейсы сократят дорогу вдвое уже этим летом, и билеты "
        "станут дешевле.\n"
        "В: Когда откроется первый рейс?\n"
        "Ганзориг: В июне, если аэропорты успеют подготовиться.\n"
    )
    assert "Батбаяр Ганзориг" in [p.name for p in read(text).people]


def test_a_line_opened_by_the_russian_preposition_asks_nothing() -> None:
    text = (
        "Армения и Монголия подписали в среду в Ереване соглашение о воздушном сообщении.\n"
        "В Ереване делегации обсудили также туризм и образование.\n"
        "Совместное заявление: стороны договорились о новых встречах в этом году.\n"
    )
    assert "Совместное заявление" not in [p.name for p in read(text).people]
