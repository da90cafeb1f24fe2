"""Blocking keys: the same pure functions compute a record's keys and a claim's look-up keys.

A key names a block of records that could be the same thing: an agreement's
party set with one of its sectors (and a year), a person's name, one word of it
or its consonant skeleton, a commission's party set or one word of its name.
No Django here, so a migration and the benchmark can use them on plain values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

KEY_LENGTH = 200
ANY_PARTIES = "*"  # the party-agnostic copy of an agreement's keys, for claims naming no party
_WORD = re.compile(r"\w+")
_VOWELS = re.compile(r"[aeiouyhw]+")
_REPEATS = re.compile(r"(.)\1+")
STOPWORDS = {
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "sur", "pour", "a", "au", "aux",
    "the", "of", "on", "and", "for", "in", "по", "и", "о", "в",
}  # fmt: skip


def normalise(text: str | None) -> str:
    """Lower-case, accents removed, punctuation as spaces: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_WORD.findall(bare.casefold().replace("_", " ")))


def words(text: str | None) -> set[str]:
    """The words of a name that carry meaning (no articles, no single letters)."""
    return {word for word in normalise(text).split() if word not in STOPWORDS and len(word) > 1}


def skeleton(word: str) -> str:
    """A word's consonants, doubled letters once: 'poutine' and 'putin' are both 'ptn'.

    Transliterations differ mostly in vowels (Sergueï/Sergey), so a spelling the
    reader has not met still lands in the block of the one the register holds.
    """
    return _REPEATS.sub(r"\1", _VOWELS.sub("", word))


def party_key(party_ids: Iterable[int]) -> str:
    """A party set as one key part: sorted ids, so order and codes never matter."""
    ids = sorted({int(pk) for pk in party_ids})
    return ".".join(str(pk) for pk in ids) or "-"


def _cut(keys: Iterable[str]) -> set[str]:
    return {key[:KEY_LENGTH] for key in keys}


def agreement_keys(party_ids: Iterable[int], sectors: Iterable[str], years: Iterable[int]):
    """An agreement's keys: party set × each sector (or 'ns'), alone and with each year."""
    sector_parts = [f"s:{code}" for code in sorted(set(sectors))] or ["ns"]
    keys = set()
    for parties in (party_key(party_ids), ANY_PARTIES):
        for sector in sector_parts:
            keys.add(f"{parties}|{sector}")
            keys.update(f"{parties}|{sector}|y:{year}" for year in set(years))
    return _cut(keys)


def agreement_lookup(party_ids: Iterable[int] | None, sectors: Iterable[str], year: int | None):
    """(near, broad) keys for an agreement claim.

    Near: the same party set and sector within a year either side of the claim's
    date, every record of which is a candidate. Broad: the same party set and
    sector at any date, of which only the most recent records are.
    """
    ids = list(party_ids or [])
    parties = party_key(ids) if ids else ANY_PARTIES
    sector_parts = [f"s:{code}" for code in sorted(set(sectors))] or ["ns"]
    broad = {f"{parties}|{sector}" for sector in sector_parts}
    near = set()
    if year is not None:
        near = {f"{key}|y:{y}" for key in broad for y in (year - 1, year, year + 1)}
    return _cut(near), _cut(broad)


def name_keys(names: Iterable[str | None]) -> set[str]:
    """A person's keys: each whole spelling (n:), each word (w:) and its skeleton (s:)."""
    keys = set()
    for name in names:
        whole = normalise(name)
        if not whole:
            continue
        keys.add(f"n:{whole}")
        for word in words(whole):
            keys.add(f"w:{word}")
            if len(skeleton(word)) >= 2:
                keys.add(f"s:{skeleton(word)}")
    return _cut(keys)


def name_lookup(name: str | None) -> tuple[set[str], set[str]]:
    """(exact, fuzzy) keys for a name: its whole spelling, and its words and skeletons."""
    keys = name_keys([name])
    exact = {key for key in keys if key.startswith("n:")}
    return exact, keys - exact


def body_keys(party_ids: Iterable[int], name: str | None) -> set[str]:
    """A commission's keys: its party set (p:) and each word of its name (w:)."""
    return _cut({f"p:{party_key(party_ids)}", *(f"w:{word}" for word in words(name))})


def party_keys(code: str, names: Iterable[str | None]) -> set[str]:
    """A party's keys: its code in any case (c:) and each of its names, normalised (n:)."""
    keys = {f"c:{code.casefold()}"} if code else set()
    keys.update(f"n:{normalise(name)}" for name in names if normalise(name))
    return _cut(keys)
