"""The Reading of a document, as `reading/SPEC.md` defines it.

Plain dataclasses so the bulk engine can ship them between processes; `to_dict`
gives the JSON of the contract with every field present.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Document:
    title: str | None = None
    published: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    publisher: str | None = None
    author: str | None = None
    language: str = "fr"
    text: str = ""


@dataclass
class Person:
    name: str
    role: str | None = None
    party: str | None = None
    confidence: float = field(default=0.5, compare=False)  # reading/confidence.py: an ordering


@dataclass
class Agreement:
    kind: str
    evidence: str
    title: str | None = None
    parties: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    status: str = "signed"
    date: str | None = None
    signatories: list[str] = field(default_factory=list)
    confidence: float = field(default=0.5, compare=False)


@dataclass
class Body:
    name: str
    evidence: str
    parties: list[str] = field(default_factory=list)
    mandate: str | None = None
    cadence_months: int | None = None
    confidence: float = field(default=0.5, compare=False)


@dataclass
class Session:
    body: str
    number: int | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    confidence: float = field(default=0.5, compare=False)


@dataclass
class Quote:
    text: str
    speaker: str | None = None
    confidence: float = field(default=0.5, compare=False)


@dataclass
class Reading:
    document: Document = field(default_factory=Document)
    parties: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    agreements_total: int | None = None
    bodies: list[Body] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The JSON object of SPEC.md, keys in the contract's order."""
        return asdict(self)
