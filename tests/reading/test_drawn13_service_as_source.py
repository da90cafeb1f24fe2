"""A quotation after "selon le service de …" is the institution's (session 22, drawB22).

Language fact (SPEC: a quotation of an institution has no speaker, never a person named
near it): a service or an office speaks for its institution, and "selon le service de
communication de l'hôpital, « … »", "according to the university's press office, “…”",
«как сообщили в пресс-службе университета, «…»» quote that source; the person named in the
sentence before is not the speaker. Only as the source after "selon" / "according to": a
person who heads such a service and says the words keeps them (guards). The Russian form was
already read so (guard).
Invented sentences in fr/en/ru.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "La cérémonie devait se tenir en présence du ministre malien de la Santé, Oumar Diallo, en visite à Dakar. Selon le service de communication de l'hôpital sénégalais, « des ajustements restent nécessaires sur le volet relatif au transfert des patients et à la formation des médecins ». Aucune date n'a été communiquée.",
        "The ceremony was to be attended by Malawi's health minister, Khumbize Chiponda, on a visit to Lusaka. According to the university's press office, \"some adjustments are still needed on the recognition of degrees and on the mobility of lecturers\". No new date was given.",
        "Церемония должна была пройти в присутствии министра здравоохранения Таджикистана Джамолиддина Абдуллозода. Как сообщили в пресс-службе университета, «требуются доработки в части взаимного признания дипломов и мобильности преподавателей». Новая дата не названа.",
    ],
)
def test_a_service_quoted_as_source_has_no_speaker(text: str) -> None:
    reading = read("Visite\n\n" + text, "news.txt")
    assert [q.speaker for q in reading.quotes] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Oumar Diallo, directeur du service de communication de l'hôpital, a déclaré : « des ajustements restent nécessaires sur le volet relatif au transfert des patients ».",
            "Oumar Diallo",
        ),
        (
            'Khumbize Chiponda, vice-chancellor of the university, said: "some adjustments are still needed on the recognition of degrees and on the mobility of lecturers".',
            "Khumbize Chiponda",
        ),
        (
            "Selon la cellule de communication de l'hôpital, « des ajustements restent nécessaires sur le volet relatif au transfert des patients », a précisé Oumar Diallo, ministre malien.",
            "Oumar Diallo",
        ),
    ],
)
def test_a_person_of_the_service_who_says_it_keeps_it(text: str, speaker: str) -> None:
    reading = read("Visite\n\n" + text, "news.txt")
    assert [q.speaker for q in reading.quotes] == [speaker]


def test_a_service_ending_the_sentence_before_introduces_no_phrase() -> None:
    text = (
        '"Kenya will be a hub for clean power," Ruto said at the launch, according to his press '
        'service.\n\nMasri told reporters the company was "ahead of plan and within budget" in '
        "Kenya, where it builds three plants."
    )
    reading = read("Launch\n\n" + text, "news.txt")
    assert not [q for q in reading.quotes if "ahead of plan" in q.text]
