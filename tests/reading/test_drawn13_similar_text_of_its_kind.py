""" "A similar agreement" is like the last agreement, not the last text (drawA22).

"Un accord similaire", "a similar agreement", «аналогичное соглашение» name a text by reference
to one told before; the kind word says which one: after "an agreement on A and a memorandum on
B", a similar agreement is in A, a similar memorandum in B. Invented sentences in fr/en/ru;
guards: a similar memorandum takes the memorandum's domain, and a similar text of a kind not
told before takes the last text's domain, as before.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

_PAIR = {
    "fr": "Le Sénégal et la Gambie ont signé un accord sur la pêche et un mémorandum sur la "
    "santé. En 2019, le Sénégal avait signé {} avec la Mauritanie.",
    "en": "Ghana and Togo signed an agreement on energy and a memorandum on education. Ghana "
    "signed {} with Benin in 2020.",
    "ru": "Казахстан и Монголия подписали соглашение о сотрудничестве в области энергетики и "
    "меморандум в сфере здравоохранения. Ранее Казахстан подписал {} с Киргизией.",
}
_LIKE_THE_AGREEMENT = {
    "fr": ("un accord similaire", ["agriculture"]),
    "en": ("a similar agreement", ["energy"]),
    "ru": ("аналогичное соглашение", ["energy"]),
}
_LIKE_THE_MEMORANDUM = {
    "fr": ("un mémorandum similaire", ["health"]),
    "en": ("a similar memorandum", ["education"]),
    "ru": ("аналогичный меморандум", ["health"]),
}


@pytest.mark.parametrize("lang", ["fr", "en", "ru"])
def test_a_similar_agreement_is_like_the_agreement(lang: str) -> None:
    words, sectors = _LIKE_THE_AGREEMENT[lang]
    reading = read(_PAIR[lang].format(words))
    assert len(reading.agreements) == 3
    assert reading.agreements[-1].sectors == sectors


@pytest.mark.parametrize("lang", ["fr", "en", "ru"])
def test_a_similar_memorandum_is_like_the_memorandum(lang: str) -> None:
    words, sectors = _LIKE_THE_MEMORANDUM[lang]
    reading = read(_PAIR[lang].format(words))
    assert len(reading.agreements) == 3
    assert reading.agreements[-1].sectors == sectors


def test_a_similar_text_of_another_kind_is_like_the_last() -> None:
    text = (
        "Ghana and Togo signed a memorandum on energy. Ghana signed a similar protocol with "
        "Benin in 2020."
    )
    assert [a.sectors for a in read(text).agreements] == [["energy"], ["energy"]]
