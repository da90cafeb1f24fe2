"""A text a denied report told of is no agreement (SPEC lists the agreements a text identifies,
not rumours it refutes), when the denial comes first and the report after it: "denied reports
in the press of an alleged defence agreement", "a démenti les informations sur un accord",
«опроверг сообщения СМИ о якобы обсуждавшемся соглашении». The state whose press told the
report is no party. A signing after the denial still signs. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

SIGNED = {
    "en": "Kenya and Uganda signed an energy agreement on Monday. ",
    "fr": "Le Kenya et l'Ouganda ont signé lundi un accord sur l'énergie. ",
    "ru": "Кения и Уганда подписали в понедельник соглашение об энергетике. ",
}


@pytest.mark.parametrize(
    "lang, denial",
    [
        (
            "en",
            "Nairobi denied reports in the Tanzanian press of an alleged defence agreement "
            "between the two countries.",
        ),
        (
            "fr",
            "Le ministère kényan a démenti les informations de médias tanzaniens sur un accord "
            "militaire prétendument discuté à Kampala.",
        ),
        ("fr", "Nairobi a démenti des rumeurs sur un accord de défense avec la Tanzanie."),
        (
            "ru",
            "В МИД Кении опровергли сообщения ряда танзанийских СМИ о якобы обсуждавшемся в "
            "Кампале соглашении о военном сотрудничестве.",
        ),
        ("ru", "Найроби опроверг слухи о соглашении в области обороны с Танзанией."),
    ],
)
def test_the_denied_report_tells_no_agreement(lang, denial):
    reading = read(SIGNED[lang] + denial)
    assert [a.sectors for a in reading.agreements] == [["energy"]]
    assert "TZA" not in reading.parties


def test_a_signing_after_the_denial_still_signs():
    reading = read(
        "Nairobi denied reports of tension with Kampala and signed a defence agreement with "
        "Uganda on Monday."
    )
    assert [a.sectors for a in reading.agreements] == [["defence"]]
