"""Cross-validated comparison of the rules and the learned ranker on an agreement's sides
named outside its sentence (the dev splits only).

    PYTHONPATH=src python benchmarks/sides_model.py [--cache /tmp/sides-cases.json]

Cases as `scripts/train_sides.py` collects them. Where the rules took k sides from further
off than the agreement's paragraph and the story's opening pair (`side_ranker.fixed`), the
model's answer keeps the others and takes the k candidates it ranks highest (optionally with a bonus for the rules' own choice,
`--prior`). Documents are split into five folds (sorted names, every fifth), the model fitted
on four and scored on the fifth, so no document is scored by weights fitted on it. Prints how
many cases each answer gets exactly right against gold, and where the two differ.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5


def trainer():
    spec = importlib.util.spec_from_file_location(
        "train_sides", ROOT / "scripts" / "train_sides.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def outside(case: dict) -> list[str]:
    """The read sides the ranker may replace (`side_ranker.fixed` are not)."""
    return [c for c in case["read"] if c not in case["fixed"]]


def answer(case: dict, w: np.ndarray, prior: float) -> set[str]:
    """The model's sides: those the sentence names, and in place of each the rules took from
    outside it, the candidate `side_ranker.choose` ranks first (the rules' given `prior`)."""
    from suivi.reading.side_ranker import choose

    took = outside(case)
    kept = [c for c in case["read"] if c not in took]
    scores = {
        code: float(np.dot(w, values))
        for code, values in case["features"].items()
        if code not in kept
    }
    return {case["norm"].get(c, c.lower()) for c in [*kept, *choose(scores, took, prior)]}


def evaluate(cases: list[dict], prior: float, only_outside: bool) -> dict[str, int]:
    t = trainer()
    docs = sorted({c["doc"] for c in cases})
    fold_of = {d: i % FOLDS for i, d in enumerate(docs)}
    tally = {"cases": 0, "rules": 0, "model": 0, "both": 0, "reachable": 0}
    for fold in range(FOLDS):
        train = [c for c in cases if fold_of[c["doc"]] != fold]
        if only_outside:
            train = [c for c in train if outside(c)]
        w = t.fit(*t.rows(train))
        for case in cases:
            if fold_of[case["doc"]] != fold or not outside(case):
                continue
            if not all(c in case["features"] for c in outside(case)):
                continue
            gold = set(case["gold"])
            rules = {case["norm"].get(c, c.lower()) for c in case["read"]}
            model = answer(case, w, prior)
            tally["cases"] += 1
            tally["rules"] += rules == gold
            tally["model"] += model == gold
            tally["both"] += rules == gold and model == gold
            kept = {case["norm"].get(c, c.lower()) for c in case["read"] if c in case["fixed"]}
            rest = gold - kept
            tally["reachable"] += len(rest) == len(outside(case)) and rest <= {
                case["norm"][c] for c in case["features"]
            }
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", help="cases collected by scripts/train_sides.py --cache")
    args = parser.parse_args()
    t = trainer()
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        cases = json.loads(cache.read_text())
    else:
        cases = t.collect([ROOT / "tests" / "reading" / "corpus", t.shared() / "corpus" / "dev"])
    print(f"{len(cases)} read agreements paired with gold; {FOLDS}-fold CV over documents")
    print("train on       prior  cases  rules right  model right  both  reachable")
    for only in (False, True):
        for prior in (0.0, 1.0, 2.0, 4.0):
            r = evaluate(cases, prior, only)
            print(
                f"{'outside' if only else 'all':<14} {prior:>5.1f}  {r['cases']:>5}  "
                f"{r['rules']:>11}  {r['model']:>11}  {r['both']:>4}  {r['reachable']:>9}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
