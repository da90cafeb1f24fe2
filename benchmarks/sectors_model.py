"""The learned sector model against the lexicon, on phrases it was not trained on.

    python benchmarks/sectors_model.py

Grouped five-fold cross-validation over the dev gold's documents (`scripts/
train_sectors.py` says which phrase of an agreement is used): the model is trained on four
fifths of the documents and all the invented phrases, and tested on the agreements of the
fifth. Then the model trained on everything is tested on `scripts/sector_phrases_heldout.
tsv`, invented phrases written in other voices than the training ones. Three readers of a
phrase: the lexicon as the reader runs it (`agreements._sectors`, then the vector table,
else `general`), the model alone (its likeliest sector), and the two combined as the
reader combines them (`sectors.guessed`). "exact" is the sector set equal to the gold's,
"hit" the first sector among the gold's. Per language, dev only (no blind document is read).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_sectors import HELD_OUT, Example, gold_examples, invented, train  # noqa: E402

from suivi.reading import sector_model  # noqa: E402
from suivi.reading.agreements import _sectors  # noqa: E402
from suivi.reading.sectors import fold, guessed, learnt_guess  # noqa: E402

FOLDS = 5

Reader = Callable[[str], list[str]]


def lexicon(phrase: str) -> list[str]:
    """The lexicon and its vector table, as before the model."""
    return _sectors(phrase) or learnt_guess(phrase) or ["general"]


def model_reader(models: sector_model.Models) -> Reader:
    """The model alone: its likeliest sector, `general` when it knows no word."""

    def read(phrase: str) -> list[str]:
        ranked = sector_model.posterior(phrase, fold(phrase), models)
        return [ranked[0][0]] if ranked else ["general"]

    return read


def combined_reader(models: sector_model.Models) -> Reader:
    """`sectors.guessed` with the fold's models in place of the shipped ones."""

    def read(phrase: str) -> list[str]:
        return _sectors(phrase) or guessed(phrase, models) or ["general"]

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


def table(title: str, results: dict[str, dict[str, list[int]]]) -> None:
    print(f"\n{title}")
    print(f"{'reader':<10}" + "".join(f"{k:>18}" for k in ("all", "fr", "en", "ru")))
    for name, per in results.items():
        cells = []
        for key in ("all", "fr", "en", "ru"):
            exact, hit, n = per.get(key, [0, 0, 0])
            cells.append(f"{exact / max(n, 1):.3f}/{hit / max(n, 1):.3f} n={n:<4}")
        print(f"{name:<10}" + "".join(f"{c:>18}" for c in cells))


def main() -> None:
    gold = gold_examples()
    phrases = invented()
    documents = sorted({group for group, *_ in gold})
    fold_of = {doc: i % FOLDS for i, doc in enumerate(documents)}
    merged: dict[str, dict[str, list[int]]] = {}
    for k in range(FOLDS):
        test = [e for e in gold if fold_of[e[0]] == k]
        training = [e for e in gold if fold_of[e[0]] != k] + phrases
        model = train(training)
        for name, reader in (
            ("lexicon", lexicon),
            ("model", model_reader(model)),
            ("combined", combined_reader(model)),
        ):
            for key, row in score(reader, test).items():
                total = merged.setdefault(name, {}).setdefault(key, [0, 0, 0])
                total[:] = [a + b for a, b in zip(total, row, strict=True)]
    table(f"dev gold, grouped {FOLDS}-fold over documents (exact/hit)", merged)
    model = train(gold + phrases)
    held_out = invented(HELD_OUT)
    table(
        "held-out invented phrases, other voices (exact/hit)",
        {
            "lexicon": score(lexicon, held_out),
            "model": score(model_reader(model), held_out),
            "combined": score(combined_reader(model), held_out),
        },
    )


if __name__ == "__main__":
    main()
