"""A learned sector classifier over an agreement's complement, against the lexicon.

    python benchmarks/sectors_model.py

Issue 10 asked whether a classifier trained on annotated phrases places the sectors of
complements the hand-written lexicon (`suivi/reading/sectors.py`, tuned on dev) misses. Two
softmax regressions, trained here (numpy, scipy's L-BFGS, from zero: deterministic):

- stems, for the three languages at once: each folded word cut to its first five and seven
  letters, and the vector table's sector of the word (`sector_words.txt`);
- vectors, Russian only: the unit mean of the phrase's navec word vectors (natasha's, loaded
  by the reader for Russian NER anyway), so that an unseen word still lands near the words
  of its domain. French and English have no word vectors at run time (the small spaCy
  models carry none).

Data: every gold agreement of the dev splits, its title where it has one, else its evidence
when no other agreement of the document with other sectors shares it; and invented labelled
phrases (`sector_phrases.tsv`). Evaluation: grouped five-fold cross-validation over the dev
documents (trained on four fifths of them and all the invented phrases), then the models
trained on everything against `sector_phrases_heldout.tsv`, invented phrases in other voices.
Readers of a phrase: the lexicon as the reader runs it (`agreements._sectors`, then
`sectors.guessed`'s vector table, else `general`); each model alone (its likeliest sector);
and "combined", the model asked where the lexicon finds nothing, before the vector table,
when its top sector has probability >= `CONFIDENCE` (Russian phrases by vectors, others by
stems). "exact" is the sector set equal to the gold's, "hit" the first sector among the
gold's. Dev only: no blind document is read.

Outcome (session 20, README "Learned sectors"): the combined reader gains on held-out
Russian phrases and nowhere on blind, so the reader does not use it.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from reading import DEFAULT_CORPUS, SPLITS  # noqa: E402
from suivi.reading.agreements import _sectors  # noqa: E402
from suivi.reading.nlp import natasha  # noqa: E402
from suivi.reading.sectors import _learnt, fold, guessed  # noqa: E402

PHRASES = HERE / "sector_phrases.tsv"
HELD_OUT = HERE / "sector_phrases_heldout.tsv"
FOLDS = 5
STEM_L2 = 0.3  # penalties, chosen by the cross-validation below
VECTOR_L2 = 0.01
CONFIDENCE = 0.5

_WORD = re.compile(r"[^\W\d_]{3,}")
_RUSSIAN_WORD = re.compile(r"[а-яё]{3,}")
# Function words that reach three letters: they say nothing of the domain.
_STOP_WORDS = (
    "les des dans sur pour par avec entre aux une ses leur leurs son sont est qui que "
    "the and for with between into its their from this that are was "
    "для при под над между или его как что это"
)
_STOP = frozenset(_STOP_WORDS.split())

# (group, language, phrase, sectors): the group is the document, or "invented"
Example = tuple[str, str, str, list[str]]
Ranked = list[tuple[str, float]]
Reader = Callable[[str], list[str]]


def gold_examples() -> list[Example]:
    """The dev gold's agreements as phrases and sectors (see the module's docstring)."""
    out: list[Example] = []
    for folder in (SPLITS["dev"], DEFAULT_CORPUS):
        for path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            items = gold["agreements"]
            for item in items:
                shared = any(
                    o["evidence"] == item["evidence"] and set(o["sectors"]) != set(item["sectors"])
                    for o in items
                )
                if (item.get("title") or not shared) and item["sectors"]:
                    phrase = item.get("title") or item["evidence"]
                    language = gold["document"]["language"]
                    out.append((path.name, language, phrase, sorted(item["sectors"])))
    return out


def invented(path: Path = PHRASES) -> list[Example]:
    """Labelled phrases of a `language<TAB>sector<TAB>phrase` file ("#" lines are notes)."""
    out: list[Example] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            language, sector, phrase = line.split("\t")
            out.append(("invented", language, phrase, [sector]))
    return out


def stems(phrase: str) -> list[str]:
    """The stem model's features: first five and seven letters of each folded word, and
    the vector table's sector of the word, function words left out."""
    out: list[str] = []
    for word in _WORD.findall(fold(phrase)):
        if word not in _STOP:
            out += [word[:5], "+" + word[:7]] if len(word) > 5 else [word[:5]]
            if word in _learnt():
                out.append("=" + _learnt()[word])
    return out


@cache
def _navec():  # type: ignore[no-untyped-def]
    """navec, as natasha's NER loads it (`nlp.natasha` first: it patches pymorphy2)."""
    natasha()
    from natasha import NewsEmbedding

    return NewsEmbedding()


def phrase_vector(phrase: str) -> np.ndarray | None:
    """The unit mean navec vector of a phrase's Russian words, 1 appended (the bias)."""
    words = [w for w in _RUSSIAN_WORD.findall(phrase.lower()) if w not in _STOP]
    vectors = [_navec()[w] for w in words if w in _navec()]
    if not vectors:
        return None
    mean = np.mean(vectors, axis=0)
    return np.append(mean / (np.linalg.norm(mean) or 1.0), 1.0)


def _regression(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Weights of a softmax regression with soft targets `y` (a phrase of two sectors
    wants half of each); the last column of `x` is the bias, not penalised."""
    shape = (x.shape[1], y.shape[1])

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(shape)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ (p - y)
        grad[:-1] += 2 * l2 * w[:-1]
        return -(y * np.log(p + 1e-12)).sum() + l2 * (w[:-1] ** 2).sum(), grad.ravel()

    found = minimize(loss, np.zeros(shape).ravel(), jac=True, method="L-BFGS-B")
    return found.x.reshape(shape)


class Model:
    """A softmax regression over a phrase's features (`encode` gives a row or None)."""

    def __init__(self, examples: list[Example], encode, l2: float) -> None:  # type: ignore[no-untyped-def]
        self.encode = encode
        rows = [(encode(phrase), labels) for _, _, phrase, labels in examples]
        rows = [(x, labels) for x, labels in rows if x is not None]
        self.sectors = sorted({s for _, labels in rows for s in labels})
        y = np.zeros((len(rows), len(self.sectors)))
        for i, (_, labels) in enumerate(rows):
            for label in labels:
                y[i, self.sectors.index(label)] = 1 / len(labels)
        self.weights = _regression(np.array([x for x, _ in rows]), y, l2)

    def ranked(self, phrase: str) -> Ranked:
        x = self.encode(phrase)
        if x is None:
            return []
        z = x @ self.weights
        p = np.exp(z - z.max())
        p /= p.sum()
        return sorted(zip(self.sectors, p.tolist(), strict=True), key=lambda r: (-r[1], r[0]))


def stem_model(examples: list[Example]) -> Model:
    vocabulary = sorted({s for _, _, phrase, _ in examples for s in stems(phrase)})
    column = {s: i for i, s in enumerate(vocabulary)}

    def encode(phrase: str) -> np.ndarray | None:
        known = [column[s] for s in stems(phrase) if s in column]
        if not known:
            return None
        x = np.zeros(len(vocabulary) + 1)
        x[-1] = 1.0
        np.add.at(x, known, 1.0)
        return x

    return Model(examples, encode, STEM_L2)


def vector_model(examples: list[Example]) -> Model:
    return Model([e for e in examples if e[1] == "ru"], phrase_vector, VECTOR_L2)


def lexicon(phrase: str) -> list[str]:
    """The lexicon and its vector table, as the reader runs them."""
    return _sectors(phrase) or guessed(phrase) or ["general"]


def alone(model: Model) -> Reader:
    def read(phrase: str) -> list[str]:
        ranked = model.ranked(phrase)
        return [ranked[0][0]] if ranked else ["general"]

    return read


def combined(stem: Model, vector: Model) -> Reader:
    """The model where the lexicon finds nothing: Russian by vectors, else by stems; its
    confident `general` leaves the phrase general."""

    def read(phrase: str) -> list[str]:
        found = _sectors(phrase)
        if found:
            return found
        ranked = (vector if _RUSSIAN_WORD.search(phrase.lower()) else stem).ranked(phrase)
        if ranked and ranked[0][1] >= CONFIDENCE:
            return [ranked[0][0]]
        return guessed(phrase) or ["general"]

    return read


def score(reader: Reader, examples: list[Example]) -> dict[str, list[int]]:
    """Per language (and "all"): [exact, hit, count]."""
    out: dict[str, list[int]] = {}
    for _, language, phrase, gold in examples:
        read = reader(phrase)
        for key in (language, "all"):
            row = out.setdefault(key, [0, 0, 0])
            row[0] += sorted(read) == gold
            row[1] += read[0] in gold
            row[2] += 1
    return out


def readers(training: list[Example]) -> dict[str, Reader]:
    stem, vector = stem_model(training), vector_model(training)
    return {
        "lexicon": lexicon,
        "stems": alone(stem),
        "vectors": alone(vector),
        "combined": combined(stem, vector),
    }


def table(title: str, results: dict[str, dict[str, list[int]]]) -> None:
    print(f"\n{title}")
    print(f"{'reader':<10}" + "".join(f"{k:>20}" for k in ("all", "fr", "en", "ru")))
    for name, per in results.items():
        cells = []
        for key in ("all", "fr", "en", "ru"):
            exact, hit, n = per.get(key, [0, 0, 0])
            cells.append(f"{exact / max(n, 1):.3f}/{hit / max(n, 1):.3f} n={n}")
        print(f"{name:<10}" + "".join(f"{c:>20}" for c in cells))


def main() -> None:
    gold, phrases = gold_examples(), invented()
    documents = sorted({group for group, *_ in gold})
    fold_of = {doc: i % FOLDS for i, doc in enumerate(documents)}
    merged: dict[str, dict[str, list[int]]] = {}
    for k in range(FOLDS):
        training = [e for e in gold if fold_of[e[0]] != k] + phrases
        test = [e for e in gold if fold_of[e[0]] == k]
        for name, reader in readers(training).items():
            for key, row in score(reader, test).items():
                total = merged.setdefault(name, {}).setdefault(key, [0, 0, 0])
                total[:] = [a + b for a, b in zip(total, row, strict=True)]
    table(f"dev gold, grouped {FOLDS}-fold over documents (exact/hit)", merged)
    held_out = invented(HELD_OUT)
    everything = readers(gold + phrases)
    table(
        "held-out invented phrases, other voices (exact/hit)",
        {name: score(reader, held_out) for name, reader in everything.items()},
    )


if __name__ == "__main__":
    main()
