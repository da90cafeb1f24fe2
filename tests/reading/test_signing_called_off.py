"""A signing called off leaves no text of the story: "the planned signing of a gas deal … was
called off", "la signature de l'accord … a été annulée", «подписание соглашения … было
отменено»; one put off ("postponed") is still to come, and a ceremony cancelled after the
text was signed takes nothing away. Sentences written for these tests."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "The signing of a power agreement between Ghana and Togo was called off on Friday after "
        "a dispute over tariffs.",
        "The signing ceremony for the road agreement between Kenya and Uganda was cancelled.",
        "La signature de la convention sur la pêche entre le Sénégal et la Mauritanie a été "
        "annulée à la dernière minute.",
        "Подписание соглашения о транзите между Казахстаном и Киргизией было отменено накануне "
        "визита.",
    ],
)
def test_a_signing_called_off_is_no_text(text):
    assert read(text).agreements == []


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "The signing of a power agreement between Ghana and Togo was postponed to next month.",
            "planned",
        ),
        (
            "Ghana and Togo signed a power agreement on Monday; a second ceremony planned for "
            "Friday was cancelled.",
            "signed",
        ),
        (
            "La signature de la convention sur la pêche entre le Sénégal et la Mauritanie a eu "
            "lieu lundi à Dakar.",
            "signed",
        ),
    ],
)
def test_a_signing_put_off_or_done_is_still_read(text, status):
    assert [a.status for a in read(text).agreements] == [status]
