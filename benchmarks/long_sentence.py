"""Seconds the reader takes on one giant sentence, and where they go.

    PYTHONPATH=src python benchmarks/long_sentence.py [--sizes 10000 20000 50000] [--profile N]

A page whose text has no full stop (a table flattened by an extractor, a list of items
joined by commas) is one sentence of tens of thousands of characters; each per-mention
scan of its sentence then costs the sentence's length, and the reading grows with the
square of it. This prints the wall-clock time of `read` for each size (the same words as
tests/reading/test_generalises.py's bounded-time test), and, with `--profile N`, the top N
functions of a cProfile of the largest size, by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from suivi.reading.pipeline import read

WORDS = "Le Mali et le Niger ont signé un accord sur la santé et "


def sentence(size: int) -> str:
    """One sentence of `size` characters, the test's words repeated, then a full stop."""
    return (WORDS * (size // len(WORDS) + 1))[:size] + "."


def timed(size: int) -> float:
    """Seconds `read` takes on one sentence of `size` characters."""
    start = time.perf_counter()
    read(sentence(size).encode(), "long.txt")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 50_000])
    parser.add_argument("--profile", type=int, default=0, help="top N functions of the last")
    args = parser.parse_args()
    read(b"Le Mali et le Niger ont sign\xc3\xa9 un accord.", "warm.txt")  # load the models
    for size in args.sizes:
        print(f"{size:>7} characters: {timed(size):7.1f} s", flush=True)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(read, sentence(args.sizes[-1]).encode(), "long.txt")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
