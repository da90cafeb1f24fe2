"""Gulf lenders and talks on a text (drawE27, session 27), on invented sentences: the Islamic
Development Bank spelled out goes by its English acronym in every language's press, as the
African Development Bank does (SPEC: an organisation by its name as it writes itself; the
annotated splits write `IsDB` for "BID" and the full name alike); talks on a text that are
to end at a later date are on a text still to be signed (SPEC: planned), whether the ending
comes before the text («завершить переговоры по соглашению») or after it («переговоры о
соглашении … планируется завершить в 2027 году»)."""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read

# -- the IsDB spelled out --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Development Bank signed a $50 million financing agreement with Benin on "
        "Monday for the Cotonou bypass road.",
        "La Banque islamique de développement a signé lundi avec le Bénin un accord de "
        "financement de 50 millions de dollars pour la route de contournement de Cotonou.",
        "Исламский банк развития подписал в понедельник с Бенином соглашение о финансировании "
        "строительства дороги.",
    ],
)
def test_the_islamic_development_bank_spelled_out_is_isdb(text: str) -> None:
    reading = read(text)
    assert "IsDB" in reading.parties
    assert [set(a.parties) for a in reading.agreements] == [{"IsDB", "BEN"}]
