"""A text whose existence the sentence denies (session 19, drawC19).

Invented sentences: «Межправительственного соглашения … пока нет», «Пока нет никакого
соглашения …» deny the text, "not yet" or not: no agreement, not a planned one. The English
("There is no … agreement yet") and French ("Il n'y a pas encore d'accord …") shapes were
read so already and are kept as guards; so are a text that lacks a clause («В соглашении нет
положений …», an existing text) and a text not yet signed (planned).
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_STORY = {
    "ru": "Министры энергетики Мали и Нигера подписали меморандум о ветровой электростанции. ",
    "en": "The energy ministers of Mali and Niger signed a memorandum on a wind farm. ",
    "fr": "Les ministres de l'Énergie du Mali et du Niger ont signé un mémorandum sur une "
    "centrale éolienne. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "ru",
            "Межправительственного соглашения между Мали и Нигером по этому проекту пока нет, "
            "уточнил министр.",
        ),
        ("ru", "Пока нет никакого межправительственного соглашения о транзите электроэнергии."),
        (
            "en",
            "There is no intergovernmental agreement between Mali and Niger on this project "
            "yet, the minister said.",
        ),
        (
            "fr",
            "Il n'y a pas encore d'accord intergouvernemental entre le Mali et le Niger sur ce "
            "projet, a précisé le ministre.",
        ),
    ],
)
def test_a_denied_text_is_no_agreement(lang: str, sentence: str) -> None:
    reading = read(_STORY[lang] + sentence)
    assert [a.kind for a in reading.agreements] == ["memorandum"]


def test_a_clause_an_existing_text_lacks_does_not_deny_it() -> None:
    reading = read(
        "Мали и Нигер подписали соглашение о сотрудничестве в области энергетики. В "
        "соглашении нет положений о тарифах."
    )
    assert ["energy"] in [a.sectors for a in reading.agreements]
    assert {a.status for a in reading.agreements} == {"signed"}


def test_a_text_not_yet_signed_stays_planned() -> None:
    reading = read(
        _STORY["ru"] + "Межправительственное соглашение о транзите электроэнергии пока не "
        "подписано."
    )
    assert sorted(a.status for a in reading.agreements) == ["planned", "signed"]
