"""Agreement mentions of the ninth draw's Russian documents (session 20, drawC20).

Invented sentences, each shape in the languages where it occurs:
- a text claimed by others and denied elsewhere in the text by its own content («Никакого
  соглашения о создании военно-морской базы не подписывалось», "No agreement on a naval base
  was signed") is no agreement; a text signed and another of other content denied stay;
- a text named by reference to the field just told («соглашение в этой сфере», "an agreement
  in this area") has that field's domains (and, in Russian, is a new text, not a repeat);
- a text «пока не подписано» after a relative clause («, о котором стороны договорились в
  2022 году,») is planned;
- an older text whose title names the cooperation as its content («соглашение о техническом
  сотрудничестве, подписанное в 2011 году») is general, not about the new text the same
  sentence names.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_OPENING = {
    "ru": "Министр иностранных дел Казахстана встретился в Астане с министром иностранных дел "
    "Вьетнама. ",
    "en": "The foreign minister of Kazakhstan met the foreign minister of Vietnam in Astana. ",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Вопрос: Ряд изданий пишет, что Казахстан и Вьетнам в мае подписали секретное "
            "соглашение о создании военно-морской базы в Камрани. Это так?\n\n"
            "Ответ: Нет. Никакого соглашения о создании военно-морской базы не подписывалось.",
        ),
        (
            "en",
            "Several outlets claimed that Kazakhstan and Vietnam signed a secret agreement on a "
            "naval base at Cam Ranh in May.\n\nNo agreement on a naval base was signed, "
            "the ministry said.",
        ),
    ],
)
def test_a_claim_denied_elsewhere_is_no_text(lang: str, text: str) -> None:
    assert read(_OPENING[lang] + "\n\n" + text).agreements == []


def test_guard_another_text_denied() -> None:
    text = (
        _OPENING["en"] + "They signed an agreement on fisheries cooperation in May.\n\n"
        "No agreement on a naval base was signed, the ministry said."
    )
    assert [a.sectors for a in read(text).agreements] == [["agriculture"]]


@pytest.mark.parametrize(
    "text",
    [
        "В марте министерства подписали меморандум о сотрудничестве в области "
        "здравоохранения. Сейчас в стадии подготовки находится межправительственное "
        "соглашение в этой сфере.",
        "In March, Kazatomprom and the Vietnamese health ministry signed a memorandum on "
        "health cooperation. An intergovernmental agreement in this area is expected to be "
        "signed next year.",
    ],
)
def test_a_text_in_this_field(text: str) -> None:
    lang = "ru" if text[0] == "В" else "en"
    found = read(_OPENING[lang] + text).agreements
    assert [(a.kind, a.sectors, a.status) for a in found][-1] == (
        "agreement",
        ["health"],
        "planned",
    )


def test_not_yet_signed_after_a_relative_clause() -> None:
    text = (
        _OPENING["ru"] + "Министр отметил, что соглашение о воздушном сообщении, о котором "
        "стороны договорились в 2022 году, пока не подписано."
    )
    assert [(a.sectors, a.status) for a in read(text).agreements] == [(["transport"], "planned")]


def test_an_older_cooperation_text_is_general() -> None:
    text = (
        _OPENING["ru"] + "Стороны отметили значение соглашения о техническом сотрудничестве, "
        "подписанного в 2011 году, и договорились подписать соглашение о морском судоходстве."
    )
    found = read(text).agreements
    assert sorted(tuple(a.sectors) for a in found) == [("general",), ("transport",)]
