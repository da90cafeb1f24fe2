"""A lender named again by its common noun alone: "the Bank", "la Banque", «Банк».

A story names its development bank or fund in full once ("the Islamic Development Bank
(IsDB)", "la Banque européenne pour la reconstruction et le développement (BERD)", «Евразийский
банк развития»), then calls it by its head noun: "a loan signed with the bank in 2019",
"l'accord de garantie entre la Banque et la Géorgie", «Банк подписал с Арменией …». The bare
noun, with its article and no name of its own after it, refers back to the last organisation
named before it whose name holds that noun (a bank for "the Bank", a fund for "the Fund"): the
same party, named again, so that a text signed "with the Bank" has that lender as its side.
"""

from __future__ import annotations

import re

from suivi.reading.context import Mention
from suivi.reading.gazetteer import state_codes

# The head nouns of a lender's name, by what they are: a bank or a fund
_HEAD_IN_NAME = re.compile(
    r"(?i)(?<![\w-])(?:(?P<bank>banks?|banques?|банк\w*)|(?P<fund>funds?|fonds|фонд\w*))(?![\w-])"
)

# The bare noun said again. English and French take their definite article right before
# (so "the World Bank", "une banque", "the central bank" are not it); Russian has none, and
# takes the noun in one of its case forms, no adjective before it (checked below).
_BARE = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Tt]his)\s+(?:(?P<en_bank>[Bb]ank)|(?P<en_fund>[Ff]und))"
    r"|(?:[Ll]a|[Cc]ette)\s+(?P<fr_bank>[Bb]anque)|(?:[Ll]e|[Dd]u|[Aa]u|[Cc]e)\s+(?P<fr_fund>[Ff]onds)"
    r"|(?P<ru_bank>[Бб]анк(?:а|у|ом|е)?)|(?P<ru_fund>[Фф]онд(?:а|у|ом|е)?))(?![\w-])"
)

# A name that goes on after the noun: "the Bank of Ghana", "the Fund for Development",
# "la Banque de développement", "le Fonds OPEP", «Банк развития», «Фонд «Сколково»», "the
# bank's" is the bank itself (no name goes on).
_NAME_GOES_ON = re.compile(
    r"\s*(?:(?:of|for|de|des|du|d['’]|pour|развития|реконструкции)\b|[«\"“(]|-\w"
    r"|\s[A-ZÀ-ÝА-ЯЁ]{2,}\b)"
)
# A French adjective after the noun describes another bank ("la banque centrale", "la Banque
# mondiale", "le fonds souverain", "la Banque islamique"): a name or a kind, not the lender
# said again.
_FRENCH_ADJECTIVE = re.compile(
    r"\s+[a-zà-ÿ]+(?:ale|ales|aux|aire|aires|ique|iques|ien|ienne|ain|aine|ais|aise|ois|oise"
    r"|ère|el|elle|if|ive|é|ée|ant|ante|ent|ente|eur|euse|ial|iale)\b"
)
# An English noun or adjective before "bank" in the same phrase is ruled out by the article;
# a Russian adjective before the noun names another ("коммерческий банк", «Азиатский банк»).
_RUSSIAN_ADJECTIVE_BEFORE = re.compile(
    r"[а-яё]+(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю)\s+$", re.IGNORECASE
)


# The noun as the owner of another ("le conseil d'administration de la Banque", "guichet du
# Groupe de la Banque", «совет директоров Банка»): what it owns is told, it signs nothing
# there; a financing of it is its own ("un prêt de la Banque", "a loan from the Bank") and
# stays, and so does "the Bank's", which is the bank itself.
_OWNER_OF = re.compile(
    r"(?<![\w-])(?!(?:pr[êe]ts?|dons?|financements?|cr[ée]dits?|loans?|grants?|credits?)\s)"
    r"[\w’'-]+\s+(?:de|du|des|of|d['’])\s*$",
    re.IGNORECASE,
)
# "between the Bank and Georgia", "entre la Banque et la Géorgie": left to the readings of a
# text's pair, which tell a loan's guarantee from the loan by who the story's lender is
_BETWEEN = re.compile(r"(?:between|entre|между)\s+$", re.IGNORECASE)
# Russian tells the owner by the genitive («Банка», «Фонда»), a side only after the words
# that make one of it ("со стороны Банка", «от Фонда»)
_RUSSIAN_GENITIVE = re.compile(r"[Бб]анка|[Фф]онда")
_RUSSIAN_SIDE_BEFORE = re.compile(r"(?:стороны|от|у|для)\s+$", re.IGNORECASE)


_NOUN_ONLY = re.compile(r"(?i)banks?|banques?|банк\w*|funds?|fonds|фонд\w*")


def _kind(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups["en_bank"] or groups["fr_bank"] or groups["ru_bank"]:
        return "bank"
    if groups["en_fund"] or groups["fr_fund"] or groups["ru_fund"]:
        return "fund"
    return None


def _noun_span(match: re.Match[str]) -> tuple[int, int]:
    for name, value in match.groupdict().items():
        if value:
            return match.span(name)
    return match.span()


def with_bare_lenders(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each bare "the Bank" / "la Banque" / «Банк» (and "the Fund", "le
    Fonds", «Фонд») added as a mention of the last organisation (not a state, nor a state's
    own bank) named before it whose name holds that noun."""
    states = state_codes()
    named = [
        (m.end, m.code, kind)
        for m in mentions
        if m.kind == "organisation"
        and m.code not in states
        and (head := _HEAD_IN_NAME.search(m.surface))
        and (kind := "bank" if head.group("bank") else "fund")
    ]
    if not named:
        return mentions
    # a company read from the noun alone ("Bank" of «с Банком») is that noun, said again
    nouns = [m for m in mentions if m.kind == "organisation" and _NOUN_ONLY.fullmatch(m.surface)]
    taken = [(m.start, m.end) for m in mentions if m not in nouns]
    extra: list[Mention] = []
    for match in _BARE.finditer(text):
        kind = _kind(match)
        start, end = _noun_span(match)
        if any(a < end and start < b for a, b in taken):
            continue
        if _NAME_GOES_ON.match(text, end):
            continue
        if (match.group("fr_bank") or match.group("fr_fund")) and _FRENCH_ADJECTIVE.match(
            text, end
        ):
            continue
        if (match.group("ru_bank") or match.group("ru_fund")) and _RUSSIAN_ADJECTIVE_BEFORE.search(
            text, max(0, start - 30), start
        ):
            continue
        if _OWNER_OF.search(text, max(0, match.start() - 40), match.start()) or _BETWEEN.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue
        if _RUSSIAN_GENITIVE.fullmatch(text, start, end) and not _RUSSIAN_SIDE_BEFORE.search(
            text, max(0, start - 20), start
        ):
            continue
        before = [code for at, code, k in named if at <= start and k == kind]
        if not before:
            continue
        extra.append(Mention(before[-1], start, end, text[start:end], "organisation"))
    if not extra:
        return mentions
    said = [(m.start, m.end) for m in extra]
    kept = [
        m for m in mentions if not (m in nouns and any(a < m.end and m.start < b for a, b in said))
    ]
    return sorted(kept + extra, key=lambda m: m.start)
