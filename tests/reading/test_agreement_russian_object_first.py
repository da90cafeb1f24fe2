"""Russian names a text as the object before its signing verb and the signers after it
(«Соответствующее кредитное соглашение подписали министр ... и посол ...»): a text of its
own when none of its kind was read before, the one read before otherwise. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str):
    found, _ = agreements.extract(context(text, "ru", published="2025-03-10"))
    return found


@pytest.mark.parametrize(
    ("text", "parties", "sectors"),
    [
        (
            "Соответствующее кредитное соглашение подписали министр финансов Замбии и посол Китая.",
            ["CHN", "ZMB"],
            ["economy"],
        ),
        (
            "Двустороннее кредитное соглашение было подписано министрами финансов Кении и Японии.",
            ["JPN", "KEN"],
            ["economy"],
        ),
    ],
)
def test_a_text_before_its_signing_verb_is_read(text, parties, sectors):
    assert [(sorted(a.parties), a.sectors) for a in read(text)] == [(parties, sectors)]


def test_the_same_kind_named_again_before_its_verb_is_the_same_text():
    found = read(
        "Россия и Египет подписали соглашение о кредите на строительство АЭС. Соглашение "
        "подписали министр финансов Египта и глава Минфина России."
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "ru",
            "Россия и Замбия подписали соглашение о сотрудничестве в области геологии. Россия "
            "также предоставит Замбии кредит. Соответствующее кредитное соглашение подписали "
            "министры финансов двух стран.",
            [["mining"], ["economy"]],
        ),
        (
            "en",
            "Ghana and Japan signed an agreement on fisheries. Japan will also lend Ghana $40 "
            "million. The finance ministers signed the loan agreement in Accra.",
            [["agriculture"], ["economy"]],
        ),
    ],
)
def test_a_text_named_by_its_signing_in_other_domains_is_new(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    assert [a.sectors for a in found] == sectors


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Меморандум о взаимопонимании в области энергетики подписали министры энергетики "
            "России и Мали.",
            "Меморандум о взаимопонимании в области энергетики",
        ),
        (
            "Соглашение о безвизовом режиме между Россией и Мали будет подписано в ходе "
            "следующего визита.",
            "Соглашение о безвизовом режиме между Россией и Мали",
        ),
    ],
)
def test_a_russian_title_ends_before_its_verb(text, title):
    assert [a.title for a in read(text)] == [title]
