"""Texts in the bare plural as the only place a thing exists, "a fund that exists only in
declarations", "un fonds qui n'existe que dans les déclarations", «фонд, который существует
только в декларациях», are a figure of speech: no text was made, no agreement is read (a
declaration of infrastructure was read from the road named after it). Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

CASES = [
    (
        "en",
        'Kenya and Uganda signed an agreement on trade in Nairobi on Monday. "A fund that '
        'exists only in declarations will never build a single highway," the Kenyan minister '
        "said.",
    ),
    (
        "fr",
        "Le Sénégal et la Mauritanie ont signé lundi à Dakar un accord sur le commerce. « Un "
        "fonds qui n'existe que dans les déclarations ne sert à rien pour les routes du pays », "
        "a dit le ministre sénégalais.",
    ),
    (
        "ru",
        "Россия и Казахстан подписали в понедельник в Астане соглашение о торговле. «Фонд, "
        "который существует только в декларациях, бесполезен для строительства дорог», — "
        "сказал министр.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CASES)
def test_texts_as_the_only_place_of_a_thing_are_no_agreement(language, text):
    reading = read(text)
    assert [a.sectors for a in reading.agreements] == [["trade"]], [
        a.evidence for a in reading.agreements
    ]
