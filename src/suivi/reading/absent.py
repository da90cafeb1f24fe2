"""States the text says stayed away from the event (SPEC: parties are those that act).

An alliance's story gives its texts and organs to the alliance's members; a member the
text says did not take part ("Armenia, which has frozen its participation, sent no
representative", "le Mali n'a pas participé", «Армения не направила своего
представителя») signs nothing there and acts in nothing. Read by the sentence: one state
named in it as the subject of a verb of absence.
"""

from __future__ import annotations

import re

from suivi.reading.context import Context
from suivi.reading.gazetteer import state_codes

# A verb phrase that says its subject stayed away from the meeting.
_ABSENT = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|had\s+not|was\s+not|were\s+not)\s+"
    r"(?:attend|take\s+part|participate|send|been\s+represented|represented)\w*"
    r"|\b(?:boycott(?:ed|s)?|stayed\s+away|was\s+absent"
    r"|(?:suspended|froze|frozen)\s+(?:its\s+)?participation)\b"
    r"|\bn['’](?:a|avait|ont|avaient|était)\s+pas\s+(?:[ée]t[ée]\s+)?"
    r"(?:particip[ée]|pris\s+part|envoy[ée]|assist[ée]|d[ée]l[ée]gu[ée]|repr[ée]sent[ée])"
    r"|\bne\s+s['’](?:est|était)\s+pas\s+fait\w*\s+repr[ée]sent"
    r"|\b(?:boycott[ée]|absent[es]?|(?:suspendu|gel[ée])\s+sa\s+participation)\b"
    r"|(?<!\w)не\s+(?:направил|прислал|участвовал|принял\w*\s+участи|приехал|был\w*\s+представлен)"
    r"|(?<!\w)(?:заморозивш|заморозил|приостановивш|приостановил)\w*\s+(?:сво\w+\s+)?участи"
    r"|(?<!\w)бойкотировал",
    re.IGNORECASE,
)


def absent_states(ctx: Context) -> frozenset[str]:
    """The states a sentence names alone, before a verb of absence."""
    states = state_codes()
    out: set[str] = set()
    for sentence in ctx.sentences:
        found = _ABSENT.search(sentence.text)
        if not found:
            continue
        named = {
            m.code
            for m in ctx.mentions_in(sentence.start, sentence.end)
            if m.code in states and m.kind in ("name", "adjective")
        }
        if len(named) != 1:
            continue
        first = min(
            (m for m in ctx.mentions_in(sentence.start, sentence.end) if m.code in named),
            key=lambda m: m.start,
        )
        if first.start - sentence.start < found.start():  # named before the verb: its subject
            out |= named
    return frozenset(out)
