"""The people a document names, by full name, with the role and party the text gives.

Candidates come from NER (spaCy for French, natasha for Russian) and, for every
language, from titles ("le président X", "Minister X", "министр X"). Titles and
demonyms are cut off, short forms ("M. Sellal", «Лаврова») are merged into the
full name, and Russian names are put in the nominative.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from suivi.reading import (
    confidence,
    english_names,
    gazetteer,
    known_people,
    people_roles,
    people_visits,
    places,
)
from suivi.reading.context import Context, Mention
from suivi.reading.known_people import fold as _fold
from suivi.reading.model import Person
from suivi.reading.segments import matches_from

_PARTICLES = {
    "de", "da", "du", "des", "el", "al", "ben", "bin", "bint", "ould", "ag", "mint", "van",
    "von", "der", "den", "la", "le", "d", "n", "ibn", "abu", "dit", "и", "e", "y", "dos",
}  # fmt: skip
# Where a name candidate stops: a sentence's end (not an initial's stop nor a short given
# name's, "Ma. Theresa"), a line, a "'s".
_CANDIDATE_END = re.compile(
    r"(?<!\b[A-ZÀ-ÝА-ЯЁ])"
    + "".join(rf"(?<!\b{word})" for word in people_roles.GIVEN_ABBREVIATIONS)
    + r"[.;:!?]\s|\n|['’]s\b"
)


@dataclass(frozen=True)
class PersonMention:
    """Where the text names a person, and the full name it stands for."""

    start: int
    end: int
    name: str


def _acronym(token: str) -> bool:
    """A state's or a ministry's acronym before a name (ЮАР, МИД), not an initial ("K.")."""
    return 2 <= len(token) <= 5 and token.isalpha() and token.isupper()


def _initials(token: str) -> bool:
    """Two Latin capitals that open a South Asian name ("KP Sharma Oli", "MK Stalin"), not a
    party's acronym the gazetteer knows ("UK", "EU", "AU")."""
    if len(token) != 2 or not token.isascii() or token in people_roles.ROLE_INITIALS:
        return False
    key = (gazetteer.word_key(token),)
    return all(gazetteer.index(lang).get(key) is None for lang in ("en", "fr"))


# A Russian ministry's short name before its head's («глава Минсельхоза Дмитрий Патрушев»)
_MINISTRY = re.compile(
    r"Мин(?:сельхоз|фин|энерго|обороны|транс|здрав|юст|экономразвития"
    r"|промторг|обрнауки|природы|цифры|труд|спорт|культуры|строй|вос?токразвития)\w*$"
)


def strip_titles(name: str) -> str:
    """Drop leading titles, ranks and demonyms: "le Général Assimi Goïta" -> "Assimi Goïta"."""
    tokens = name.split()
    while (
        len(tokens) > 2
        and people_roles.russian_common_word(tokens[0])
        and not people_roles.given_name_in_same_case(tokens[0], tokens[1])
    ):
        tokens.pop(0)  # «спецпредставитель по Ближнему Востоку Михаил Богданов»
    while (
        tokens
        and not _cheikh_given_name(tokens)
        and not _given_before_lineage(tokens)
        and (
            _fold(tokens[0]).strip(".,") in people_roles.TITLE_WORDS
            or tokens[0][:1].islower()
            or people_roles.is_demonym(tokens[0])
            or (_acronym(tokens[0]) and len(tokens) > 2 and not _initials(tokens[0]))
            or (tokens[0] in people_roles.ROLE_INITIALS and len(tokens) > 2)
            or (_MINISTRY.match(tokens[0]) and len(tokens) > 2)
            or (_MIXED_ACRONYM.fullmatch(tokens[0]) and len(tokens) > 2)
            or _honorific(tokens)
            # a portfolio before its head's title: "Agriculture Secretary X", "Trade Minister X"
            or (
                len(tokens) > 3
                and _fold(tokens[0]) in people_roles.PORTFOLIO_WORDS
                and _fold(tokens[1]).strip(".,") in people_roles.TITLE_WORDS
            )
        )
    ):
        if _honorific_pair(tokens):
            tokens.pop(0)
        tokens.pop(0)
    while tokens and (
        not people_roles.name_word(tokens[-1])
        or _fold(tokens[-1]) in _PARTICLES
        or _fold(tokens[-1]).strip(",.") in _WEEKDAYS  # "Minister X Y Tuesday signed"
        or tokens[-1].strip(",.") in people_roles.POST_NOMINALS
    ):
        tokens.pop()
    return " ".join(tokens).strip(" ,.;:'’\"«»“”")


# An organisation's acronym in mixed case before a name ("AfCFTA", "AfDB"): three capitals
# at least and a small letter (a name in capitals, "KWAME", is no acronym).
_MIXED_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){3})(?=.*[a-z])[A-Z][A-Za-z]{2,7}")


def _honorific_pair(tokens: list[str]) -> bool:
    """ "Tan Sri", "Datuk Seri", "Dato' Sri": an honorific of two words before a name."""
    folded = tuple(_fold(t).strip(".,") for t in tokens[:2])
    return len(tokens) > 2 and folded in people_roles.HONORIFIC_PAIRS


def _honorific(tokens: list[str]) -> bool:
    """An honorific before a name ("Dasho", "Alhaji", "Ratu", "Datuk"), not a name's last word."""
    # "Dasho Karma" (the NER's span of "Dasho Karma Tshering Wangdi"): no name of its own
    return len(tokens) > 1 and (
        _fold(tokens[0]).strip(".,") in people_roles.HONORIFICS or _honorific_pair(tokens)
    )


def _given_before_lineage(tokens: list[str]) -> bool:
    """ "Sultan bin Saad Al-Muraikhi", "Sultan Al-Marshad": a title word followed by a lineage,
    or "Sultan" by a family name of "Al", is a given name ("Sultan Haitham bin Tarik" is Oman's
    ruler: a title); so in Russian («Султан бин Саад», «Султан аль-Маршад»)."""
    if len(tokens) < 2:
        return False
    lineage = ("bin", "ibn", "bint", "ben", "ould", "бин", "ибн", "бинт", "бен")
    if len(tokens) > 2 and _fold(tokens[1]) in lineage:
        return True
    return _fold(tokens[0]) in ("sultan", "султан") and bool(
        re.match(r"(?i:al|el|аль|эль|ал|эл)(?:-\w|$)", tokens[1])
    )


def _cheikh_given_name(tokens: list[str]) -> bool:
    """ "Cheikh Diba", "Cheikh Tidiane Dièye": in West Africa «Cheikh» is a given name; it is
    a title before an Arab prince's full name, told by its lineage ("Cheikh Tamim ben Hamad
    Al Thani", "Cheikh Sabah Al-Khaled Al-Sabah")."""
    if tokens[0] != "Cheikh" or len(tokens) < 2 or not tokens[1][:1].isupper():
        return False
    if any(_LINEAGE.match(t) for t in tokens[1:]):
        return False
    # "Cheikh Tamim": a title before a man's given name, not before a surname ("Cheikh Niang")
    return len(tokens) > 2 or tokens[1].lower() not in english_names.male_names()


_LINEAGE = re.compile(
    r"(?:ben|bin|ibn|bint|Al|al|El|el|бин|ибн|бен|бинт|Аль|аль|Эль|эль)$"
    r"|(?:Al|al|El|el|Аль|аль|Эль|эль)-"
)


# A rank written in figures or capitals ("XVe", "IIIe", "15e", "3rd"), never a name's word; a
# single "L" with its "e" is the Vietnamese name "Le"
_WRITTEN_ORDINAL = re.compile(r"(?:\d+|[IVXL]{2,}|[IVX])(?:e|er|re|ème|eme|th|st|nd|rd)")


def is_name(name: str) -> bool:
    """Whether a cleaned candidate looks like a person's name rather than an institution.
    Five words at most, but a Gulf lineage counts generations, not words ("Mohammed bin
    Abdulrahman bin Jassim Al Thani")."""
    tokens = _words(name)
    lineage = sum(1 for t in tokens if _LINEAGE.match(t))
    if not 2 <= len(tokens) - max(0, lineage - 1) <= 5:
        return False
    if any(_fold(t).strip(".") in people_roles.NOT_NAME_WORDS or "/" in t for t in tokens):
        return False  # "Thomas Mukoya/Reuters": a photo credit
    if any(_WRITTEN_ORDINAL.fullmatch(t) for t in tokens):
        return False  # "le XVe Cabinet binational", "the 3rd Summit": a meeting's rank
    capitals = [t for t in tokens if _fold(t) not in _PARTICLES | people_roles.PARTICLES_RU]
    if not all(people_roles.name_word(t) for t in capitals) or len(capitals) < 2:
        return False
    if _office_of_initials(tokens):
        return False
    return not (len(name) > 3 and name.isupper() and len(tokens) > 3)


def _office_of_initials(tokens: list[str]) -> bool:
    """ "PCG Commandant", "NCCA Chairperson", "DTI Undersecretary": an office after its
    organisation's initials, as a table of signatories names them, is no one's name."""
    return (
        len(tokens) == 2
        and _acronym(tokens[0])
        and not _initials(tokens[0])
        and _fold(tokens[1]) in people_roles.TITLE_WORDS
    )


_INITIALS = re.compile(r"(?:\w\.-?)+")
# Between initials and the surname glued to them, as Russian official prose prints them
_GLUED_INITIALS = re.compile(r"(?<=\b[A-ZÀ-ÝА-ЯЁ]\.)(?=[A-ZÀ-ÝА-ЯЁ][a-zà-ÿа-яё'’-]{2})")


def _words(name: str) -> list[str]:
    """The words of a name, initials glued to the surname apart («А.В.Клименко»)."""
    return _GLUED_INITIALS.sub(" ", name).split()


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _token_equal(a: str, b: str, inflected: bool) -> bool:
    """Whether two folded name tokens are the same word (in Russian, up to a case ending);
    initials stand for the given names they start («С.В.» for «Сергей», "J.-C." for "Jean-Claude")."""
    if a == b:
        return True
    if _INITIALS.fullmatch(a) and not _INITIALS.fullmatch(b):
        return a[0] == b[0]
    if not inflected or min(len(a), len(b)) < 3:
        return False
    stem = max(3, min(len(a), len(b)) - 2)
    return a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 2


@lru_cache(maxsize=16_384)
def _family_first(full: str) -> str | None:
    """The family name of a name written family name first ("Mochizuki Hisanobu", "Xi
    Jinping", "To Lam"): a first word that is no given name of gender-guesser's dictionary."""
    words = full.split()
    if len(words) != 2 or not words[0][:1].isupper() or "-" in words[0]:
        return None
    # a Korean given name is two syllables joined by a hyphen, the second in lower case
    # ("Lee Jae-myung", "Park Geun-hye"): the word before it is the family name, though
    # English has it as a given name too ("Lee", "Kim")
    if re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
        return words[0]
    return None if words[0].lower() in english_names.first_names() else words[0]


# A generation's mark after the surname ("Ferdinand Marcos Jr.", "Martin Luther King Sr.",
# "Henry Ford II"): the name, not the surname the text later writes alone ("Marcos said").
_GENERATION = frozenset({"jr", "sr", "junior", "ii", "iii", "iv"})


def _surname(name: str) -> str:
    """The last word of a name that is no generation's mark."""
    words = name.split()
    while len(words) > 1 and _fold(words[-1]).strip(".") in _GENERATION:
        words.pop()
    return words[-1]


# A Russian patronymic («Таалайбекович», «Сергеевна», «Ильич»): a given name and a patronymic
# alone («Бакыт Таалайбекович, с чем вы вернулись?») is how one addresses a person named in full
# elsewhere, not another person.
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ич|овн|евн|ичн|инич)(?:а|у|ем|ом|е|ы|ой)?$")


@lru_cache(maxsize=16_384)
def _folded_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, kept: a name is compared with every other of its text."""
    return tuple(_fold(" ".join(_words(name))).split())


@lru_cache(maxsize=16_384)
def _addressed(name: str) -> bool:
    """Whether a name is a given name and a patronymic, with no surname («Бакыт Таалайбекович»)."""
    words = _folded_words(name)
    return len(words) == 2 and bool(_PATRONYMIC.search(words[1])) and len(words[1]) > 5


@lru_cache(maxsize=65_536)
def _same_person(short: str, full: str, inflected: bool = False) -> bool:
    """Whether `short` ("Goïta", "Assimi Goïta", «Лаврова») names the person `full` names
    (kept per pair: `_merge` and `extract` ask it of each candidate against each name)."""
    s, f = _folded_words(short), _folded_words(full)
    if _addressed(short) and not _addressed(full) and s[1] not in f:
        return _token_equal(s[0], f[0], inflected)  # «Бакыт Таалайбекович» of «Бакыт Сыдыков»
    if len(f) > 2 and f[-1].strip(".") in _GENERATION and s and s[-1] != f[-1]:
        f = f[:-1]  # "Marcos" and "Ferdinand Marcos" of "Ferdinand Marcos Jr"
    if not s or len(s) > len(f):
        return False
    if len(s) == 1 < len(f) and not inflected and s[0] == f[0] and _family_first(full):
        return True
    known_as = _before_particle(full)
    if len(s) == 1 < len(f) and not inflected and known_as and s[0] == _fold(known_as):
        return True  # "Lula" of "Luiz Inácio Lula da Silva"
    paternal = _paternal(full)
    if len(s) == 1 < len(f) and not inflected and paternal and s[0] == _fold(paternal):
        return True  # "Ebrard" of "Marcelo Ebrard Casaubón"
    if len(s) == 2 < len(f) and s[1] == f[-1] and s[0] == "".join(w[0] for w in f[:-1]):
        return True  # "ED Mnangagwa" of "Emmerson Dambudzo Mnangagwa"
    two = len(s) == 2 < len(f) and _token_equal(s[0], f[0], inflected)
    if two and _token_equal(s[1], f[-1], inflected):  # "Olivia Rouamba"
        return True
    if (
        2 <= len(s) < len(f)
        and all(  # "Teodoro Obiang Nguema" of "... Nguema Mbasogo"
            _token_equal(a, b, inflected) for a, b in zip(s, f[: len(s)], strict=False)
        )
    ):
        return True
    return all(_token_equal(a, b, inflected) for a, b in zip(s, f[-len(s) :], strict=True))


@dataclass
class _Candidate:
    start: int
    end: int
    name: str
    nominative: bool = True  # the text writes it as is (not an oblique case of a Russian name)
    source: str = "surname"  # "ner", "title", "grammar" (English names), "table", "surname"
    surface: str = ""  # as the text writes it, where `name` was put in the nominative
    case: str | None = None  # the Russian case a word near it told, if any
    whole: bool = False  # one word that is a whole name ("H.E. Sugiono, Minister of …")


# The endings a Russian sentence puts on a name that ends in a consonant («Токаев» ->
# «Токаева», «Хлайн» -> «Хлайна», «Бадр» -> «Бадром»).
_CASE_ENDINGS = ("а", "у", "ом", "ем", "ым", "е")


def _inflected_of(name: str, base: str) -> bool:
    """Whether `name` is `base` with case endings on words of `base` that end in a
    consonant («Касым-Жомарта Токаева» of «Касым-Жомарт Токаев»), the other words alike."""
    words, bases = name.split(), base.split()
    if len(words) != len(bases) or name == base:
        return False
    for word, stem in zip(words, bases, strict=True):
        parts, stems = word.split("-"), stem.split("-")
        if len(parts) != len(stems):
            return False
        for part, root in zip(parts, stems, strict=True):
            if part == root:
                continue
            if not (re.search(r"[бвгджзклмнпрстфхцчшщй]$", root) and part.startswith(root)):
                return False
            if part[len(root) :] not in _CASE_ENDINGS:
                return False
    return True


def _canonical(group: list[_Candidate]) -> str:
    """The name of a person as the text writes it most often in full and in the nominative."""
    group = [c for c in group if not _addressed(c.name)] or group
    longest = max(len(c.name.split()) for c in group)
    full = [c for c in group if len(c.name.split()) == longest]
    full = [c for c in full if "." not in c.name] or full  # a given name, not «С.В.»
    # «Касым-Жомарта Токаева» beside «Касым-Жомарт Токаев», where no word told the case of
    # either: the form with endings on the other is the oblique one, however often it comes.
    # Only where the text writes the shorter form, or writes the longer one where a word
    # told an oblique case («председателя … Мин Аун Хлайна»): «Абдулла Арипов» is no case of
    # a «Абдулл Арипов» that no sentence writes.
    # A name of the office-holders' table is a nominative whatever a word near it told.
    written = {c.name for c in group if c.surface == c.name or c.source == "table"}
    known = {c.name for c in group if c.source == "table"}
    told_nominative = {c.surface for c in group if c.case == "nomn"}
    oblique = {c.surface for c in group if c.surface != c.name} - known - told_nominative
    names = {c.name for c in full}
    full = [
        c
        for c in full
        if not any(_inflected_of(c.name, n) and (n in written or c.name in oblique) for n in names)
    ] or full
    preferred = [c for c in full if c.nominative] or full
    names = [c.name for c in preferred]
    best = max(names, key=names.count)
    if not any(c.nominative for c in full):
        # «министра … К. Д. Лал Кантхи», then «Министр Лал Кантха»: the full name known in an
        # oblique case only takes its last words' ending from the shorter form written as is
        for c in group:
            if c.nominative and c.case in (None, "nomn") and c.name != best:
                best = _with_written_tail(best, c.name)
    return best


def _with_written_tail(full: str, short: str) -> str:
    """`full` with its last words as `short` writes them, where `short` is those words with
    other endings («Лал Кантхи» and «Лал Кантха»: one letter or two)."""
    words, tail = full.split(), short.split()
    if not 1 < len(tail) < len(words):
        return full
    for word, written in zip(words[-len(tail) :], tail, strict=True):
        if word == written:
            continue
        stem = next(
            (k for k, (a, b) in enumerate(zip(word, written, strict=False)) if a != b),
            min(len(word), len(written)),
        )
        if stem < 3 or len(word) - stem > 2 or len(written) - stem > 2:
            return full
    return " ".join([*words[: -len(tail)], *tail])


def _merge(candidates: list[_Candidate], inflected: bool) -> tuple[list[str], list[PersonMention]]:
    """Full names in order of first mention, and each unambiguous mention mapped to one."""
    # a name comes back many times and is compared with every group: each pair once
    same = cache(lambda short, full: _same_person(short, full, inflected))
    groups: list[list[_Candidate]] = []
    # a full name opens its group before the given name and patronymic that address it
    for cand in sorted(
        candidates, key=lambda c: (-len(_words(c.name)), _addressed(c.name), c.start)
    ):
        if len(_words(cand.name)) < 2 and not cand.whole:
            continue
        group = next((g for g in groups if same(cand.name, g[0].name)), None)
        if group is None:
            groups.append([cand])
        else:
            group.append(cand)
    full_names = [_canonical(g) for g in groups]
    mentions = []
    for cand in candidates:
        owners = [n for n, g in zip(full_names, groups, strict=True) if same(cand.name, g[0].name)]
        if len(owners) == 1:
            mentions.append(PersonMention(cand.start, cand.end, owners[0]))
    mentions = _drop_nested(sorted(mentions, key=lambda m: (m.start, -m.end)))
    first_seen: dict[str, int] = {}
    for mention in mentions:
        first_seen.setdefault(mention.name, mention.start)
    return sorted(first_seen, key=first_seen.__getitem__), mentions


def _drop_nested(mentions: list[PersonMention]) -> list[PersonMention]:
    """One mention per stretch of text: a surname inside a full name is the same mention."""
    kept: list[PersonMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


# A Portuguese name's particle between two family names ("Luiz Inácio Lula da Silva").
_PORTUGUESE_PARTICLES = frozenset({"da", "das", "de", "do", "dos"})


@lru_cache(maxsize=16_384)
def _before_particle(full: str) -> str | None:
    """The family name (or the name he goes by) a text writes alone of a Portuguese name of
    two given names, a family name, a particle and a family name: "Lula" of "Luiz Inácio Lula
    da Silva". With one given name ("José Eduardo dos Santos") the word is a given name."""
    words = full.split()
    at = next((i for i, w in enumerate(words) if w in _PORTUGUESE_PARTICLES), None)
    if at is None or at < 3 or at == len(words) - 1 or not words[at - 1][:1].isupper():
        return None
    return words[at - 1]


@lru_cache(maxsize=16_384)
def _paternal(full: str) -> str | None:
    """The family name a text writes alone of a Spanish name of a given name and two family
    names, the father's then the mother's: "Ebrard" of "Marcelo Ebrard Casaubón" ("Secretary
    Ebrard said"). A middle word that is a given name too ("Bola Ahmed Tinubu") is none."""
    words = full.split()
    if len(words) != 3 or not all(w[:1].isupper() for w in words):
        return None
    given = english_names.first_names()
    first, middle = _fold(words[0]), _fold(words[1])
    if first not in given or middle in given or "-" in words[1] or len(middle) < 3:
        return None
    return words[1]


def _surname_mentions(text: str, names: list[str], lang: str) -> list[_Candidate]:
    """Later mentions by surname alone ("Goïta", «Лаврова»), found by string search."""
    found = []
    for name in names:
        known_as = _before_particle(name) if lang != "ru" else None
        if known_as:
            found += [_Candidate(m.start(), m.end(), known_as) for m in _whole_word(known_as, text)]
        paternal = _paternal(name) if lang != "ru" else None
        if paternal:
            found += [_Candidate(m.start(), m.end(), paternal) for m in _whole_word(paternal, text)]
        family = _family_first(name) if lang != "ru" else None
        if family:
            found += [_Candidate(m.start(), m.end(), family) for m in _whole_word(family, text)]
        surname = _surname(name)
        stem = surname[: max(3, len(surname) - 2)] if lang == "ru" else surname
        tail = r"\w{0,3}" if lang == "ru" else ""
        for m in re.finditer(rf"(?<!\w){re.escape(stem)}{tail}(?!\w)", text):
            found.append(_Candidate(m.start(), m.end(), m.group()))
    return found


# A preposition of place just before a name says a place ("in Abu Dhabi", «в Эр-Рияде»,
# "dans la ville de Sakiet Sidi Youssef"); NER models take some foreign places for people.
# English writes no article before a person's name: "the Santa Rosa crossing" is a thing.
_PLACE_BEFORE = {
    "en": re.compile(
        r"\b(?:in|near|at|the|(?:town|city|village|province|region|district|county) of)\s+$", re.I
    ),
    # French writes no article before a person's name either: "les zones du Hodh El Gharbi",
    # "au Haut Atlas" are places ("du", "au", "aux" are "de le", "à le", "à les")
    "fr": re.compile(
        r"\b(?:dans|près de|du|au|aux|(?:ville|localité|village|province|région) d[e'’]"
        # a site named after what is there: "le gisement de fer de Gara Djebilet", "la mine
        # d'or de Sadiola", "le barrage de Kandadji", "la wilaya de Tindouf"
        r"|(?:gisements?|mines?|barrages?|wilayas?|oasis|vallée|champs? pétroliers?"
        r"|champs? gaziers?)(?:\s+(?:de|d['’]|du)\s*[a-zà-ÿ-]+)?\s+d[e'’])\s*$"
    ),
    "ru": re.compile(
        r"(?<!\w)(?:в|во|под|близ|около|городе|провинции|регионе|месторождени[еяю]|рудник[аеу]?)\s+$"
    ),
}

# Maghreb and Arab place names open on a word no person's name opens on: "Aïn Témouchent",
# "Hassi Messaoud", "Bordj Badji Mokhtar", "Ras Jedir", "Oued Zem", "Tizi Ouzou"; "Sidi"
# opens persons' names too ("Sidi Ould Tah"), so a "Sidi …" is a place only after "à"
# ("formés à Sidi Bel Abbès", "au port de ... à Sidi Kerir"), where NER models cut it into a
# person ("Sidi Bel").
_TOPONYM = re.compile(
    r"(?:A[iï]n|Hassi|Bordj|Borj|Oued|Ouadi|Wadi|Tizi|Ksar|Djebel|Jebel|Ras|Bir|Khemis|Ouled"
    r"|Douar)\s+[A-ZÀ-Ý]"
)
_TOPONYM_AFTER_A = re.compile(r"(?:Sidi|Beni|Béni)\s+[A-ZÀ-Ý]")

# A name that closes a stretch between two places opened by a place is the other place: "the
# line between Nairobi and Garissa Kora", "la route entre Dakar et Ziguinchor", "from Lagos to
# Ibadan", «между Найроби и Гариссой». NER models take a foreign town for a person.
_BETWEEN_PLACES = re.compile(
    r"(?:\b(?:between|from|entre|de|d['’])|(?<!\w)(?:между|от|из))\s+"
    r"(?P<place>[A-ZÀ-ÝА-ЯЁ][\w'’-]*(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]*){0,2})\s+"
    r"(?:and|to|et|à|и|до)\s+$"
)
# Where a meeting is held or a text signed, after "à": "s'est tenue les 22 et 23 septembre à
# Siem Reap", "aura lieu à Ciudad Real", "signé à Porto Novo" (a person after "à" is one given
# or told something: "a remis à Jean Dupont")
_HELD_AT = re.compile(
    r"\b(?:tenue?s?|tiendra|tiendront|tient|lieu|r[ée]unie?s?|d[ée]roul[ée]e?s?|d[ée]roulera"
    r"|sign[ée]e?s?|organis[ée]e?s?)\b[^.;:,«»\n]{0,40}?\sà\s+$"
)
_A_BEFORE = re.compile(r"(?<!\w)(?:à|in|at|near)\s+$")

# Who wrote, edited, photographed or interviewed, or is the press contact: the page's
# credits, not people of the story (SPEC: people act or speak in it). A credit runs from
# its lead-in to its clause's end ("Reporting by X and Y; Editing by Z"); a bare "By X" /
# "Par X" only as a line of capitalised words, not "By Tuesday, Minister X had signed".
_CREDIT = re.compile(
    r"(?i:\b(?:(?:additional\s+)?reporting|editing|writing|written|edited|compiled|"
    r"translated|interview(?:ed)?|photos?|photographs?|pictures?|video)\s+by"
    r"|\b(?:(?:photo(?:graph)?s?|images?|pictures?)(?:\s+credits?)?|credits?"
    r"|(?:media\s+)?contacts?|crédit\s+photo|about\s+the\s+authors?)\s*:"
    r"|\b(?:propos\s+recueillis|réalisée?|rédigée?|éditée?|tradu(?:it|ite)|photos?)\s+par"
    r"|\(\s*reportage(?:\s+de)?"  # "(Reportage X, édité par Y)"
    r"|(?<!\w)(?:фото|автор|текст)\s*:|(?<!\w)беседовал[аи]?(?!\w))"
    # "By Sarah Mensah", "By Sarah Mensah, Reuters", "Par Awa Diop | Le Soleil"
    r"|^(?:By|BY|Par|PAR)(?=(?:\s+(?:[A-ZÀ-Ý][\w.'’-]*|and|et)){1,6}"
    r"(?:\s*[,|/–-](?:\s*[A-ZÀ-Ý][\w.'’-]*)+)?\s*$)",
    re.M,
)
_CREDIT_END = re.compile(r"(?<!\b[A-ZÀ-ÝА-ЯЁ])\.\s|[;)\n]")


def _credited(text: str, start: int) -> bool:
    """Whether a name at `start` stands in a credit of its line (`_CREDIT`), one that ends
    before the name with no clause's end between."""
    line = text.rfind("\n", 0, start) + 1
    credits = itertools.takewhile(lambda span: span[0] <= start, matches_from(_CREDIT, text, line))
    # a name the model read with its lead-in («Беседовала Лейла Гасанова», the verb opening
    # the line in capitals) is the credit's
    return any(
        begin == start if end > start else not _CREDIT_END.search(text, end, start)
        for begin, end in credits
    )


# Who wrote or photographed, named inside a sentence: "a 2019 study by economist X", "writes
# X", "Xinhua reporter X", a line "Follow X on X"; and after the name: "X is a journalist based in Abuja", "X
# contributed reporting", "Thomas Mukoya/Reuters" (a photo credit), "The author, X, is".
_AUTHOR_BEFORE = re.compile(
    r"(?:\b(?:study|book|paper|essay|novel|column|op-ed|biography|memoir|poem|blog)\s+by"
    r"|\b(?:writes|wrote)|(?<![^\n])Follow|(?i:\b(?:reporter|correspondent|photographer|photojournalist"
    r"|columnist)|\bthe\s+(?:author|writer)\s*,))\s+(?:[a-z][\w-]*\s+){0,3}$"
)
_AUTHOR_AFTER = re.compile(
    r"\s*(?:/\s*[A-Z]|,?\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:journalist|reporter|correspondent|writer|columnist|contributor|photographer|blogger"
    r"|author|fellow|editor|lecturer|researcher|analyst)\b"
    # the bio closing an opinion piece: "X is a water policy researcher based in Tashkent"
    r"|\s+is\s+an?\s+(?:[\w-]+\s+){1,4}based\s+in\b"
    r"|\s+contributed\s+(?:reporting|to\s+this))"
)


# The bio that closes an opinion piece, a paragraph of its own at the very end: "X is a
# senior fellow at ...", "X is an associate professor of ...", "X est chercheuse à ...".
_BIO_AFTER = re.compile(
    # a reporter's beat: "X covers Russia and Central Asia", "X couvre l'Afrique de l'Ouest",
    # «X освещает события в Центральной Азии»
    r"\s+(?:covers|couvre|освещает)\s+\w"
    r"|\s+(?:is\s+(?:an?|the)\s+|est\s+(?:une?\s+|l[ae]\s+|l['’]"
    r"|(?=journaliste|chercheu|professeur|analyste|consultant|doctorant|[ée]conomiste"
    r"|enseignant|politologue|sp[ée]cialiste|directeur|directrice)))[\w-]+"
)
_BIO_TAIL = 200  # what may follow the bio: another one, "Views are the author's own"


def _closing_bio(text: str, start: int, end: int) -> bool:
    """Whether a name opens the last paragraph of the text, saying who that person is."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return (
        not text[text.rfind("\n", 0, start) + 1 : start].strip()
        and len(text[line_end:].strip()) <= _BIO_TAIL
        and bool(_BIO_AFTER.match(text, end))
        and text.rfind("\n", 0, start) > 0  # a text of one paragraph has no bio
    )


def _authored(text: str, start: int, end: int) -> bool:
    """Whether a name is the author's or the photographer's (`_AUTHOR_BEFORE`, `_AUTHOR_AFTER`,
    a closing bio)."""
    return bool(
        _AUTHOR_BEFORE.search(text, max(0, start - 60), start)
        or _AUTHOR_AFTER.match(text, end)
        or _closing_bio(text, start, end)
    )


def _whole_word(word: str, text: str) -> list[re.Match]:
    return list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))


# A lineage the NER left out of a Gulf name: "Cheikh Shakhboot| bin Nahyan Al Nahyan",
# «шейхом Салемом Абдаллой| аль-Джабером ас-Сабахом».
_CAP = r"[A-ZА-ЯЁ][\w'’-]+"
_LINEAGE_AFTER = re.compile(
    rf"(?:\s+(?:ben|bin|ibn|bint|ould|Ould|бен|бин|ибн|бинт)\s+{_CAP}"
    rf"|\s+(?:al|el|Al|El|аль|эль|ас|ад|ат|ар|ан|аз)-{_CAP}){{1,3}}"
    rf"(?:\s+(?:Al|El|al|el)\s+{_CAP})?(?![\w'’-])"
)
# The given name and the lineage the NER left out before a Gulf name it read from the middle:
# «шейх Фейсал бин Тани бин |Фейсал Аль Тани», "Sheikh Mohammed bin |Khalid Al Thani"
_LINEAGE_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{_CAP}\s+(?:ben|bin|ibn|bint|бен|бин|ибн|бинт)\s+)+$"
)
# A Portuguese or Spanish surname joined by "e"/"y" the NER cut: "Ulisses Correia| e Silva",
# "José Ortega| y Gasset" (in a French or English text "e" and "y" join nothing else).
_JOINED_SURNAME = re.compile(rf"\s(?:e|y)\s{_CAP}(?![\w'’-])")


# A given name written short right before a span the NER read ("Ma. |Cristina Roque")
_SHORT_GIVEN_BEFORE = re.compile(rf"(?<![\w.]){people_roles.GIVEN_ABBREVIATION}\s+$")


def _between_places(ctx: Context, offset: int) -> bool:
    """Whether the name at `offset` is the second of two places ("entre Dakar et X")."""
    between = _BETWEEN_PLACES.search(ctx.text, max(0, offset - 60), offset)
    if between is None:
        return False
    start, end = between.span("place")
    return any(
        m.kind == "seat" and m.start == start and m.end == end for m in ctx.mentions
    ) or places.is_city(between.group("place"))


# The last of a list of places after a preposition of place: "substations in Basra, Maysan
# and Dhi Qar", "dans les régions de Kayes, Koulikoro et Ségou" (each item a word or two)
_PLACE_ITEM = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?"
_PLACES_LISTED_BEFORE = re.compile(
    rf"\b(?:in|near|across|dans|à|en|de)\s+(?P<items>(?:{_PLACE_ITEM},\s+)+{_PLACE_ITEM}),?"
    r"\s+(?:and|et)\s+$"
)


def _last_of_places(ctx: Context, offset: int) -> bool:
    """Whether the name at `offset` closes a list of places (`_PLACES_LISTED_BEFORE`) none of
    whose items is a person's: no title opens one ("in Nairobi, President Ruto and X" lists
    people), nor does a given name open the name itself."""
    if ctx.language not in ("en", "fr"):
        return False
    listed = _PLACES_LISTED_BEFORE.search(ctx.text, max(0, offset - 100), offset)
    if listed is None:
        return False
    items = [item.strip() for item in listed.group("items").split(",")]
    first = ctx.text[offset:].split(maxsplit=1)[0]
    return first.lower() not in english_names.first_names() and all(
        strip_titles(item) == item for item in items
    )


# The last words of an institution's name, its acronym after it in brackets: "the General
# Authority for Investment and Free Zones (GAFI)", "l'Agence de Promotion des Investissements
# et Grands Travaux (APIX)": a capitalised word and a linking word before, the acronym after
_ACRONYM_AFTER = re.compile(r"\s*\([A-ZÀ-ÝА-ЯЁ]{2,}[A-Za-zА-Яа-яЁё&-]*\)")
_NAME_CHAIN_BEFORE = re.compile(r"[A-ZÀ-ÝА-ЯЁ][\w'’-]+\s+(?:and|for|of|&|et|des|de|du|и)\s+$")


# An area's word, an abstract noun by its ending ("Finance", "Terrorism", "Planning",
# "Développement", "Sécurité") or a portfolio's own ("Trade", "Health"): no person's name
# ends with one in a list of areas
_ABSTRACT_END = r"(?:ism|isme|ment|ance|ence|tion|sion|ing|ity|ité|ics|ique|ness|ship|ure)"
_PORTFOLIO_WORD = (
    r"(?:Affairs|Trade|Health|Defence|Defense|Justice|Energy|Mines|Works|Labour|Labor|Tourism"
    r"|Interior|Commerce|Industry|Industries|Fisheries|Youth|Sports?|Water|Lands|Transport)"
)
_AREA = rf"(?:[A-ZÀ-Ý][\w'’-]*[a-zé]{_ABSTRACT_END}|{_PORTFOLIO_WORD})"
_ABSTRACT_WORD = re.compile(rf"(?<![\w'’-]){_AREA}$")
# the list of areas it is an item of: "of Finance, ", "against Terrorism and ", "de
# l'Économie et "
_PORTFOLIO_CHAIN_BEFORE = re.compile(
    rf"(?<![\w-])(?:of|against|for|on|de|du|des|d['’]|l['’]|contre)\s*(?:the\s+)?{_AREA}"
    r"\s*(?:,|\band\b|&|\bet\b)\s*$"
)


_LATIN_BEFORE_CYRILLIC = re.compile(r"(?:[A-Za-z][\w&.-]*\s+)+(?=[А-ЯЁ][а-яё])")


def _candidate(ctx: Context, start: int, end: int) -> _Candidate | None:
    if short := _SHORT_GIVEN_BEFORE.search(ctx.text, max(0, start - 8), start):
        start = short.start()
    lineage = _LINEAGE_AFTER.match(ctx.text, end)
    end = lineage.end() if lineage else end
    if before := _LINEAGE_BEFORE.search(ctx.text, max(0, start - 80), start):
        start = before.start()
    if ctx.language in ("fr", "en") and (joined := _JOINED_SURNAME.match(ctx.text, end)):
        end = joined.end()
    raw = ctx.text[start:end]
    surface = strip_titles(_CANDIDATE_END.split(raw)[0])
    if not surface:
        return None
    offset = start + raw.find(surface)
    # the state may have begun before the span: "of the Republic of Uzbekistan Laziz Kudratov"
    # (the span opens at "Uzbekistan"), as it may open it: «президента ЮАР Сирила Рамафосу»
    state = next((m for m in ctx.mentions if m.start <= offset < m.end and m.kind != "seat"), None)
    if state and ctx.text[state.end : state.end + 1] == " ":  # "президента ЮАР Сирила Рамафосу"
        surface = strip_titles(surface[state.end - offset :])
        offset = state.end + ctx.text[state.end :].find(surface)
    if ctx.language == "ru" and (latin := _LATIN_BEFORE_CYRILLIC.match(surface)):
        # «оператора Terna Джузеппина Ди Фоджа»: the company's Latin name before its head's
        surface = surface[latin.end() :]
        offset += latin.end()
    name = surface
    oblique = False
    case = None
    if ctx.language == "ru":
        case = people_roles.russian_role_case(
            ctx.text, offset
        ) or people_roles.russian_governed_case(ctx.text, offset)
        name = people_roles.russian_nominative(surface, case)
        # «президенту Ассими Гоите»: a name no ending rule could undo is still no
        # nominative; the text's «Ассими Гоита» elsewhere is preferred to it
        oblique = case is not None and case != "nomn"
    alone = people_roles.honoured_one_name(ctx.text, offset, offset + len(surface))
    if not (is_name(name) or alone) or _overlaps_party(ctx.mentions, offset, offset + len(surface)):
        return None
    place = _PLACE_BEFORE.get(ctx.language)
    if place and place.search(ctx.text, max(0, offset - 30), offset):
        return None
    if ctx.language == "fr" and _HELD_AT.search(ctx.text, max(0, offset - 70), offset):
        return None  # "s'est tenue les 22 et 23 septembre à Siem Reap"
    if _between_places(ctx, offset) or _last_of_places(ctx, offset):
        return None  # "the road between Nairobi and Garissa Kora"
    if _TOPONYM.match(ctx.text, offset) or (
        _TOPONYM_AFTER_A.match(ctx.text, offset)
        and _A_BEFORE.search(ctx.text, max(0, offset - 8), offset)
    ):
        return None  # "Hassi Messaoud", "formés à Sidi Bel Abbès"
    if _CREDIT.match(ctx.text, offset):
        return None  # «Беседовала Лейла Гасанова»: the NER took the credit's verb in the name
    if _credited(ctx.text, offset) or _authored(ctx.text, offset, offset + len(surface)):
        return None  # "Reporting by X; Editing by Y", "Photo: X/AFP", "writes X"
    if known_people.named_after(ctx.text, offset, offset + len(surface)):
        return None  # "Houphouët-Boigny University", «проспект Назарбаева»
    if _ACRONYM_AFTER.match(ctx.text, offset + len(surface)) and _NAME_CHAIN_BEFORE.search(
        ctx.text, max(0, offset - 40), offset
    ):
        return None  # "the General Authority for Investment and Free Zones (GAFI)"
    if _ABSTRACT_WORD.search(surface) and _PORTFOLIO_CHAIN_BEFORE.search(
        ctx.text, max(0, offset - 60), offset
    ):
        return None  # "Minister of Finance, Economic Planning and …", "against Terrorism and
        # Violent Extremism": an item of a portfolio's or a title's list of areas
    nominative = name == surface and not oblique
    return _Candidate(
        offset,
        offset + len(surface),
        name,
        nominative=nominative,
        surface=surface,
        case=case,
        whole=alone,
    )


def extract(
    ctx: Context, entities: list[tuple[int, int, str]]
) -> tuple[list[Person], list[PersonMention]]:
    """People of the text from NER spans (start, end, label) and title patterns.

    PER spans are taken as they are; MISC spans only where a role stands next to them,
    since spaCy's small French model labels some names MISC.
    """
    candidates: list[_Candidate] = []
    titled = people_roles.titled_spans(ctx.text, ctx.language) + _after_demonym(ctx)
    titled += _interview_turns(ctx.text)
    known = {(a, b): name for a, b, name in known_people.spans(ctx.text, ctx.language == "ru")}
    spans = entities + [(a, b, "TITLE") for a, b in titled] + [(a, b, "KNOWN") for a, b in known]
    for start, end, label in spans:
        cand = _candidate(ctx, start, end)
        if cand is None:
            continue
        if label == "KNOWN" and ctx.text[cand.start : cand.end] == known[start, end]:
            # the text writes the table's nominative («Абдулла Арипов»): no case to undo
            cand.name, cand.nominative = known[start, end], True
        if label == "MISC" and people_roles.role_and_party(ctx, cand.start, cand.end)[0] is None:
            continue
        cand.source = _SOURCES.get(label, "ner")
        candidates.append(cand)
    candidates += _listed_between(ctx, candidates)
    candidates += _coordinated(ctx, candidates)
    inflected = ctx.language == "ru"
    names, _ = _merge(candidates, inflected)
    names, mentions = _merge(
        candidates + _surname_mentions(ctx.text, names, ctx.language), inflected
    )
    people = []
    for name in names:
        first = next(m for m in mentions if m.name == name)
        times = sum(1 for m in mentions if m.name == name)
        if times == 1 and _PAST.search(ctx.text, max(0, first.start - 60), first.start):
            continue  # "then President Dilma Rousseff": named, not acting in the story
        if times == 1 and _in_passing(ctx.text, first.start, first.end):
            continue  # "under President X's leadership", "X's Belt and Road Initiative"
        if times == 1 and _of_an_old_deed(ctx.text, first.start, ctx.published):
            continue  # "first proposed by Julius Nyerere in 1964"
        if times == 1 and people_visits.only_visitor(ctx, first.start, first.end):
            continue  # "to be signed during President X's visit next year"
        if times == 1 and _appointed(ctx.text, first.start):
            continue  # "nominations suivantes : - Conseiller technique : Monsieur X": named to a post
        others = [n.split()[-1] for n in names if n != name]
        role, party = people_roles.role_and_party(ctx, first.start, first.end, others, name)
        sources = {c.source for c in candidates if _same_person(c.name, name, inflected)}
        sure = confidence.person(sources, times, role is not None)
        people.append(Person(name=name, role=role, party=party, confidence=sure))
    return people, mentions


# A person of the past, named once in passing: "then Brazilian President X", "then-President X",
# "feu le président X", «тогдашний президент X».
_PAST = re.compile(
    r"(?i:\b(?:then|the late|feu|le défunt|la défunte|тогдашн\w*|покойн\w*)"
    r"(?:\s+|-)(?:[\w-]+\s+){0,3})$"
)

# A person named once as the one under whom, or whose programme, something happens: "under
# President X's leadership", "under the leadership of X", "X's Belt and Road Initiative",
# "in line with X's Vision 2030": the story's frame, not one who acts in it; and one named
# only through who speaks or acts for him ("a spokesperson for President X said", "X's
# special envoy", "an adviser to X").
_FRAME_NOUNS = (
    r"(?:leadership|reign|rule|tenure|administration|era|legacy|vision|Vision|Initiative"
    r"|Doctrine|Agenda|ideals|teachings|philosophy|dream|principles|footsteps|memory"
    r"|spokes(?:man|woman|person)|office|envoy|adviser|advisor|aide|emissary)"
)
_FRAME_AFTER = re.compile(
    rf"['’]s?\s+(?:(?:[A-Z][\w-]*|and|of|the|\d+|special|chief|senior|personal|top)\s+){{0,5}}"
    rf"{_FRAME_NOUNS}\b"
)
_FRAME_BEFORE = re.compile(
    r"(?i:\b(?:under\s+(?:the\s+)?(?:wise\s+|able\s+|visionary\s+)?"
    r"(?:leadership|reign|rule|tenure|administration)|in\s+the\s+(?:immortal\s+)?words)"
    r"\s+of\s+(?:[\w-]+\s+){0,3})$"
    # "a spokesperson for President X", "an adviser to X", "the office of the President X"
    r"|\b(?:[Aa]n?|[Tt]he)\s+(?:special\s+|senior\s+|chief\s+|personal\s+)?"
    r"(?:(?:spokes(?:man|woman|person)|adviser|advisor|aide|envoy|emissary)\s+(?:for|to)"
    r"|office\s+of)\s+(?:(?:the|[Pp]resident|[Pp]rime|[Mm]inister|[Kk]ing|Sheikh|Emir"
    r"|[Cc]rown|[Pp]rince|[Vv]ice)\s+){0,3}$"
    # one whose greetings another conveys ("il a transmis les salutations de son homologue
    # X", "conveyed the greetings of President X", «передал привет от министра X»): named
    # through the one who acts, in passing
    r"|(?i:\b(?:salutations|amiti[ée]s|v[œo]e?ux|compliments|greetings|regards|best\s+wishes"
    r"|привет\w*|наилучш\w+\s+пожелани\w*)\s+(?:\w+\s+)?(?:de|du|of|from|от)\s+"
    r"(?:(?:son|sa|ses|leur|his|her|their|the|le|la|l['’])\s*)?(?:[\w-]+\s+){0,3})$"
    # one whose visit of long ago a thing dates from: "un mécanisme attendu depuis la visite
    # du président X en Algérie", "since the visit of President X", «со времени визита
    # президента X»: the time of the story's frame, no one acting in it
    r"|(?i:\b(?:depuis|since|со\s+времени|с\s+момента)\s+(?:(?:la|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:visite|visit|визита)\s+(?:(?:d['’][ée]tat|officielle|of\s+state)\s+)?"
    r"(?:du|de\s+la|de\s+l['’]|de|d['’]|of|by)?\s*(?:(?:the|le|la)\s+)?(?:[\w-]+\s+){0,3})$"
)
# A figure of the past as the agent of an old deed: "first proposed by Julius Nyerere in
# 1964", "the friendship forged by X and Y in 1958" (a year twenty years or more before).
_NAME_RUN = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}"
_OLD_DEED = re.compile(
    rf"\bby\s+(?P<names>{_NAME_RUN}(?:(?:\s*,\s*|\s+and\s+){_NAME_RUN})*)"
    r"\s*,?\s+in\s+(?P<year>1[6-9]\d\d|20\d\d)\b"
)


def _of_an_old_deed(text: str, start: int, published: str | None) -> bool:
    """Whether a name at `start` is the agent of a deed dated long before the story (before
    2000 where the document gives no date of its own)."""
    now = int(published[:4]) if published else 2020
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    for deed in _OLD_DEED.finditer(text, sentence_start, min(len(text), start + 200)):
        if deed.start("names") <= start < deed.end("names"):
            return int(deed.group("year")) <= now - 20
    return False


def _in_passing(text: str, start: int, end: int) -> bool:
    """Whether a name stands only as the frame of the story (`_FRAME_AFTER`, `_FRAME_BEFORE`)."""
    return bool(
        _FRAME_AFTER.match(text, end) or _FRAME_BEFORE.search(text, max(0, start - 80), start)
    )


# A list of appointments: its header ("Le Conseil des Ministres a procédé aux nominations
# suivantes :", "approved the following appointments:", «утвердил следующие назначения:»), then
# lines of a post, a colon and its new holder ("- Conseiller technique : Monsieur X"). Who is
# named to a post there is the object of the decision, not one who acts in the story.
_APPOINTMENTS = re.compile(
    r"(?i)(?:nominations?|mesures\s+individuelles|appointments?|назначени\w*)[^\n]{0,40}:?\s*$",
    re.M,
)
_POST_LINE = re.compile(
    r"^[ \t]*(?:[-–•*][ \t]*)?(?:[^\W\d][\w'’-]*[ \t]+){0,5}[^\W\d][\w'’-]*[ \t]*:[ \t]*"
    r"(?:(?:Monsieur|Madame|Mademoiselle|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|господин|госпожа)[ \t]+)?$"
)
_APPOINTMENTS_REACH = 1500  # characters from the header to the last post of its list


def _appointed(text: str, start: int) -> bool:
    """Whether the name at `start` holds a post in a list of appointments (`_APPOINTMENTS`,
    `_POST_LINE`): its line names a short post and a colon before it."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _POST_LINE.match(text[line_start:start]):
        return False
    return bool(_APPOINTMENTS.search(text, max(0, line_start - _APPOINTMENTS_REACH), line_start))


# Between two people of one list, what stands in their place is a person too.
_BETWEEN = re.compile(
    r",\s+(?P<name>[A-ZÀ-ÝА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]+){1,3})"
    r"(?:,\s+|\s+(?:and|et|и)\s+)"
)


# "Nasser Bourita et Olivier Nduhungirehe": a full name joined to a person's name is one
_AND_AFTER = re.compile(
    r"\s+(?:and|et|и)\s+(?P<name>[A-ZÀ-ÝА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]+){1,3})(?![\w'’-])"
)


_AND_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-ZÀ-ÝА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]+){1,4})\s+(?:and|et|и)\s+$"
)


def _coordinated(ctx: Context, found: list[_Candidate]) -> list[_Candidate]:
    """The NER read one of two coordinated people and missed the other: the full name
    right after or before "et"/"and"/«и» is a person too (`_candidate` drops states,
    places and institutions; of a run of capitalised words before "et", the longest tail
    that is a name: "du Commerce Serigne Guèye Diop et X")."""
    taken = {c.start for c in found}
    extra = []
    for cand in found:
        if len(cand.name.split()) < 2:
            continue
        after = _AND_AFTER.match(ctx.text, cand.end)
        sides = [[after.span("name")]] if after else []
        before = _AND_BEFORE.search(ctx.text, max(0, cand.start - 120), cand.start)
        if before:
            words = list(re.finditer(r"\S+", before.group("name")))
            start = before.start("name")
            sides.append([(start + w.start(), before.end("name")) for w in words[:-1]])
        for spans in sides:
            for a, b in spans:
                new = None if a in taken else _candidate(ctx, a, b)
                if new and new.name == ctx.text[new.start : new.end]:
                    new.source = "ner"
                    extra.append(new)
                    break
    return extra


def _listed_between(ctx: Context, found: list[_Candidate]) -> list[_Candidate]:
    """ "Xi Jinping, Hakainde Hichilema and Samia Suluhu Hassan": the NER read the first and
    the last; the name between them is of the same list."""
    extra = []
    ordered = sorted(found, key=lambda c: c.start)
    for left, right in itertools.pairwise(ordered):
        gap = _BETWEEN.fullmatch(ctx.text, left.end, right.start)
        if gap:
            cand = _candidate(ctx, gap.start("name"), gap.end("name"))
            if cand:
                cand.source = "ner"
                extra.append(cand)
    return extra


# A line that asks an interview's question: "Q:", "Q.", "Question :", «Вопрос —», «В:». The
# Russian one-letter label needs its colon: «В» alone is the preposition "in" ("В Дакаре ...").
QUESTION_LINE = re.compile(
    r"^(?:(?:Q|Question|QUESTION|Вопрос|ВОПРОС)\s*[:.–—-]|В\s*:)\s*", re.MULTILINE
)
# An interview's turns: its questions, and the answers headed by who gives them ("Ngoako
# Ramatlhodi: It lets us ...").
_SPEAKER_LINE = re.compile(r"^([A-ZÀ-ÝА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’.-]+){1,3})\s*:\s", re.M)


def _interview_turns(text: str) -> list[tuple[int, int]]:
    """The names heading the answers of a text in questions and answers: the one who
    answers speaks in the story, named there in full and nowhere else at times."""
    if not QUESTION_LINE.search(text):
        return []
    return [m.span(1) for m in _SPEAKER_LINE.finditer(text)]


_SOURCES = {
    "PER": "ner", "MISC": "ner", "TITLE": "title", "GRAMMAR": "grammar", "KNOWN": "table",
}  # fmt: skip


_ARTICLE_BEFORE = re.compile(r"(?:\b(?:le|la|the)\s+|\bl['’])$", re.I)
_ROLE_WORDS_EN = {"cabinet", "principal", "permanent", "chief", "acting", "special", "envoy"}
_POSSESSIVE = re.compile(r"['’]s?(?=\s)")
_NAME_AFTER = re.compile(r"\s+([A-ZÀ-ÝА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]+){1,3})")


def _after_demonym(ctx: Context) -> list[tuple[int, int]]:
    """Names a nationality introduces: "le Nigérian Chukwuemeka Adeyemi", "the Malian X",
    and in English a state in the possessive: "Zambia's Hakainde Hichilema"."""
    spans = []
    for mention in ctx.mentions:
        if not mention.surface[:1].isupper():
            continue
        if mention.kind == "name" and ctx.language == "en":  # "Zambia's Hakainde Hichilema"
            possessive = _POSSESSIVE.match(ctx.text, mention.end)
            name = possessive and _NAME_AFTER.match(ctx.text, possessive.end())
            words = {_fold(w) for w in name.group(1).split()} if name else set()
            # "Kenya's Cabinet Secretary ...": a role, whose name the title patterns read
            if name and not words & (people_roles.TITLE_WORDS | _ROLE_WORDS_EN):
                spans.append(name.span(1))
            continue
        if mention.kind != "adjective":
            continue
        if not _ARTICLE_BEFORE.search(ctx.text[max(0, mention.start - 4) : mention.start]):
            continue
        name = _NAME_AFTER.match(ctx.text, mention.end)
        if name:
            spans.append(name.span(1))
    return spans


def mentions_of(text: str, persons: list[Person]) -> list[PersonMention]:
    """Where a short text (a title) names people already known, by full name or surname."""
    found = []
    for person in persons:
        for form in (person.name, person.name.split()[-1]):
            index = text.find(form)
            if index != -1:
                found.append(PersonMention(index, index + len(form), person.name))
                break
    return sorted(found, key=lambda m: m.start)


def _overlaps_party(mentions: list[Mention], start: int, end: int) -> bool:
    """A 'name' that is a state or an organisation (spaCy tags "Burkina Faso" PER at times)."""
    return any(
        m.start < end and start < m.end and m.kind in ("name", "organisation", "seat")
        for m in mentions
    )
