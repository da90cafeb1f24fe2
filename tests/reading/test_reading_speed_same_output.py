"""The speed-ups of speed14 change no reading: a cheaper word start for the vocabularies'
patterns, and bodies resolved once for both bodies and sessions."""

from __future__ import annotations

import re

import pytest
from cooperation_context import context

from suivi.reading import bodies, sectors, sessions


@pytest.mark.parametrize(
    ("pattern", "start"),
    [
        (r"energ\w*|gaz\b|нефт\w*", r"\b"),  # every match begins with a letter
        (r"(?:sante|health) (?:animale|animal)", r"\b"),
        (r"-?fold|x", r"(?<!\w)"),  # may begin with "-"
        (r"(?:agri)?", r"(?<!\w)"),  # may be empty
        (r".ransport", r"(?<!\w)"),  # any character
        (r"[\w-]+ing", r"(?<!\w)"),
    ],
)
def test_word_start_is_the_cheap_boundary_only_where_it_means_the_same(
    pattern: str, start: str
) -> None:
    assert sectors._word_start(pattern) == start


def test_the_boundary_finds_what_the_look_behind_finds() -> None:
    text = "l'-energie, la coopération energetique; gaz-naturel. xenergie et «нефть»"
    for regex, _ in sectors.SECTOR_PATTERNS + sectors.KIND_PATTERNS + sectors.STATUS_PATTERNS:
        inner = regex.pattern.split("(?:", 1)[1]
        slow = re.compile(r"(?<!\w)(?:" + inner)
        folded = sectors.fold(text)
        assert [m.span() for m in regex.finditer(folded)] == [
            m.span() for m in slow.finditer(folded)
        ]


def test_sessions_read_the_same_from_bodies_resolved_once() -> None:
    text = (
        "La troisième session de la Commission mixte de coopération entre le Ghana et le "
        "Togo s'est tenue à Lomé du 4 au 6 mars 2026. La Commission se réunira tous les deux ans."
    )
    ctx = context(text, "fr", published="2026-11-18")
    alone = sessions.extract(ctx, bodies.extract(ctx))
    resolved = bodies.resolve(ctx)
    shared = sessions.extract(ctx, bodies.extract(ctx, resolved), resolved)
    assert alone and shared == alone
