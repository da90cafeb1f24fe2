"""An interview told in dash turns (the Russian and French press's convention: «— Что
изменилось?» / «— Изменилось то, что …»): each answer, from the turn after a question to the
next question, is a quotation of the one interviewed. The speaker is the person a question
addresses (in Russian often by given name and patronymic, «Бакыт Таалайбекович»), else the
person the title names. A given name and patronymic alone is how one addresses a person named
in full elsewhere, not another person. A single dash line with a question in a story is no
interview (guard). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_RU = """date 2026-03-02 Айбек Омуралиев: «Мы подписали пять документов» - Вестник

Айбек Омуралиев: «Мы подписали пять документов»

2 марта в Бишкеке прошло заседание межправительственной комиссии. Кыргызскую часть комиссии возглавляет министр энергетики Айбек Омуралиев, казахскую — вице-министр Серик Жумабаев. После заседания министр ответил на вопросы редакции.

— Айбек Калыбекович, что подписано по итогам заседания?

— Подписано пять документов, главный из них касается совместного строительства гидроэлектростанции на реке Чу.

— А водные вопросы? В прошлом году о них много говорили.

— Соглашение о водных ресурсах мы пока не подписали, текст ещё согласовывают эксперты обеих стран.

— Когда следующее заседание?

— Следующее заседание пройдёт в Астане осенью, там мы рассчитываем подписать соглашение.
"""

_FR = """date 2026-03-02 Moussa Keïta : « Nous avons signé cinq textes » - Le Journal

Moussa Keïta : « Nous avons signé cinq textes »

La commission mixte s'est réunie le 2 mars à Bamako sous la présidence du ministre malien de l'Énergie, Moussa Keïta, et de son homologue nigérien, Ali Mahamadou. De retour de la séance, le ministre a répondu à nos questions.

— Monsieur le ministre, qu'avez-vous signé à Bamako ?

— Nous avons signé cinq textes, dont le plus important porte sur l'interconnexion de nos réseaux électriques.

— Et la question de l'eau ? On en parlait beaucoup l'an dernier.

— L'accord sur le fleuve n'est pas encore signé, les experts des deux pays en discutent toujours le texte.

— Quand aura lieu la prochaine session ?

— La prochaine session se tiendra à Niamey à l'automne, et nous espérons y signer cet accord.
"""

_EN = """date 2026-03-02 John Mwangi: "We signed five agreements" - The Ledger

John Mwangi: "We signed five agreements"

The joint commission met in Nairobi on 2 March under Kenya's energy minister John Mwangi and Uganda's minister Ruth Nankabirwa. After the session the minister answered our questions.

— Minister, what did you sign in Nairobi?

— We signed five agreements, the most important on connecting our two power grids.

— And water? People talked about it a lot last year.

— The agreement on the lake is not signed yet, our experts are still discussing the text.

— When is the next session?

— The next session will be held in Kampala in the autumn, and we hope to sign that agreement there.
"""


_ANSWERS = (
    "Подписано",
    "Соглашение о водных",
    "Следующее",
    "Nous avons signé cinq textes,",
    "L'accord sur le fleuve",
    "La prochaine",
    "We signed five agreements,",
    "The agreement on the lake",
    "The next session",
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [(_RU, "Айбек Омуралиев"), (_FR, "Moussa Keïta"), (_EN, "John Mwangi")],
)
def test_answers_are_the_interviewees(text, speaker):
    quotes = read(text).quotes
    answers = [q for q in quotes if q.text.startswith(_ANSWERS)]
    assert len(answers) == 3
    assert {q.speaker for q in answers} == {speaker}


def test_an_answer_after_a_question_with_more_words():
    """«— А водные вопросы? В прошлом году …»: a question that goes on after its mark."""
    quotes = read(_RU).quotes
    assert any(q.text.startswith("Соглашение о водных ресурсах") for q in quotes)


def test_the_patronymic_addresses_the_person_named_in_full():
    names = [p.name for p in read(_RU).people]
    assert "Айбек Калыбекович" not in names
    assert "Айбек Омуралиев" in names


def test_one_asked_line_in_a_story_is_no_interview():
    text = (
        "date 2026-03-02 Mali et Niger signent un accord - Le Journal\n\n"
        "Le Mali et le Niger ont signé lundi à Niamey un accord sur l'énergie, a annoncé le "
        "ministre malien de l'Énergie, Moussa Keïta.\n\n"
        "— Pourquoi maintenant ?\n\n"
        "— Parce que les réseaux des deux pays sont enfin prêts à être reliés, a-t-il dit.\n"
    )
    assert not any(q.text.startswith("Parce que") for q in read(text).quotes)
