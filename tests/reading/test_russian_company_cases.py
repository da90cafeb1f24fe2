"""Russian companies in every case: the lemmatiser does not know «Алроса», so its guess for
«Алросой» («алроса») was not its guess for the name («алрос»), and the company was lost; an
acronym with its case ending («КАМАЗом») was not an acronym; a name in two spellings («Алроса»,
«АЛРОСА») kept only the last. A company named less than its own state in a story does not
take the state's place as the story's side. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import agreement_sides

from suivi.reading import gazetteer


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("Алросой", "ALROSA"),
        ("Алросе", "ALROSA"),
        ("Алроса", "ALROSA"),
        ("АЛРОСА", "ALROSA"),
        ("КАМАЗом", "KAMAZ"),
        ("Ростехом", "Rostec"),
        ("Уралхимом", "Uralchem"),
        ("Новатэком", "NOVATEK"),
        ("Росгео", "Rosgeo"),
    ],
)
def test_a_company_in_any_case(form, code):
    mentions = gazetteer.find_mentions(f"Мали подписала соглашение с {form}.", "ru")
    assert [m.code for m in mentions] == ["MLI", code]


def test_the_cases_of_a_one_word_name():
    assert gazetteer.russian_case_forms("Алроса") == [
        "Алросы", "Алросе", "Алросу", "Алросой", "Алросою",
    ]  # fmt: skip
    assert gazetteer.russian_case_forms("Росгео") == []
    assert gazetteer.russian_case_forms("Интер РАО") == []


def test_a_company_named_in_passing_leaves_its_state_the_side():
    text = (
        "В Мапуту прошло заседание российско-мозамбикской межправительственной комиссии.\n\n"
        "По итогам подписаны: соглашение о сотрудничестве в области рыболовства; меморандум "
        "о сотрудничестве в сфере геологии.\n\n"
        "Кроме того, ПАО «КАМАЗ» подписало меморандум о взаимопонимании с Министерством "
        "транспорта Мозамбика. В течение года будет открыт сервисный центр КАМАЗа."
    )
    assert agreement_sides(text) == [["MOZ", "RUS"], ["MOZ", "RUS"], ["KAMAZ", "MOZ"]]
