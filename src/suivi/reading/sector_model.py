"""A small learned sector classifier over an agreement's complement: the lexicon's second
opinion (`sectors.guessed`).

The lexicon (`sectors.py`) names the domains it was given; a complement in other words
("la mise en valeur des bas-fonds", «борьба с саранчой») falls to the vector table
(`sector_words.txt`, French and English words only) or to nothing. Two softmax regressions,
trained by `scripts/train_sectors.py` on the dev gold's agreements and on labelled phrases
written for it (`scripts/sector_phrases.tsv`), shipped as weights:

- Russian: over the mean of the phrase's navec word vectors (natasha's, which the reader
  loads for Russian NER anyway), so that a word never seen in training still lands near
  the words of its domain (`sector_vectors.txt`);
- French and English, which have no word vectors at run time: over word stems, a folded
  word cut to its first five and seven letters, and the vector table's sector of each word
  (`sector_stems.txt`).
"""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path

import numpy as np

from suivi.reading.nlp import navec

_STEM_WEIGHTS = Path(__file__).with_name("sector_stems.txt")
_VECTOR_WEIGHTS = Path(__file__).with_name("sector_vectors.txt")
_VECTORS = Path(__file__).with_name("sector_words.txt")

_WORD = re.compile(r"[^\W\d_]{3,}")
_RUSSIAN_WORD = re.compile(r"[а-яё]{3,}")

# Function words of the three languages that reach three letters: they say nothing of the
# domain and would tie a sector to a grammar.
_STOP_WORDS = (
    "les des dans sur pour par avec entre aux une ses leur leurs son sont est qui que "
    "the and for with between into its their from this that are was "
    "для при под над между или его как что это"
)
_STOP = frozenset(_STOP_WORDS.split())

# A sector's bias, and a weight per (stem, sector): a softmax regression over stems.
StemModel = tuple[dict[str, float], dict[str, dict[str, float]]]
# The sectors, and a matrix of (vector dimensions + bias) x sectors.
VectorModel = tuple[list[str], np.ndarray]
Models = tuple[StemModel, VectorModel]
Ranked = list[tuple[str, float]]


def features(folded: str) -> list[str]:
    """Stems of a folded phrase's words (`sectors.fold`, which this module cannot import:
    `sectors` asks it): the first five and first seven letters of each word ("agricole",
    "agriculture" share "agric"; "electricite", "electricity" share "electri"), and the
    vector table's sector of the word; function words left out."""
    out: list[str] = []
    for word in _WORD.findall(folded):
        if word not in _STOP:
            out.append(word[:5])
            if len(word) > 5:
                out.append("+" + word[:7])
            if word in vector_table():
                out.append("=" + vector_table()[word])
    return out


@cache
def vector_table() -> dict[str, str]:
    """word -> sector from word vectors (scripts/sector_words.py), for words the lexicon
    lacks."""
    table: dict[str, str] = {}
    for line in _VECTORS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, sector = line.partition("\t")
            table[word] = sector
    return table


def phrase_vector(phrase: str) -> np.ndarray | None:
    """The unit mean navec vector of a phrase's Russian words, the bias's 1 appended; None
    when navec knows none of them."""
    embedding = navec()
    words = [w for w in _RUSSIAN_WORD.findall(phrase.lower()) if w not in _STOP and w in embedding]
    if not words:
        return None
    mean = np.mean([embedding[w] for w in words], axis=0)
    return np.append(mean / (np.linalg.norm(mean) or 1.0), 1.0)


def _softmax(scores: dict[str, float]) -> Ranked:
    top = max(scores.values())
    exp = {s: math.exp(v - top) for s, v in scores.items()}
    total = sum(exp.values())
    return sorted(((s, w / total) for s, w in exp.items()), key=lambda p: (-p[1], p[0]))


def stem_posterior(model: StemModel, folded: str) -> Ranked:
    """Sectors by probability for a folded phrase, the likeliest first; [] when none of its
    stems was seen in training (the bias alone is no opinion)."""
    bias, weights = model
    stems = [s for s in features(folded) if s in weights]
    if not stems:
        return []
    return _softmax(
        {sector: b + sum(weights[s].get(sector, 0.0) for s in stems) for sector, b in bias.items()}
    )


def vector_posterior(model: VectorModel, phrase: str) -> Ranked:
    """Sectors by probability for a Russian phrase; [] when navec knows none of its words."""
    vector = phrase_vector(phrase)
    if vector is None:
        return []
    sectors, weights = model
    return _softmax(dict(zip(sectors, (vector @ weights).tolist(), strict=True)))


def stem_model(rows: list[str]) -> StemModel:
    """A model from `stem<TAB>sector<TAB>weight` rows ("" as the stem: the sector's bias)."""
    bias: dict[str, float] = {}
    weights: dict[str, dict[str, float]] = {}
    for line in rows:
        if not line or line.startswith("# "):
            continue
        stem, sector, w = line.split("\t")
        if stem:
            weights.setdefault(stem, {})[sector] = float(w)
        else:
            bias[sector] = float(w)
    return bias, weights


def vector_model(rows: list[str]) -> VectorModel:
    """A model from its rows: the sectors tab-separated, then one row of weights per
    dimension of the vector (the bias last)."""
    lines = [line for line in rows if line and not line.startswith("# ")]
    return lines[0].split("\t"), np.array(
        [[float(w) for w in line.split("\t")] for line in lines[1:]]
    )


@cache
def shipped_stems() -> StemModel:
    return stem_model(_STEM_WEIGHTS.read_text(encoding="utf-8").splitlines())


@cache
def shipped_vectors() -> VectorModel:
    return vector_model(_VECTOR_WEIGHTS.read_text(encoding="utf-8").splitlines())


def posterior(phrase: str, folded: str, models: Models | None = None) -> Ranked:
    """Sectors by probability for a phrase (and its folded form): by its word vectors when
    it is Russian, else by its stems. `models` are the shipped ones unless a benchmark
    passes its own."""
    stems, vectors = models or (shipped_stems(), shipped_vectors())
    if _RUSSIAN_WORD.search(folded):
        return vector_posterior(vectors, phrase)
    return stem_posterior(stems, folded)
