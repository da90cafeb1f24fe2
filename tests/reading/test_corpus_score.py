"""Quality gate: the dev corpus scored by the team's score.py must not fall below a floor.

Readings are made in-process (models loaded once) and handed to score.py with
--pred, as trafilatura's evaluation does with its own annotated corpus.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORE = SHARED / "reading" / "score.py"
SEED = "000_8be80f8210069b19"
HEADLINE_FLOOR = 0.97  # dev corpus reaches 1.000; keep room for B and A trade-offs

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (CORPUS.is_dir() and SCORE.exists()), reason="../shared absent"),
]


def predict(corpus: Path, out: Path) -> None:
    from suivi.reading.pipeline import read

    for gold in sorted(corpus.glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        doc = next(p for p in (corpus / f"{stem}.txt", corpus / f"{stem}.html") if p.exists())
        reading = read(doc.read_bytes(), doc.name).to_dict()
        (out / f"{stem}.json").write_text(json.dumps(reading, ensure_ascii=False))


def score(corpus: Path, pred: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(SCORE), str(corpus), "--pred", str(pred)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = {}
    for line in result.stdout.splitlines():
        match = re.match(r"(\S[\w ]*?)\s+(?:F1|acc)?\s*([\d.]+)", line)
        if match:
            figures[match.group(1).strip()] = float(match.group(2))
    return figures


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory) -> dict[str, float]:
    pred = tmp_path_factory.mktemp("pred")
    predict(CORPUS, pred)
    return score(CORPUS, pred)


def test_dev_corpus_headline_and_provenance(dev_scores):
    assert dev_scores["failed documents"] == 0
    assert dev_scores["headline"] >= HEADLINE_FLOOR
    assert dev_scores["provenance"] == 1.0


def test_seed_article_is_read_exactly(tmp_path):
    corpus, pred = tmp_path / "corpus", tmp_path / "pred"
    corpus.mkdir()
    pred.mkdir()
    for path in CORPUS.glob(f"{SEED}.*"):
        shutil.copy(path, corpus)
    predict(corpus, pred)
    figures = score(corpus, pred)
    for metric in ("agreements", "bodies", "parties", "people", "sessions", "quotes"):
        assert figures[metric] == 1.0, metric
    assert figures["speaker"] == 1.0
    assert figures["published"] == 1.0
