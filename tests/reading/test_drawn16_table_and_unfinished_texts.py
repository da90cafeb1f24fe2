"""Texts of a signing told in a table and around it:
- a table's first row that names its columns ("| N° | Intitulé | Domaine |", "| No. | Title |
  Field |", «| № | Название | Сфера |») is no text of the list;
- a text named by its domain that could not be finished ("Le texte sur le transport aérien
  n'a pas pu être finalisé", "The text on air transport could not be finalised", «Документ о
  воздушном транспорте доработать не удалось») is a text still to sign (planned); a text told
  signed, beside talks that failed on something else, is no such text (guard);
- a definite mention that shortens an earlier title ("pour le mémorandum sur
  l'interconnexion" after "un mémorandum d'entente sur l'interconnexion électrique entre …")
  is the text read, not a second one.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    ("intro", "heads", "row1", "row2"),
    [
        (
            "Les textes signés mardi à Niamey par le Mali et le Niger se répartissent comme suit :",
            "| N° | Intitulé | Domaine |",
            "| 1 | Accord de coopération dans le domaine de la santé | Santé |",
            "| 2 | Mémorandum d'entente sur l'énergie solaire | Énergie |",
        ),
        (
            "The texts signed by Mali and Niger in Niamey on Tuesday are as follows:",
            "| No. | Title | Field |",
            "| 1 | Agreement on cooperation in health | Health |",
            "| 2 | Memorandum of understanding on solar energy | Energy |",
        ),
        (
            "Документы, подписанные Мали и Нигером во вторник в Ниамее, приведены ниже:",
            "| № | Название | Сфера |",
            "| 1 | Соглашение о сотрудничестве в области здравоохранения | Здравоохранение |",
            "| 2 | Меморандум о взаимопонимании в области солнечной энергетики | Энергетика |",
        ),
    ],
)
def test_column_heads_are_no_text(intro, heads, row1, row2):
    agreements = read(f"{intro}\n\n{heads}\n{row1}\n{row2}\n").agreements
    assert sorted(a.sectors[0] for a in agreements) == ["energy", "health"]
    assert all(a.sectors for a in agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et le Niger ont signé un accord sur l'énergie à Niamey mardi. Le texte sur le "
        "transport aérien, longuement discuté par les experts, n'a en revanche pas pu être "
        "finalisé.",
        "Mali and Niger signed an energy agreement in Niamey on Tuesday. The text on air "
        "transport, long discussed by the experts, could not be finalised.",
        "Мали и Нигер подписали соглашение об энергетике в Ниамее во вторник. Документ о "
        "воздушном транспорте, который долго обсуждали эксперты, доработать не удалось.",
    ],
)
def test_a_text_not_finished_is_planned(text):
    statuses = {a.sectors[0]: a.status for a in read(text).agreements}
    assert statuses == {"energy": "signed", "transport": "planned"}


def test_a_text_told_signed_is_no_unfinished_one():
    agreements = read(
        "Mali and Niger signed an energy agreement in Niamey on Tuesday. The text on energy "
        "was signed by the ministers, though talks on transport could not be concluded."
    ).agreements
    assert [a.status for a in agreements] == ["signed"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et le Niger ont signé un accord de coopération dans le domaine des transports "
        "et un mémorandum d'entente sur l'interconnexion électrique entre les deux réseaux "
        "nationaux. Côté malien, les textes ont été signés par les ministres concernés, dont le "
        "ministre des Transports, Ali Traoré, pour l'accord sur les transports, et le ministre "
        "de l'Énergie, Issa Diarra, pour le mémorandum sur l'interconnexion.",
        "Mali and Niger signed an agreement on cooperation in transport and a memorandum of "
        "understanding on the electricity interconnection between the two national grids. On "
        "the Malian side, the texts were signed by the ministers concerned, including Transport "
        "Minister Ali Traore for the transport agreement and Energy Minister Issa Diarra for the "
        "memorandum on the interconnection.",
    ],
)
def test_a_shortened_title_is_the_text_read(text):
    agreements = read(text).agreements
    assert sorted((a.kind, a.sectors[0]) for a in agreements) == [
        ("agreement", "transport"),
        ("memorandum", "energy"),
    ]
