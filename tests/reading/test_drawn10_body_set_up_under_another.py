"""A body referred back to only as where another is set up («созданная при комиссии рабочая
группа будет собираться раз в квартал», "the working group set up under the Commission will
meet every quarter") takes no cadence from the sentence: it is the group's (SPEC: a body's
`cadence_months` as the text gives it for that body). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _cadences(text: str) -> dict[str, int | None]:
    return {b.name: b.cadence_months for b in read(text.encode(), "article.txt").bodies}


@pytest.mark.parametrize(
    ("text", "commission", "group"),
    [
        (
            "VII заседание Армяно-индийской межправительственной комиссии по экономическому "
            "сотрудничеству прошло в Ереване. Стороны договорились, что созданная при комиссии "
            "совместная рабочая группа по энергетике будет собираться раз в квартал.",
            "Армяно-индийская межправительственная комиссия по экономическому сотрудничеству",
            "совместная рабочая группа по энергетике",
        ),
        (
            "The 5th session of the Ghana-Togo Joint Commission on Cooperation was held in "
            "Accra. The sides agreed that a joint working group on energy set up under the "
            "Commission will meet every quarter.",
            "Ghana-Togo Joint Commission on Cooperation",
            "joint working group",
        ),
        (
            "La 5e session de la Commission mixte de coopération ghanéo-togolaise s'est tenue à "
            "Accra. Les parties ont convenu que le groupe de travail mixte sur l'énergie créé "
            "auprès de la commission se réunira chaque trimestre.",
            "Commission mixte de coopération ghanéo-togolaise",
            "groupe de travail mixte",
        ),
    ],
)
def test_the_cadence_is_the_group_s(text, commission, group):
    cadences = _cadences(text)
    assert cadences.get(commission, "missing") is None
    assert cadences.get(group) == 3
