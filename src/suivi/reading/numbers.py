"""Cardinal and ordinal numbers in fr/en/ru, as words, digits or Roman numerals.

"six accords", "eleven agreements", «три соглашения» give counts; "13e session",
"treizième", "XIIIe", «восьмое заседание» give session numbers. Words are matched on
folded text (see `sectors.fold`).
"""

from __future__ import annotations

import re

from suivi.reading.sectors import fold

_CARDINAL_WORDS = (
    "deux two два две двух",
    "trois three три трех",
    "quatre four четыре четырех",
    "cinq five пять пяти",
    "six шесть шести",
    "sept seven семь семи",
    "huit eight восемь восьми",
    "neuf nine девять девяти",
    "dix ten десять десяти",
    "onze eleven одиннадцать одиннадцати",
    "douze twelve двенадцать двенадцати",
    "treize thirteen тринадцать тринадцати",
    "quatorze fourteen четырнадцать четырнадцати",
    "quinze fifteen пятнадцать пятнадцати",
    "seize sixteen шестнадцать шестнадцати",
    "dix-sept seventeen семнадцать семнадцати",
    "dix-huit eighteen восемнадцать восемнадцати",
    "dix-neuf nineteen девятнадцать девятнадцати",
    "vingt twenty двадцать двадцати",
)
CARDINALS = {fold(w): n for n, ws in enumerate(_CARDINAL_WORDS, start=2) for w in ws.split()}

_ORDINAL_WORDS = (
    "premier premiere first перв",
    "deuxieme second seconde втор",
    "troisieme third трет",
    "quatrieme fourth четверт",
    "cinquieme fifth пят",
    "sixieme sixth шест",
    "septieme seventh седьм",
    "huitieme eighth восьм",
    "neuvieme ninth девят",
    "dixieme tenth десят",
    "onzieme eleventh одиннадцат",
    "douzieme twelfth двенадцат",
    "treizieme thirteenth тринадцат",
    "quatorzieme fourteenth четырнадцат",
    "quinzieme fifteenth пятнадцат",
    "seizieme sixteenth шестнадцат",
    "dix-septieme seventeenth семнадцат",
    "dix-huitieme eighteenth восемнадцат",
    "dix-neuvieme nineteenth девятнадцат",
    "vingtieme twentieth двадцат",
)
ORDINALS = {w: n for n, ws in enumerate(_ORDINAL_WORDS, start=1) for w in ws.split()}
# Tens beyond twenty: as ordinals ("trentieme", "thirtieth", «тридцатое») and as the first
# word of a compound ("trente et unieme", "twenty-third", «двадцать пятое»).
_TENS_ORDINAL_WORDS = {
    30: "trentieme thirtieth тридцат",
    40: "quarantieme fortieth сороков",
    50: "cinquantieme fiftieth пятидесят",
    60: "soixantieme sixtieth шестидесят",
    # French counts 70 and 80 from sixty and four twenties ("soixante-dixième",
    # "quatre-vingtième"); English and Russian have words of their own
    70: "soixante-dixieme seventieth семидесят",
    80: "quatre-vingtieme eightieth восьмидесят",
    90: "quatre-vingt-dixieme ninetieth девяност",
}
ORDINALS |= {w: n for n, ws in _TENS_ORDINAL_WORDS.items() for w in ws.split()}
_TENS = {
    w: n
    for n, ws in {
        20: "vingt twenty двадцать",
        30: "trente thirty тридцать",
        40: "quarante forty сорок",
        50: "cinquante fifty пятьдесят",
        60: "soixante sixty шестьдесят",
        70: "seventy семьдесят",
        80: "quatre-vingt eighty восемьдесят",
        90: "ninety девяносто",
    }.items()
    for w in ws.split()
}
# the units of a compound: "vingt et unieme" (not "premier"), "twenty-first", «двадцать первое»
_UNIT_ORDINALS = {w: n for w, n in ORDINALS.items() if n < 10} | {"unieme": 1}
# between the tens and the unit; French writes "et" with hyphens too ("vingt-et-unième", the
# reformed spelling of 1990)
_JOIN = r"(?:\s+et\s+|-et-|\s+and\s+|-|\s+)"
_RUSSIAN_STEM = re.compile(r"[а-я]")


def _word_alternation(words, stems: bool = False) -> str:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        # Russian ordinals are stems that take any ending: «восьмое», «восьмой»; «трет» takes
        # four letters in its oblique cases («третьего», «третьему», «третьими»)
        parts.append(re.escape(w) + (r"[а-я]{1,4}" if stems and _RUSSIAN_STEM.match(w) else ""))
    return "|".join(parts)


# a count beyond twenty: "vingt-trois accords", "twenty-three agreements", «двадцать три
# соглашения», "thirty agreements" (a unit must end its word: "vingt-deuxième" is no count)
_UNITS = {w: n for w, n in CARDINALS.items() if n < 10} | dict.fromkeys(
    ("un", "une", "one", "один", "одно", "одна"), 1
)
_TENS_ALTERNATION = "|".join(sorted(_TENS, key=len, reverse=True))
_CARDINAL_PARTS = re.compile(
    rf"({_TENS_ALTERNATION})(?:\s+et\s+|-et-|-|\s+)({_word_alternation(_UNITS)})(?!\w)"
)
CARDINAL = (
    rf"(?:\d{{1,3}}|{_CARDINAL_PARTS.pattern}|{_word_alternation(CARDINALS.keys() | _TENS.keys())})"
)
# French 71-79 and 91-99 put a teen after sixty or four twenties: "soixante et onzième",
# "quatre-vingt-quinzième"
_FRENCH_SCORES = {"soixante", "quatre-vingt"}
_TEEN_ORDINALS = {w: n for w, n in ORDINALS.items() if 10 <= n < 20 and not _RUSSIAN_STEM.match(w)}
_COMPOUND = (
    rf"(?:(?:soixante|quatre-vingt){_JOIN}(?:{_word_alternation(_TEEN_ORDINALS)})"
    rf"|(?:{'|'.join(sorted(_TENS, key=len, reverse=True))}){_JOIN}"
    rf"(?:{_word_alternation(_UNIT_ORDINALS, stems=True)}))"
)
ORDINAL = (
    rf"(?:{_COMPOUND}|\d{{1,3}}\s?(?:er|ere|re|eme|e|th|st|nd|rd|-?(?:го|ое|ая|ом|ои|му|[еямиу]))"
    rf"|[ivxl]+\s?(?:e|er|eme|e)|{_word_alternation(ORDINALS, stems=True)})"
)
_COMPOUND_PARTS = re.compile(rf"({'|'.join(sorted(_TENS, key=len, reverse=True))}){_JOIN}(\S+)")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
# Russian stems nest («пят» in «пятнадцат» and «пятидесят»): try the longest first
_STEMS_LONGEST_FIRST = sorted(ORDINALS, key=len, reverse=True)


def cardinal_value(word: str) -> int | None:
    """The value of a folded cardinal ("onze" -> 11, "24" -> 24)."""
    if word.isdigit():
        return int(word)
    compound = _CARDINAL_PARTS.fullmatch(word)
    if compound:
        return _TENS[compound.group(1)] + _UNITS[compound.group(2)]
    return CARDINALS.get(word) or _TENS.get(word)


def ordinal_value(word: str) -> int | None:
    """The value of a folded ordinal ("13e", "xiiie", "treizieme", "восьмое")."""
    compound = _COMPOUND_PARTS.fullmatch(word)
    if compound:
        unit = ordinal_value(compound.group(2))
        if unit is not None and (unit < 10 or (unit < 20 and compound.group(1) in _FRENCH_SCORES)):
            return _TENS[compound.group(1)] + unit
    word = word.replace(" ", "")
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    # "xiiie", "iiieme", a bare "vii"; not the "vi" of "vingtieme"
    roman = re.fullmatch(r"([ivxl]+)(?:e|er|ere|eme)?", word)
    if roman:
        return _roman(roman.group(1))
    if word == "unieme":
        return 1
    # the longest stem that begins the word: «шестнадцатое» is 16, not the 6 of «шест»
    for stem in _STEMS_LONGEST_FIRST:
        if word == stem or (_RUSSIAN_STEM.match(stem) and word.startswith(stem)):
            return ORDINALS[stem]
    return None


def _roman(numeral: str) -> int:
    total = 0
    for char, following in zip(numeral, [*numeral[1:], ""], strict=True):
        value = _ROMAN[char]
        total += -value if following and _ROMAN[following] > value else value
    return total
