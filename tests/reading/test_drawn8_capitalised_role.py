"""A title written with a capital, as official communiqués write it («принят Президентом
Республики ...»), is the role whose case a name after it takes (session 19, drawF19).

Invented sentences: the capitalised role noun was taken for a state or a party of the role
and skipped, so a name whose first word does not decline («Эмомали»: it tells no case)
kept its instrumental surname.
"""

from __future__ import annotations

import pytest

from suivi.reading.people_roles import russian_role_case
from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Министр был принят Президентом Республики Таджикистан Эмомали Рахмоном.",
            "Эмомали Рахмон",
        ),
        ("Делегация встретилась с Президентом Таджикистана Эмомали Рахмоном.", "Эмомали Рахмон"),
        ("Посол был принят Премьер-министром Республики Сенегал Усманом Сонко.", "Усман Сонко"),
    ],
)
def test_name_after_a_capitalised_role_is_put_in_the_nominative(text: str, name: str) -> None:
    assert [p.name for p in read(text).people] == [name]


def test_capitalised_role_gives_the_case() -> None:
    text = "Министр был принят Президентом Республики Таджикистан Эмомали Рахмоном."
    assert russian_role_case(text, text.index("Эмомали")) == "ablt"


def test_a_state_before_the_name_is_still_skipped() -> None:
    text = "Министр встретился с генеральным секретарём ЦК партии Вьетнама То Ламом."
    assert russian_role_case(text, text.index("То Ламом")) == "ablt"
