"""The number of agreements a text states: "six accords", "24 projets d'accord", «три
соглашения». Counts said with a signing verb weigh most ("ont signé onze accords" over
"avaient examiné 27 projets"); coordinated counts add up ("cinq accords, quatre
conventions et deux mémorandums" is eleven); approximate ones ("plus de 20") are no count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from suivi.reading.numbers import CARDINAL, cardinal_value
from suivi.reading.sectors import fold, status_of
from suivi.reading.segments import units

_SIGNING = re.compile(
    # English initials a text as French "paraphe" does: "initialled", "initialing" (not the
    # adjective "initial")
    r"sign\w*|paraph\w*|\binitiall?(?:ed|ing)\b|conclu\w*|\binked\b|\bsealed\b|\bpenned\b"
    r"|подписан\w*|подписал\w*"
    r"|парафир\w*|заключил\w*|заключен\w*"
    # the gerund: «…, подписав соответствующий контракт»
    r"|\bподписав\b|\bзаключив\b"
    # "exchanged four MoUs", "the MoUs were exchanged": handed over signed
    r"|\bexchang\w*(?: of)? (?:[\w-]+ ){0,3}(?:mous?|memorand\w*|agreements|documents|instruments)\b"
    r"|\b(?:mous?|memorand\w*|agreements|documents|instruments) (?:[\w-]+ ){0,3}(?:were|was|have been)"
    r" exchanged|\bont echange (?:[\w-]+ ){0,3}(?:accords|memorandums|documents)\b"
    r"|обменялись (?:\w+ ){0,3}(?:соглашени|меморандум|документ)\w*"
)


@lru_cache(maxsize=1024)
def signs(folded: str) -> bool:
    """Whether a (folded) sentence speaks of signing or initialling."""
    return bool(_SIGNING.search(folded))


# Adjectives of a kind of texts, coordinated: Russian genitive plurals («межправительственных,
# межведомственных и коммерческих»), English ones of the usual endings ("bilateral and
# commercial", "economic and technical"); a noun ("two countries and five agreements") is
# none, so its count stays its own.
_ADJECTIVE = r"(?:[а-яё-]+(?:ых|их)|[a-z-]+(?:al|ic|ary|ive|ate|ial))"
_COORDINATED_ADJECTIVES = (
    rf"{_ADJECTIVE}(?:,\s+{_ADJECTIVE}){{0,2}},?\s+(?:и|and|или|or)\s+{_ADJECTIVE}"
)

# Nouns coordinated as the texts' modifiers, before the noun in English: "eight financing and
# cooperation agreements", "five trade and investment deals" (not a count of something else
# joined to the next count: "two countries and five agreements")
_COORDINATED_MODIFIERS = rf"[a-z-]+\s+(?:and|&)\s+(?!(?:the|a|an|other|more|{CARDINAL})\b)[a-z-]+"

_GAP_VERB = r"(?:sign|paraph|initiall?(?:ed|ing)|conclu|inked|seal|penned|подпис|парафир|заключ)"
_COUNT = re.compile(
    r"(?<!plus de )(?<!more than )(?<!over )(?<!около )(?<!более )(?<!environ )(?<!about )"
    r"(?<!pres de )(?<!nearly )"
    # a count spelled out may repeat its figure in brackets, as official French does:
    # "quatre (04) accords", "two (2) agreements", «три (3) соглашения»
    rf"(?<![\w,$€£¥])(?P<n>{CARDINAL})(?:\s*\(\s*\d{{1,3}}\s*\))?(?!\s*\()"
    # an amount or a measure is no count: "a $100 million loan agreement", "500 kV"
    r"(?!\s+(?:million|billion|milliard|millions|milliards|млн"
    r"|млрд|миллион\w*|миллиард\w*|kv|mw|km|tonnes?|tons?|dollars?|euros?|долл\w*"
    # a duration is no count: "renewed for five years", «продлили на пять лет»
    r"|years?|months?|ans|annees|mois|лет|год\w*|месяц\w*)\b)"
    # coordinated adjectives before the noun: «семь межправительственных и межведомственных
    # документов», "five bilateral and sectoral agreements" (a word of one kind each side)
    # a signing word between is the count's participle only right after it ("six signed
    # documents", «шесть подписанных документов»); after another word it is the verb of a
    # count of sides: "the two sides signed memoranda", «две стороны подписали меморандумы»
    rf"\s+(?:(?:{_COORDINATED_ADJECTIVES}|{_COORDINATED_MODIFIERS})\s+)?(?:\w+\s+(?:(?!{_GAP_VERB})\w+\s+)??)??"
    r"(?:projets?\s+d'|draft\s+)?(?P<noun>(?:accords?|agreements?|соглашени\w*|conventions?"
    r"|protocoles?|protocols?|memorandum\w*|memoranda|textes|texts|documents?|instruments"
    r"|документ\w*|текст\w*|меморандум\w*|протокол\w*|mous"
    # the press's words for agreements: "inked five deals", "three pacts", «два договора»
    r"|deals|pacts|treaties|traites|договор(?!ил|ен|ят|ит|ива)\w*))\b"
)

TEXT_COUNT = _COUNT  # a count of texts ("trois documents"), for the ordinals that detail it

# Nouns a count of two or more never governs in English or French (Russian «два соглашения»
# is a genitive singular, and "memorandum" stands for the plural in some English press).
_SINGULAR = {"accord", "agreement", "convention", "protocole", "protocol", "document"}


def _singular(folded: str, m: re.Match) -> bool:
    """ "the two ministers reached agreement": a count of something else; "24 projets
    d'accord" counts the drafts, whose noun stands for them."""
    return m.group("noun") in _SINGULAR and not re.search(
        r"(?:projets\s+d'|drafts?\s+)$", folded[: m.start("noun")]
    )


def total(text: str, unsigned: frozenset[int] = frozenset()) -> int | None:
    """The number of agreements the text states, weighing counts said with a signing verb.

    `unsigned` holds the indexes of the units whose texts were all read as planned: a count
    there without a signing verb ("trois documents sont en cours de finalisation : ...",
    "two texts are already on the agenda: ...") counts texts not signed, which SPEC's total
    is not."""
    weights: dict[int, float] = {}
    folded = ""
    for at, unit in enumerate(units(text)):
        previous, folded = folded, fold(unit.text)
        if weights and (bare := _BARE_TOTAL.match(folded.strip())):
            # "In all, six.", «Всего, значит, шесть.» after texts counted: the sum said
            value = cardinal_value(bare.group("n"))
            if value is not None and value >= max(weights):
                return value
        if at in unsigned and not signs(folded):
            continue
        if _RATIFYING.search(folded) and not signs(folded):
            continue  # "Parliament ratified three agreements": texts signed before, not now
        signing = 1.5 if signs(folded) else 0.5
        bonus = 1.0 if re.search(r"au total|in total|в общей сложности|всего", folded) else 0.0
        for value in _counts(folded, previous):
            weight = (2 * signing if value[1] else signing) + bonus
            weights[value[0]] = weights.get(value[0], 0.0) + weight
    if not weights:
        return None
    return max(weights, key=lambda v: (weights[v], v))


# A sentence that only sums up the texts counted before it: "In all, six.", "Au total, six.",
# «Всего, значит, шесть.» (a parenthetical word may stand between)
_BARE_TOTAL = re.compile(
    r"(?:in\s+all|in\s+total|altogether|au\s+total|en\s+tout|всего|итого|в\s+общеи\s+сложности)"
    r"\s*,?\s*(?:[a-zа-я]+\s*,\s*)?(?:(?:that\s+is|that's|soit|c'est|это)\s+)?"
    rf"(?P<n>{CARDINAL})\s*[.!]?$"
)

# A ratification (or its bill) of texts signed at an earlier event: its counts are no total
_RATIFYING = re.compile(r"\bratif\w*|\bратифиц\w*|\bратификац\w*")


def _counts(folded: str, previous: str = "") -> list[tuple[int, bool]]:
    """Counts of one sentence; "cinq accords, quatre conventions et deux mémorandums" sums.
    `previous` is the sentence before it (folded), whose signed texts "other" may refer to."""
    out: list[tuple[int, bool]] = []
    last_end = None
    for m in _COUNT.finditer(folded):
        value = cardinal_value(m.group("n"))
        if value is None or value < 2 or value > 200 or _singular(folded, m):
            continue
        others = _OTHER.search(folded, m.end("n"), m.start("noun")) or (
            # "sign protocol and three documents", «подписали протокол и три соглашения»: the
            # texts named one by one just before the count are more of them, as "other" says
            last_end is None and _KIND_AND.search(folded, max(0, m.start() - 30), m.start())
        )
        if others:
            # "ont signé le procès-verbal, ainsi que deux autres textes": three texts
            named = _named_before(folded, m.start())
            if not named and previous and signs(previous):
                # "Ils ont signé le compte rendu. Ils ont ensuite assisté à la signature de
                # cinq autres textes": the texts signed in the sentence before
                named = _named_before(previous, len(previous))
            value += named
        gap = folded[last_end : m.start()] if last_end is not None else None
        if gap is not None and len(gap) < 40 and "." not in gap and _PART_OF.search(gap):
            last_end = m.end()
            continue  # "sept accords, dont deux accords de prêt": a part of the count told
        if (
            gap is not None
            and len(gap) < 40
            and re.search(r",|\bet\b|\band\b|\bи\b", gap)
            and "." not in gap
        ):
            out[-1] = (out[-1][0] + value, True)
        else:
            out.append((value, False))
        last_end = m.end()
    return out


# What introduces a part of the texts just counted, not more of them: "sept accords, dont deux
# accords de prêt", "six agreements, including two loan agreements", «шесть соглашений, в том
# числе два кредитных» (folded text)
_PART_OF = re.compile(
    r"\b(?:dont|notamment|parmi\s+(?:lesquel|eux|elles)\w*|including|among\s+(?:them|which|those)"
    r"|of\s+which|в\s+том\s+числе|из\s+них|включая|среди\s+которых)\b"
)
# "deux autres textes", "two other agreements", «два других документа»: a count beside texts
# the sentence named before it
_OTHER = re.compile(r"\b(?:autres|other|других|другие)\b")
# A text named by its kind, one each ("le procès-verbal", "an agreement on", «меморандум»)
_NAMED_TEXT = re.compile(
    r"\b(?:proces-verbal|compte[- ]rendu|accord|agreement|convention|protocole|protocol|memorandum|mou|traite"
    r"|treaty|соглашени[ея]|меморандум|протокол|договор)\b"
)


# A text named by its kind, then "and", right before a count (folded text)
_KIND_AND = re.compile(_NAMED_TEXT.pattern + r"\s+(?:and|et|и)\s+$")


def _named_before(folded: str, at: int) -> int:
    """How many texts the sentence names one by one after its signing verb, before `at`."""
    verbs = list(_SIGNING.finditer(folded, 0, at))
    start = verbs[-1].end() if verbs else 0
    return len(_NAMED_TEXT.findall(folded, start, at))


def title_total(title: str) -> int | None:
    """The count a headline states with its signing ("quatre accords signés à Nouakchott",
    "UAE and Ethiopia sign ten agreements"), for a text whose body only says "des accords"."""
    folded = fold(title)
    if not signs(folded) or status_of(title) == "planned":
        return None  # "to sign five agreements next week": not yet signed
    counts = _counts(folded)
    return counts[0][0] if len(counts) == 1 else None
