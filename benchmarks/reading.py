"""Throughput of `suivi read --jsonl` against bare spaCy NER on the same documents.

    python benchmarks/reading.py [--corpus ../shared/corpus/dev] [--documents 1000]

The dev corpus is copied until there are at least --documents files; each side
runs in its own process, model loading included, so each pays what a worker
pays. Bare spaCy runs twice: over the raw files (markup and page furniture
included, what it would be handed without suivi) and over the cleaned article
texts (the NER share of suivi's own work). Prints articles per second, the
ratios, and the peak memory of the suivi process.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

# The same model and lean pipeline as suivi.reading.nlp, run bare over raw documents.
BARE_SPACY = """
import sys
from pathlib import Path
import spacy
from suivi.reading.nlp import FRENCH_EXCLUDE
nlp = spacy.load("fr_core_news_sm", exclude=FRENCH_EXCLUDE)
nlp.enable_pipe("senter")
paths = sorted(Path(sys.argv[1]).iterdir())
texts = (p.read_text(encoding="utf-8", errors="replace") for p in paths)
count = sum(1 for doc in nlp.pipe(texts, batch_size=16) if doc.ents is not None)
print(count)
"""


def build_corpus(corpus: Path, documents: int, into: Path) -> int:
    """Copy the corpus's .txt/.html files round-robin until `documents` files exist."""
    sources = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".html"))
    if not sources:
        raise SystemExit(f"no .txt or .html documents in {corpus}")
    for i in range(documents):
        source = sources[i % len(sources)]
        shutil.copy(source, into / f"{i:05d}-{source.name}")
    return documents


def write_cleaned(folder: Path, into: Path) -> None:
    """The article text of every document, as suivi's clean stage gives it (not timed)."""
    sys.path.insert(0, str(ROOT / "src"))
    from suivi.reading import clean, formats

    for path in sorted(folder.iterdir()):
        source = formats.detect(path.read_bytes(), path.name)
        (into / path.name).write_text(clean.clean(source).text, encoding="utf-8")


def timed(command: list[str]) -> tuple[float, str]:
    """Wall time of a child process and its standard output; exits if the child fails."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OPENBLAS_NUM_THREADS": "1"}
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 2):
        raise SystemExit(f"{command[:4]} failed: {result.stderr[-500:]}")
    return elapsed, result.stdout


def peak_child_mb() -> float:
    """Largest resident set of any child so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as cleaned:
        n = build_corpus(args.corpus, args.documents, Path(folder))
        write_cleaned(Path(folder), Path(cleaned))
        suivi_s, out = timed([sys.executable, "-m", "suivi", "read", "--jsonl", folder])
        suivi_peak = peak_child_mb()
        read = len(out.splitlines())
        raw_s, _ = timed([sys.executable, "-c", BARE_SPACY, folder])
        clean_s, _ = timed([sys.executable, "-c", BARE_SPACY, cleaned])
    rate, raw_rate, clean_rate = n / suivi_s, n / raw_s, n / clean_s
    print(f"documents                      {n} ({read} read)")
    print(f"suivi read --jsonl             {rate:7.1f} articles/s  ({suivi_s:.1f} s)")
    print(f"bare spaCy NER, raw files      {raw_rate:7.1f} articles/s  ({raw_s:.1f} s)")
    print(f"bare spaCy NER, cleaned text   {clean_rate:7.1f} articles/s  ({clean_s:.1f} s)")
    print(f"ratio to raw                   {rate / raw_rate:7.2f}")
    print(f"ratio to cleaned               {rate / clean_rate:7.2f}")
    print(f"peak memory (suivi)            {suivi_peak:7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
