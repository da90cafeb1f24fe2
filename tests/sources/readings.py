"""Readings as SPEC.md defines them, built from the corpus's gold files or by hand."""

from __future__ import annotations

import json
from pathlib import Path


def gold_reading(corpus: Path, name: str) -> dict:
    """The gold reading of a corpus document, with the document's own text as document.text."""
    gold = json.loads((corpus / f"{name}.gold.json").read_text(encoding="utf-8"))
    text_file = next(p for p in corpus.glob(f"{name}.*") if not p.name.endswith(".json"))
    gold["document"]["text"] = text_file.read_text(encoding="utf-8")
    return gold


def reading(text: str, *, publisher: str = "", published: str | None = None, **parts) -> dict:
    """A reading with every SPEC field present; `parts` fills the lists."""
    base = {
        "document": {
            "title": text[:60],
            "published": published,
            "publisher": publisher,
            "author": None,
            "language": "fr",
            "text": text,
        },
        "parties": [],
        "people": [],
        "agreements": [],
        "agreements_total": None,
        "bodies": [],
        "sessions": [],
        "quotes": [],
    }
    base.update(parts)
    return base


def agreement(evidence: str, parties=("MLI", "RUS"), **facts) -> dict:
    item = {
        "kind": "agreement",
        "title": None,
        "parties": list(parties),
        "sectors": [],
        "status": "signed",
        "date": None,
        "signatories": [],
        "evidence": evidence,
    }
    item.update(facts)
    return item
