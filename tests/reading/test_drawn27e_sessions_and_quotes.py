"""Sessions: an elided ordinal after a comma and a conjunction («…, а 15-е состоится в Москве
в 2027 году», ", and the 15th will be held in Nairobi", ", et la 15e se tiendra à Dakar") is
the next session of the body just named; a rank among the year's meetings ("its third
meeting this year") is no session number. Quotes: a law's title in quotation marks
(«Федеральный закон «О ратификации …»») is no quotation, and «в Комитете заявили: «…»» is the
institution's, not the person named before (SPEC, quotes). Power stations that burn fuel
(«ТЭЦ», «ТЭС», «теплоэлектростанция») are energy (English and French had them already). Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.sectors import sectors_of


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Казахстан провели 14-е заседание Межправительственной комиссии по "
        "сотрудничеству в Астане 3 марта 2026 года. Предыдущее, 13-е заседание прошло в Москве в "
        "мае 2025 года, а 15-е состоится в Москве в 2027 году.",
        "Kenya and Uganda held the 14th session of the Joint Permanent Commission in Kampala on "
        "3 March 2026. The 13th session took place in Nairobi in May 2025, and the 15th will be "
        "held in Nairobi in 2027.",
        "Le Sénégal et la Gambie ont tenu la 14e session de la Commission mixte de coopération "
        "à Banjul le 3 mars 2026. La 13e session s'était tenue à Dakar en mai 2025, et la 15e se "
        "tiendra à Dakar en 2027.",
    ],
)
def test_the_elided_ordinal_after_a_conjunction(text):
    numbers = sorted(s.number for s in _read(text).sessions if s.number)
    assert numbers == [13, 14, 15]


@pytest.mark.parametrize(
    "text",
    [
        "date 2026-10-27 Caspian talks - Monitor\nDeputy transport ministers of Kazakhstan, "
        "Azerbaijan and Turkmenistan met on October 8 in Turkmenbashi in the trilateral working "
        "group on Caspian shipping. It was the group's third meeting this year.",
    ],
)
def test_a_rank_of_the_year_is_no_session_number(text):
    assert all(s.number != 3 for s in _read(text).sessions)


@pytest.mark.parametrize(
    "text",
    [
        "Государственная дума одобрила Федеральный закон «О ратификации Соглашения между "
        "Россией и Египтом о сотрудничестве в области туризма».",
        'The Senate passed the law "On the ratification of the agreement between Kazakhstan '
        'and Turkey on road transport" on Tuesday.',
        "L'Assemblée a adopté la loi « portant ratification de l'accord de coopération entre "
        "le Mali et la Russie en matière de défense ».",
    ],
)
def test_a_law_title_is_no_quote(text):
    assert _read(text).quotes == []


def test_the_committee_speaks_for_itself():
    text = (
        "Представляя закон, первый заместитель председателя комитета Андрей Климов подчеркнул: "
        "«Соглашение не создаёт для России новых обязательств и открывает рынки».\n\n"
        "Сенаторы также приняли к сведению информацию о применении соглашения о торговле.\n\n"
        "В ответ на публикации ряда зарубежных СМИ о возможном выходе одного из государств из "
        "союза в Комитете заявили: «Подобные сообщения не соответствуют действительности, "
        "никаких переговоров не велось»."
    )
    assert [q.speaker for q in _read(text).quotes] == ["Андрей Климов", None]


@pytest.mark.parametrize(
    "text",
    [
        "соглашение о строительстве теплоэлектростанции ТЭЦ-5",
        "строительство ТЭС в Ташкенте",
    ],
)
def test_thermal_power_is_energy(text):
    assert "energy" in sectors_of(text)
