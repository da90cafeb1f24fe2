"""The office-holders of `office_holders.HOLDERS` where a text names them, as people.

The NER and the title patterns miss a name the text gives bare, with no title before it
("Szijjártó met Mahamat Idriss Déby and ..."); the table of office-holders knows it. A
name is found as the text writes it (in Russian with its case ending: «Махамата Идриса
Деби»), the longest of the table's forms the text writes; the reader's usual checks then
drop a place or an institution named after the person (`named_after`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from suivi.reading.office_holders import HOLDERS

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SPACES = {" ", "\u00a0"}


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lower case without accents: names compare so ("Goita" is "Goïta")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The endings a Russian name's nominative loses in the other cases («Абдулла» -> «Абдуллой»)
_NOMINATIVE_END = re.compile(r"[аяйьо]$")


def _same_word(text_word: str, table_word: str, inflected: bool) -> bool:
    """Whether a folded word of the text is the table's word, in Russian in any case: the
    table's word without its nominative ending, then an ending of three letters at most
    («Ариповым» of «Арипов», not «Ибрагима» of «Ибраим»)."""
    if text_word == table_word or not inflected:
        return text_word == table_word
    stem = _NOMINATIVE_END.sub("", table_word)
    return text_word.startswith(stem) and len(text_word) - len(stem) <= 3


_Names = dict[str, list[tuple[str, tuple[str, ...]]]]


@lru_cache(maxsize=1)
def _by_first_word() -> _Names:
    """The table's names with their folded words, by the first three letters of their first
    word (a Russian ending never reaches them), longest first."""
    index: _Names = {}
    for names in HOLDERS.values():
        for name in names.split(";"):
            name = name.strip(" ^")
            words = tuple(fold(w) for w in name.split())
            if len(words) >= 2:
                index.setdefault(words[0][:3], []).append((name, words))
    for found in index.values():
        found.sort(key=lambda entry: len(entry[1]), reverse=True)
    return index


def spans(text: str, inflected: bool) -> list[tuple[int, int, str]]:
    """Where the text writes a table name in full, one word after the other, and that name
    as the table writes it (in the nominative): one pass over the text's words, each
    capitalised one looked up by its first letters."""
    words = list(_WORD.finditer(text))
    index = _by_first_word()
    found = []
    i = 0
    while i < len(words):
        name = _match(text, words, i, index, inflected) if words[i].group()[:1].isupper() else ""
        size = len(name.split())
        if name:
            found.append((words[i].start(), words[i + size - 1].end(), name))
        i += size or 1
    return found


def _match(text: str, words: list[re.Match], i: int, index: _Names, inflected: bool) -> str:
    """The longest table name the words from `i` on spell ("": none). The first word,
    folded once, is compared before the others and the gaps between them are looked at."""
    first = fold(words[i].group())
    for name, parts in index.get(first[:3], ()):
        if i + len(parts) > len(words) or not _same_word(first, parts[0], inflected):
            continue
        run = words[i : i + len(parts)]
        joined = all(text[a.end() : b.start()] in _SPACES for a, b in itertools.pairwise(run))
        if joined and all(
            _same_word(fold(w.group()), part, inflected)
            for w, part in zip(run[1:], parts[1:], strict=True)
        ):
            return name
    return ""


# What a person gives a name to, written after it ("Houphouët-Boigny University", "Nelson
# Mandela Bay") or before it ("l'aéroport international Blaise Diagne", «проспект
# Назарбаева», «университет имени Патриса Лумумбы»), and "named after" X.
_THING_AFTER = re.compile(
    r"\s+(?:International\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:University|Bay|Airport|Stadium|Street|Avenue|Road|Bridge"
    r"|Foundation|Prize|Award|Centre|Center|Hospital|Dam|Square|Boulevard|Mosque|Institute"
    r"|School|College|Library|Park|Hall|Highway|Museum|Scholarship|Mausoleum|Memorial"
    r"|Barracks|Expressway|Canal|Reservoir|Pipeline|Railway|Refinery|Университет\w*)\b"
    # a work written in lower case after its name: "the Qarqin canal", "the Rogun dam", "the
    # Kandahar hydropower plant", "the Sila gas pipeline" (no person is followed by one)
    r"|\s+(?:(?:hydro(?:power|electric)|gas|oil|power|water|irrigation|solar|wind)\s+)?"
    r"(?:canal|dam|reservoir|pipeline|refinery|oilfield|plant|power\s+station)s?\b"
)
# An institution's adjective in French (national, polytechnique, hospitalier, universitaire,
# supérieure, régional, technique, militaire, olympique): -al(e)/-aux, -ique, -ier/-ière,
# -aire, -ieur(e), never a verb's participle, so "le centre a accueilli X" keeps its X.
_INSTITUTION_ADJECTIVE = r"(?i:[a-zéèô]+(?:ale?s?|aux|iques?|i[eè]re?s?|aires?|ieure?s?))"
_THING_BEFORE = re.compile(
    r"(?i:\b(?:universit[ée]|a[ée]roport|avenue|boulevard|rue|stade|pont|fondation|prix|lyc[ée]e"
    r"|coll[èe]ge|[ée]cole|h[ôo]pital|centre|barrage|mosqu[ée]e|palais|institut|campus"
    r"|autoroute|mus[ée]e|m[ée]morial|mausol[ée]e|caserne|canal|gazoduc|ol[ée]oduc|raffinerie"
    # a road and its stretch, named by the towns it joins: "le tronçon routier Kribi–Lolabé
    # de la Côte-Sud", "la route Mongo–Bitkine", "l'axe Dosso–Niamey"
    r"|tron[çc]on|route|axe|corridor|piste"
    r"|named\s+after|in\s+hono(?:u)?r\s+of|en\s+l['’]honneur\s+de|en\s+hommage\s+[àa]"
    r"|baptis[ée]e?s?(?:\s+du\s+nom\s+de)?)"
    # the institution's adjectives between the word and the name: "l'Institut national
    # polytechnique X", "le Centre hospitalier universitaire X", "l'École nationale supérieure X"
    rf"(?:\s+{_INSTITUTION_ADJECTIVE}){{0,3}}(?:\s+internationale?)?"
    # the thing's own lower-case complement before the name: "le Centre international de
    # conférences Abdou Diouf", "l'Hôpital de la mère et de l'enfant X", "l'Université des
    # sciences et techniques X" (each part opens with "de": "le centre accueille X" is a verb)
    r"(?-i:(?:\s+(?:et\s+)?(?:de|des|du|d['’])\s*(?:l['’]\s*|la\s+)?[a-zà-ÿ-]{3,}"
    r"(?:\s+et\s+[a-zà-ÿ-]{3,})?){1,3})?"
    # English keeps the French order in such names: "the University X", "the National
    # Polytechnic Institute X" (capitalised, so not "a university professor X")
    r"|\b(?-i:University|Institute|Hospital|Airport|Stadium|School|College)"
    r"|(?<!\w)(?:проспект\w*|улиц\w*|аэропорт\w*|университет\w*|имени|им\.|фонд\w*|мост\w*"
    r"|площад\w*|преми\w*|стадион\w*|бульвар\w*|музе\w*|канал\w*|плотин\w*|газопровод\w*"
    r"|нефтепровод\w*|в\s+честь))\s+$"
)


# A namesake or a figure of the past with his rank between ("named after former president
# X", "the statue of Kwame Nkrumah", "the mausoleum of the late King X", "a monument to X").
_NAMESAKE_BEFORE = re.compile(
    r"(?i:\b(?:named\s+after|in\s+hono(?:u)?r\s+of|(?:statue|bust|portrait|tomb|grave"
    r"|mausoleum|birthplace|effigy)\s+of|(?:monument|memorial|tribute)\s+to)"
    r"(?:\s+(?:the\s+)?[a-z][\w-]*){0,3}(?:\s+[A-Z][\w-]*)?)\s+$"
)


# Who heads the thing before its name: "le directeur du centre de recherche X" names X
_HEAD_OF_THING = re.compile(
    r"(?i:\b(?:directeur|directrice|pr[ée]sident|pr[ée]sidente|recteur|rectrice|doyen|doyenne"
    r"|chef|responsable|coordonnat\w+|coordinat\w+|administrat\w+|director|head|rector|dean"
    r"|chair\w*)\w*(?:\s+g[ée]n[ée]ral\w*|\s+general)?\s+(?:du|de\s+la|de\s+l['’]|des|de|of"
    r"(?:\s+the)?)\s*"
    # Russian puts the thing in the genitive right after its head: «генеральный директор
    # фонда X», «председатель фонда X», «ректор университета X»
    r"|(?<![\w-])(?:(?:генеральн|исполнительн)\w*\s+)?(?:директор|председател|президент"
    r"|руководител|ректор|глав|управляющ)\w*\s+)$"
)


def named_after(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end names a place or an institution after a person, or the
    person only as its namesake, not a person of the story."""
    thing = _THING_BEFORE.search(text, max(0, start - 80), start)
    if thing and _HEAD_OF_THING.search(text, max(0, thing.start() - 40), thing.start()):
        thing = None  # "le directeur du centre de recherche X": its head, named
    return bool(
        _THING_AFTER.match(text, end)
        or thing
        or _NAMESAKE_BEFORE.search(text, max(0, start - 60), start)
    )
