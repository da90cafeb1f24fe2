"""What the early stages of the reading hand to the later ones.

The cascade (format -> clean -> metadata -> language -> parties -> people ->
agreements -> bodies -> sessions -> quotes) passes one Context along; each stage
reads what earlier ones found and adds its own part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]
