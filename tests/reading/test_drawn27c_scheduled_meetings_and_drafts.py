"""Meetings still to come, drafts approved by decree, law titles, names in bodies' names
(drawC30).

Invented sentences:
- a text "to be signed at the next meeting of the Commission on Trade and Economic
  Cooperation" is about its own field, not the commission's (`agreements._SCOPE_END`);
- "The meeting is scheduled for November", «Заседание запланировано на ноябрь», "prévue pour
  novembre" date the meeting the sentence before calls the next one (`dates`, `sessions`);
- «подписал распоряжение об одобрении проекта Соглашения … и о его подписании», "signed an
  order approving the draft agreement": the decree is signed, the agreement still to be;
  its name ends before «и о его подписании» (`agreements._DECREE_ON_DRAFT`, `_title`);
- a law's title in quotation marks after its noun is no quotation (`quotes._NAMING`);
- "the General Authority for Investment and Free Zones (GAFI)": the last words of an
  institution's name before its acronym are no person (`people._ACRONYM_AFTER`).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda discussed a draft agreement on cooperation in geology and mining, "
        "whose signing is expected at the next meeting of the Joint Commission on Trade and "
        "Economic Cooperation.",
        "Казахстан и Монголия обсудили проект соглашения о сотрудничестве в области геологии и "
        "недропользования, подписание которого ожидается на следующем заседании "
        "Межправительственной комиссии по торгово-экономическому сотрудничеству.",
        "Le Sénégal et la Mauritanie ont examiné un projet d'accord dans le domaine des mines, "
        "qui sera signé à la prochaine session de la Commission mixte de coopération "
        "économique et commerciale.",
    ],
)
def test_the_field_of_the_meeting_where_a_text_is_signed_is_not_its_own(text: str) -> None:
    agreements = read(text).agreements
    assert [a.sectors for a in agreements] == [["mining"]]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "date 2026-06-18 Kenya, Uganda\nThe agreement is expected to be signed at the next "
            "meeting of the Kenya-Uganda Joint Commission on Trade and Economic Cooperation. "
            "The meeting is scheduled for March in Kampala.",
            "2027-03",
        ),
        (
            "date 2026-06-18 Казахстан и Монголия\nПодписание ожидается на следующем заседании "
            "Казахстанско-монгольской межправительственной комиссии по торгово-экономическому "
            "сотрудничеству. Заседание запланировано на ноябрь в Улан-Баторе.",
            "2026-11",
        ),
        (
            "date 2026-06-18 Sénégal, Mauritanie\nL'accord devrait être signé à la prochaine "
            "session de la Commission mixte sénégalo-mauritanienne de coopération économique. "
            "La session est prévue pour mars à Nouakchott.",
            "2027-03",
        ),
    ],
)
def test_the_next_meeting_is_dated_by_the_sentence_that_schedules_it(text, start) -> None:
    sessions = read(text).sessions
    assert [(s.number, s.start) for s in sessions] == [(None, start)]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        (
            "date 2026-10-23 Правительство\nМихаил Мишустин подписал распоряжение об одобрении "
            "проекта Соглашения между Правительством Российской Федерации и Правительством "
            "Республики Казахстан о сотрудничестве в области карантина и защиты растений и о "
            "его подписании.",
            ["agriculture"],
        ),
        (
            "date 2026-10-23 Government\nPresident William Ruto signed an order approving the "
            "draft agreement between Kenya and Uganda on plant quarantine.",
            ["agriculture"],
        ),
        (
            "date 2026-10-23 Gouvernement\nLe président Bassirou Diomaye Faye a signé un décret "
            "approuvant le projet d'accord entre le Sénégal et la Mauritanie sur la quarantaine "
            "des plantes.",
            ["agriculture"],
        ),
    ],
)
def test_a_draft_approved_by_a_signed_decree_is_still_to_be_signed(text, sectors) -> None:
    agreements = read(text).agreements
    assert [(a.status, a.signatories, a.sectors) for a in agreements] == [("planned", [], sectors)]
    assert "подписании" not in (agreements[0].title or "")


@pytest.mark.parametrize(
    "text",
    [
        'Министр сказал, что в соответствии со статьей 11 Федерального закона "О '
        'международных договорах Российской Федерации" документ будет подписан.',
        'The minister said that under the law "On International Treaties of the Republic of '
        'Kazakhstan" the text must be ratified.',
        "Selon la loi « Sur les traités internationaux de la République du Mali », le texte "
        "doit être ratifié, a dit le ministre Abdoulaye Diop.",
    ],
)
def test_a_law_title_in_quotation_marks_is_no_quote(text: str) -> None:
    assert read(text).quotes == []


def test_the_last_words_of_an_institution_before_its_acronym_are_no_person() -> None:
    people = read(
        "Egypt's General Authority for Investment and Free Zones (GAFI) and Kenya's Investment "
        "Authority signed a memorandum on investment, said minister Rebecca Miano."
    ).people
    assert [p.name for p in people] == ["Rebecca Miano"]


def test_a_person_with_an_organisation_in_brackets_stays_a_person() -> None:
    """Guard (passes on the start code too): no linking word before the name."""
    people = read(
        "The memorandum was signed by Amina Mohamed (UNDP) and minister Rebecca Miano."
    ).people
    assert {p.name for p in people} == {"Amina Mohamed", "Rebecca Miano"}
