"""Build `src/suivi/reading/sector_stems.txt` and `sector_vectors.txt`: the learned sector models.

    python scripts/train_sectors.py

Training data (`suivi/reading/sector_model.py` says what the model is): every gold
agreement of the dev splits (`tests/reading/corpus`, `../shared/corpus/dev`), its title
where it has one, else its evidence when no other agreement of the document with other
sectors shares that evidence, with its gold sectors; and the invented labelled phrases of
`scripts/sector_phrases.tsv`. Deterministic: the same files give the same table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from reading import DEFAULT_CORPUS, SPLITS  # noqa: E402
from suivi.reading import sector_model  # noqa: E402
from suivi.reading.sector_model import features, phrase_vector  # noqa: E402
from suivi.reading.sectors import fold  # noqa: E402

STEMS_OUT = ROOT / "src" / "suivi" / "reading" / "sector_stems.txt"
VECTORS_OUT = ROOT / "src" / "suivi" / "reading" / "sector_vectors.txt"
PHRASES = ROOT / "scripts" / "sector_phrases.tsv"
HELD_OUT = ROOT / "scripts" / "sector_phrases_heldout.tsv"
# The weights' penalties (chosen by the grouped cross-validation of benchmarks/
# sectors_model.py), and the smallest stem weight worth shipping.
STEM_L2 = 0.3
VECTOR_L2 = 0.01
KEEP = 0.05

# (group, language, phrase, sectors): group is the document, or "invented"
Example = tuple[str, str, str, list[str]]


def gold_examples() -> list[Example]:
    """The dev gold's agreements as phrases and sectors (see the module's docstring)."""
    out: list[Example] = []
    for folder in (SPLITS["dev"], DEFAULT_CORPUS):
        for path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            language = gold["document"]["language"]
            items = gold["agreements"]
            for item in items:
                phrase = item.get("title") or item["evidence"]
                shared = any(
                    o["evidence"] == item["evidence"] and set(o["sectors"]) != set(item["sectors"])
                    for o in items
                )
                if (item.get("title") or not shared) and item["sectors"]:
                    out.append((path.name, language, phrase, sorted(item["sectors"])))
    return out


def invented(path: Path = PHRASES) -> list[Example]:
    """Labelled phrases of a `language<TAB>sector<TAB>phrase` file ("#" lines are notes)."""
    out: list[Example] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            language, sector, phrase = line.split("\t")
            out.append(("invented", language, phrase, sector.split(",")))
    return out


def _regression(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Weights of a softmax regression (the last column of `x` is the bias, not penalised)
    with soft targets `y`, by L-BFGS from zero: the same data give the same weights."""
    shape = (x.shape[1], y.shape[1])

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(shape)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        value = -(y * np.log(p + 1e-12)).sum() + l2 * (w[:-1] ** 2).sum()
        grad = x.T @ (p - y)
        grad[:-1] += 2 * l2 * w[:-1]
        return value, grad.ravel()

    start = np.zeros(shape).ravel()
    found = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return found.x.reshape(shape)


def _targets(examples: list[Example], sectors: list[str]) -> np.ndarray:
    """A phrase of two sectors wants half of each."""
    y = np.zeros((len(examples), len(sectors)))
    for i, (*_, labels) in enumerate(examples):
        for label in labels:
            y[i, sectors.index(label)] = 1 / len(labels)
    return y


def train_stems(examples: list[Example], l2: float = STEM_L2) -> list[str]:
    """The stem model's rows as shipped: each sector's bias (empty stem), then one
    `stem<TAB>sector<TAB>weight` per weight of at least `KEEP` in size."""
    stems = [features(fold(phrase)) for _, _, phrase, _ in examples]
    vocabulary = sorted({s for row in stems for s in row})
    sectors = sorted({s for *_, labels in examples for s in labels})
    column = {s: i for i, s in enumerate(vocabulary)}
    x = np.zeros((len(examples), len(vocabulary) + 1))
    x[:, -1] = 1.0
    for i, row in enumerate(stems):
        for stem in row:
            x[i, column[stem]] += 1.0
    w = _regression(x, _targets(examples, sectors), l2)
    rows = [f"\t{sector}\t{w[-1, j]:.4f}" for j, sector in enumerate(sectors)]
    for i, stem in enumerate(vocabulary):
        rows += [
            f"{stem}\t{sector}\t{w[i, j]:.4f}"
            for j, sector in enumerate(sectors)
            if abs(w[i, j]) >= KEEP
        ]
    return rows


def train_vectors(examples: list[Example], l2: float = VECTOR_L2) -> list[str]:
    """The Russian vector model's rows as shipped: the sectors, then a row of weights per
    dimension of `sector_model.phrase_vector` (the bias last). Russian phrases only."""
    kept = [(e, v) for e in examples if e[1] == "ru" and (v := phrase_vector(e[2])) is not None]
    sectors = sorted({s for (*_, labels), _ in kept for s in labels})
    x = np.array([v for _, v in kept])
    w = _regression(x, _targets([e for e, _ in kept], sectors), l2)
    return ["\t".join(sectors), *("\t".join(f"{v:.5f}" for v in row) for row in w)]


def train(examples: list[Example]) -> sector_model.Models:
    """Both models from the examples, as the reader loads them (for the benchmark)."""
    return (
        sector_model.stem_model(train_stems(examples)),
        sector_model.vector_model(train_vectors(examples)),
    )


def main() -> None:
    examples = gold_examples() + invented()
    for path, rows, what in (
        (STEMS_OUT, train_stems(examples), "stem<TAB>sector<TAB>weight (no stem: the bias)"),
        (VECTORS_OUT, train_vectors(examples), "sectors, then weights per navec dimension"),
    ):
        header = f"# {what}, built by scripts/train_sectors.py; do not edit"
        path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(rows)} rows")


if __name__ == "__main__":
    main()
