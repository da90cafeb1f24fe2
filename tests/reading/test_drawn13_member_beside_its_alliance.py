"""A member of the alliance that acts is on the alliance's side (drawA22).

When the story is the EAEU's and one outside state's ("между ЕАЭС и его государствами-членами,
с одной стороны, и Сербией, с другой"), a member state that the text also names (the host of
the signing, Russia) is not the other side: the sides of a body "the sides" set up are the
alliance's members and the outside state. Invented story in Russian (the English and French
ones name no acting alliance among the parties, so this path is not theirs); guards: a story of
an alliance and its members only keeps the members; an alliance named after the two sides
frames them and changes nothing.
"""

from __future__ import annotations

from suivi.reading.pipeline import read

_STORY = (
    "С 1 июня вступило в силу соглашение о свободной торговле между Евразийским экономическим "
    "союзом и его государствами-членами, с одной стороны, и Республикой Сербия, с другой "
    "стороны. Документ был подписан в мае 2024 года в Москве на заседании Высшего Евразийского "
    "экономического совета.\n\nНакануне министр Евразийской экономической комиссии провёл в "
    "Москве переговоры с послом Сербии в России Иваном Марковичем. Стороны договорились создать "
    "совместный комитет по мониторингу соглашения, который будет собираться раз в год.\n\n"
    "«Сербия видит в союзе важный рынок», — сказал Иван Маркович."
)


def test_the_other_side_is_outside_the_alliance() -> None:
    bodies = {b.name: sorted(b.parties) for b in read(_STORY).bodies}
    assert bodies["совместный комитет"] == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "SRB"]


def test_an_alliance_and_its_members_only() -> None:
    story = (
        "Министры государств — членов Евразийского экономического союза встретились в Минске. "
        "Россия и Казахстан представили доклады. Стороны договорились создать совместную "
        "рабочую группу по цифровой торговле."
    )
    for body in read(story).bodies:
        assert "SRB" not in body.parties
        assert set(body.parties) <= {"ARM", "BLR", "KAZ", "KGZ", "RUS"}


def test_an_alliance_named_after_the_two_sides_frames_them() -> None:
    story = (
        "Le Ghana et le Mali ont tenu des consultations à Accra. Le ministre ghanéen a reçu son "
        "homologue malien. Le Mali, membre de l'Alliance des États du Sahel (AES), a présenté "
        "les projets de l'AES. Les parties ont convenu de créer un comité mixte de suivi."
    )
    assert [sorted(b.parties) for b in read(story).bodies] == [["GHA", "MLI"]]
