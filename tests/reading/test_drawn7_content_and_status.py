"""What an agreement is about and whether it is signed, four shapes (session 19, drawA19).

- a press agency named by its kind ("l'Agence ivoirienne de presse", "information agency",
  «информационное агентство») is media (SPEC: digital), so an agreement between two of them
  is in that sector;
- drawing a boundary (demarcation, delimitation, «делимитация») is a matter between states:
  diplomacy, the border word it draws included, not security;
- "X fait l'objet d'une convention", "X is the subject of an agreement", «X является
  предметом соглашения»: the subject names the content, before what a later clause adds
  ("; its works are funded by ..." is no economy of the text);
- a text that "sera examiné lors de la prochaine session", "will be considered at the next
  meeting", «будет рассмотрено на следующем заседании» is planned (SPEC: to be examined).
Sentences invented for the tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "La Côte d'Ivoire et le Burkina Faso ont signé plusieurs textes à Abidjan, dont une "
        "convention de coopération entre l'Agence ivoirienne de presse (AIP) et l'Agence "
        "burkinabè d'information (ABI).",
        "Ghana and Togo signed several texts in Accra, including a cooperation agreement "
        "between the Ghana information agency and the Togolese information agency.",
        "Казахстан и Узбекистан подписали в Астане соглашение между Казахским информационным "
        "агентством и Узбекским информационным агентством.",
    ],
)
def test_agreement_between_press_agencies_is_media(text: str) -> None:
    reading = read(text)
    assert [a.sectors for a in reading.agreements] == [["digital"]]


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali et la Guinée ont signé un accord sur la démarcation de leur frontière commune.",
        "Mali and Guinea signed a memorandum on the survey and demarcation of the land boundary.",
        "Казахстан и Узбекистан подписали соглашение о делимитации государственной границы.",
    ],
)
def test_boundary_demarcation_is_diplomacy(text: str) -> None:
    reading = read(text)
    assert [a.sectors for a in reading.agreements] == [["diplomacy"]]


@pytest.mark.parametrize(
    "text",
    [
        "Le Sénégal et la Gambie ont tenu leur conseil présidentiel. Le pont qui reliera Farafenni "
        "à Soma fait l'objet d'une convention signée en mars 2023 par les deux gouvernements ; "
        "ses travaux sont financés par le Sénégal.",
        "Senegal and Gambia held their presidential council. The bridge linking Farafenni and "
        "Soma is the subject of an agreement signed in March 2023 by the two governments; its "
        "works are financed by Senegal.",
        "Казахстан и Узбекистан провели заседание совета. Мост через реку является предметом "
        "соглашения, подписанного в марте 2023 года; его строительство финансирует Казахстан.",
    ],
)
def test_subject_of_an_agreement_names_its_content(text: str) -> None:
    reading = read(text)
    older = [a for a in reading.agreements if (a.date or "").startswith("2023")]
    assert [a.sectors for a in older] == [["infrastructure"]]


@pytest.mark.parametrize(
    "text",
    [
        "Le Sénégal et la Gambie ont tenu leur commission mixte à Banjul. Un accord sur le "
        "transport routier sera examiné lors de la prochaine session.",
        "Senegal and Gambia held their joint commission in Banjul. An agreement on road "
        "transport will be considered at the next session.",
        "Казахстан и Узбекистан провели заседание комиссии в Ташкенте. Соглашение о "
        "автомобильном транспорте будет рассмотрено на следующем заседании.",
    ],
)
def test_text_to_be_examined_is_planned(text: str) -> None:
    reading = read(text)
    assert [a.status for a in reading.agreements] == ["planned"]
