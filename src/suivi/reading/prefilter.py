"""Which of many patterns can match a text, told by the few letters each match begins with.

A table of patterns searched one by one over the same text (the sector words, two hundred
alternations) pays each pattern's scan even where it cannot match. Most patterns begin
with literal words: every match of `\\b(?:energ(?:ie|y)\\w*|petrol\\w*|gaz\\b)` begins with
"ene", "pet" or "gaz". `heads(pattern)` reads those first letters off the pattern's parse
(at most `SIZE` of them); a text in which none of them occurs anywhere cannot hold a match,
so `Heads(patterns).candidates(text)` leaves that pattern out. Nothing is guessed: where a
pattern may begin with something other than known letters (a class such as `\\w`, a
back-reference, a case-blind part) its heads are unknown and it is always searched, and
what is not read exactly (a look-around, a boundary, a repeat beyond its first time) only
makes the heads shorter, never wrong. So the patterns left out are among those that match
nowhere in the text, and the matches of the others are the same.
"""

from __future__ import annotations

import _sre
import re
from re import _casefix, _parser
from re import _constants as sre

SIZE = 5  # letters of a head
_MOST = 4096  # heads followed at once before a pattern is given up (always searched)
_WIDEST = 64  # characters of a class written out as heads

# a head being read: its letters and whether what follows in the pattern comes next
_Head = tuple[str, bool]


class _Unknown(Exception):
    """The heads cannot be told: the pattern is always searched."""


def _sequence(items, size: int) -> set[_Head]:
    """Heads of the items in a row, each of `size` letters at most. An open head is all
    the items matched so far (the next item's letters follow); a closed one stops there."""
    heads: set[_Head] = {("", True)}
    for item in items:
        if not any(open_ and len(head) < size for head, open_ in heads):
            break
        known = _item(item, size)
        grown: set[_Head] = set()
        for head, open_ in heads:
            if not open_ or len(head) >= size:
                grown.add((head[:size], False))
            elif known is None:
                grown.add((head, False))
            else:
                for letters, still in known:
                    joined = head + letters
                    grown.add((joined[:size], still and len(joined) < size))
        if len(grown) > _MOST:
            raise _Unknown
        heads = grown
    return heads


def _item(item, size: int) -> set[_Head] | None:
    """Heads of one parsed item; None where its first letter is not known."""
    op, av = item
    if op is sre.LITERAL:
        return {(chr(av), True)}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero width: reading past it is wider
        return {("", True)}
    if op is sre.IN:
        letters: set[_Head] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                letters.add((chr(value), True))
            elif kind is sre.RANGE and value[1] - value[0] < _WIDEST:
                letters.update((chr(c), True) for c in range(value[0], value[1] + 1))
            else:  # negated, a category, a wide range
                return None
        return letters
    if op is sre.BRANCH:
        return {head for branch in av[1] for head in _sequence(branch.data, size)}
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = av
        if add_flags & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_LOCALE):
            return None
        return _sequence(inner.data, size)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data, size)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, most, inner = av
        if most == 0:
            return {("", True)}
        once = _sequence(inner.data, size)
        if most != 1:  # what follows a first time may be a second one
            once = {(head, False) for head, _ in once}
        return once | {("", True)} if least == 0 else once
    return None  # any character, a category, a back-reference, a condition...


def heads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Letters every match of `pattern` begins with (one to `SIZE` of them each), or None
    where they cannot be told (then any text may hold a match)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (
        re.IGNORECASE | re.LOCALE | re.VERBOSE
    ):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        found = frozenset(head for head, _ in _sequence(parsed.data, SIZE))
    except (_Unknown, RecursionError, re.error):
        return None
    return None if "" in found else found


class Heads:
    """The patterns of a table that may match a text, by their heads."""

    def __init__(self, patterns: list[re.Pattern[str]] | tuple[re.Pattern[str], ...]) -> None:
        self.always: frozenset[int] = frozenset()
        by_length: dict[int, dict[str, list[int]]] = {}
        always: set[int] = set()
        for i, pattern in enumerate(patterns):
            found = heads(pattern)
            if found is None:
                always.add(i)
                continue
            for head in found:
                by_length.setdefault(len(head), {}).setdefault(head, []).append(i)
        self.always = frozenset(always)
        self.by_length = tuple(
            (length, {head: tuple(found) for head, found in table.items()})
            for length, table in sorted(by_length.items())
        )

    def candidates(self, text: str) -> list[int]:
        """Indexes, in order, of the patterns whose heads occur somewhere in `text`: every
        pattern that matches in `text` is among them."""
        found = set(self.always)
        size = len(text)
        for length, table in self.by_length:
            if len(table) < size:  # a few heads: each looked for
                for head, patterns in table.items():
                    if head in text:
                        found.update(patterns)
                continue
            grams = {text[i : i + length] for i in range(size - length + 1)}
            for head in table.keys() & grams:
                found.update(table[head])
        return sorted(found)


def _letter_class(letter: str, ignorecase: bool) -> str:
    """The letters `letter` matches in a pattern, named by one of them: itself where case
    counts; else as `re` compares case-blind, by lower case and its few extra equivalents
    ("s" and "ſ"), so two letters of different classes never match the same character."""
    if not ignorecase:
        return letter
    lower = _sre.unicode_tolower(ord(letter))
    return chr(min((lower, *_casefix._EXTRA_CASES.get(lower, ()))))


def alternation(words: list[str], ignorecase: bool = False) -> str:
    """`"|".join(map(re.escape, words))` written as a tree of shared beginnings: the same
    matches, tried in the same order (the first word that lets the rest of a pattern match
    wins, as in the plain alternation), but `re` compares a character once for all the words
    that begin alike instead of once per word (a case-blind alternation is otherwise entered
    word by word at each position). `ignorecase`: the alternation is read case-blind.

    At a point of the tree the words still possible either end there or go on with a next
    letter; words going on with letters of different classes can never both match, so they
    are grouped by that letter with their order kept, and a word ending there stays between
    the groups of the words before it and after it in the list."""
    ranked = list(dict.fromkeys(words))
    return _branches([(w, i) for i, w in enumerate(ranked)], 0, ignorecase)


def _branches(items: list[tuple[str, int]], depth: int, ignorecase: bool) -> str:
    options: list[str] = []
    ended = False
    run: list[tuple[str, int]] = []

    def close_run() -> None:
        groups: dict[str, list[tuple[str, int]]] = {}
        for word, i in run:
            groups.setdefault(_letter_class(word[depth], ignorecase), []).append((word, i))
        for group in groups.values():
            letter = group[0][0][depth]
            options.append(re.escape(letter) + _branches(group, depth + 1, ignorecase))
        run.clear()

    for word, i in items:
        if len(word) == depth:
            if not ended:  # a word ending here again (another case) adds nothing
                close_run()
                options.append("")
                ended = True
        else:
            run.append((word, i))
    close_run()
    if options == [""]:
        return ""
    if len(options) == 1:
        return options[0]
    return "(?:" + "|".join(options) + ")"
