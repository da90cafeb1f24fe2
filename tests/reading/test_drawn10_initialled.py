"""English initialling tells a text's own step as signing does (session 20, drawE20).

Invented sentences: "initialled"/"initialed"/"initialling" is to an English text what
"paraphé" is to a French one and «парафировали» to a Russian one, a text's own step (SPEC:
status `initialled`), so a text of no named domain initialled is read as signing makes it
read; the adjective "initial" ("an initial agreement to hold talks") tells no such step.
"""

from __future__ import annotations

import pytest

from suivi.reading.pipeline import read
from suivi.reading.totals import signs


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Georgia initialled a cooperation agreement in Yerevan on Tuesday.",
        "Chile and Peru initialed a partnership agreement on Monday after two years of talks.",
    ],
)
def test_an_initialled_text_of_no_domain_is_read(text: str) -> None:
    found = read("Ministers meet\n\n" + text, "news.txt").agreements
    assert [a.status for a in found] == ["initialled"]


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        ("the initialling of the treaty took place in vienna", True),
        ("both delegations initialed the text", True),
        ("an initial agreement to hold further talks", False),
    ],
)
def test_initialling_is_a_signing_step_the_adjective_is_not(folded: str, expected: bool) -> None:
    assert signs(folded) is expected
