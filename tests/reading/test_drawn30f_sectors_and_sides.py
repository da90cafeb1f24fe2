"""Readings of the thirtieth draw's losses, each as a general construction (invented
sentences in French, English and Russian):

- a participle naming what a text centres on ("a defence programme, centred on training
  officers", "axé sur", «ориентированную на») is part of the domain the text's own words name;
- a clause after a mention's topic telling what the text does ("an agreement on labour
  mobility that opens routes for workers in agriculture") adds no domain, unless it names
  more content ("that also covers");
- the sea as a milieu ("la protection du milieu marin", "the marine environment", «морская
  среда») is environment, and a grid's operator or connection energy;
- a denied report that tells a signing before the text ("rejected reports that Dakar had
  signed a supply deal", "a démenti les informations selon lesquelles … aurait signé un
  contrat", «опроверг сообщения о том, что … подписал контракт») names no agreement;
- a text signed on the sidelines of a commission's session does not take the commission's
  fields, nor "on the sidelines of" into its title;
- a company's seat of several words ("the Abu Dhabi-based Primera Group") is no part of its
  name;
- a surname that is also a state's name ("Prime Minister Luís Montenegro") is no party.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _agreements(text: str) -> list[tuple[list[str], list[str]]]:
    return [(sorted(a.parties), a.sectors) for a in read(text.encode(), "article.txt").agreements]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Kenya and Uganda signed a defence cooperation programme for 2026-2028, centred on "
            "training officers and on maritime surveillance.",
            ["defence"],
        ),
        (
            "Le Mali et le Niger ont signé un programme de coopération militaire pour 2026-2028, "
            "axé sur la formation des officiers et la surveillance aérienne.",
            ["defence"],
        ),
        (
            "Казахстан и Узбекистан подписали программу военного сотрудничества, ориентированную "
            "на подготовку офицеров и морское патрулирование.",
            ["defence"],
        ),
    ],
)
def test_a_focus_is_part_of_the_named_domain(text: str, sectors: list[str]) -> None:
    assert [s for _, s in _agreements(text)] == [sectors]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "Ghana and Qatar signed an agreement on labour mobility that opens legal routes for "
            "Ghanaian workers in agriculture, construction and tourism.",
            ["migration"],
        ),
        (
            "Le Sénégal et l'Espagne ont signé un accord sur la migration de travail qui ouvre "
            "des voies légales aux travailleurs dans l'agriculture, le bâtiment et le tourisme.",
            ["migration"],
        ),
        (
            "Узбекистан и Южная Корея подписали соглашение о трудовой миграции, которое "
            "открывает легальные пути для работников в сельском хозяйстве, строительстве и "
            "туризме.",
            ["migration"],
        ),
    ],
)
def test_what_a_text_does_adds_no_domain(text: str, sectors: list[str]) -> None:
    assert [s for _, s in _agreements(text)] == [sectors]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        (
            "La Turquie et la Somalie signeront un protocole sur la protection du milieu marin "
            "et côtier autour du site.",
            "environment",
        ),
        (
            "Турция и Сомали подпишут протокол о защите морской среды вокруг объекта.",
            "environment",
        ),
        (
            "ACWA Power signed a memorandum with grid operator KEGOC on connecting the plant.",
            "energy",
        ),
    ],
)
def test_sea_milieu_and_grid(text: str, sector: str) -> None:
    assert [s for _, s in _agreements(text)] == [[sector]]


def test_a_denied_reported_signing_is_no_agreement() -> None:
    text = (
        "Ghana signed a power purchase agreement with Karpowership on Monday. The ministry "
        "rejected media reports, relayed on social networks, that Accra had signed a "
        "long-term LNG supply deal with a Russian company."
    )
    assert len(_agreements(text)) == 1


def test_a_text_beside_a_session_takes_not_the_bodys_fields() -> None:
    reading = read(
        b"Kazakh Energy Minister Almasadam Satkaliyev and ACWA Power CEO Marco Arcelli "
        b"signed an agreement on the sidelines of the fifth session of the Saudi-Kazakh "
        b"Intergovernmental Commission on Trade, Economic, Scientific and Technical "
        b"Cooperation.",
        "article.txt",
    )
    (only,) = reading.agreements
    assert "trade" not in only.sectors and "research" not in only.sectors
    assert "sidelines" not in (only.title or "")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya signed a memorandum of understanding with the Abu Dhabi-based Primera Group on "
        "gold exports.",
        "Kenya signed a supply contract with Hong Kong-listed Primera Group for a power plant.",
    ],
)
def test_a_seat_of_several_words_is_not_the_name(text: str) -> None:
    assert "Primera Group" in read(text.encode(), "article.txt").parties


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Portugal and Botswana signed five cooperation instruments on Wednesday at the third "
            "Portugal-Botswana summit, held in Lisbon under the chairmanship of Prime Minister "
            "Luís Montenegro and his Botswanan counterpart, Duma Boko.",
            {"PRT", "BWA"},
        ),
        (
            "Le Portugal et le Sénégal ont signé cinq accords mercredi lors du sommet tenu à "
            "Lisbonne sous la présidence du Premier ministre Luís Montenegro et de son homologue "
            "sénégalais, Ousmane Sonko.",
            {"PRT", "SEN"},
        ),
    ],
)
def test_a_surname_that_names_a_state_is_no_party(text: str, states: set[str]) -> None:
    assert set(read(text.encode(), "article.txt").parties) == states
    # the state itself still reads
    reading = read(b"Serbia and Montenegro signed a trade agreement in Belgrade.", "a.txt")
    assert set(reading.parties) == {"SRB", "MNE"}
