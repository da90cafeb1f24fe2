"""Four shapes missed on drawn documents (session 28, drawH28). Invented sentences.

- A subcommission by field is a body of its own, like a subcommittee («заседания подкомиссии
  по энергетике и подкомиссии по образованию»): two subcommissions of one sentence are two
  bodies, the second not read as the first's second field. (English and French names of
  subcommittees stay with `bodies` q30: the body tail does not read their fields.)
- The minutes of a session take `general` (SPEC) though the body's name has fields ("the
  Joint Commission on Trade and Economic Cooperation", «комиссии по торгово-экономическому
  сотрудничеству»): those are the body's, not what its minutes settle.
- "The round ended without agreement on the chapter on fisheries", "sans accord sur",
  «без соглашения по»: a bare noun after the preposition is no text.
- A month and its year with a comma ("JUNE, 2026", as parliaments date their reports) is a
  date, the report's own under its title.
"""

from __future__ import annotations

import pytest

from suivi.reading.dates import find_dates
from suivi.reading.pipeline import read


def test_two_subcommissions_in_one_sentence_are_two_bodies() -> None:
    text = (
        "В Ханое состоялось заседание Межправительственной российско-вьетнамской комиссии по "
        "торгово-экономическому сотрудничеству. Накануне прошли заседания подкомиссии по "
        "энергетике и подкомиссии по образованию и науке."
    )
    names = [b.name for b in read(text).bodies]
    assert "подкомиссия по энергетике" in names
    assert any(n.startswith("подкомиссия по образованию") for n in names)
    assert len(names) == 3


def test_subcommission_alone_is_a_body() -> None:
    text = (
        "В Москве прошло заседание подкомиссии по сельскому хозяйству Межправительственной "
        "российско-кенийской комиссии."
    )
    names = [b.name for b in read(text).bodies]
    assert "подкомиссия по сельскому хозяйству" in names


def test_subcommissions_in_the_plural_are_no_body() -> None:
    text = (
        "В Москве прошло заседание Межправительственной российско-кенийской комиссии. "
        "Заседания подкомиссий по энергетике и по туризму прошли накануне."
    )
    assert not any("подкомисси" in b.name for b in read(text).bodies)


@pytest.mark.parametrize(
    "text",
    [
        "The fifth session of the Kenya-Uganda Joint Commission on Trade and Economic "
        "Cooperation was held in Nairobi on 13 November 2026. The Agreed Minutes of the fifth "
        "session of the Kenya-Uganda Joint Commission on Trade and Economic Cooperation were "
        "signed at the close.",
        "La cinquième session de la Commission mixte sénégalo-malienne de coopération "
        "économique et commerciale s'est tenue à Dakar le 13 novembre 2026. Le procès-verbal "
        "de la cinquième session de la Commission mixte sénégalo-malienne de coopération "
        "économique et commerciale a été signé à la clôture.",
        "13 ноября 2026 года в Москве состоялось пятое заседание Межправительственной "
        "российско-вьетнамской комиссии по торгово-экономическому сотрудничеству. По итогам "
        "заседания подписан Протокол пятого заседания Межправительственной "
        "российско-вьетнамской комиссии по торгово-экономическому сотрудничеству.",
    ],
)
def test_minutes_take_no_field_from_the_bodys_name(text: str) -> None:
    (minutes,) = read(text).agreements
    assert minutes.sectors == ["general"]


def test_minutes_keep_a_field_the_text_names() -> None:
    text = (
        "The second session of the Kenya-Uganda Joint Commission was held in Nairobi on 13 "
        "November 2026. The two sides signed the Agreed Minutes of the session on fisheries."
    )
    sectors = [a.sectors for a in read(text).agreements]
    assert ["agriculture"] in sectors


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Japan held the third round of trade negotiations in Nairobi in May, which "
        "ended without agreement on the chapter on fisheries.",
        "Le Sénégal et la Turquie ont tenu à Dakar un cycle de négociations commerciales, qui "
        "s'est achevé sans accord sur le chapitre de la pêche.",
        "Третий раунд переговоров России и Индии о торговле завершился в Дели без соглашения "
        "по главе о рыболовстве.",
    ],
)
def test_without_agreement_is_no_text(text: str) -> None:
    assert read(text).agreements == []


def test_an_agreement_signed_is_still_read() -> None:
    text = "Kenya and Japan signed an agreement on fisheries in Nairobi on Monday."
    assert len(read(text).agreements) == 1


@pytest.mark.parametrize(("phrase", "value"), [("JUNE, 2026", "2026-06"), ("May, 2025", "2025-05")])
def test_month_comma_year_is_a_date(phrase: str, value: str) -> None:
    (found,) = find_dates(phrase)
    assert found.value == value


def test_report_dated_by_month_under_its_title() -> None:
    text = (
        "PARLIAMENT OF KENYA\n\n"
        "REPORT OF THE FINANCE COMMITTEE ON THE LOAN AGREEMENT BETWEEN THE GOVERNMENT OF "
        "JAPAN AND THE GOVERNMENT OF KENYA\n\n"
        "JUNE, 2026\n\n"
        "1.0 INTRODUCTION\n"
        "1.1 The Loan Agreement between the Government of Japan and the Government of Kenya "
        "was laid in the House on Tuesday, 9th June, 2026 by the Minister for Finance.\n"
        "1.2 The Committee met on Thursday, 11th June, 2026 and considered the Agreement. The "
        "Committee hereby submits its report to the House.\n"
    )
    assert read(text, "report.txt").document.published == "2026-06"
