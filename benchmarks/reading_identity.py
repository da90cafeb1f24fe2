"""Do two source trees read every document alike? Prints only how many readings differ.

    python benchmarks/reading_identity.py /tmp/base/src            # base against this tree
    python benchmarks/reading_identity.py /tmp/base/src other/src  # any two trees

A speed-up must not change what the reader reads. Each tree reads every document of
`tests/reading/corpus`, `../shared/corpus/dev` and `tests/reading/blind` in its own
process (its own PYTHONPATH, models loaded once, `read_many` as `suivi read --jsonl`
reads), and hands back one digest of the JSON reading (or of the error) per document, in
the order of the sorted file names. Only the number of documents whose digests differ is
printed: the blind split is compared like the others but nothing of it is ever shown (no
names, no readings). A tree's digests are kept in the temporary folder under a digest of
its source files, so the unchanged base is read once.

Both trees read with the same PYTHONHASHSEED (`--seeds`, 0 and 1 by default, each compared
on its own): the reader is not independent of the hash seed (on 2026-12-05 one blind
document read otherwise under seed 0 than under seed 1, with the same tree), so two runs
with random seeds may differ without any change.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from reading import SPLITS  # noqa: E402

SUFFIXES = (".txt", ".html")

# Run in a child with the tree's PYTHONPATH: one digest per document, in order.
READ_ALL = """
import hashlib, json, sys
from pathlib import Path
from suivi.reading.pipeline import ReadingError, read_many

paths = [Path(line) for line in sys.stdin.read().splitlines()]
items = ((p.read_bytes(), p.name) for p in paths)
for result in read_many(items):
    if isinstance(result, ReadingError):
        body = "error " + result.reason + " " + str(result)
    else:
        body = json.dumps(result.to_dict(), sort_keys=True, ensure_ascii=False)
    print(hashlib.sha256(body.encode()).hexdigest(), flush=True)
"""


def documents() -> list[Path]:
    """Every document of the three splits, in a fixed order."""
    return [
        path
        for folder in SPLITS.values()
        for path in sorted(folder.iterdir())
        if path.suffix in SUFFIXES
    ]


def tree_digest(src: Path) -> str:
    """A digest of a source tree's files, so a tree read once need not be read again."""
    digest = hashlib.sha256()
    for path in sorted(src.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(src)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def digests(src: Path, paths: list[Path], seed: int) -> list[str]:
    """One digest per document as `src` reads it under hash seed `seed` (from the cache when
    the tree is unchanged)."""
    listing = "\n".join(str(p) for p in paths)
    key = hashlib.sha256(listing.encode()).hexdigest()[:8]
    name = f"reading-identity-{tree_digest(src)}-{key}-{seed}.txt"
    cache = Path(tempfile.gettempdir()) / name
    if cache.exists():
        return cache.read_text().split()
    env = {**os.environ, "PYTHONPATH": str(src), "OPENBLAS_NUM_THREADS": "1"}
    env["PYTHONHASHSEED"] = str(seed)
    result = subprocess.run(
        [sys.executable, "-c", READ_ALL],
        input=listing,
        capture_output=True,
        text=True,
        env=env,
    )
    if result.returncode != 0:  # the child's own traceback may name a document: not shown
        raise SystemExit(f"reading with {src} failed (exit {result.returncode})")
    lines = result.stdout.split()
    if len(lines) != len(paths):
        raise SystemExit(f"reading with {src} gave {len(lines)} results for {len(paths)}")
    cache.write_text("\n".join(lines))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="the base tree's src folder")
    parser.add_argument("branch", type=Path, nargs="?", default=ROOT / "src")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    args = parser.parse_args()
    paths = documents()
    differing = set()
    for seed in args.seeds:
        base = digests(args.base.resolve(), paths, seed)
        branch = digests(args.branch.resolve(), paths, seed)
        differing |= {i for i, (a, b) in enumerate(zip(base, branch, strict=True)) if a != b}
    print(len(differing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
