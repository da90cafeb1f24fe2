"""An institution that speaks in a message, a post or a letter ("l'ambassade a salué le vote
dans un message publié sur ses réseaux sociaux : « ... »", "the embassy welcomed the vote in
a post on social media: "..."", «посольство приветствовало голосование в публикации в
соцсетях: «...»») is quoted with no speaker (SPEC), as "in a statement" already was: the
minister quoted just before does not speak it. A person who writes the message keeps it.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre de la Défense, Paul Ndiaye, a défendu le texte : « Cet accord nous "
        "donne des moyens que nous choisissons nous-mêmes », a-t-il déclaré. L'ambassade du "
        "Japon à Dakar a salué le vote dans un message publié sur ses réseaux sociaux : "
        "« Cette ratification ouvre une nouvelle page de notre partenariat. »",
        'Defence Minister Paul Mensah defended the text. "This agreement gives us means we '
        'choose ourselves," he said. The Japanese embassy in Accra welcomed the vote in a '
        'post on social media: "This ratification opens a new page of our partnership."',
        "Министр обороны Павел Иванов защитил текст: «Это соглашение даёт нам средства, "
        "которые мы выбираем сами», — заявил он. Посольство Японии в Минске приветствовало "
        "голосование в публикации в социальных сетях: «Эта ратификация открывает новую "
        "страницу нашего партнёрства».",
    ],
)
def test_an_institutions_message_has_no_speaker(text: str) -> None:
    speakers = [q.speaker for q in read(text).quotes]
    assert len(speakers) == 2 and speakers[0] is not None and speakers[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Ndiaye a salué le vote dans un message publié sur ses réseaux "
        "sociaux : « Cette ratification ouvre une nouvelle page de notre partenariat. »",
        'Minister Paul Mensah welcomed the vote in a post on social media: "This '
        'ratification opens a new page of our partnership."',
    ],
)
def test_a_persons_message_stays_his(text: str) -> None:
    assert [q.speaker for q in read(text).quotes] == [
        "Paul Ndiaye" if "Ndiaye" in text else "Paul Mensah"
    ]
