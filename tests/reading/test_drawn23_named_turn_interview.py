"""An interview set down as named turns (session 28, drawB28): the outlet or the interviewer
asks under its label ("L'Essor : … ?", "Kommersant: … ?", «Корреспондент: … ?»), the one
interviewed answers under his name ("Amadou Keïta : …"). Each answer is a direct quotation
of that person (SPEC: quotes); the questions are not. A question that names a text the answer
then tells again ("Ce voyage a produit un accord nucléaire. Qu'en attendez-vous ?" / "nos deux
gouvernements ont signé un accord … de l'énergie atomique") speaks of one text, not two.
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

FR = (
    "date 2026-03-10 Entretien avec le ministre de l'Énergie - Le Républicain\n\n"
    "Six mois après la pose de la première pierre de la centrale de Kati, le ministre de "
    "l'Énergie, Ousmane Traoré, fait le point sur les chantiers du secteur, du nouveau code "
    "de l'électricité aux partenariats avec la Russie. Entretien.\n\n"
    "Le Républicain : Monsieur le ministre, où en est la centrale ?\n\n"
    "Ousmane Traoré : Les travaux avancent bien et la première turbine sera livrée en mars.\n\n"
    "Le Républicain : Votre visite a produit un accord nucléaire. Qu'en attendez-vous ?\n\n"
    "Ousmane Traoré : Le même jour, nos deux gouvernements ont signé un accord de coopération "
    "dans le domaine de l'utilisation pacifique de l'énergie atomique avec la Russie.\n"
)
EN = (
    "date 2026-03-10 Interview with the Energy Minister - The Herald\n\n"
    "Six months after the first stone of the Kati power plant was laid, Energy Minister "
    "Ousmane Traore takes stock of the sector's projects, from the new electricity code to "
    "the partnerships with Russia. Interview.\n\n"
    "The Herald: Minister, where does the power plant stand?\n\n"
    "Ousmane Traore: Construction is going well and the first turbine arrives in March.\n\n"
    "The Herald: Your visit produced a nuclear agreement. What do you expect from it?\n\n"
    "Ousmane Traore: That day our two governments signed an agreement on cooperation in the "
    "peaceful use of atomic energy with Russia.\n"
)
RU = (
    "date 2026-03-10 Интервью с министром энергетики - Вестник\n\n"
    "Через полгода после закладки первого камня станции в Кати министр энергетики Мали Усман "
    "Траоре рассказал о проектах отрасли, от нового кодекса об электроэнергии до партнёрства "
    "с Россией.\n\n"
    "Корреспондент: Господин министр, как идёт строительство станции?\n\n"
    "Усман Траоре: Работы идут хорошо, первая турбина прибудет в марте.\n\n"
    "Корреспондент: Визит принёс ядерное соглашение. Чего вы от него ждёте?\n\n"
    "Усман Траоре: В тот же день наши правительства подписали с Россией соглашение о "
    "сотрудничестве в области мирного использования атомной энергии.\n"
)


@pytest.mark.parametrize(("text", "name"), [(FR, "Ousmane Traoré"), (EN, "Ousmane Traore")])
def test_each_answer_is_a_quote_of_the_one_interviewed(text, name):
    quotes = read(text.encode(), "article.txt").quotes
    answers = [q for q in quotes if q.text.startswith(("Les travaux", "Construction"))]
    assert [q.speaker for q in answers] == [name]
    assert not any("?" in q.text for q in quotes)  # the questions are nobody's quote


def test_each_answer_is_a_quote_in_russian():
    quotes = read(RU.encode(), "article.txt").quotes
    answers = [q for q in quotes if q.text.startswith("Работы")]
    assert len(answers) == 1
    assert answers[0].speaker is not None


def test_one_answer_alone_makes_no_interview():
    text = (
        "date 2026-03-10 Visite de la centrale - Le Républicain\n\nOusmane Traoré a visité la centrale.\n\nLe Républicain : Où en est la centrale ?\n\n"
        "Ousmane Traoré : Les travaux avancent bien et la turbine arrive en mars.\n"
    )
    assert read(text.encode(), "article.txt").quotes == []


@pytest.mark.parametrize("text", [FR, EN])
def test_a_text_asked_about_and_answered_is_one(text):
    nuclear = [a for a in read(text.encode(), "article.txt").agreements if "nuclear" in a.sectors]
    assert len(nuclear) == 1
