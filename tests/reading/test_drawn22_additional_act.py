"""A community's additional act is a text signed (session 27, drawH27).

Invented sentences. "Les chefs d'État ont signé l'Acte additionnel portant création de la
brigade régionale": a regional community's legal instrument (ECOWAS's and WAEMU's "actes
additionnels", the "Supplementary Act" in English, «дополнительный акт») is an agreement
of kind `other` that its signers are bound by, not a word the reader may skip.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read


@pytest.mark.parametrize(
    "text",
    [
        "À Lomé, le Togo et le Bénin ont signé l'Acte additionnel portant création d'une "
        "brigade conjointe de lutte contre le terrorisme.",
        "In Lome, Togo and Benin signed the Supplementary Act establishing a joint brigade to "
        "fight terrorism.",
        "В Ломе Того и Бенин подписали дополнительный акт о создании совместной бригады по "
        "борьбе с терроризмом.",
    ],
)
def test_additional_act_is_signed(text: str) -> None:
    (act,) = read(text).agreements
    assert act.kind == "other"
    assert sorted(act.parties) == ["BEN", "TGO"]
    assert "security" in act.sectors
