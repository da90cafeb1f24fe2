"""Date phrases in fr/en/ru text, found with patterns and parsed with month tables.

dateparser is slow on whole texts and misses ranges ("du 22 au 24 mars 2023"), so
phrases are found by one compiled regex and read with our own tables; a phrase that
names an impossible day ("31 février") gives no date rather than an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS: dict[str, int] = {}
for _number, _forms in enumerate(
    (
        "janvier january jan январь января январе",
        "février fevrier february feb февраль февраля феврале",
        "mars march март марта марте",
        "avril april apr апрель апреля апреле",
        "mai may май мая мае",
        "juin june jun июнь июня июне",
        "juillet july jul июль июля июле",
        "août aout august aug август августа августе",
        "septembre september sep сентябрь сентября сентябре",
        "octobre october oct октябрь октября октябре",
        "novembre november nov ноябрь ноября ноябре",
        "décembre decembre december dec декабрь декабря декабре",
    ),
    start=1,
):
    for _form in _forms.split():
        MONTHS[_form] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _forms in enumerate(
    (
        "lundi monday понедельник понедельника",
        "mardi tuesday вторник вторника",
        "mercredi wednesday среда среду среды",
        "jeudi thursday четверг четверга",
        "vendredi friday пятница пятницу пятницы",
        "samedi saturday суббота субботу субботы",
        "dimanche sunday воскресенье воскресенья",
    )
):
    for _form in _forms.split():
        WEEKDAYS[_form] = _number


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_M = rf"(?:{_alternation(MONTHS)})\.?"
_WD = rf"(?:{_alternation(WEEKDAYS)})"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:er|re|st|nd|rd|th|-?е|-?го)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_YEAR_TAIL = rf"(?:\s*,?\s*(?P<{{name}}>{_Y})(?:\s*(?:года|г\.|год))?)?"
_TO = r"\s*(?:au|-|–|—|et|to|and|through|по|-|и)(?:\s+le)?\s*"
_WD_OPT = rf"(?:{_WD},?\s+)?"

_PATTERNS = (
    # "du 22 au 24 mars 2023", "les jeudi 4 et vendredi 5 mars", "с 6 по 8 декабря 2022 года"
    # "les 10, 11 et 12 décembre", «10, 11 и 12 декабря»: the first and the last day
    rf"(?:du\s+|les\s+|from\s+|с\s+)?{_WD_OPT}(?P<d1>{_D})(?:\s*,\s*{_D})*{_TO}{_WD_OPT}(?P<d2>{_D})\s+"
    rf"(?P<m>{_M}){_YEAR_TAIL.format(name='y')}",
    # "du 28 février au 2 mars 2024", "с 30 июня по 2 июля"
    rf"(?:du\s+|from\s+|с\s+)?(?P<xd1>{_D})\s+(?P<xm1>{_M}){_TO}(?P<xd2>{_D})\s+(?P<xm2>{_M})"
    rf"{_YEAR_TAIL.format(name='xy')}",
    # "March 22-24, 2023"
    rf"(?P<em>{_M})\s+(?P<ed1>{_D})\s*(?:-|–|to|through)\s*(?P<ed2>{_D}){_YEAR_TAIL.format(name='ey')}",
    # "samedi 28 juin 2025", "23 июня 2025 года", "5 mars"
    rf"{_WD_OPT}(?P<sd>{_D})\s+(?P<sm>{_M}){_YEAR_TAIL.format(name='sy')}",
    # "June 23, 2025"
    # "Wednesday, June 10"
    rf"{_WD_OPT}(?P<am>{_M})\s+(?P<ad>{_D})(?:\s*,\s*(?P<ay>{_Y}))?(?!\d)",
    # "2025-06-28"
    r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)",
    # "31/12/2010", "16.12.2025"
    r"(?P<nd>[0-3]?\d)[/.](?P<nm>[01]?\d)[/.](?P<ny>(?:19|20)\d\d)",
    # "juin 2025", "в октябре 2019 года", "February 2014"
    rf"(?P<mm>{_M}),?\s+(?:de\s+|of\s+)?(?P<my>{_Y})(?:\s*года)?",  # "June, 2026"
    # a part of a year names its year: "au premier trimestre 2025", "in the first half of
    # 2025", "fin 2025", «в первом полугодии 2025 года», «запланировано на второе полугодие
    # 2026 года» (the accusative after «на»)
    # «во второй половине 2026 года», "dans la seconde moitié de 2026": a half by its noun
    r"(?:(?:au|à\s+la|dans\s+la|in\s+the|at\s+the|в|во|на)\s+)?"
    r"(?:(?:premier|premi[eè]re|second|seconde|deuxi[eè]me|troisi[eè]me|quatri[eè]me|dernier"
    r"|derni[eè]re|first|second|third|fourth|last|первом|втором|третьем|четв[её]ртом|первое"
    r"|второе|первый|второй|третий|четв[её]ртый|первой|первую|вторую)\s+"
    r"(?:trimestre|semestre|moiti[ée]|quarter|half|полугоди[ие]|квартале?|половин[аеуы])"
    r"|d[ée]but|fin|mi|courant|early|late|mid|end|beginning|начале|конце"
    # a season names its year too: «осенью 2023 года», "à l'automne 2026", "in spring 2026"
    r"|(?:l['’])?(?:automne|printemps|[ée]t[ée]|hiver)|autumn|(?<=the\s)fall|spring|summer"
    r"|winter|осенью|весной|летом|зимой"
    rf"|середине)(?:\s*-\s*|\s+)(?:de\s+l['’]ann[ée]e\s+|de\s+|d['’]|of\s+)?(?P<py>{_Y})"
    r"(?:\s*(?:году|года|г\.))?",
    # "signed in March", "signé en mars", «подписанного в марте»: a month with no day and
    # no year is the one nearest the page's own date; so is the month a thing is set for:
    # "scheduled for November", "prévue pour novembre", «запланировано на ноябрь»
    rf"(?:en|in|в|во|на|for|pour|au\s+mois\s+de|in\s+the\s+month\s+of)\s+(?P<om>{_M})"
    r"(?!\s*(?:,\s*|de\s+|of\s+)?\d)",
    # "l'année prochaine", "next year", «в следующем году»: the year after publication
    r"(?P<next>l['’]ann[ée]e\s+prochaine|l['’]an\s+prochain|next\s+year"
    r"|в\s+следующем\s+году|в\s+будущем\s+году)",
    # "le mois prochain", "next month", «в следующем месяце»: the month after publication;
    # "le mois dernier", "last month", «в прошлом месяце»: the month before
    r"(?P<nextm>(?:le|au)\s+mois\s+prochain|next\s+month|в\s+(?:следующем|будущем)\s+месяце)",
    r"(?P<lastm>le\s+mois\s+(?:dernier|pass[ée])|last\s+month|в\s+(?:прошлом|минувшем)\s+месяце)",
    # "en 2024", "в 2024 году", "remontant à 2004"
    # «запланировано на 2026 год», "prévue pour 2026"
    rf"(?:\b(?:en|in|à|depuis|since|pour|в|с|на)\s+)(?P<yy>{_Y})(?:\s*(?:году|года|год|г\.))?",
    # "closed yesterday", "s'est achevée hier", «завершилось вчера»: days before the page's
    r"(?P<rel>avant-hier|позавчера|hier|yesterday|вчера|aujourd['’]hui|today|сегодня)",
    # "jeudi et vendredi", "on Thursday", "from Monday to Wednesday", "du lundi au
    # mercredi", «с понедельника по среду»
    rf"(?:(?:from|du|с)\s+)?(?P<w1>{_WD})(?:\s+(?:et|and|и|to|through|au|по)\s+(?P<w2>{_WD}))?",
)
_DATE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + r")(?![\w])", re.IGNORECASE
)


@dataclass(frozen=True)
class DateSpan:
    """A date phrase of the text: its offsets and the ISO date(s) it names."""

    start: int
    end: int
    value: str  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    until: str | None = None  # the last day of a range
    # a month counted from the page's ("next month"): a meeting's, never a text's signing
    # still to come (a planned text is dated by the day the text itself names)
    relative: bool = False


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _anchor(published: str | None) -> date | None:
    if not published:
        return None
    parts = [int(p) for p in published.split("-")] + [1, 1]
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _ymd(year: str | None, month: int, day: int, anchor: date | None) -> date | None:
    """A calendar day; a missing year comes from the anchor (the page's own date)."""
    if year:
        try:
            return date(int(year), month, day)
        except ValueError:
            return None
    if anchor is None:
        return None
    try:
        found = date(anchor.year, month, day)
    except ValueError:
        return None
    if found - anchor > timedelta(days=92):  # "le 28 décembre" read in January
        try:
            found = date(anchor.year - 1, month, day)
        except ValueError:
            return None
    return found


def _last_weekday(weekday: int, anchor: date) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _read(
    m: re.Match, anchor: date | None, day_known: bool, month_known: bool = False
) -> tuple[str, str | None] | None:
    """The ISO date(s) of one phrase; a weekday alone needs the page's own day
    (`day_known`): "on Wednesday" read against a month alone would be a guess; "next
    month" needs the page's month."""
    g = m.groupdict()
    if g["d1"]:
        month = _month(g["m"])
        first = _ymd(g["y"], month, _day(g["d1"]), anchor)
        last = _ymd(g["y"], month, _day(g["d2"]), anchor)
        return _range(first, last)
    if g["xd1"]:
        first = _ymd(g["xy"], _month(g["xm1"]), _day(g["xd1"]), anchor)
        last = _ymd(g["xy"], _month(g["xm2"]), _day(g["xd2"]), anchor)
        return _range(first, last)
    if g["em"]:
        month = _month(g["em"])
        first = _ymd(g["ey"], month, _day(g["ed1"]), anchor)
        last = _ymd(g["ey"], month, _day(g["ed2"]), anchor)
        return _range(first, last)
    if g["sd"]:
        return _single(_ymd(g["sy"], _month(g["sm"]), _day(g["sd"]), anchor))
    if g["am"]:
        return _single(_ymd(g["ay"], _month(g["am"]), _day(g["ad"]), anchor))
    if g["nd"] or g["iy"]:
        year, month, day = (g["ny"], g["nm"], g["nd"]) if g["nd"] else (g["iy"], g["im"], g["id"])
        try:
            return _single(date(int(year), int(month), int(day)))
        except ValueError:
            return None
    if g["mm"]:
        return f"{int(g['my']):04d}-{_month(g['mm']):02d}", None
    if g["om"]:
        return (_nearest_month(_month(g["om"]), anchor), None) if anchor else None
    if g["yy"] or g["py"]:
        return g["yy"] or g["py"], None
    if g["next"]:
        return (str(anchor.year + 1), None) if anchor else None
    if (g["nextm"] or g["lastm"]) and anchor and month_known:
        months = anchor.year * 12 + anchor.month - 1 + (1 if g["nextm"] else -1)
        return f"{months // 12:04d}-{months % 12 + 1:02d}", None
    if g["rel"] and day_known:
        back = {"avant-hier": 2, "позавчера": 2, "hier": 1, "yesterday": 1, "вчера": 1}
        return (anchor - timedelta(days=back.get(g["rel"].lower(), 0))).isoformat(), None
    if g["w1"] and day_known:
        first = _last_weekday(WEEKDAYS[g["w1"].lower()], anchor)
        if not g["w2"]:
            return first.isoformat(), None
        last = _last_weekday(WEEKDAYS[g["w2"].lower()], anchor)
        if last < first:
            first -= timedelta(days=7)
        return first.isoformat(), last.isoformat()
    return None


def _nearest_month(month: int, anchor: date) -> str:
    """ "In March" read in June is this year's March, read in January last year's: the
    month's occurrence nearest the anchor (the earlier one when both are as near)."""
    year = min(
        (anchor.year - 1, anchor.year, anchor.year + 1),
        key=lambda y: (abs((y - anchor.year) * 12 + month - anchor.month), y),
    )
    return f"{year:04d}-{month:02d}"


def _single(day: date | None) -> tuple[str, None] | None:
    return (day.isoformat(), None) if day else None


def _range(first: date | None, last: date | None) -> tuple[str, str] | None:
    if first is None or last is None or last < first:
        return None
    return first.isoformat(), last.isoformat()


def find_dates(text: str, published: str | None = None) -> list[DateSpan]:
    """Every date phrase of `text`, in order; `published` dates phrases without a year."""
    return list(_find_dates(text or "", published))


@lru_cache(maxsize=1024)
def _find_dates(text: str, published: str | None) -> tuple[DateSpan, ...]:
    """Cached: the later stages ask again about the sentences of one document."""
    anchor = _anchor(published)
    found = []
    for m in _DATE_RE.finditer(text):
        known = len(published or "")
        read = _read(m, anchor, anchor is not None and known >= 10, known >= 7)
        if read:
            relative = bool(m.group("nextm") or m.group("lastm"))
            found.append(DateSpan(m.start(), m.end(), read[0], read[1], relative))
    return tuple(found)


def parse(phrase: str, published: str | None = None) -> str | None:
    """The ISO date of one phrase ("28 juin 2025" -> "2025-06-28"), or None."""
    spans = find_dates(phrase, published)
    return spans[0].value if spans else None
