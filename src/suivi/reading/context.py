"""What the early stages of the reading hand to the later ones.

The cascade (format -> clean -> metadata -> language -> parties -> people ->
agreements -> bodies -> sessions -> quotes) passes one Context along; each stage
reads what earlier ones found and adds its own part.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from suivi.reading.model import Person


@dataclass(frozen=True)
class Mention:
    """A party named in the text: an ISO alpha-3 code or an organisation acronym/name."""

    code: str
    start: int
    end: int
    surface: str
    kind: str = "name"  # "name", "adjective", "prefix" (russo-), "seat" (Bamako), "organisation"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Context:
    text: str
    language: str
    published: str | None = None  # the document's own date, to anchor "le 5 mars" without a year
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # top-level actors of the story
    people: list[Person] = field(default_factory=list)
    titled: frozenset[str] = frozenset()  # the parties the title names (seats as their states)

    # the mentions' starts, when they are in order, for the list they were read from
    _index: tuple[list[Mention], int, list[int] | None] | None = field(
        default=None, repr=False, compare=False
    )

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie between two offsets, in order. Bisected where the mentions
        are in order of their starts (a sentence of a thousand agreements asks a thousand
        times), else filtered one by one."""
        starts = self._starts()
        if starts is None:
            return [m for m in self.mentions if m.start >= start and m.end <= end]
        found = self.mentions[bisect_left(starts, start) : bisect_right(starts, end)]
        return [m for m in found if m.end <= end]

    def _starts(self) -> list[int] | None:
        """The starts of the mentions if in order, kept while the list stays the same."""
        index = self._index
        if index is None or index[0] is not self.mentions or index[1] != len(self.mentions):
            starts = [m.start for m in self.mentions]
            ordered = all(a <= b for a, b in pairwise(starts))
            index = (self.mentions, len(self.mentions), starts if ordered else None)
            self._index = index
        return index[2]
