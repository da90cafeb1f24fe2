"""Texts renewed, extended or amended at the event. A renewal is the old text signed again:
one agreement, `signed` at the event, whatever year the text carries ("renewed a 2019
memorandum"). An amendment to a dated text is a text of its own, signed at the event, and
the text it amends is mentioned in passing with its own year (SPEC: included): two. A
duration ("for five years", «на пять лет») counts no texts. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements, totals
from suivi.reading.pipeline import read as read_document


def read(text: str, lang: str):
    found, total = agreements.extract(context(text, lang, published="2026-05-04"))
    for a in found:
        assert a.evidence in text
    return found, total


@pytest.mark.parametrize(
    ("lang", "text", "sector"),
    [
        (
            "en",
            "Ghana and Kenya on Monday renewed a 2019 memorandum of understanding on "
            "cooperation in higher education for a further five years.",
            "education",
        ),
        (
            "fr",
            "Le Sénégal et le Maroc ont renouvelé pour cinq ans le mémorandum d'entente de 2021 "
            "sur la coopération portuaire.",
            "transport",
        ),
        ("fr", "Le Sénégal et la Mauritanie ont prorogé l'accord de pêche de 2020.", "agriculture"),
        (
            "ru",
            "Россия и Мьянма продлили действие соглашения 2016 года о военно-техническом "
            "сотрудничестве.",
            "defence",
        ),
    ],
)
def test_a_renewed_text_is_one_signed_at_the_event(lang, text, sector):
    found, _ = read(text, lang)
    assert [(a.sectors, a.status) for a in found] == [([sector], "signed")]
    assert found[0].date is None or found[0].date.startswith("2026")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Россия и Лаос продлили на пять лет соглашение о сотрудничестве в области рыболовства.",
        ),
        ("en", "Ghana and Kenya renewed for five years their memorandum on fisheries."),
        ("fr", "Le Bénin et le Togo ont reconduit pour trois ans leur accord sur la pêche."),
    ],
)
def test_a_renewal_for_years_is_one_text_and_no_count(lang, text):
    found, total = read(text, lang)
    assert [a.sectors for a in found] == [["agriculture"]]
    assert total is None
    assert totals.total(text) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Sénégal et le Maroc ont signé un avenant à la convention de 2019 relative au "
            "transport aérien.",
        ),
        ("en", "Ghana and Kenya signed an amendment to the 2018 air services agreement."),
    ],
)
def test_an_amendment_to_a_dated_text_is_a_text_beside_the_older_one(lang, text):
    found, _ = read(text, lang)
    older = "2018" if lang == "en" else "2019"
    assert [a.sectors for a in found] == [["transport"], ["transport"]]
    amendment = next(a for a in found if a.kind == "other")
    amended = next(a for a in found if a is not amendment)
    assert amended.date == older
    assert amendment.status == "signed" and amendment.date != older


def test_an_amendment_to_an_undated_text_is_one_text():
    found, _ = read("Ghana and Kenya signed an amendment to the air services agreement.", "en")
    assert [(a.sectors, a.status) for a in found] == [(["transport"], "signed")]


def test_the_bank_of_russia_is_russia():
    reading = read_document(
        "МОСКВА, 3 марта 2026 года. Россия и Мьянма подписали меморандум между Банком России и "
        "Центральным банком Мьянмы о сотрудничестве в сфере платежных систем."
    )
    assert [sorted(a.parties) for a in reading.agreements] == [["MMR", "RUS"]]
    assert sorted(reading.parties) == ["MMR", "RUS"]


@pytest.mark.parametrize(
    ("lang", "text", "older", "sector"),
    [
        (
            "en",
            "Ghana and Kenya signed a protocol amending the 2015 air services agreement.",
            "2015",
            "transport",
        ),
        (
            "fr",
            "Le Sénégal et le Maroc ont signé un protocole portant modification de l'accord de "
            "2015 sur le transport aérien.",
            "2015",
            "transport",
        ),
        (
            "ru",
            "Россия и Египет подписали протокол о внесении изменений в соглашение 2015 года о "
            "воздушном сообщении.",
            "2015",
            "transport",
        ),
        (
            "ru",
            "Россия и Египет подписали протокол о продлении срока действия соглашения 2016 года "
            "о рыболовстве.",
            "2016",
            "agriculture",
        ),
    ],
)
def test_an_amending_protocol_is_signed_now_beside_the_dated_text_it_amends(
    lang, text, older, sector
):
    found, _ = read(text, lang)
    assert sorted((a.kind, a.sectors[0], a.date == older) for a in found) == [
        ("agreement", sector, True),
        ("protocol", sector, False),
    ]


def test_an_agreed_extension_keeps_the_year_of_the_text_to_extend():
    found, _ = read(
        "Россия и Египет договорились о продлении меморандума 2020 года о сотрудничестве в "
        "области здравоохранения.",
        "ru",
    )
    assert [(a.sectors, a.date) for a in found] == [(["health"], "2020")]
