"""An older text told again as entering into force ("The power purchase agreement entered
into force in 2022") is the text read before with its signing year, not a second text; and a
"similar" text right after a sentence about such an older text is like that text. Sentences
written for these tests (drawA26).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed a power purchase agreement in 2016. The power purchase "
        "agreement entered into force in 2022.",
        "Le Kenya et l'Éthiopie ont signé un accord d'achat d'électricité en 2016. L'accord "
        "d'achat d'électricité est entré en vigueur en 2022.",
        "Кения и Эфиопия подписали соглашение о поставках электроэнергии в 2016 году. "
        "Соглашение о поставках электроэнергии вступило в силу в 2022 году.",
    ],
)
def test_entry_into_force_of_a_text_read_before_is_that_text(text):
    [agreement] = read(text).agreements
    assert (agreement.sectors, agreement.status, agreement.date) == (
        ["energy"],
        "in_force",
        "2016",
    )


def test_an_amended_text_told_in_force_later_is_one_text():
    found = read(
        "Parliament on Tuesday ratified an amendment to the 2016 power purchase agreement "
        "between Ghana and Togo. The power purchase agreement entered into force in 2019."
    ).agreements
    assert len(found) == 2
    assert sorted(a.date or "" for a in found) == ["", "2016"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed an agreement on fisheries in 2016. An agreement on energy "
        "entered into force in 2022.",
        "Кения и Эфиопия подписали соглашение о рыболовстве в 2016 году. Соглашение об "
        "энергетике вступило в силу в 2022 году.",
    ],
)
def test_another_text_in_force_stays_another(text):
    assert len(read(text).agreements) == 2


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Ghana and Togo signed an agreement on the road corridor on Monday. The electricity "
            "agreement between the two countries entered into force in 2021. A similar "
            "agreement with Benin is expected to be signed next year.",
            "BEN",
        ),
        (
            "Le Kenya et l'Éthiopie ont signé lundi un accord sur le corridor routier. L'accord "
            "sur l'électricité entre les deux pays est entré en vigueur en 2022. Un accord "
            "similaire avec la Tanzanie devrait être signé d'ici la fin de l'année.",
            "TZA",
        ),
    ],
)
def test_a_similar_text_after_an_older_text_s_sentence_is_like_it(text, other):
    [similar] = [a for a in read(text).agreements if other in a.parties]
    assert similar.sectors == ["energy"]
