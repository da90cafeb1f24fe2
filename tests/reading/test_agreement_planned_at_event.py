"""A text to be signed at a named event ("will be signed at the next session", "doit être
signé lors de la visite", «планируется подписать в ходе визита») is `planned` (SPEC:
"announced or to be examined/signed"), undated. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


@pytest.mark.parametrize(
    ("lang", "text", "sectors"),
    [
        (
            "en",
            "An agreement on visa exemption between Kenya and Morocco will be signed at the next "
            "session of the joint commission.",
            ["diplomacy"],
        ),
        (
            "fr",
            "Un accord sur la santé entre le Sénégal et le Maroc doit être signé lors de la "
            "visite du roi à Dakar.",
            ["health"],
        ),
        (
            "ru",
            "Соглашение о сотрудничестве в сфере образования между Россией и Мали планируется "
            "подписать в ходе визита президента Мали в Москву.",
            ["education"],
        ),
        (
            "en",
            "Rwanda and Benin are expected to sign an agreement on tourism during President "
            "Talon's visit to Kigali next month.",
            ["culture"],
        ),
    ],
)
def test_a_text_to_be_signed_at_an_event_is_planned(lang, text, sectors):
    found, _ = agreements.extract(context(text, lang, published="2025-03-10"))
    assert [(a.status, a.sectors, a.date) for a in found] == [("planned", sectors, None)]
