"""The annotated splits (tests/reading/corpus and tests/reading/blind) are well-formed.

No reader runs here: these checks hold the gold files to SPEC.md's vocabulary and make
sure score.py, fed a gold file as its own prediction, gives full marks (so a reading can
reach 1.0 on every document). Failures name only the file, never its content, because
the blind split must stay unread.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SPLITS = {"dev": HERE / "corpus", "blind": HERE / "blind"}
SECTORS = {
    "general",
    "defence",
    "security",
    "justice",
    "diplomacy",
    "economy",
    "trade",
    "energy",
    "nuclear",
    "mining",
    "agriculture",
    "health",
    "education",
    "research",
    "transport",
    "infrastructure",
    "digital",
    "culture",
    "water",
    "environment",
    "migration",
    "social",
    "space",
    "administration",
}
KINDS = {
    "framework",
    "agreement",
    "convention",
    "protocol",
    "memorandum",
    "programme",
    "contract",
    "declaration",
    "other",
}
STATUSES = {"signed", "initialled", "planned", "ratified", "in_force"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FIELDS = (
    "document",
    "parties",
    "people",
    "agreements",
    "agreements_total",
    "bodies",
    "sessions",
    "quotes",
)


def find_score() -> Path | None:
    for parent in HERE.parents:
        candidate = parent / "shared" / "reading" / "score.py"
        if candidate.exists():
            return candidate
    return None


def documents(folder: Path) -> list[tuple[str, Path, Path]]:
    found = []
    for gold in sorted(folder.glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        doc = next(
            (p for p in (folder / f"{stem}.txt", folder / f"{stem}.html") if p.exists()), None
        )
        found.append((stem, doc, gold))
    return found


def plain(path: Path) -> str:
    """The page's words, whitespace-normalised (tags dropped for HTML): evidence must be in it."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    return " ".join(text.split())


def problems(gold: dict, text: str) -> list[str]:
    """What in one gold file breaks SPEC's vocabulary or cannot be found in its document."""
    found = [f"missing {k}" for k in FIELDS if k not in gold]
    if found:
        return found
    people = {p["name"] for p in gold["people"]}
    bodies = {b["name"] for b in gold["bodies"]}
    published = gold["document"].get("published")
    if published and not DATE.match(published):
        found.append("published")
    for a in gold["agreements"]:
        if a["kind"] not in KINDS or a["status"] not in STATUSES:
            found.append("kind/status")
        if not a["sectors"] or not set(a["sectors"]) <= SECTORS:
            found.append("sectors")
        if a["date"] and not DATE.match(a["date"]):
            found.append("agreement date")
        if not set(a["signatories"]) <= people:
            found.append("signatory not among people")
        if " ".join(a["evidence"].split()) not in text:
            found.append("agreement evidence not in text")
    for b in gold["bodies"]:
        if " ".join(b["evidence"].split()) not in text:
            found.append("body evidence not in text")
    for s in gold["sessions"]:
        if s["body"] not in bodies:
            found.append("session of an unknown body")
        if s["number"] is None and s["start"] is None:
            found.append("session neither numbered nor dated")
    for q in gold["quotes"]:
        if " ".join(q["text"].split()) not in text:
            found.append("quote not in text")
        if q["speaker"] is not None and q["speaker"] not in people:
            found.append("speaker not among people")
    return found


@pytest.mark.parametrize("split", list(SPLITS))
def test_every_gold_file_is_well_formed(split):
    folder = SPLITS[split]
    docs = documents(folder)
    assert docs, f"no gold files in {folder}"
    bad = {}
    for stem, doc, gold_path in docs:
        if doc is None:
            bad[stem] = ["no .txt or .html beside the gold file"]
            continue
        found = problems(json.loads(gold_path.read_text(encoding="utf-8")), plain(doc))
        if found:
            bad[stem] = sorted(set(found))
    assert not bad, bad


def test_blind_split_is_a_third_and_covers_every_language():
    dev, blind = documents(SPLITS["dev"]), documents(SPLITS["blind"])
    assert len(dev) + len(blind) >= 60
    # issue 10 keeps a third of the annotated documents blind; 30 % at least leaves room for a
    # dev batch written to aim the reader before the next blind batch (written only by someone
    # who does not work on the reader) restores the third
    assert len(blind) >= 20 and len(blind) * 10 >= 3 * (len(dev) + len(blind))
    languages = {
        json.loads(g.read_text(encoding="utf-8"))["document"]["language"] for _, _, g in blind
    }
    assert {"fr", "en", "ru"} <= languages


@pytest.mark.parametrize("split", list(SPLITS))
def test_score_py_gives_full_marks_to_gold_as_prediction(split):
    score_py = find_score()
    if score_py is None:
        pytest.skip("../shared/reading/score.py absent")
    spec = importlib.util.spec_from_file_location("team_score", score_py)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    total = scorer.Score()
    for _, doc, gold_path in scorer.documents(SPLITS[split]):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = json.loads(json.dumps(gold))
        pred["document"]["text"] = plain(doc)
        total.add(gold, pred)
    assert total.headline() == 1.0
    assert all(r.value() == 1.0 for r in total.r.values())
