"""Names of works and the author's closing bio are no people of the story (drawB20).

Invented sentences: "the Qarqin canal", "the Sila hydropower plant", "le canal Ahmed Rida",
«плотину Ахмед Рида» name works, not persons; "Malika Yusupova is a water policy analyst based in
Almaty" closes an opinion piece with its author, who does not act in it.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _names(text: str) -> set[str]:
    return {p.name for p in read(text).people}


@pytest.mark.parametrize(
    ("text", "work"),
    [
        (
            "Afghanistan, whose Qarqin Tepa canal could take a fifth of the river's flow, is "
            "party to none of these agreements. President Serdar Berdimuhamedov said the work "
            "would go on.",
            "Qarqin Tepa",
        ),
        (
            "Россия и Казахстан обсудили плотину Ахмед Рида, сообщил министр Нурлан Ногаев.",
            "Ахмед Рида",
        ),
        (
            "Tajikistan and Kyrgyzstan signed a memorandum on the Nurlan Bekov hydropower "
            "plant, said President Emomali Rahmon.",
            "Nurlan Bekov",
        ),
        (
            "Le Maroc et la Mauritanie ont signé un accord sur le canal Ahmed Rida, a indiqué "
            "le ministre Nizar Baraka.",
            "Ahmed Rida",
        ),
    ],
)
def test_a_work_named_like_a_person_is_no_person(text: str, work: str) -> None:
    names = _names(text)
    assert work not in names
    assert len(names) == 1


def test_the_author_bio_closing_a_piece_is_no_person() -> None:
    names = _names(
        "Kazakhstan and Kyrgyzstan signed a water protocol in Bishkek on Friday. Prime "
        "Minister Olzhas Bektenov called it overdue.\n\nMalika Yusupova is a water policy "
        "analyst based in Almaty."
    )
    assert names == {"Olzhas Bektenov"}


@pytest.mark.parametrize(
    "bio",
    [
        "Amira Salem is a senior fellow at the Gulf Energy Institute.",
        "Amira Salem is an associate professor of international relations at Cairo University.",
        "Amira Salem is the director of the energy programme at the Levant Policy Forum.",
        "Amira Salem est chercheuse à l'Institut des relations internationales de Beyrouth.",
    ],
)
def test_a_closing_bio_is_no_person(bio: str) -> None:
    names = _names(
        "Egypt and Jordan signed a gas agreement in Amman on Monday, said Minister Karim "
        "Badawi.\n\n" + bio
    )
    assert names == {"Karim Badawi"}


def test_a_person_told_in_the_story_is_kept() -> None:
    names = _names(
        "Egypt and Jordan signed a gas agreement in Amman on Monday.\n\nAmira Salem is the "
        "minister who signed it for Egypt. She said talks on a second line would begin soon."
        "\n\nKarim Badawi signed for Jordan, and the two will meet again in May to review "
        "the first deliveries and the pipeline's repairs."
    )
    assert names == {"Amira Salem", "Karim Badawi"}
