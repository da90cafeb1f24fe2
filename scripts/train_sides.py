"""Fit the ranker of an agreement's sides named outside its sentence, from the dev splits' gold.

    PYTHONPATH=src python scripts/train_sides.py [--cache /tmp/sides-cases.json]

Reads every dev document (`tests/reading/corpus`, `../shared/corpus/dev`) in-process, keeps
the Context the agreements were read from, and pairs each read agreement with the gold one
its evidence sentence shares (`score.py`'s words; the best sectors' match first). Every
party the text names outside that sentence is a candidate (`side_ranker.features`), labelled
by whether gold lists it. A logistic regression (numpy, L2, full-batch Newton steps: no
randomness, the same weights on every run) is fitted on all candidates and written to
`src/suivi/reading/side_ranker_weights.json`. `--cache` keeps the cases so the benchmark
(`benchmarks/sides_model.py`) and refits do not read the corpus again.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src" / "suivi" / "reading" / "side_ranker_weights.json"
L2 = 1.0


def shared() -> Path:
    """The team's shared folder, as `benchmarks/reading.py` finds it."""
    for parent in ROOT.parents:
        if (parent / "shared" / "reading" / "score.py").exists():
            return parent / "shared"
    return ROOT.parent / "shared"


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("team_score", shared() / "reading" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gold_of(scorer: ModuleType, golds: list[dict], read: dict) -> dict | None:
    """The gold agreement told by the read one's sentence, the best sectors' match first."""
    rw = scorer.words(read.get("evidence"))
    near = []
    for g in golds:
        gw = scorer.words(g.get("evidence"))
        if gw and rw and len(gw & rw) >= 0.5 * min(len(gw), len(rw)):
            near.append(g)
    if not near:
        return None
    return max(near, key=lambda g: scorer.jaccard(g.get("sectors"), read.get("sectors")))


def collect(corpora: list[Path]) -> list[dict]:
    """One case per read agreement paired with a gold one: its document, the parties its
    sentence names, the read and gold sides, and each outside candidate's features."""
    sys.path.insert(0, str(ROOT / "src"))
    from suivi.reading import agreements, pipeline, side_ranker

    scorer = load_scorer()
    seen: dict = {}
    extract = agreements.extract

    def keeping(ctx):
        seen["ctx"] = ctx
        return extract(ctx)

    agreements.extract = keeping
    rerank = side_ranker.rerank
    side_ranker.rerank = lambda ctx, found: None  # the rules' own sides, as they chose them
    cases = []
    try:
        for corpus in corpora:
            for stem, doc, gold_path in scorer.documents(corpus):
                gold = json.loads(gold_path.read_text())
                reading = pipeline.read(doc.read_bytes(), doc.name).to_dict()
                ctx = seen["ctx"]
                for read in reading.get("agreements") or []:
                    g = _gold_of(scorer, gold.get("agreements") or [], read)
                    start = ctx.text.find(read.get("evidence") or "\0")
                    if g is None or start < 0 or not g.get("parties"):
                        continue
                    end = start + len(read["evidence"])
                    named = side_ranker.named_codes(ctx, start, end)
                    told = side_ranker.story(ctx)
                    cases.append(
                        {
                            "doc": f"{corpus.name}/{stem}",
                            "named": sorted(named),
                            "fixed": sorted(side_ranker.fixed(ctx, start, end, told)),
                            "read": read.get("parties") or [],
                            "gold": sorted(scorer.party_set(g["parties"])),
                            "norm": {
                                c: scorer.norm(c)
                                for c in [*side_ranker.candidates(ctx, set()), *read["parties"]]
                            },
                            "features": side_ranker.features(ctx, start, end, named, told),
                        }
                    )
    finally:
        agreements.extract = extract
        side_ranker.rerank = rerank
    return cases


def rows(cases: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """The candidates' features and labels (gold lists it), over all cases."""
    x, y = [], []
    for case in cases:
        for code, values in case["features"].items():
            x.append(values)
            y.append(case["norm"][code] in case["gold"])
    return np.array(x, dtype=float), np.array(y, dtype=float)


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Logistic regression by Newton's method (deterministic); the bias is not penalised."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", help="read the cases from / write them to this file")
    args = parser.parse_args()
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        cases = json.loads(cache.read_text())
    else:
        corpora = [ROOT / "tests" / "reading" / "corpus", shared() / "corpus" / "dev"]
        cases = collect(corpora)
        if cache:
            cache.write_text(json.dumps(cases))
    sys.path.insert(0, str(ROOT / "src"))
    from suivi.reading.side_ranker import NAMES

    w = fit(*rows(cases))
    WEIGHTS.write_text(
        json.dumps({name: round(float(v), 4) for name, v in zip(NAMES, w, strict=True)}, indent=1)
        + "\n"
    )
    print(f"{len(cases)} cases; weights written to {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
