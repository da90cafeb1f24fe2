"""A definite text told again with two domain words joined before it is the text already
read: "the search and rescue memorandum", "the oil and gas deal" (the article was looked for
two words back at most, so the joined pair made a new, second text). English writes its
domains before the noun; French and Russian after it («le mémorandum sur la recherche et le
sauvetage» is read as a title), so the shape is English's. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from cooperation_context import agreements_of


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed a memorandum on oil and gas on Monday. The oil and gas "
        "memorandum comes after a sharp rise in fuel prices in both countries.",
        "Chile and Peru signed an agreement on search and rescue at sea. The search and rescue "
        "agreement comes after several accidents off the coast.",
    ],
)
def test_a_definite_text_with_joined_domains_is_the_one_read(text: str) -> None:
    assert len(agreements_of(text, "en", published="2025-03-04")) == 1


def test_an_indefinite_one_is_new() -> None:
    text = (
        "Kenya and Uganda signed a memorandum on oil and gas on Monday. They also signed an oil "
        "and gas agreement with Tanzania on Tuesday."
    )
    assert len(agreements_of(text, "en", published="2025-03-04")) == 2
