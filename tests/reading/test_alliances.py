"""Agreements of alliances bind their member states (SPEC: "an agreement or a body of an
alliance lists the member states that take part, not the alliance's code"), for every
alliance the organs gazetteer knows, not only the four the first lists held.

Articles written for these tests (issue 10: on the blind split, agreements of an alliance
of eight or five members were read as between two states).
"""

from __future__ import annotations

import pytest

from suivi.reading import gazetteer
from suivi.reading.gazetteer_data import ALLIANCES, MEMBERS
from suivi.reading.pipeline import read


def sides(text: str) -> list[set[str]]:
    reading = read(text.encode(), "article.txt").to_dict()
    return [set(a["parties"]) for a in reading["agreements"]]


def test_every_alliance_with_members_is_known_to_the_gazetteer():
    for code, (names, members) in ALLIANCES.items():
        assert MEMBERS[code] == list(members)
        if code == "Union State":  # its two members' own union, never a side beside them
            continue
        found = {
            m.code
            for lang in ("fr", "en", "ru")
            for n in names
            for m in gazetteer.find_mentions(f"Le sommet de la {n} a eu lieu.", lang)
        }
        assert code in found, code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arusha, 12 March 2025 - The heads of state of the East African Community signed "
            "a protocol on the free movement of persons at their summit on Wednesday.",
            [set(ALLIANCES["EAC"][1])],
        ),
        (
            "Riyadh, 5 May 2025 - The Gulf Cooperation Council and Japan signed a free trade "
            "agreement on Monday.",
            [{*ALLIANCES["GCC"][1], "JPN"}],
        ),
        (
            "Djibouti, 3 février 2025 - Les ministres des États membres de l'IGAD ont signé un "
            "protocole sur la libre circulation du bétail.",
            [set(ALLIANCES["IGAD"][1])],
        ),
        (
            "Москва, 10 июня 2025 года. Главы государств Евразийского экономического союза "
            "подписали соглашение об общем рынке электроэнергии.",
            [set(ALLIANCES["EAEU"][1])],
        ),
    ],
)
def test_an_alliance_agreement_binds_its_members(text, expected):
    assert sides(text) == expected


def test_heads_of_state_of_a_union_are_not_the_union_state():
    text = (
        "Moscou, 10 juin 2025 - Les chefs d'État de l'Union économique eurasiatique ont signé "
        "un accord sur le marché commun de l'électricité lors du sommet de Minsk."
    )
    assert sides(text) == [set(ALLIANCES["EAEU"][1])]


@pytest.mark.parametrize(
    ("text", "alliance"),
    [
        (
            "Arusha, 12 March 2025 - The East African Community held its 24th ordinary summit "
            "in Arusha on Wednesday, with Ethiopia's Prime Minister attending as a guest. The "
            "heads of state signed a protocol on the free movement of persons. Ethiopia has "
            "applied to join the bloc.",
            "EAC",
        ),
        (
            "Bamako, 5 avril 2025 - Les ministres des Affaires étrangères de l'UEMOA se sont "
            "réunis à Dakar. Ils ont signé une convention sur la libre circulation. La Guinée, "
            "pays voisin, suit ces travaux.",
            "WAEMU",
        ),
        (
            "Gaborone, 17 August 2025 - SADC leaders met in Antananarivo for their annual "
            "summit. The member states signed a protocol on energy.",
            "SADC",
        ),
    ],
)
def test_a_story_that_opens_on_an_alliance_gives_its_members_not_the_host_or_a_guest(
    text, alliance
):
    assert sides(text) == [set(ALLIANCES[alliance][1])]


def test_a_partner_the_text_joins_to_the_alliance_is_a_side():
    text = (
        "Москва, 10 июня 2025 года. Соглашение о свободной торговле между Евразийским "
        "экономическим союзом и его государствами-членами, с одной стороны, и Исламской "
        "Республикой Иран, с другой стороны, вступило в силу. Документ определяет режим "
        "торговли товарами."
    )
    assert sides(text)[-1] == {*ALLIANCES["EAEU"][1], "IRN"}
