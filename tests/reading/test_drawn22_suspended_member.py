"""A member suspended from an alliance's organs takes no part (session 27, drawH27).

Invented sentences. "Le sommet a réuni onze des douze États membres, la Guinée demeurant
suspendue des instances de la Communauté": the suspended member signs nothing the summit
signs and sits in none of its organs, whatever other states the sentence names (SPEC:
parties are those that act).
"""

from __future__ import annotations

import pytest

from suivi.reading import absent, gazetteer
from suivi.reading.context import Context


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le sommet, accueilli par le Nigeria, a réuni onze des douze États membres, la "
            "Guinée demeurant suspendue des instances de décision de la Communauté.",
            "fr",
        ),
        (
            "The summit, hosted by Nigeria, brought together eleven member states, Guinea "
            "still suspended from the bloc's decision-making bodies.",
            "en",
        ),
        (
            "Саммит в Нигерии собрал одиннадцать государств-членов; Гвинея, членство которой "
            "приостановлено, не участвовала.",
            "ru",
        ),
    ],
)
def test_suspended_member_is_absent(text: str, lang: str) -> None:
    ctx = Context(text=text, language=lang, published=None)
    ctx.mentions = gazetteer.find_mentions(text, lang)
    assert "GIN" in absent.absent_states(ctx)
    assert "NGA" not in absent.absent_states(ctx)


def test_a_state_that_suspends_something_is_not_suspended() -> None:
    text = "Le Nigeria a suspendu ses importations de riz et le Ghana a signé un accord."
    ctx = Context(text=text, language="fr", published=None)
    ctx.mentions = gazetteer.find_mentions(text, "fr")
    assert not absent.absent_states(ctx) & {"NGA", "GHA"}
