"""What a reading process pays before its first document, stage by stage.

    python benchmarks/startup.py            # CPU and wall seconds of each stage, one process
    python benchmarks/startup.py --runs 3   # three processes, each stage's lowest CPU figure

Each run is a fresh process (PYTHONPATH this tree's src): it imports spaCy and the reading
pipeline, loads each model the reading may ask for (French and English NER, their parsers,
natasha, pymorphy2, lingua), then makes the first call of the stages that build their
tables on first use (language detection, the gazetteer in each language, HTML cleaning).
CPU time is the figure to compare where other work shares the machine. The long regular
expressions come from suivi's disk cache where it holds them (`regex_cache`): the first
run on a machine, or with SUIVI_CACHE_DIR pointing at an empty folder, shows the cold cost.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STAGES = """
import time
t0, w0 = time.process_time(), time.perf_counter()
def lap(name):
    global t0, w0
    t, w = time.process_time(), time.perf_counter()
    print(f"{name}\\t{t - t0:.3f}\\t{w - w0:.3f}", flush=True)
    t0, w0 = t, w
import spacy; lap("import spacy")
from suivi.reading import pipeline; lap("import suivi.reading.pipeline")
from suivi.reading import clean, formats, gazetteer, language, nlp
nlp.french(); lap("French NER (fr_core_news_sm)")
nlp.french_parser(); lap("French parser")
nlp.english(); lap("English NER")
nlp.english_parser(); lap("English parser")
nlp.natasha(); lap("natasha")
nlp.morph(); lap("pymorphy2")
language.detect("Le Mali et le Niger ont signé un accord de coopération."); lap("language detection")
gazetteer.find_mentions("Le Mali et la Russie.", "fr"); lap("gazetteer, French")
gazetteer.find_mentions("Mali and Russia.", "en"); lap("gazetteer, English")
gazetteer.find_mentions("Мали и Россия.", "ru"); lap("gazetteer, Russian")
clean.clean(formats.detect(b"<html><body><p>Un texte.</p></body></html>", "a.html"))
lap("HTML cleaning")
"""


def one_run() -> list[tuple[str, float, float]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OPENBLAS_NUM_THREADS": "1"}
    result = subprocess.run(
        [sys.executable, "-c", STAGES], capture_output=True, text=True, env=env, check=True
    )
    rows = []
    for line in result.stdout.splitlines():
        name, cpu, wall = line.split("\t")
        rows.append((name, float(cpu), float(wall)))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="processes; each stage's lowest CPU")
    args = parser.parse_args()
    runs = [one_run() for _ in range(args.runs)]
    print(f"{'stage':32s} {'CPU s':>7s} {'wall s':>7s}")
    total_cpu = total_wall = 0.0
    for i, (name, _, _) in enumerate(runs[0]):
        cpu, wall = min((run[i][1], run[i][2]) for run in runs)
        total_cpu, total_wall = total_cpu + cpu, total_wall + wall
        print(f"{name:32s} {cpu:7.2f} {wall:7.2f}")
    print(f"{'all':32s} {total_cpu:7.2f} {total_wall:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
