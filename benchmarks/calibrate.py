"""Fit the confidence calibration of `suivi read` on a development split.

    python benchmarks/calibrate.py [--splits dev]    # writes src/suivi/reading/calibration_data.py

Every fact of every document of the split is read with its raw evidence score (the
curves switched off) and marked right or wrong as `benchmarks/reading.py` judges it
(score.py's matching; a quotation also needs its speaker). Per kind of fact, a
logistic curve confidence = 1 / (1 + exp(-(slope * evidence + intercept))) is fitted
by Newton's method with a ridge penalty (a kind with no wrong fact on dev must not get
an infinite curve), and written as data the reader ships. Never fit on the blind split:
its figures would stop measuring anything.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reading as bench

OUTPUT = bench.ROOT / "src" / "suivi" / "reading" / "calibration_data.py"
RIDGE = 1.0
CENTRE, SCALE = 0.75, 0.1


def observations(splits: list[str]) -> dict[str, list[tuple[float, bool]]]:
    """(evidence score, right) for every predicted fact of the splits, by kind."""
    scorer = bench.load_scorer()
    bench.reader(None)  # puts src/ on the path
    from suivi.reading import confidence, pipeline

    seen: dict[str, list[tuple[float, bool]]] = {kind: [] for kind in confidence.KINDS}
    for name in splits:
        if name in bench.BLIND:
            raise SystemExit("the blind split is for measuring only")
        for _, doc, gold_path in scorer.documents(bench.SPLITS[name]):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            reading = pipeline.read(doc.read_bytes(), doc.name, calibrated=False)
            pred = reading.to_dict()
            for kind in confidence.KINDS:
                right = bench.right_facts(scorer, gold, pred, kind)
                seen[kind] += [(item["confidence"], id(item) in right) for item in pred[kind]]
    return seen


def fit(points: list[tuple[float, bool]]) -> tuple[float, float]:
    """Slope and intercept of a ridge-penalised logistic regression of right on evidence.

    The evidence is centred and scaled (scores span ~0.5..1) so that one penalty fits both
    parameters; the curve is returned on the raw score."""
    w = [0.0, 0.0]  # on z = (evidence - CENTRE) / SCALE, then 1
    for _ in range(50):
        g = [RIDGE * w[0], RIDGE * w[1]]
        h = [[RIDGE, 0.0], [0.0, RIDGE]]
        for x, y in points:
            z = ((x - CENTRE) / SCALE, 1.0)
            p = 1 / (1 + math.exp(-(w[0] * z[0] + w[1])))
            for i in range(2):
                g[i] += (p - y) * z[i]
                for j in range(2):
                    h[i][j] += p * (1 - p) * z[i] * z[j]
        det = h[0][0] * h[1][1] - h[0][1] * h[1][0]
        w[0] -= (h[1][1] * g[0] - h[0][1] * g[1]) / det
        w[1] -= (h[0][0] * g[1] - h[1][0] * g[0]) / det
    return round(w[0] / SCALE, 3), round(w[1] - w[0] * CENTRE / SCALE, 3)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", nargs="+", default=["dev"], choices=list(bench.SPLITS))
    args = parser.parse_args()
    curves = {}
    for kind, points in observations(args.splits).items():
        if len(points) < 10:
            print(f"{kind:11} {len(points):4d} facts: too few, left uncalibrated")
            continue
        curves[kind] = fit(points)
        rate = sum(y for _, y in points) / len(points)
        print(f"{kind:11} {len(points):4d} facts, {rate:.2f} right, curve {curves[kind]}")
    lines = [f'    "{kind}": {curve!r},' for kind, curve in curves.items()]
    OUTPUT.write_text(
        '''"""Calibration curves of `confidence.calibrate`: kind -> (slope, intercept) of a logistic
over the evidence score. Written by `benchmarks/calibrate.py` (splits: '''
        + ", ".join(args.splits)
        + '''); do not edit by hand."""

CURVES: dict[str, tuple[float, float]] = {
'''
        + "\n".join(lines)
        + "\n}\n",
        encoding="utf-8",
    )
    print(f"written {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
