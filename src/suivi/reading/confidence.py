"""How sure the reading is of a fact, from how the fact was found.

Every fact of a Reading carries a `confidence` in 0..1 that the review queue sorts
by. Each stage first scores a fact's evidence: how it was found (a named title, a
list item, a bare count), whether its sides are named in its own sentence or guessed
from the story, whether the sentence hedges ("pourrait", "could", «может»), whether
NER, a title and the name grammar agree on a person. `calibrate` then maps each kind's
evidence score to how often facts of that score were right on the development split
(a logistic curve per kind, fitted by `benchmarks/calibrate.py` into
`calibration_data.py`), so 0.9 means about nine right in ten, whatever the kind.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from suivi.reading.calibration_data import CURVES
from suivi.reading.sectors import fold

if TYPE_CHECKING:
    from suivi.reading.model import Reading

FLOOR, CEILING = 0.05, 0.99

# Words that make a statement conditional or second-hand (folded text).
_HEDGES = re.compile(
    r"(?<!\w)(?:pourrai(?:t|ent)|devrai(?:t|ent)|aurai(?:t|ent)|serai(?:t|ent)|eventuel\w*"
    r"|selon (?:des|certaines) sources|il est question|envisag\w*|possibl\w*|peut-etre"
    r"|could|might|may|would|reportedly|possibly|allegedly|is said to|rumou?r\w*"
    r"|возможно|может|могут|мог(?:ла|ли)? бы|якобы|по (?:некоторым )?данным)(?!\w)"
)


def hedged(text: str) -> bool:
    """Whether a sentence states its fact as conditional, possible or reported."""
    return bool(_HEDGES.search(fold(text)))


def clamp(value: float) -> float:
    """A confidence kept inside (0, 1) and rounded: never certain, never nothing."""
    return round(min(CEILING, max(FLOOR, value)), 2)


# Base confidence of an agreement by how the text identifies it.
AGREEMENT_TITLED = 0.85  # "l'accord sur l'extradition": a kind and its named content
AGREEMENT_SECTORS = 0.8  # a kind with the areas it covers, no title
AGREEMENT_ENUMERATED = 0.8  # one of "accords dans les domaines de A, B et C"
AGREEMENT_LISTED = 0.8  # an item of a list under "les accords signés :"
AGREEMENT_GENERIC = 0.65  # "des textes portant sur A et B"
AGREEMENT_BARE = 0.6  # "un accord a été signé", nothing else said of it
AGREEMENT_ORDINAL = 0.6  # "un troisième ..." after a list of agreements


def agreement(
    basis: float, sides_named: bool, sentence: str, planned: bool, sectors: list[str] = ()
) -> float:
    """An agreement's confidence: its basis, raised when its sides are named where it is,
    lowered when they are the story's guess, when the sentence hedges or it is only planned,
    and when its sectors are vague (only "general") or many (a phrase read too widely).
    Measured on the corpus helper's dev split, titled agreements were the overconfident ones."""
    value = basis + (0.05 if sides_named else -0.1)
    if list(sectors) == ["general"] or len(sectors) > 2:
        value -= 0.1
    if hedged(sentence):
        value -= 0.15
    if planned:
        value -= 0.05
    return clamp(value)


def body(explicit: bool, mentions: int, name: str) -> float:
    """A body named with its sides, named again, with a full name, is surer."""
    value = 0.75 if explicit else 0.6
    value += 0.1 if mentions > 1 else 0.0
    value += 0.1 if len(name.split()) >= 4 else 0.0
    return clamp(value)


def session(number: bool, dated: bool, placed: bool) -> float:
    """A session numbered, dated and placed by the text is surer than one inferred."""
    return clamp(0.55 + (0.2 if number else 0) + (0.15 if dated else 0) + (0.05 if placed else 0))


def person(sources: set[str], mentions: int, role: bool) -> float:
    """NER, a title pattern, the name grammar and the table of office-holders agreeing;
    named more than once; a role."""
    value = {1: 0.7, 2: 0.85}.get(len(sources & {"ner", "title", "grammar", "table"}), 0.9)
    if sources == {"grammar"}:
        value = 0.65
    value += 0.05 if mentions > 1 else 0.0
    value += 0.05 if role else 0.0
    return clamp(value)


# A quotation's speaker by where the text names them.
SPEAKER_AFTER = 0.9  # "« ... », a déclaré X"
SPEAKER_IN_SENTENCE = 0.85  # "X a déclaré : « ... »"
SPEAKER_CONTINUED = 0.75  # the quotation goes on a speaker's previous one
SPEAKER_LAST_NAMED = 0.55  # only the last person named before it
SPEAKER_NONE = 0.8  # nobody named
SPEAKER_DOCUMENT = 0.85  # a communiqué, a ministry says it: no speaker


KINDS = ("people", "agreements", "bodies", "sessions", "quotes")


def calibrated(kind: str, evidence: float) -> float:
    """The share of facts of this kind and evidence score that were right on dev."""
    slope, intercept = CURVES.get(kind, (None, None))
    if slope is None:
        return evidence
    return clamp(1 / (1 + math.exp(-(slope * evidence + intercept))))


def calibrate(reading: Reading) -> None:
    """Replace every fact's evidence score by its calibrated confidence, in place."""
    for kind in KINDS:
        for fact in getattr(reading, kind):
            fact.confidence = calibrated(kind, fact.confidence)
