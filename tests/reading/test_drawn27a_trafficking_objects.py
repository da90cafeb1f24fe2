"""The objects listed after an illicit trafficking are the trafficking's: "illicit trafficking
in firearms, ammunition and explosives", «незаконный оборот огнестрельного оружия,
боеприпасов и взрывчатых веществ», "le trafic illicite d'armes à feu, de munitions et
d'explosifs" are security (SPEC: police), not defence; the member states' dash («государств –
участников») is inside a title. Invented phrases."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "соглашение о противодействии незаконному обороту огнестрельного оружия, боеприпасов "
        "и взрывчатых веществ",
        "agreement on combating illicit trafficking in firearms, ammunition and explosives",
        "accord sur la lutte contre le trafic illicite d'armes à feu, de munitions et d'explosifs",
    ],
)
def test_trafficking_of_arms_is_security(text: str) -> None:
    assert sectors_of(text) == ["security"]


def test_ammunition_alone_stays_defence() -> None:
    """Guard (passes on the start code too)."""
    assert sectors_of("a contract for the supply of ammunition") == ["defence"]


def test_member_states_dash_inside_title() -> None:
    found = read(
        "Казахстан и Киргизия подписали Соглашение о сотрудничестве государств – участников "
        "СНГ в области миграции.".encode(),
        "article.txt",
    ).agreements
    assert len(found) == 1
    assert found[0].title.endswith("в области миграции")
