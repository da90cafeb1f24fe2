"""The speed-ups of speed14 change no reading: a cheaper word start for the vocabularies'
patterns, and bodies resolved once for both bodies and sessions."""

from __future__ import annotations

import re

import pytest
from cooperation_context import context

from suivi.reading import bodies, counterparts, gazetteer, office_holders, sectors, sessions


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


def _introduced_by_search(text: str, acronym: str) -> bool:
    """The whole-text search `counterparts._introduced_institution` replaced."""
    for found in re.finditer(rf"([^.;()]{{3,80}})\(\s*{re.escape(acronym)}\s*\)", text):
        if counterparts.INSTITUTION.search(found.group(1)[-50:]):
            return True
    return False


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Le accord avec l'Agence nationale de l'emploi (ANPE) prévoit des stages.", "ANPE"),
        ("Signed by Zambezi Copper Holdings (ZCH). The ministry (ZCH) agreed.", "ZCH"),
        ("The Namibia Investment Promotion Board ( NIPB ) and the NIPB signed.", "NIPB"),
        ("Ministry of Lands (ML (ML) signed; (ML) again", "ML"),
        ("a" * 120 + " national office (NO)", "NO"),
        ("Le directeur. Office (OK) et (OK)", "OK"),
        ("Ouagadougou (AIB) – Le ministre a reçu la délégation.", "AIB"),
    ],
)
def test_an_acronym_introduced_after_an_institution_reads_as_the_search_did(
    text: str, acronym: str
) -> None:
    assert counterparts._introduced_institution(text, acronym) == _introduced_by_search(
        text, acronym
    )


@pytest.mark.parametrize(
    ("name", "party"),
    [
        ("Mahamat Idriss Déby", "TCD"),  # the table's "Mahamat Idriss Déby Itno" begins so
        ("Mahamat Idriss Déby Itno Junior", "TCD"),  # begins with a name of the table
        ("Idriss Déby", None),  # two words: too short to be sure
    ],
)
def test_an_office_holder_named_longer_or_shorter_keeps_the_state(
    name: str, party: str | None
) -> None:
    assert office_holders.holder_party(name) == party


def test_a_company_introduced_by_its_trigger_is_still_found() -> None:
    text = "La société Alport Conakry et la compagnie Air Sénégal ont signé avec le Groupe Orano."
    names = {m.surface for m, _ in gazetteer.company_mentions(text, [])}
    assert {"Alport Conakry", "Air Sénégal"} <= names


@pytest.mark.parametrize(
    "phrase",
    [
        "accord de coopération dans les domaines de l'énergie, des mines et de la santé animale",
        "memorandum on trade, investment, tourism and the digital economy",
        "соглашение о сотрудничестве в области мирного использования атомной энергии",
        "a deal with no domain at all",
    ],
)
def test_sector_words_found_by_heads_as_pattern_by_pattern(phrase: str) -> None:
    folded = sectors.fold(phrase)
    found = [
        (m.start(), m.end(), names)
        for regex, names in sectors.SECTOR_PATTERNS
        for m in regex.finditer(folded)
    ]
    kept: list[tuple[int, int, tuple[str, ...]]] = []
    for span in sorted(found, key=lambda s: s[0] - s[1]):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    assert sectors.sector_spans.__wrapped__(folded) == tuple(sorted(k for k in kept if k[2]))
