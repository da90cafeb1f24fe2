"""Quality of `suivi read` on every annotated split, side by side; or its throughput.

    python benchmarks/reading.py                      # quality: shared dev, dev, blind
    python benchmarks/reading.py --run "suivi read --json"   # the same through the CLI
    python benchmarks/reading.py --verbose            # per-document headlines (dev splits only)
    python benchmarks/reading.py --speed [--documents 1000]  # throughput against bare spaCy

Quality: each split (`../shared/corpus/dev`, `tests/reading/corpus`,
`tests/reading/blind`) is read once, in-process by default (models loaded once, as the
test suite does) or by `--run` COMMAND per document, and scored with the team's own
`../shared/reading/score.py` (imported, so the figures are exactly its figures). Prints
the headline and every F1 and accuracy per split, and the dev-blind gap, which is the
figure to shrink. Where readings carry a `confidence`, also prints how often facts at
0.9 or above are right (a quotation: with its speaker), in all and per kind. Sectors:
"sectors exact" among agreements score.py matches, and "sector accuracy" among gold and
read agreements paired on parties and evidence alone (how well sectors are read, apart
from how well agreements are found).

The blind split is for measuring only: nothing per document is ever printed or saved
for it (no names, no readings, no errors, and the reader's own output is swallowed while
it reads blind files); see tests/reading/blind/README.md.

Speed: the dev corpus is copied until there are at least --documents files; each side
runs in its own process, model loading included, so each pays what a worker pays. Bare
spaCy runs twice: over the raw files (markup and page furniture included, what it would
be handed without suivi) and over the cleaned article texts (the NER share of suivi's
own work). Prints articles per second, the ratios (of wall time, and of CPU time, steadier
where other work shares the machine), and the peak memory of the suivi
process.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import re
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def find_shared() -> Path:
    """The team's shared folder (corpus, SPEC, score.py): $SUIVI_SHARED, else the nearest
    `shared/` beside the checkout or one of its parents (worktrees live a level deeper)."""
    if os.environ.get("SUIVI_SHARED"):
        return Path(os.environ["SUIVI_SHARED"])
    for parent in ROOT.parents:
        if (parent / "shared" / "reading" / "score.py").exists():
            return parent / "shared"
    return ROOT.parent / "shared"


SHARED = find_shared()
DEFAULT_CORPUS = SHARED / "corpus" / "dev"
SCORE_PY = SHARED / "reading" / "score.py"
SPLITS = {
    "shared-dev": DEFAULT_CORPUS,
    "dev": ROOT / "tests" / "reading" / "corpus",
    "blind": ROOT / "tests" / "reading" / "blind",
}
BLIND = {"blind"}
COUNTS = (
    "documents",
    "failed documents",
    "facts >= 0.9",
    "agreements missed",
    "agreements extra",
    "docs reading too many",
    "docs reading too few",
    "docs with agreement errors",
    "    sides: odd states",
    "    sides: odd organisations",
    "    alone: signed",
    "    alone: planned",
    "    alone: other",
    "    alone: repeat",
    "    alone: known_sides",
    "    alone: new",
    "parties missed",
    "parties extra",
)
F1_KEYS = ("agreements", "bodies", "parties", "people", "sessions", "quotes")
ACC_KEYS = ("agreements_total", "cadence", "published", "speaker", "provenance")
# Lists whose items a reading may give a confidence, and how score.py matches them.
CONFIDENT = {
    "agreements": "same_agreement",
    "bodies": "same_body",
    "sessions": "same_session",
    "quotes": "same_quote",
    "people": "same_person",
}
HIGH = 0.9
LANGUAGES = ("en", "fr", "ru")

# ------------------------------------------------------------------ quality


def load_scorer() -> ModuleType:
    """score.py as a module, so the benchmark uses its matching and tallies unchanged."""
    spec = importlib.util.spec_from_file_location("team_score", SCORE_PY)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SCORE_PY}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reader(run: str | None):
    """A function path -> reading dict: in-process by default, else `run` per document."""
    if run:
        command = shlex.split(run)

        def by_command(path: Path) -> dict:
            out = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=120)
            if out.returncode != 0:
                raise RuntimeError(out.stderr.strip()[-300:])
            return json.loads(out.stdout)

        return by_command
    sys.path.insert(0, str(ROOT / "src"))
    from suivi.reading.pipeline import read

    return lambda path: read(path.read_bytes(), path.name).to_dict()


def right_facts(scorer: ModuleType, gold: dict, pred: dict, key: str) -> set[int]:
    """ids of the predicted facts of `key` that match a gold one (a quote: with its speaker)."""
    pairs = scorer.match(gold.get(key) or [], pred.get(key) or [], getattr(scorer, CONFIDENT[key]))
    if key == "quotes":
        pairs = [
            (g, p)
            for g, p in pairs
            if scorer.norm(g.get("speaker")) == scorer.norm(p.get("speaker"))
        ]
    return {id(p) for _, p in pairs}


def calibration(scorer: ModuleType, gold: dict, pred: dict, tally: dict[str, int]) -> None:
    """Count predicted facts with confidence >= HIGH and how many of them are right, in all
    and per kind of fact (`high people`, `high_right people`, ...)."""
    for key in CONFIDENT:
        preds = pred.get(key) or []
        matched = right_facts(scorer, gold, pred, key)
        for item in preds:
            confidence = item.get("confidence") if isinstance(item, dict) else None
            if isinstance(confidence, (int, float)):
                tally["with_confidence"] += 1
                if confidence >= HIGH:
                    right = id(item) in matched
                    for suffix in ("", f" {key}"):
                        tally[f"high{suffix}"] = tally.get(f"high{suffix}", 0) + 1
                        tally[f"high_right{suffix}"] = tally.get(f"high_right{suffix}", 0) + right


def named_where(scorer: ModuleType, party: str, sentence: str, pred: dict) -> str:
    """Where the reading's text names a party (a normalised code, as score.py compares
    them): "sentence", "text" (elsewhere only) or "nowhere", by the reader's gazetteer;
    an alliance names its members."""
    from suivi.reading.gazetteer import find_mentions
    from suivi.reading.sides import expand

    document = pred.get("document") or {}
    lang = document.get("language") or "en"

    def names(text: str) -> set[str]:
        codes = [m.code for m in find_mentions(text, lang)]
        return {scorer.norm(c) for c in codes + expand(codes)}

    if party in names(sentence):
        return "sentence"
    return "text" if party in names(document.get("text") or "") else "nowhere"


def unknown_organisation(
    scorer: ModuleType, party: str, read_instead: set[str], pred: dict, tally: dict[str, int]
) -> None:
    """What kind of name gold gives an organisation the gazetteer finds nowhere (aggregates
    only): written as such in the text or not, an acronym or not, and whether the reading has
    another organisation in its place sharing a word with it (the same body named otherwise)."""
    text = scorer.norm((pred.get("document") or {}).get("text") or "")
    tally["unknown_org"] = tally.get("unknown_org", 0) + 1
    if f" {party} " in f" {text} ":
        tally["unknown_org_verbatim"] = tally.get("unknown_org_verbatim", 0) + 1
    if " " not in party and len(party) <= 8:
        tally["unknown_org_acronym"] = tally.get("unknown_org_acronym", 0) + 1
    orgs = [r for r in read_instead if not (len(r) == 3 and r.isalpha())]
    if orgs:
        tally["unknown_org_other_read"] = tally.get("unknown_org_other_read", 0) + 1
        if any(set(r.split()) & set(party.split()) for r in orgs):
            tally["unknown_org_word_shared"] = tally.get("unknown_org_word_shared", 0) + 1


def swap_shape(
    scorer: ModuleType, gold: dict, pred: dict, gold_sides: set, read_sides: set, tally: dict
) -> None:
    """How a pair read for a two-sided text differs from gold's (aggregates only): which kinds
    swap (state or organisation, gold's then the reading's), whether the reading gave the
    text the pair it gives most of the story's texts, whether gold's story has more than one
    pair, and whether the reading's odd side is named in the story's opening line."""

    def kind(parties: set) -> str:
        return "".join(
            sorted(
                "s" if len(x) == 3 and x.isalpha() and x not in ("aes", "imf") else "o"
                for x in parties
            )
        )

    def bump(key: str) -> None:
        tally[key] = tally.get(key, 0) + 1

    bump(f"swap_kind {kind(gold_sides - read_sides)}>{kind(read_sides - gold_sides)}")
    read_pairs = [
        frozenset(scorer.party_set(a.get("parties"))) for a in pred.get("agreements") or []
    ]
    common = (
        max(sorted(set(read_pairs), key=sorted), key=read_pairs.count)
        if read_pairs
        else frozenset()
    )
    bump("swap_read_story" if frozenset(read_sides) == common else "swap_read_own")
    gold_pairs = {
        frozenset(scorer.party_set(a.get("parties"))) for a in gold.get("agreements") or []
    }
    bump("swap_gold_multi" if len(gold_pairs) > 1 else "swap_gold_single")
    text = (pred.get("document") or {}).get("text") or ""
    opening = text.strip().split("\n", 1)[0][:200]
    odd = read_sides - gold_sides
    if any(named_where(scorer, party, opening, pred) == "sentence" for party in odd):
        bump("swap_read_opening")
    for party in gold_sides - read_sides:  # what kind of organisation gold has that was missed
        if kind({party}) == "o":
            bump(f"swap_org {organisation_shape(party)}")


# What an organisation's name looks like (normalised as score.py compares names), first match.
_ORG_SHAPES = (
    ("bank", r"\b(?:bank|banque|fund|fonds|банк|фонд)\b"),
    (
        "firm",
        r"\b(?:ltd|limited|sa|sas|plc|llc|jsc|pjsc|gmbh|ag|group|groupe|holding\w*"
        r"|corporation|company|compagnie|societe|inc|co)\b",
    ),
    ("agency", r"\b(?:agency|agence|authority|autorite|office|board|commission|service)\b"),
    ("school", r"\b(?:university|universite|institute|institut|college|school|ecole)\b"),
    ("guild", r"\b(?:chamber|chambre|council|conseil|association|union|federation)\b"),
    ("initials", r"^[a-z]{2,6}$"),
)


def organisation_shape(name: str) -> str:
    for shape, pattern in _ORG_SHAPES:
        if re.search(pattern, name):
            return shape
    return "words" if " " in name else "word"


def sector_exactness(scorer: ModuleType, gold: dict, pred: dict, tally: dict[str, int]) -> None:
    """Among matched agreements (sector overlap >= 0.5), how many have exactly the gold sectors;
    and sector accuracy apart from finding: gold and read agreements paired on their parties
    and their evidence sentence, first those whose sectors also match (as score.py matches
    them), then the rest; the share of pairs whose sectors match."""
    golds, preds = gold.get("agreements") or [], pred.get("agreements") or []
    pairs = scorer.match(golds, preds, scorer.same_agreement)
    for g, p in pairs:
        tally["matched"] += 1
        tally["exact"] += set(g.get("sectors") or []) == set(p.get("sectors") or [])

    def same_text(g: dict, p: dict) -> bool:
        if g.get("parties") and scorer.party_set(g["parties"]) != scorer.party_set(
            p.get("parties")
        ):
            return False
        gw, pw = scorer.words(g.get("evidence")), scorer.words(p.get("evidence"))
        return bool(gw and pw) and len(gw & pw) >= 0.5 * min(len(gw), len(pw))

    right = scorer.match(golds, preds, lambda g, p: same_text(g, p) and scorer.same_agreement(g, p))
    used_g, used_p = {id(g) for g, _ in right}, {id(p) for _, p in right}
    rest = scorer.match(
        [g for g in golds if id(g) not in used_g],
        [p for p in preds if id(p) not in used_p],
        same_text,
    )
    tally["paired"] += len(right) + len(rest)
    tally["sector_right"] += len(right)
    # Why gold agreements go unmatched, summed over the split: a read agreement from the same
    # sentence with the sectors but other sides (a parties miss), or none from it (a mention
    # missed or read elsewhere).
    matched = {id(g) for g, _ in pairs}

    def same_sentence(g: dict, p: dict) -> bool:
        gw, pw = scorer.words(g.get("evidence")), scorer.words(p.get("evidence"))
        return bool(gw and pw) and len(gw & pw) >= 0.5 * min(len(gw), len(pw))

    for g in golds:
        if id(g) in matched:
            continue
        beside = [p for p in preds if same_sentence(g, p)]
        sectors_right = [
            p for p in beside if scorer.jaccard(g.get("sectors"), p.get("sectors")) >= 0.5
        ]
        if sectors_right:
            tally["missed_sides"] += 1
            # how the sides differ, for the nearest read agreement with the right sectors
            gold_sides = scorer.party_set(g.get("parties"))
            read_sides = [scorer.party_set(p.get("parties")) for p in sectors_right]
            if any(gold_sides < r for r in read_sides):
                tally["sides_extra_party"] += 1  # a party too many (a state beside its company?)
                odd = next(r - gold_sides for r in read_sides if gold_sides < r)
            elif any(r < gold_sides for r in read_sides):
                tally["sides_party_missing"] += 1
                odd = next(gold_sides - r for r in read_sides if r < gold_sides)
            else:
                tally["sides_other"] += 1
                odd = gold_sides ^ read_sides[0]
            # how many sides gold and reading give (a tripartite text, a lone side read)
            size = (len(gold_sides), min(len(r) for r in read_sides))
            tally[f"sides_sizes {size[0]}-{size[1]}"] = (
                tally.get(f"sides_sizes {size[0]}-{size[1]}", 0) + 1
            )
            if size == (2, 2):
                swap_shape(scorer, gold, pred, gold_sides, read_sides[0], tally)
            # the parties in question: states (three capitals) or organisations and companies
            for party in odd:
                state = len(party) == 3 and party.isalpha() and party not in ("aes", "imf")
                tally["sides_odd_state" if state else "sides_odd_org"] += 1
                # gold's side the reading lacks, or the reading's side gold lacks; and where
                # the text names it (the reader's own gazetteer): in the evidence sentence,
                # elsewhere only, or nowhere (a gazetteer miss)
                which = "gold" if party in gold_sides else "read"
                # an actor of the story paired wrongly, or one the story does not have: the
                # party among the other side's top-level parties (gold's for a read side)
                others = scorer.party_set((pred if which == "gold" else gold).get("parties"))
                known = "actor" if party in others else "stranger"
                tally[f"sides_odd_{which}_{known}"] = tally.get(f"sides_odd_{which}_{known}", 0) + 1
                where = named_where(scorer, party, g.get("evidence") or "", pred)
                key = f"sides_odd_{which}_{'state' if state else 'org'}_{where}"
                tally[key] = tally.get(key, 0) + 1
                if which == "gold" and not state and where == "nowhere":
                    unknown_organisation(scorer, party, odd - gold_sides, pred, tally)
        elif any(
            not g.get("parties")
            or scorer.party_set(g["parties"]) == scorer.party_set(p.get("parties"))
            for p in beside
        ):
            tally["missed_sectors"] += 1  # its sides read, its domains not
            # how the domains differ, for the read agreement of the same sides sharing most:
            # gold's count, the reading's count, how many they share ("g" where gold is
            # `general` alone, "r" where the reading is)
            same_sides = [
                p
                for p in beside
                if not g.get("parties")
                or scorer.party_set(g["parties"]) == scorer.party_set(p.get("parties"))
            ]
            gold_sectors = set(g.get("sectors") or [])
            read_sectors = max(
                (set(p.get("sectors") or []) for p in same_sides),
                key=lambda r: (len(r & gold_sectors), -len(r)),
            )
            shape = f"{len(gold_sectors)}-{len(read_sectors)}/{len(gold_sectors & read_sectors)}"
            shape += "g" if gold_sectors == {"general"} else ""
            shape += "r" if read_sectors == {"general"} else ""
            tally[f"sectors_sizes {shape}"] = tally.get(f"sectors_sizes {shape}", 0) + 1
        elif beside:
            tally["missed_both"] += 1
        else:
            tally["missed_mention"] += 1
    used = {id(p) for _, p in pairs}
    for p in preds:  # a read agreement unmatched: beside a gold one of its sentence, or spurious
        if id(p) not in used:
            near = [g for g in golds if same_sentence(g, p)]
            tally["extra_beside" if near else "extra_alone"] += 1
            if not near:
                status = p.get("status") if p.get("status") in ("signed", "planned") else "other"
                tally[f"alone_{status}"] += 1
                # a repeat of an agreement the text names elsewhere (a second mention read as a
                # new text), or one gold does not have at all
                same = any(scorer.same_agreement(g, p) for g in golds)
                sides_known = any(
                    scorer.party_set(g.get("parties")) == scorer.party_set(p.get("parties"))
                    for g in golds
                )
                key = (
                    "alone_repeat" if same else "alone_known_sides" if sides_known else "alone_new"
                )
                tally[key] = tally.get(key, 0) + 1
                continue
            free = [g for g in near if id(g) not in matched]
            sides = scorer.party_set(p.get("parties"))
            if not free:  # every gold agreement of the sentence already matched
                tally["extra_surplus"] += 1  # a duplicate, or one item too many in a list
            elif any(scorer.party_set(g.get("parties")) == sides for g in free):
                tally["extra_sectors"] += 1  # the counterpart of a sectors miss
            else:
                tally["extra_sides"] += 1  # the counterpart of a sides miss
    if len(preds) > len(golds):
        tally["docs_over"] += 1
    elif len(preds) < len(golds):
        tally["docs_under"] += 1


def party_errors(scorer: ModuleType, gold: dict, pred: dict, tally: dict[str, int]) -> None:
    """Top-level parties missed and extra (aggregates only): each a state or an organisation,
    named (by the reader's gazetteer) in the title or first paragraph ("lead"), elsewhere only
    ("text") or nowhere; an extra also by whether it is a side of a read agreement or body
    (the weighing's error or a sides error carried up)."""
    gold_set = scorer.party_set(gold.get("parties"))
    read_set = scorer.party_set(pred.get("parties"))
    document = pred.get("document") or {}
    paragraphs = [p for p in (document.get("text") or "").split("\n") if p.strip()]
    lead = f"{document.get('title') or ''}\n{paragraphs[0] if paragraphs else ''}"
    sides = {
        scorer.norm(code)
        for item in (pred.get("agreements") or []) + (pred.get("bodies") or [])
        for code in item.get("parties") or []
    }
    for which, odd in (("missed", gold_set - read_set), ("extra", read_set - gold_set)):
        for party in odd:
            state = len(party) == 3 and party.isalpha() and party not in ("aes", "imf")
            where = named_where(scorer, party, lead, pred).replace("sentence", "lead")
            kind = "state" if state else "org"
            for key in (which, f"{which} {kind}", f"{which} {kind} {where}"):
                tally[key] = tally.get(key, 0) + 1
            if which == "extra":
                key = f"extra {kind} {'side' if party in sides else 'alone'}"
                tally[key] = tally.get(key, 0) + 1


PARTY_ROWS = (
    "parties missed",
    "  missed state l/t/n",
    "  missed org l/t/n",
    "parties extra",
    "  extra state l/t/n",
    "  extra org l/t/n",
    "  extra state side/alone",
    "  extra org side/alone",
)


def party_figures(tally: dict[str, int]) -> dict[str, str | int]:
    """The parties breakdown as table cells: l/t/n = named in the lead (title or first
    paragraph) / elsewhere only / nowhere; side/alone = a side of a read agreement or body,
    or not."""
    figures: dict[str, str | int] = {}
    for which in ("missed", "extra"):
        figures[f"parties {which}"] = tally.get(which, 0)
        for kind in ("state", "org"):
            figures[f"  {which} {kind} l/t/n"] = "/".join(
                str(tally.get(f"{which} {kind} {where}", 0))
                for where in ("lead", "text", "nowhere")
            )
    for kind in ("state", "org"):
        figures[f"  extra {kind} side/alone"] = "/".join(
            str(tally.get(f"extra {kind} {k}", 0)) for k in ("side", "alone")
        )
    return figures


def organ_errors(scorer: ModuleType, gold: dict, pred: dict, tally: dict[str, int]) -> None:
    """Why bodies and sessions fail to match. A body missed or extra: its name read but its
    parties not ("sides"), its parties read but no name close enough ("name"), or neither
    ("none"). A session missed or extra: its body read but its number or start date not
    ("numbering"), or no session of its body ("body")."""

    def named_alike(g: dict, p: dict) -> bool:
        return scorer.same_body({"name": g.get("name")}, {"name": p.get("name")})

    def sided_alike(g: dict, p: dict) -> bool:
        return scorer.party_set(g.get("parties")) == scorer.party_set(p.get("parties"))

    golds, reads = gold.get("bodies") or [], pred.get("bodies") or []
    pairs = scorer.match(golds, reads, scorer.same_body)
    for which, own, other in (("missed", golds, reads), ("extra", reads, golds)):
        done = {id(g if which == "missed" else p) for g, p in pairs}
        for body in own:
            if id(body) in done:
                continue
            if any(named_alike(body, o) for o in other):
                cause = "sides"
            elif any(sided_alike(body, o) for o in other):
                cause = "name"
            else:
                cause = "none"
            tally[f"bodies {which} {cause}"] = tally.get(f"bodies {which} {cause}", 0) + 1
    golds, reads = gold.get("sessions") or [], pred.get("sessions") or []
    pairs = scorer.match(golds, reads, scorer.same_session)
    for which, own, other in (("missed", golds, reads), ("extra", reads, golds)):
        done = {id(g if which == "missed" else p) for g, p in pairs}
        for session in own:
            if id(session) in done:
                continue
            same_body = any(
                named_alike({"name": session.get("body")}, {"name": o.get("body")}) for o in other
            )
            cause = "numbering" if same_body else "body"
            tally[f"sessions {which} {cause}"] = tally.get(f"sessions {which} {cause}", 0) + 1
            if which == "missed" and same_body:
                # told apart by a number, or by a start date: none read, one of another
                # precision (a month for a day), or another
                starts = [str(o.get("start") or "") for o in other]
                start = str(session.get("start") or "")
                if session.get("number") is not None:
                    how = "number"
                elif not any(starts):
                    how = "no_date"
                elif start and any(
                    x and (x.startswith(start) or start.startswith(x)) for x in starts
                ):
                    how = "precision"
                else:
                    how = "other_date"
                tally[f"sessions numbering {how}"] = tally.get(f"sessions numbering {how}", 0) + 1


def organ_figures(tally: dict[str, int]) -> dict[str, str]:
    """The bodies and sessions breakdown as table cells."""
    figures = {}
    for which in ("missed", "extra"):
        figures[f"bodies {which} sides/name/none"] = "/".join(
            str(tally.get(f"bodies {which} {cause}", 0)) for cause in ("sides", "name", "none")
        )
        figures[f"sessions {which} numbering/body"] = "/".join(
            str(tally.get(f"sessions {which} {cause}", 0)) for cause in ("numbering", "body")
        )
    figures["  missed numbering n/d/p/o"] = "/".join(
        str(tally.get(f"sessions numbering {how}", 0))
        for how in ("number", "no_date", "precision", "other_date")
    )
    return figures


def people_errors(scorer: ModuleType, gold: dict, pred: dict, tally: dict[str, int]) -> None:
    """People missed and extra, per language (aggregates only). A missed gold name is in the
    text as written ("verbatim"), only by its surname or in another form ("form"), or
    nowhere; an extra read name is a longer or shorter form of a gold name sharing its
    surname ("form"), holds a word of the reader's organisation, place or title vocabularies
    ("vocabulary": a non-person, or a title kept in the name), or else is a person gold
    leaves out ("person")."""
    from suivi.reading import people_roles
    from suivi.reading.gazetteer import find_mentions

    document = pred.get("document") or {}
    lang = (gold.get("document") or {}).get("language")
    if lang not in LANGUAGES:
        return
    text = f" {scorer.norm(document.get('text') or '')} "
    golds = [scorer.norm(p.get("name")) for p in gold.get("people") or []]
    reads = [scorer.norm(p.get("name")) for p in pred.get("people") or []]
    vocabulary = people_roles.NOT_NAME_WORDS | people_roles.TITLE_WORDS
    vocabulary |= people_roles.PORTFOLIO_WORDS

    def surname(name: str) -> str:
        return name.split()[-1] if name else ""

    def count(key: str) -> None:
        tally[key] = tally.get(key, 0) + 1

    for name in set(golds) - set(reads):
        if f" {name} " in text:
            where = "verbatim"
        elif surname(name) and f" {surname(name)} " in text:
            where = "form"
        else:
            where = "nowhere"
        count(f"missed {lang}")
        count(f"missed {lang} {where}")
    for name in set(reads) - set(golds):
        words = set(name.split())
        if any(
            surname(g) == surname(name) or words <= set(g.split()) or set(g.split()) <= words
            for g in golds
        ):
            why = "form"
        elif words & vocabulary or find_mentions(name.title(), lang):
            why = "vocabulary"
        else:
            why = "person"
        count(f"extra {lang}")
        count(f"extra {lang} {why}")


# Where people errors are, by kind: a row's cells are the initials of its kinds.
PEOPLE_KINDS = {
    "missed": ("verbatim", "form", "nowhere"),
    "extra": ("form", "vocabulary", "person"),
}


def people_row(which: str, lang: str) -> str:
    """A people row's label: "  people missed en v/f/n"."""
    return f"  people {which} {lang} {'/'.join(k[0] for k in PEOPLE_KINDS[which])}"


PEOPLE_ROWS = tuple(people_row(which, lang) for which in PEOPLE_KINDS for lang in LANGUAGES)


def people_figures(tally: dict[str, int]) -> dict[str, str]:
    """The people breakdown as table cells, per language, each the total then its kinds:
    missed v/f/n = the gold name is in the text verbatim / by its surname or in another form
    only / nowhere; extra f/v/p = a longer or shorter form of a gold name / a name holding
    an organisation, place or title word / a person gold leaves out."""
    figures: dict[str, str] = {}
    for which, kinds in PEOPLE_KINDS.items():
        for lang in LANGUAGES:
            cells = "/".join(str(tally.get(f"{which} {lang} {kind}", 0)) for kind in kinds)
            figures[people_row(which, lang)] = f"{tally.get(f'{which} {lang}', 0)}:{cells}"
    return figures


def evaluate(name: str, corpus: Path, read, scorer: ModuleType, verbose: bool) -> dict:
    """Read and score one split; per-document output only for non-blind splits."""
    blind = name in BLIND
    total = scorer.Score()
    conf = {"with_confidence": 0, "high": 0, "high_right": 0}
    sectors = {
        "matched": 0,
        "exact": 0,
        "paired": 0,
        "sector_right": 0,
        "missed_sides": 0,
        "missed_sectors": 0,
        "missed_mention": 0,
        "missed_both": 0,
        "extra_beside": 0,
        "extra_alone": 0,
        "sides_extra_party": 0,
        "sides_party_missing": 0,
        "sides_other": 0,
        "extra_surplus": 0,
        "extra_sectors": 0,
        "extra_sides": 0,
        "docs_over": 0,
        "sides_odd_state": 0,
        "sides_odd_org": 0,
        "alone_signed": 0,
        "alone_planned": 0,
        "alone_other": 0,
        "docs_under": 0,
    }
    people_by_language = {lang: scorer.Tally() for lang in LANGUAGES}
    party_tally: dict[str, int] = {}
    people_tally: dict[str, int] = {}
    organ_tally: dict[str, int] = {}
    documents = failures = 0
    errors_by_document: list[int] = []  # agreements missed + extra, one count a document
    start = time.perf_counter()
    for stem, doc, gold_path in scorer.documents(corpus):
        documents += 1
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        quiet_out, quiet_err = io.StringIO(), io.StringIO()
        try:
            if blind:  # nothing the reader says about a blind document reaches the terminal
                with contextlib.redirect_stdout(quiet_out), contextlib.redirect_stderr(quiet_err):
                    pred = read(doc)
            else:
                pred = read(doc)
        except Exception as error:  # a failed document scores as an empty reading, as in score.py
            failures += 1
            pred = {}
            if not blind:
                print(f"{name}/{stem}: no reading ({error})", file=sys.stderr)
            else:  # where the reader broke, never the document's words (the message may quote it)
                frames = traceback.extract_tb(error.__traceback__)[-3:]
                where = " < ".join(
                    f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in frames[::-1]
                )
                print(
                    f"{name}: a document failed: {type(error).__name__} at {where}", file=sys.stderr
                )
        total.add(gold, pred)
        language = (gold.get("document") or {}).get("language")
        if language in people_by_language:
            people = gold.get("people") or []
            found = pred.get("people") or []
            pairs = scorer.match(people, found, scorer.same_person)
            people_by_language[language].add(len(pairs), len(found), len(people))
        calibration(scorer, gold, pred, conf)
        sector_exactness(scorer, gold, pred, sectors)
        party_errors(scorer, gold, pred, party_tally)
        people_errors(scorer, gold, pred, people_tally)
        organ_errors(scorer, gold, pred, organ_tally)
        golds, reads = gold.get("agreements") or [], pred.get("agreements") or []
        matched = len(scorer.match(golds, reads, scorer.same_agreement))
        errors_by_document.append(len(golds) + len(reads) - 2 * matched)
        if verbose and not blind:
            one = scorer.Score()
            one.add(gold, pred)
            print(f"{name}/{stem}: {one.headline():.3f}", file=sys.stderr)
    figures: dict[str, float | str] = {"documents": documents, "failed documents": failures}
    figures.update({k: total.t[k].f1() for k in F1_KEYS})
    figures.update({f"people F1 {lang}": t.f1() for lang, t in people_by_language.items()})
    figures.update({k: total.r[k].value() for k in ACC_KEYS})
    agreements = total.t["agreements"]
    figures["agreements precision"] = (
        agreements.tp / (agreements.tp + agreements.fp) if agreements.tp + agreements.fp else 1.0
    )
    figures["agreements recall"] = (
        agreements.tp / (agreements.tp + agreements.fn) if agreements.tp + agreements.fn else 1.0
    )
    for cause in ("sides", "sectors", "both", "mention"):  # shares of the gold agreements missed
        figures[f"  missed: {cause}"] = (
            sectors[f"missed_{cause}"] / agreements.fn if agreements.fn else float("nan")
        )
    for cause in ("beside", "alone"):  # shares of the read agreements unmatched
        figures[f"  extra: {cause}"] = (
            sectors[f"extra_{cause}"] / agreements.fp if agreements.fp else float("nan")
        )
    for cause in ("extra_party", "party_missing", "other"):  # sides misses, by how they differ
        figures[f"    sides: {cause}"] = (
            sectors[f"sides_{cause}"] / sectors["missed_sides"]
            if sectors["missed_sides"]
            else float("nan")
        )
    for cause in ("surplus", "sectors", "sides"):  # extras beside a gold one, by why
        figures[f"    beside: {cause}"] = (
            sectors[f"extra_{cause}"] / sectors["extra_beside"]
            if sectors["extra_beside"]
            else float("nan")
        )
    figures["    sides: odd states"] = sectors["sides_odd_state"]
    figures["    sides: odd organisations"] = sectors["sides_odd_org"]
    for which in ("gold", "read"):
        for kind in ("state", "org"):
            # s: named in the evidence sentence, t: elsewhere only, n: nowhere
            figures[f"    odd {which} {kind} s/t/n"] = "/".join(
                str(sectors.get(f"sides_odd_{which}_{kind}_{where}", 0))
                for where in ("sentence", "text", "nowhere")
            )
    for which in ("gold", "read"):
        figures[f"    odd {which} actor/stranger"] = "/".join(
            str(sectors.get(f"sides_odd_{which}_{known}", 0)) for known in ("actor", "stranger")
        )
    # gold organisations found nowhere: in the text as written / acronyms / another
    # organisation read in their place / sharing a word with it
    figures["    unknown org t/a/o/w"] = "/".join(
        str(sectors.get(f"unknown_org_{k}", 0))
        for k in ("verbatim", "acronym", "other_read", "word_shared")
    )
    for status in ("signed", "planned", "other"):
        figures[f"    alone: {status}"] = sectors[f"alone_{status}"]
    figures["    sectors: gold-read/shared"] = " ".join(
        f"{k.split()[1]}:{v}" for k, v in sorted(sectors.items()) if k.startswith("sectors_sizes")
    )
    figures["    swaps 2-2 kinds"] = " ".join(
        f"{k.split()[1] or 'same'}:{v}"
        for k, v in sorted(sectors.items())
        if k.startswith("swap_kind")
    )
    figures["    swaps read story/own"] = "/".join(
        str(sectors.get(f"swap_read_{w}", 0)) for w in ("story", "own")
    )
    figures["    swaps gold multi/single"] = "/".join(
        str(sectors.get(f"swap_gold_{w}", 0)) for w in ("multi", "single")
    )
    figures["    swaps gold org shapes"] = " ".join(
        f"{k.split()[1]}:{v}" for k, v in sorted(sectors.items()) if k.startswith("swap_org ")
    )
    figures["    swaps read odd opening"] = str(sectors.get("swap_read_opening", 0))
    figures["    sides: gold-read sizes"] = " ".join(
        f"{k.split()[1]}:{v}" for k, v in sorted(sectors.items()) if k.startswith("sides_sizes")
    )
    for kind in ("repeat", "known_sides", "new"):
        figures[f"    alone: {kind}"] = sectors.get(f"alone_{kind}", 0)
    figures["agreements missed"] = agreements.fn
    figures["agreements extra"] = agreements.fp
    # whether the agreements' errors are spread over the split or held by a few documents
    # (a few: look for what those documents share; spread: a shape common to many)
    errors = sorted(errors_by_document, reverse=True)
    figures["docs with agreement errors"] = sum(1 for e in errors if e)
    figures["  errors in worst 5 docs"] = sum(errors[:5]) / sum(errors) if sum(errors) else 0.0
    figures["docs reading too many"] = sectors["docs_over"]
    figures["docs reading too few"] = sectors["docs_under"]
    figures["sectors exact"] = (
        sectors["exact"] / sectors["matched"] if sectors["matched"] else float("nan")
    )
    figures["sector accuracy"] = (
        sectors["sector_right"] / sectors["paired"] if sectors["paired"] else float("nan")
    )
    figures["facts >= 0.9 right"] = (
        conf["high_right"] / conf["high"] if conf["high"] else float("nan")
    )
    figures["facts >= 0.9"] = conf["high"]
    for key in CONFIDENT:
        high = conf.get(f"high {key}", 0)
        figures[f"  {key} >= 0.9 right"] = (
            conf[f"high_right {key}"] / high if high else float("nan")
        )
    figures.update(party_figures(party_tally))
    figures.update(people_figures(people_tally))
    figures.update(organ_figures(organ_tally))
    figures["headline"] = total.headline()
    figures["seconds"] = time.perf_counter() - start
    return figures


def table(results: dict[str, dict]) -> str:
    """Metrics as rows, splits as columns, then the dev-blind gap where both are present."""
    names = list(results)
    gap = "dev" in results and "blind" in results
    head = (
        f"{'metric':26}"
        + "".join(f"{n:>12}" for n in names)
        + (f"{'dev-blind':>12}" if gap else "")
    )
    lines = [head, "-" * len(head)]
    rows = ["documents", "failed documents"]
    rows += list(F1_KEYS) + [f"people F1 {lang}" for lang in LANGUAGES]
    rows += list(PEOPLE_ROWS) + list(ACC_KEYS)
    rows += ["agreements precision", "agreements recall"]
    rows += ["agreements missed"]
    rows += [f"  missed: {cause}" for cause in ("sides", "sectors", "both", "mention")]
    rows += [f"    sides: {cause}" for cause in ("extra_party", "party_missing", "other")]
    rows += ["    sides: odd states", "    sides: odd organisations", "    sides: gold-read sizes"]
    rows += ["    sectors: gold-read/shared"]
    rows += [f"    odd {w} {k} s/t/n" for w in ("gold", "read") for k in ("state", "org")]
    rows += [f"    odd {w} actor/stranger" for w in ("gold", "read")]
    rows += ["    swaps 2-2 kinds", "    swaps read story/own", "    swaps gold multi/single"]
    rows += ["    swaps read odd opening", "    swaps gold org shapes"]
    rows += ["    unknown org t/a/o/w"]
    rows += ["agreements extra"]
    rows += [f"  extra: {cause}" for cause in ("beside", "alone")]
    rows += [f"    alone: {status}" for status in ("signed", "planned", "other")]
    rows += [f"    alone: {kind}" for kind in ("repeat", "known_sides", "new")]
    rows += [f"    beside: {cause}" for cause in ("surplus", "sectors", "sides")]
    rows += ["docs with agreement errors", "  errors in worst 5 docs"]
    rows += list(PARTY_ROWS)
    rows += [f"bodies {w} sides/name/none" for w in ("missed", "extra")]
    rows += [f"sessions {w} numbering/body" for w in ("missed", "extra")]
    rows += ["  missed numbering n/d/p/o"]
    rows += ["docs reading too many", "docs reading too few"]
    rows += ["sectors exact", "sector accuracy", "facts >= 0.9", "facts >= 0.9 right"]
    rows += [f"  {key} >= 0.9 right" for key in CONFIDENT] + ["headline", "seconds"]
    for row in rows:
        label = f"{row} F1" if row in F1_KEYS else row
        cells = []
        for n in names:
            value = results[n][row]
            if isinstance(value, str):
                cells.append(f"{value:>12}")
            elif row in COUNTS:
                cells.append(f"{int(value):>12d}")
            elif row == "seconds":
                cells.append(f"{value:>12.1f}")
            else:
                cells.append(f"{'n/a':>12}" if value != value else f"{value:>12.3f}")
        line = f"{label:26}" + "".join(cells)
        if gap and row not in (*COUNTS, "seconds") and not isinstance(results["dev"][row], str):
            d, b = results["dev"][row], results["blind"][row]
            line += f"{'n/a':>12}" if d != d or b != b else f"{d - b:>+12.3f}"
        lines.append(line)
    return "\n".join(lines)


def quality(args: argparse.Namespace) -> int:
    scorer = load_scorer()
    read = reader(args.run)
    results = {}
    for name in args.splits:
        corpus = SPLITS[name]
        if not corpus.is_dir():
            print(f"{name}: {corpus} absent, skipped", file=sys.stderr)
            continue
        results[name] = evaluate(name, corpus, read, scorer, args.verbose)
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


# ------------------------------------------------------------------ speed

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


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall time and CPU time (user and system) of a child process, and its standard
    output; exits if the child fails. CPU time is the steadier figure where other work
    shares the machine: waiting for a core is not counted."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "OPENBLAS_NUM_THREADS": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode not in (0, 2):
        raise SystemExit(f"{command[:4]} failed: {result.stderr[-500:]}")
    return elapsed, cpu, result.stdout


def peak_child_mb() -> float:
    """Largest resident set of any child so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def speed(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as cleaned:
        n = build_corpus(args.corpus, args.documents, Path(folder))
        write_cleaned(Path(folder), Path(cleaned))
        suivi_s, suivi_cpu, out = timed([sys.executable, "-m", "suivi", "read", "--jsonl", folder])
        suivi_peak = peak_child_mb()
        read = len(out.splitlines())
        raw_s, raw_cpu, _ = timed([sys.executable, "-c", BARE_SPACY, folder])
        clean_s, clean_cpu, _ = timed([sys.executable, "-c", BARE_SPACY, cleaned])
    rate, raw_rate, clean_rate = n / suivi_s, n / raw_s, n / clean_s
    print(f"documents                      {n} ({read} read)")
    print(
        f"suivi read --jsonl             {rate:7.1f} articles/s  ({suivi_s:.1f} s, CPU {suivi_cpu:.1f} s)"
    )
    print(
        f"bare spaCy NER, raw files      {raw_rate:7.1f} articles/s  ({raw_s:.1f} s, CPU {raw_cpu:.1f} s)"
    )
    print(
        f"bare spaCy NER, cleaned text   {clean_rate:7.1f} articles/s  ({clean_s:.1f} s, CPU {clean_cpu:.1f} s)"
    )
    print(f"ratio to raw                   {rate / raw_rate:7.2f}  (CPU {raw_cpu / suivi_cpu:.2f})")
    print(
        f"ratio to cleaned               {rate / clean_rate:7.2f}  (CPU {clean_cpu / suivi_cpu:.2f})"
    )
    print(f"peak memory (suivi)            {suivi_peak:7.0f} MB")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--speed", action="store_true", help="measure throughput instead of quality"
    )
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="(speed) documents to multiply"
    )
    parser.add_argument(
        "--documents", type=int, default=1000, help="(speed) how many documents to read"
    )
    parser.add_argument(
        "--splits",
        nargs="+",
        choices=list(SPLITS),
        default=list(SPLITS),
        help="(quality) which splits",
    )
    parser.add_argument(
        "--run",
        help='(quality) command printing a reading, e.g. "suivi read --json"; default in-process',
    )
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="(quality) per-document headlines, never for blind",
    )
    parser.add_argument("--json", help="(quality) also write the figures to this file")
    args = parser.parse_args()
    return speed(args) if args.speed else quality(args)


if __name__ == "__main__":
    sys.exit(main())
