"""Two losses of a Russian report on a supreme strategic committee (session 28, drawB28).

- The supreme organ of two states' strategic partnership named by its rank, «Высший
  стратегический комитет», «Высший координационный совет», "le Haut comité stratégique", is
  their joint body, as "the Supreme Strategic Committee" already was in English.
- An older text recalled with its own year («напомнили о соглашении о военном сотрудничестве
  2014 года») after a text of the event of the same kind and domain is another text, not the
  event's said again: its own date tells them apart.
- «соглашение о совместном производстве телевизионных программ»: television is media
  (SPEC: digital).
Invented sentences."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


def _read(text: str):
    return read(text.encode(), "article.txt")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Президент Египта и эмир Кувейта провели 3 мая в Каире пятое заседание Высшего "
            "координационного совета двух стран. Совет собирается ежегодно.",
            "Высший координационный совет",
        ),
        (
            "Президент Египта и эмир Кувейта провели 3 мая в Каире пятое заседание Высшего "
            "стратегического комитета двух стран. Комитет собирается ежегодно.",
            "Высший стратегический комитет",
        ),
        (
            "Le président égyptien et l'émir du Koweït ont tenu le 3 mai au Caire la cinquième "
            "réunion du Haut comité stratégique des deux pays. Le comité se réunit chaque année.",
            "Haut comité stratégique",
        ),
    ],
)
def test_a_supreme_committee_is_a_joint_body(text, name):
    reading = _read(text)
    names = [b.name.lower() for b in reading.bodies]
    assert name.lower() in names
    body = next(b for b in reading.bodies if b.name.lower() == name.lower())
    assert sorted(body.parties) == ["EGY", "KWT"]
    assert [s.number for s in reading.sessions] == [5]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Египта и эмир Кувейта провели переговоры в Каире. По итогам стороны "
        "подписали соглашение о сотрудничестве в области оборонной промышленности.\n\n"
        "Стороны также напомнили о соглашении о военном сотрудничестве 2009 года.",
        "The presidents of Egypt and Kuwait held talks in Cairo. They signed an agreement on "
        "cooperation in the defence industry.\n\nThe sides also recalled the military "
        "cooperation agreement of 2009.",
        "Les présidents de l'Égypte et du Koweït se sont entretenus au Caire. Ils ont signé un "
        "accord de coopération dans l'industrie de défense.\n\nLes deux parties ont aussi "
        "rappelé l'accord de coopération militaire de 2009.",
    ],
)
def test_an_older_text_recalled_is_another(text):
    dates = sorted(str(a.date)[:4] for a in _read(text).agreements)
    assert len(dates) == 2
    assert "2009" in dates


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Египет подписали соглашение о совместном производстве телевизионных программ.",
        "Россия и Египет подписали соглашение о сотрудничестве телеканалов двух стран.",
    ],
)
def test_television_is_digital(text):
    assert [a.sectors for a in _read(text).agreements] == [["digital"]]
