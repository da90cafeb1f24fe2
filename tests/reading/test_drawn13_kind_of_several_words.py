"""In English a text's domain stands before its kind, and the kind may be several words ("a
cultural executive programme", "a tourism joint work plan"): the parse hangs the domain's
word on the kind's head noun, beside the kind's own adjective, and it still names the text's
domain (thirteenth draw, drawC22). French and Russian put the adjective elsewhere and were
read already. Invented sentences."""

from __future__ import annotations

import pytest
from cooperation_context import context

from suivi.reading import agreements


def read(text: str, lang: str = "en") -> list[tuple[str, tuple[str, ...]]]:
    """Each text's kind and sorted sectors, in reading order."""
    found, _ = agreements.extract(context(text, lang, published="2026-03-10"))
    return [(a.kind, tuple(sorted(a.sectors))) for a in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Peru signed a memorandum on fisheries, a cultural executive programme "
            "for 2025 to 2027, and an agreement on health.",
            ("programme", ("culture",)),
        ),
        (
            "Among the texts signed by Chile and Peru are memoranda on fisheries and health, "
            "a cultural executive programme for 2026 to 2028 and the agreed minutes.",
            ("programme", ("culture",)),
        ),
        (
            "Chile and Peru signed a memorandum on fisheries, an educational executive "
            "programme for 2026, and an agreement on health.",
            ("programme", ("education",)),
        ),
        (
            "Chile and Peru signed a memorandum on fisheries, a tourism joint work plan for "
            "2026, and an agreement on health.",
            ("programme", ("culture",)),
        ),
        (
            "Ghana and Kenya signed an agreement on visas, an agricultural joint work plan for "
            "2027 and a memorandum on trade.",
            ("programme", ("agriculture",)),
        ),
        (
            "Ghana and Kenya signed an agreement on visas, a health annual work plan for 2027 "
            "and a memorandum on trade.",
            ("programme", ("health",)),
        ),
    ],
)
def test_the_domain_before_a_kind_of_several_words_is_the_texts(text, expected):
    assert expected in read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Peru signed a memorandum on fisheries, a free trade agreement and an "
            "agreement on health.",
            ("agreement", ("trade",)),
        ),
        (
            "Chile and Peru signed a memorandum on fisheries, an executive programme for 2026 "
            "and an agreement on health.",
            ("programme", ("general",)),
        ),
    ],
)
def test_a_kind_without_a_domain_before_it_keeps_what_it_had(text, expected):
    assert expected in read(text)
