"""States the text says stayed away from the event (SPEC: parties are those that act).

An alliance's story gives its texts and organs to the alliance's members; a member the
text says did not take part ("Armenia, which has frozen its participation, sent no
representative", "le Mali n'a pas participé", «Армения не направила своего
представителя») signs nothing there and acts in nothing. Read by the sentence: one state
named in it as the subject of a verb of absence. Where the story lists the members that
took part ("Delegations of Armenia, Belarus and Kazakhstan took part", «В нём приняли
участие делегации Армении, Беларуси и Казахстана»), a member it never names stayed away.
"""

from __future__ import annotations

import re
from itertools import pairwise

from suivi.reading.context import Context, Sentence
from suivi.reading.gazetteer import state_codes
from suivi.reading.gazetteer_data import MEMBERS

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

# What says, right after a state's name, that the state is suspended from an organisation's
# organs ("la Guinée demeurant suspendue des instances", "Guinea, which remains suspended
# from the bloc", «Гвинея, членство которой приостановлено»): a member that takes no part,
# whatever other states the sentence names.
_SUSPENDED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:qui|which|who)\s+)?(?:(?:demeur\w*|rest\w*|est|[ée]tait|reste|remains?"
    r"|remained|is|was|has\s+been|had\s+been|still|toujours|encore)\s+){0,2}"
    r"(?:suspendu\w*|suspended)\s+(?:de|des|du|d['’]|from)\b"
    r"|\s*,\s*(?:членство\s+которо\w+|чь[её]\s+членство)\s+(?:в\s+\S+\s+)?"
    r"(?:(?:по-прежнему|остается|остаётся)\s+)?приостановлено",
    re.IGNORECASE,
)


# A verb or noun that says who took part in a meeting: "took part", "participated",
# "attended", "were represented", "ont pris part", "ont participé", "étaient représentés",
# «приняли участие», «участвовали», «были представлены».
_TOOK_PART = re.compile(
    r"\b(?:took\s+part|participated|attended|were\s+represented|delegations\s+of"
    r"|(?:ont|avaient)\s+(?:pris\s+part|particip[ée])|[ée]taient\s+repr[ée]sent[ée]s"
    r"|d[ée]l[ée]gations\s+d)"
    r"|(?<!\w)(?:принял\w*\s+участие|участвовал\w*|был\w*\s+представлен\w*|делегаци\w+)",
    re.IGNORECASE,
)

# The fewest members a list of participants names: two states named together are a pair,
# not the roll of an alliance's meeting.
_ROLL = 3


# A verb phrase that says its subjects, present, signed nothing: "did not sign anything",
# "n'ont rien signé", "sans rien signer", «документы не подписывала» (the object, if any, is
# the event's texts at large, not one text named: "did not sign the Paris accord" is another)
_SIGNED_NOTHING = re.compile(
    r"\b(?:did\s+not|didn['’]t|have\s+not|has\s+not|had\s+not)\s+sign(?:ed)?"
    r"(?:\s+(?:anything|any\s+(?:of\s+the\s+)?(?:texts?|documents?|agreements?)"
    r"|the\s+(?:texts|documents|agreements)))?\s*(?=[,.;]|$|\s+(?:and|but|at|there)\b)"
    r"|\bsigned\s+nothing\b|\bn['’](?:a|ont|avait|avaient)\s+rien\s+sign[ée]"
    r"|\bsans\s+rien\s+signer\b|\bn['’](?:a|ont|avait|avaient)\s+sign[ée]\s+aucun"
    r"|\bn['’](?:a|ont|avait|avaient)\s+pas\s+sign[ée]\s+(?:les\s+(?:textes|documents|accords)"
    r"|(?=[,.;]))"
    r"|(?<!\w)(?:документ\w*\s+|ничего\s+)?не\s+подписыва?л[аи]?(?:\s+(?:документ\w*|ничего))?"
    r"(?=\s*[,.;]|\s*$|\s+(?:и|а|но)\s)"
    # none of the texts, counted or not: "did not sign any of the four documents", «не
    # подписала ни одного из четырех документов», "n'a signé aucun des quatre textes"
    r"|\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not)\s+sign(?:ed)?\s+any\s+of\s+the"
    r"\s+(?:\w+\s+)?(?:texts|documents|agreements)\b|\bsigned\s+none\s+of\s+the\b"
    r"|(?<!\w)не\s+подпис(?:ыв)?ал[аи]?\s+ни\s+одного(?:\s+из\s+(?:\w+\s+)?(?:документ|соглашени"
    r"|текст)\w*|\s+(?:документа|соглашения))?(?!\w)",
    re.IGNORECASE,
)

# A verb phrase that says its subject, a state, stayed out of one text the event signed
# ("Azerbaijan did not join the agreement on …", «Азербайджан не присоединился к соглашению
# о …», "le Mali n'a pas adhéré à l'accord sur …"), or signed one only ("Turkmenistan signed
# only the tourism programme", «Туркменистан подписал только программу по туризму», "le Niger
# n'a signé que le programme …"): the text's words after it say which.
_NOT_JOINED = re.compile(
    r"\b(?:did\s+not|didn['’]t|has\s+not|have\s+not|had\s+not)\s+(?:join|accede\s+to"
    r"|sign\s+on\s+to|become\s+(?:a\s+)?party\s+to)\b|\bstayed\s+out\s+of\b"
    r"|\bn['’](?:a|ont|avait|avaient)\s+pas\s+(?:adh[ée]r[ée]|souscrit|rejoint)\b"
    r"|(?<!\w)не\s+(?:присоединил|подключил|примкнул)\w*\s+к(?!\w)",
    re.IGNORECASE,
)
_SIGNED_ONLY = re.compile(
    r"(?:\b(?:signed|joined|initialled)\s+only\b|\bonly\s+(?:signed|joined)\b"
    r"|\bn['’](?:a|ont|avait|avaient)\s+(?:sign[ée]|paraph[ée]|rejoint)\s+que\b"
    r"|(?<!\w)(?:подписал|присоединил\w*|парафировал)[аи]?\s+(?:к\s+)?только(?!\w)"
    r"|(?<!\w)только\s+(?:подписал|присоединил\w*)[аи]?(?!\w))"
    # not a time: "signed only yesterday", «только что подписал», "n'a signé qu'hier"
    r"(?!\s+(?:что|сейчас|вчера|сегодня|yesterday|today|now|recently|last|on|in|after|this"
    r"|hier|aujourd|apr[eè]s|en\s+\d)\b)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;.:]|\s(?:and|but|while|et|mais|alors\s+que|а|и|но)\s")


def non_signers(ctx: Context) -> frozenset[str]:
    """The states a sentence names before a verb saying they signed nothing (`_SIGNED_NOTHING`):
    present at the event (parties still), but no side of the texts signed there."""
    states = state_codes()
    out: set[str] = set()
    for sentence in ctx.sentences:
        found = _SIGNED_NOTHING.search(sentence.text)
        if not found:
            continue
        out |= {
            m.code
            for m in ctx.mentions_in(sentence.start, sentence.end)
            if m.code in states
            and m.kind in ("name", "adjective")
            and m.start - sentence.start < found.start()
        }
    return frozenset(out)


def partial_signers(ctx: Context) -> list[tuple[str, frozenset[str], bool]]:
    """(state, domains, only) for each state a sentence says stayed out of one text of the
    event (`_NOT_JOINED`; only False: no side of the texts of those domains) or signed one
    text only (`_SIGNED_ONLY`; only True: no side of the texts of other domains). The state
    is the one named last before the verb in its sentence; the domains those its object
    names, up to the clause's end."""
    from suivi.reading.sectors import sectors_of

    states = state_codes()
    out: list[tuple[str, frozenset[str], bool]] = []
    for sentence in ctx.sentences:
        text = sentence.text
        for pattern, only in ((_NOT_JOINED, False), (_SIGNED_ONLY, True)):
            for found in pattern.finditer(text):
                rest = text[found.end() :]
                end = _CLAUSE_END.search(rest)
                domains = frozenset(sectors_of(rest[: end.start() if end else len(rest)]))
                subject = [
                    m.code
                    for m in ctx.mentions_in(sentence.start, sentence.start + found.start())
                    if m.code in states and m.kind in ("name", "adjective")
                ]
                if subject and domains:
                    out.append((subject[-1], domains, only))
    return out


def absent_states(ctx: Context) -> frozenset[str]:
    """The states a sentence names alone, before a verb of absence; and the members of an
    alliance that a story listing who took part never names."""
    return _said_absent(ctx) | _not_on_roll(ctx) | _suspended(ctx)


def _suspended(ctx: Context) -> frozenset[str]:
    """The states named as suspended from an organisation's organs (`_SUSPENDED_AFTER`)."""
    states = state_codes()
    return frozenset(
        m.code
        for m in ctx.mentions
        if m.kind == "name" and m.code in states and _SUSPENDED_AFTER.match(ctx.text, m.end)
    )


def _not_on_roll(ctx: Context) -> frozenset[str]:
    """The members of a named alliance that the story never names, where one sentence
    lists the members that took part (three or more, all of the alliance, by name): the
    roll says who was there, and the others (a member that froze its part, an associate
    that sends no one) sign nothing."""
    named = {m.code for m in ctx.mentions}
    out: set[str] = set()
    for alliance, members in MEMBERS.items():
        if alliance not in named or not any(_roll(ctx, s, members) for s in ctx.sentences):
            continue
        out |= set(members) - named
    return frozenset(out)


def _roll(ctx: Context, sentence: Sentence, members: list[str]) -> bool:
    """Whether a sentence lists, with a word of taking part, three or more states by name,
    all members of the alliance."""
    if not _TOOK_PART.search(sentence.text):
        return False
    states = {
        m.code
        for m in ctx.mentions_in(sentence.start, sentence.end)
        if m.kind == "name" and m.code in state_codes()
    }
    return len(states) >= _ROLL and states <= set(members)


# What may stand between two states of one coordinated subject ("Armenia and Turkmenistan",
# «Армения и Туркменистан», "le Mali, le Niger et le Burkina").
_JOINED = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|nor|or|et|ni|ou|и|а\s+также|или)\s+)?(?:(?:the|le|la|les|l['’])\s*)?",
    re.IGNORECASE,
)


def _absent_subjects(ctx: Context, sentence: Sentence, verb: int) -> set[str]:
    """The states of a sentence that names several, when those named before its verb of
    absence make one coordinated subject opening the sentence («Армения и Туркменистан в
    заседании не участвовали», "Armenia and Turkmenistan did not attend"): a state named
    before them or between them by other words (a host, a place) is no subject."""
    before = sorted(
        (
            m
            for m in ctx.mentions_in(sentence.start, sentence.end)
            if m.code in state_codes()
            and m.kind in ("name", "adjective")
            and m.start - sentence.start < verb
        ),
        key=lambda m: m.start,
    )
    if len(before) < 2 or not _JOINED.fullmatch(ctx.text, sentence.start, before[0].start):
        return set()
    for left, right in pairwise(before):
        if not _JOINED.fullmatch(ctx.text, left.end, right.start):
            return set()
    return {m.code for m in before}


def _said_absent(ctx: Context) -> frozenset[str]:
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
        if len(named) > 1:
            out |= _absent_subjects(ctx, sentence, found.start())
            continue
        if not named:
            continue
        first = min(
            (m for m in ctx.mentions_in(sentence.start, sentence.end) if m.code in named),
            key=lambda m: m.start,
        )
        if first.start - sentence.start < found.start():  # named before the verb: its subject
            out |= named
    return frozenset(out)
