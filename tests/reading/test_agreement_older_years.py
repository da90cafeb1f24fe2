"""Agreements signed before the reported event, dated by a year said after the mention ("in
2019", "en 2019") or relative to the page's date ("last year", "l'an dernier", «в прошлом
году»). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "Ghana and Togo signed an agreement on electricity supply last year.", "2024"),
        ("en", "Ghana and Togo signed a memorandum on trade in 2019.", "2019"),
        ("fr", "Le Bénin et le Niger avaient signé l'an dernier un accord sur la pêche.", "2024"),
        ("fr", "Le Bénin et le Niger ont signé un accord sur la pêche en 2021.", "2021"),
        (
            "ru",
            "Россия и Гана в прошлом году подписали соглашение о сотрудничестве в области "
            "здравоохранения.",
            "2024",
        ),
    ],
)
def test_an_older_text_takes_its_own_year(lang, text, date):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    assert [a.date for a in found] == [date]


def test_last_year_in_another_clause_dates_nothing():
    found, _ = agreements.extract(
        context(
            "Trade between Ghana and Togo grew sharply last year, and on Monday the two "
            "countries signed an agreement on electricity supply.",
            "en",
            published="2025-03-10",
        )
    )
    assert [a.date for a in found] != ["2024"]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "ru",
            "Россия и Египет обсудили ход реализации соглашения о сотрудничестве в области "
            "мирного использования атомной энергии от 19 ноября 2015 года.",
            "2015-11-19",
        ),
        (
            "ru",
            "Стороны обсудили ход реализации соглашения между Россией и Египтом о "
            "сотрудничестве в области мирного использования атомной энергии от 2017 года.",
            "2017",
        ),
        (
            "fr",
            "Le Mali et la Russie ont évoqué l'application de l'accord de coopération dans le "
            "domaine de l'utilisation pacifique de l'énergie atomique du 12 mai 2017.",
            "2017-05-12",
        ),
        (
            "en",
            "Mali and Russia reviewed the intergovernmental agreement on cooperation in the "
            "peaceful uses of atomic energy dated 12 May 2017.",
            "2017-05-12",
        ),
    ],
)
def test_a_text_known_by_its_date_after_a_long_title_was_signed_then(lang, text, date):
    """«от …», "du …", "dated …" name the text's own date however long its title: it was
    signed then, whatever the sentence says was done with it."""
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    assert [(a.date, a.status, a.sectors) for a in found] == [(date, "signed", ["nuclear"])]


def test_an_older_text_of_another_pair_keeps_no_domain_of_the_story():
    """An older text recalled bare is the story's project's; one between two other states
    is theirs, with no domain of the story's."""
    text = (
        "Ghana and Togo signed an agreement on energy on Monday. The ministers recalled the "
        "2000 Algiers Agreement between Ethiopia and Eritrea."
    )
    found, _ = agreements.extract(context(text, "en", published="2025-03-10"))
    assert [(sorted(a.parties), a.sectors) for a in found] == [
        (["GHA", "TGO"], ["energy"]),
        (["ERI", "ETH"], ["general"]),
    ]
