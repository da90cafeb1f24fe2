"""The text an amending text names in its title ("a protocol amending the agreement on air
transport") and then tells again with its own date ("It updates the agreement on air
transport signed in Rabat in 2015") is one older text, dated, beside the amendment signed now
(twelfth draw, drawF21). Invented sentences, en/fr/ru."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str) -> list[tuple[str, str | None]]:
    """Each text's kind, with its date where it is an older one."""
    found, _ = agreements.extract(context(text, lang, published="2026-03-10"))
    return [(a.kind, a.date if a.kind != "protocol" else None) for a in found]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Ghana and Morocco signed a protocol amending the agreement on air transport. It "
            "updates the agreement on air transport that the two countries signed in Rabat on "
            "March 3, 2015.",
            [("protocol", None), ("agreement", "2015-03-03")],
        ),
        (
            "en",
            "Chile and Peru signed on Monday a protocol to amend the agreement on the avoidance "
            "of double taxation. The agreement on the avoidance of double taxation was signed "
            "in Lima in 2001.",
            [("protocol", None), ("agreement", "2001")],
        ),
        (
            "en",
            "The two sides also signed a protocol amending the treaty on mutual legal "
            "assistance. The treaty on mutual legal assistance was signed in June 2009.",
            [("protocol", None), ("agreement", "2009-06")],
        ),
        (
            "fr",
            "Le Bénin et le Niger ont signé un protocole modifiant l'accord sur le transit des "
            "marchandises. L'accord sur le transit des marchandises avait été signé à Niamey le "
            "12 mai 2012.",
            [("protocol", None), ("agreement", "2012-05-12")],
        ),
        (
            "fr",
            "Le Togo et le Gabon ont signé un protocole portant modification de la convention "
            "sur la pêche maritime. La convention sur la pêche maritime avait été signée en 2010.",
            [("protocol", None), ("convention", "2010")],
        ),
    ],
)
def test_the_amended_text_told_again_with_its_date_is_one_text(lang, text, expected):
    assert read(text, lang) == expected
