"""Find the states and organisations a text names, with their SPEC codes.

Names come from pycountry (every state, in French, English and Russian) and the
hand-written vocabularies of `gazetteer_data`. Text and names are compared token
by token on a key (lower case, no accents; Russian words on their lemma), so
"Fédération de Russie", «Российской Федерации», "russo-malienne" and "maliennes"
are all found without listing their inflections.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

from suivi.reading import acronyms, nationality
from suivi.reading import gazetteer_data as data
from suivi.reading.context import Mention
from suivi.reading.nlp import russian_lemma
from suivi.reading.prefilter import alternation

LANGUAGES = ("fr", "en", "ru")
_TOKEN = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# what may sit between the words of one name; a full stop only glued between two words
# («ВЭБ.РФ», "VEB.RF"), never one that ends a sentence
_JOINERS = re.compile(r"[\s\-‐‑–'’]{0,3}|\.")
_HYPHENS = "-‐‑"


@dataclass(frozen=True)
class _Entry:
    code: str
    kind: str  # "name", "adjective", "prefix", "seat", "organisation"
    case: str  # "upper": acronym; "title": capitalised name; "alone": see NAMES_ALONE;
    # "article": see NAMES_AFTER_ARTICLE; "any"
    spelled: bool = False  # the code is the text's own spelling (SPEC: "as the text spells it")
    articles: tuple[str, ...] = ()  # for "article": the words the name must follow


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The key a word is compared on: its lemma for Russian, else itself; lower case, no accents."""
    capitalised = word[:1].isupper()
    word = word.lower()
    if _CYRILLIC.search(word):
        word = (capitalised and _place_lemma(word)) or russian_lemma(word)
    return _strip_accents(word)


def _place_lemma(word: str) -> str | None:
    """A capitalised word pymorphy reads first as a person's name but also as a place
    («Астану»: the dative of a name «Астан» before the accusative of «Астана»): the place's
    dictionary form, a name of the gazetteer being a place's."""
    from suivi.reading.nlp import russian_parses

    parses = russian_parses(word)
    if not parses or not ({"Name"} in parses[0].tag or {"Surn"} in parses[0].tag):
        return None
    return next((p.normal_form for p in parses[1:] if {"Geox"} in p.tag), None)


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(word_key(t) for t in _TOKEN.findall(phrase))


def french_forms(adjective: str) -> list[str]:
    """Masculine, feminine and plural of a French adjective of nationality ("malien(ne)(s)")."""
    if adjective.endswith("en"):
        return [adjective, adjective + "ne", adjective + "s", adjective + "nes"]
    if adjective.endswith("s"):
        return [adjective, adjective + "e", adjective + "es"]
    if adjective.endswith(("e", "è", "é")):
        return [adjective, adjective + "s"]
    if adjective.endswith("i"):  # "qatari(e)(s)", "émirati(e)(s)"
        return [adjective, adjective + "e", adjective + "s", adjective + "es"]
    return [adjective, adjective + "e", adjective + "s", adjective + "es"]


# "ghanéen" -> "ghanéo-togolais", "béninois" -> "bénino-", "tanzanien" -> "tanzano-": the
# first member of a French compound adjective, for states the table gives no prefix
_FRENCH_PREFIX_ENDS = (
    ("éen", "éo"),
    ("ien", "o"),
    ("ais", "o"),
    ("ois", "o"),
    ("ain", "o"),
    ("an", "ano"),
    ("è", "o"),
    ("é", "o"),
)
# "congolo-" is either Congo; "colombo-" is also Sri Lanka's capital
_AMBIGUOUS_PREFIXES = {"congolo", "colombo"}


def french_prefix(adjective: str) -> str | None:
    """The compound prefix of a French adjective of nationality, or None."""
    for end, prefix in _FRENCH_PREFIX_ENDS:
        if adjective.endswith(end):
            derived = adjective[: -len(end)] + prefix
            return None if derived in _AMBIGUOUS_PREFIXES else derived
    return None


def russian_prefix(adjective: str) -> str:
    """The compound prefix of a Russian adjective: «российский» -> «российско»."""
    return re.sub(r"(ий|ый|ой)$", "о", adjective)


def _case_of(phrase: str) -> str:
    letters = [c for c in phrase if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    return "title" if phrase[:1].isupper() else "any"


# Stress marks some translations carry («Исламская Респу́блика Иран»): not letters, so a
# name keeping one splits into tokens that no text spells.
_STRESS = str.maketrans("", "", "\u0300\u0301")


def _translator(lang: str):
    """pycountry's English names put in `lang`, stress marks dropped."""
    import pycountry

    if lang == "en":
        return lambda s: s
    gettext_ = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    return lambda s: gettext_(s).translate(_STRESS)


def _pycountry_names(lang: str) -> dict[str, str]:
    """Short names of every state in one language, keyed by name -> alpha-3 code."""
    import pycountry

    translate = _translator(lang)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if not english:
                continue
            name = re.split(r"[,(]", translate(english))[0].strip()
            if name and name not in data.AMBIGUOUS_NAMES:
                names[name] = country.alpha_3
    return names


@cache
def state_name(code: str, lang: str) -> str:
    """A state's usual short name in one language, for places written back in the nominative.

    The hand-written table names only some states; pycountry names them all.
    """
    written = data.STATES.get(code, {}).get(lang)
    if written:
        return written[0]
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    english = getattr(country, "common_name", None) or country.name
    return re.split(r"[,(]", _translator(lang)(english))[0].strip()


def _hand_written(lang: str) -> list[tuple[str, _Entry]]:
    """(phrase, entry) pairs of gazetteer_data for one language."""
    pairs: list[tuple[str, _Entry]] = []
    if lang == "ru":
        # first, so that a state's own adjective spelled alike («Алжирский») stays its own
        pairs += [
            (adjective, _Entry(code, "seat", "title"))
            for code, adjectives in data.RU_PLACE_ADJECTIVES.items()
            for adjective in adjectives
        ]
    for code, vocab in data.STATES.items():
        for name in vocab.get(lang, []):
            pairs.append((name, _Entry(code, "name", _case_of(name))))
        for adjective in vocab.get(f"{lang}_adj", []):
            if lang == "fr":
                forms = french_forms(adjective)
            elif lang == "en":
                forms = [adjective, adjective + "s"]
            else:
                forms = [adjective]
            pairs += [(form, _Entry(code, "adjective", "any")) for form in forms]
            if lang == "ru":
                pairs.append((russian_prefix(adjective), _Entry(code, "prefix", "any")))
        if lang in ("fr", "en"):
            pairs += [(p, _Entry(code, "prefix", "any")) for p in vocab.get("prefix", [])]
        if lang == "fr" and not vocab.get("prefix"):
            derived = {french_prefix(a) for a in vocab.get("fr_adj", [])} - {None}
            pairs += [(p, _Entry(code, "prefix", "any")) for p in sorted(derived)]
        pairs += [(seat, _Entry(code, "seat", "title")) for seat in vocab.get("seat", [])]
    # a region is a seat too, cased as written ("la région de Sverdlovsk" opens lower-case)
    for code, regions in data.REGIONS.items():
        pairs += [(region, _Entry(code, "seat", _case_of(region))) for region in regions]
    if lang in _SUBDIVISION_FORMS:
        pairs += [
            (name, _Entry(code, "seat", _case_of(name))) for name, code in _subdivisions(lang)
        ]
    for code, vocab in data.ORGANISATIONS.items():
        pairs += [(a, _Entry(code, "organisation", "upper")) for a in vocab["acronyms"]]
        pairs += [(n, _Entry(code, "organisation", _case_of(n))) for n in vocab["names"]]
    for code, (names, _) in data.ALLIANCES.items():
        # the Union State is its two members' own union, never a party beside them; the
        # others in SPEC's list have their names there already
        if code not in data.ORGANISATIONS and code != "Union State":
            pairs += [(name, _Entry(code, "organisation", _case_of(name))) for name in names]
    for key, vocab in data.SPELLED_ORGANISATIONS.items():
        for phrase in vocab["acronyms"] + vocab["names"]:
            pairs.append((phrase, _Entry(key, "organisation", _case_of(phrase), spelled=True)))
    pairs += [
        (name, _Entry(code, "name", "alone"))
        for name, code in data.NAMES_ALONE.get(lang, {}).items()
    ]
    pairs += [
        (name, _Entry(code, "name", "article", articles=articles))
        for name, (code, articles) in data.NAMES_AFTER_ARTICLE.get(lang, {}).items()
    ]
    for code, names in data.INSTITUTIONS.items():
        pairs += [(name, _Entry(code, "name", _case_of(name))) for name in names]
    # a state's investment promotion agency, named "Invest" and the state's short English name
    # ("Invest India", "Invest Oman"), stands for its state (SPEC)
    english = {
        **_pycountry_names("en"),
        **{n: c for c, v in data.STATES.items() for n in v.get("en", [])},
    }
    pairs += [
        (f"Invest {name}", _Entry(code, "name", "title"))
        for name, code in english.items()
        if len(name.split()) <= 2
    ]
    for name in data.NAMED_ORGANISATIONS:
        code = data.LATIN_NAMES.get(name, name)
        pairs.append((name, _Entry(code, "organisation", _case_of(name))))
    return pairs


# A state's first-level subdivision named with its kind, as a region signs for its state
# ("Kisumu County", "Jinja district", "la province de Québec", "the Saint-Louis Region",
# "Lagos State"): pycountry's ISO 3166-2 names, each with the nouns of its type in the
# language. Named with its kind only (a bare "Lagos" is a city, "Central" a word), and only
# where the name so formed is one state's ("Eastern Province" is many states').
_SUBDIVISION_KINDS = {
    "County": ("county", "comté"),
    "District": ("district", "district"),
    "Province": ("province", "province"),
    "Region": ("region", "région"),
    "State": ("state", "état"),
    "Governorate": ("governorate", "gouvernorat"),
    "Prefecture": ("prefecture", "préfecture"),
    "Department": ("department", "département"),
}
_SUBDIVISION_FORMS = {
    "en": ("{name} {noun}", "{noun} of {name}"),
    "fr": ("{noun} de {name}", "{noun} du {name}", "{noun} d'{name}"),
}


@cache
def _subdivisions(lang: str) -> tuple[tuple[str, str], ...]:
    """(name with its kind, state code) for the subdivisions pycountry knows, in `lang`."""
    import pycountry

    codes: dict[tuple[str, ...], set[str]] = {}
    phrases: dict[tuple[str, ...], str] = {}
    states = {keys for n in _pycountry_names(lang) if (keys := _keys(n))}
    for sub in pycountry.subdivisions:
        nouns = _SUBDIVISION_KINDS.get(sub.type)
        name = re.split(r"[(/\[,;]", sub.name)[0].strip()
        if not nouns or len(name) < 3 or _keys(name) in states:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        noun = nouns[0] if lang == "en" else nouns[1]
        for form in _SUBDIVISION_FORMS[lang]:
            if lang == "fr" and form.endswith("'{name}") != (name[:1].lower() in "aeiouhéèâî"):
                continue  # "d'" before a vowel, "de"/"du" before a consonant
            phrase = form.format(noun=noun, name=name)
            if lang == "en" and form.startswith("{name}"):
                phrase = f"{name} {noun.title()}"
            keys = _keys(phrase)
            codes.setdefault(keys, set()).add(country.alpha_3)
            phrases[keys] = phrase
    return tuple(
        (phrases[keys], next(iter(found))) for keys, found in codes.items() if len(found) == 1
    )


@cache
def index(lang: str) -> dict[tuple[str, ...], _Entry]:
    """Token keys -> entry for one language (or all three when the language is another)."""
    languages = (lang,) if lang in LANGUAGES else LANGUAGES
    table: dict[tuple[str, ...], _Entry] = {}
    ambiguous: set[tuple[str, ...]] = set()
    for language in languages:
        for name, code in _pycountry_names(language).items():
            keys = _keys(name)
            if keys in table and table[keys].code != code:
                ambiguous.add(keys)
            table[keys] = _Entry(code, "name", "title")
    for keys in ambiguous:
        del table[keys]
    for language in languages:
        for phrase, entry in _hand_written(language):
            keys = _keys(phrase)
            known = table.get(keys)
            if (
                known
                and (known.code.lower(), known.kind) == (entry.code.lower(), entry.kind)
                and {known.case, entry.case} == {"upper", "title"}
            ):
                entry = replace(entry, case="title")  # «Алроса», «АЛРОСА»: any capitalised
            if keys and not (entry.kind == "prefix" and keys in table):
                table[keys] = entry
            if language == "ru" and entry.kind == "organisation":
                for form in russian_case_forms(phrase):
                    table.setdefault(_keys(form), entry)
    return table


def russian_case_forms(name: str) -> list[str]:
    """The oblique cases of a one-word Russian name («Алроса»: «Алросы», «Алросой»...):
    the lemmatiser does not know the name, so its guess for a case form («алроса») need not
    be its guess for the name itself («алрос»)."""
    if " " in name or not _CYRILLIC.search(name[-1:]):
        return []
    stem, last = name[:-1], name[-1]
    if last == "а":
        return [stem + ending for ending in ("ы", "е", "у", "ой", "ою")]
    if last == "я":
        return [stem + ending for ending in ("и", "е", "ю", "ей")]
    if last.lower() in "бвгджзклмнпрстфхцчшщ":
        return [name + ending for ending in ("а", "у", "ом", "е")]
    return []


@cache
def _lengths(lang: str) -> dict[str, list[int]]:
    """First word of a name -> the lengths of the names it starts, longest first."""
    starts: dict[str, set[int]] = {}
    for keys in index(lang):
        starts.setdefault(keys[0], set()).add(len(keys))
    return {first: sorted(lengths, reverse=True) for first, lengths in starts.items()}


def kind_of_word(word: str, lang: str) -> str | None:
    """The kind of entry a single word is ("adjective" for "Malien"), if it is one."""
    entry = index(lang).get((word_key(word),))
    return entry.kind if entry else None


def _case_ok(entry: _Entry, surface: str, text: str, start: int, end: int) -> bool:
    if entry.case == "title":
        return surface[:1].isupper()
    if entry.case == "alone":
        return surface[:1].isupper() and not _beside_a_name(text, start, end)
    if entry.case == "article":
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        return surface[:1].isupper() and bool(before) and before.group(1).lower() in entry.articles
    if entry.case != "upper":
        return True
    if not surface.isupper() and not _CASE_ENDING.match(surface):
        return False
    # An acronym inside a line written in capitals ("AU MALI") is a heading, not a party;
    # an acronym ending the sentence before is no heading ("… de l'ONU. OCP a signé …")
    before = _CAPS_BEFORE.search(text, max(0, start - 40), start)
    after = _CAPS_AFTER.match(text, end, end + 40)
    return not any(
        m and len(m.group(1)) > 2 and m.group(1).isupper() and m.group(1) not in _LEGAL_FORMS
        for m in (before, after)
    )


_CAPS_BEFORE = re.compile(r"([^\W\d_]+)[^\w.!?\n]*$")
_CAPS_AFTER = re.compile(r"[^\w.!?\n]*([^\W\d_]+)")


def _beside_a_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word other than a sentence's first function word stands
    right before or after: then "Jordan", "Maurice" are part of a person's or a river's name."""
    before = re.search(r"(\w+)[ \t]+$", text[max(0, start - 40) : start])
    after = re.match(r"[ \t]+(\w+)", text[end : end + 40])
    return any(
        m and m.group(1)[:1].isupper() and m.group(1).lower() not in _OPENING_WORDS
        for m in (before, after)
    )


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")

# Words that open a sentence before a state's name: "In Jordan", "Au Chili", "Et Maurice".
_OPENING_WORDS = {
    "in", "and", "with", "the", "to", "from", "for", "by", "of", "at", "on", "between", "both",
    "while", "but", "le", "la", "les", "l", "au", "en", "et", "avec", "entre", "pour", "par",
    "de", "du", "à", "a", "sur", "vers", "mais", "ni", "ou",
}  # fmt: skip

# A Russian acronym with its case ending: «КАМАЗом», «МАГАТЭ» is already upper.
_CASE_ENDING = re.compile(r"[А-ЯЁ]{2,}(?:а|у|ом|е|ой|ы)$")

# Legal forms written in capitals before a company's name («ПАО «КАМАЗ»», "PJSC Rosneft").
# «ГК «Росатом»» (a group of companies), «АК «АЛРОСА»» (a joint-stock company), «НАО» (a
# non-public one) are such forms too, and so are «НК», «НАК» (a national company, a national
# atomic company: «АО «НК «КазМунайГаз»», «НАК «Казатомпром»»).
_LEGAL_FORMS = {
    "ПАО", "ОАО", "ЗАО", "ООО", "НАО", "ГК", "АК", "НК", "НАК", "PJSC", "JSC", "OJSC", "LLC",
    "SARL", "PLC",
}  # fmt: skip


# A wire's dateline names its outlet in brackets after the place and the day: "QUITO, Aug 20
# (LatAm Energy Daily) -", "Banjul, 20 nov (APS) –", "Rabat, 11 mars 2025 (Niger Express) -",
# «МОСКВА, 3 апреля (Интерфакс) –»: it reports the story, it acts in none of it
_WIRE_OUTLET = re.compile(
    r"(?m)^[A-ZÀ-ÝА-ЯЁ][\w'’-]+(?:[ -][A-ZÀ-ÝА-ЯЁ][\w'’-]+){0,2}"
    r"(?:\s*\([A-ZÀ-ÝА-ЯЁ][\w'’ -]{1,30}\))?,\s*(?:le\s+)?[^()\n]{0,20}?\d[^()\n]{0,16}?"
    r"\s*\((?P<outlet>[A-ZÀ-ÝА-ЯЁ][^()\n]{1,40})\)\s*[-–—]"
)


def find_mentions(text: str, lang: str) -> list[Mention]:
    """Every state or organisation named in `text`, longest names first, in text order; none
    inside the name of the outlet a wire's dateline gives (`_WIRE_OUTLET`)."""
    mentions = _find_mentions(text, lang)
    dateline = _WIRE_OUTLET.search(text, 0, 600)
    if dateline is None:
        return mentions
    outlet = re.escape(dateline.group("outlet"))
    spans = [m.span() for m in re.finditer(rf"(?<!\w){outlet}(?!\w)", text)]
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]


def _find_mentions(text: str, lang: str) -> list[Mention]:
    table, lengths = index(lang), _lengths(lang)
    tokens = [(m.start(), m.end(), word_key(m.group())) for m in _TOKEN.finditer(text)]
    keys = [t[2] for t in tokens]
    mentions: list[Mention] = []
    # where the mentions whose code is to be spelled as the text does start (not their
    # indexes: "15 million US dollars from the Asian Development Bank" drops "US" below)
    spelled: set[int] = set()
    i = 0
    while i < len(tokens):
        step = 1
        for n in lengths.get(keys[i], ()):
            if i + n > len(tokens):
                continue
            window = tokens[i : i + n]
            entry = table.get(tuple(keys[i : i + n]))
            if entry is None or not _joined(text, window):
                continue
            start, end = window[0][0], window[-1][1]
            surface = text[start:end]
            if entry.kind == "prefix" and (end >= len(text) or text[end] not in _HYPHENS):
                continue
            if not _case_ok(entry, surface, text, start, end):
                continue
            mentions.append(Mention(entry.code, start, end, surface, entry.kind))
            if entry.spelled:
                spelled.add(start)
            step = n
            break
        i += step
    mentions = [m for m in mentions if not (m.kind == "adjective" and _is_language(text, m))]
    mentions = [m for m in mentions if not _is_currency(text, m)]
    mentions = [m for m in mentions if not _is_pronoun(text, m)]
    mentions = [m for m in mentions if not _of_a_continent(text, m)]
    mentions = _shared_adjectives(mentions)
    # «российско-кенийской»: the side whose adjective the vocabulary lacks
    extra = nationality.compound_mentions(text, lang, mentions)
    if extra:
        mentions = sorted(mentions + extra, key=lambda m: m.start)
    mentions = _as_spelled(mentions, spelled)
    mentions = _regional_subsidiaries(text, mentions)
    mentions = _with_company_words(text, mentions)
    mentions = _by_short_name(text, mentions)
    mentions = _by_head_word(text, mentions)
    mentions = _without_parent_organisations(text, mentions)
    mentions = _state_banks(text, mentions)
    mentions = _without_possessive_homes(text, mentions)
    mentions = _state_institutions_by_word_name(text, mentions)
    mentions = _known_names_glossed(text, mentions)
    if lang == "ru":
        mentions = _short_ministries_of_a_state(text, mentions)
    found = company_mentions(text, mentions)
    if not found:
        return _without_spelled_out(text, _without_described_parents(text, mentions))
    found = _state_institutions_by_short_name(text, mentions, found)
    companies = [c for c, _ in found]
    # a state named inside a company's name or in the words describing it ("la société
    # chinoise X", "Qatar Airways") is the company's home, not a side (SPEC)
    inside = [m for m in mentions if any(cut <= m.start < c.end for c, cut in found)]
    kept = [m for m in mentions if m not in inside]
    # «Газпром нефть» said again without its legal form is that company again, not Gazprom
    spans = [
        match.span()
        for c in companies
        for match in re.finditer(rf"(?<!\w){re.escape(c.surface)}(?!\w)", text)
    ]
    kept = [
        m
        for m in kept
        if not (
            m.kind == "organisation"
            and any(a <= m.start and m.end <= b and m.end - m.start < b - a for a, b in spans)
        )
    ]
    named = kept + _known_names(text, companies, kept)
    named = sorted(_lenders_by_initials(text, companies, named), key=lambda m: m.start)
    named = _without_described_parents(text, named)
    homes = [state for state, company in pairwise(named) if _described_home(text, state, company)]
    homes += [
        state
        for company, state in pairwise(named)
        if _apposed_home(text, company, state) or _placed_home(text, company, state)
    ]
    named = _without_spelled_out(text, named)
    return [m for m in named if m not in homes] if homes else named


def _without_spelled_out(text: str, named: list[Mention]) -> list[Mention]:
    """An organisation's full name in brackets right after its short one ("BAPEX (Bangladesh
    Petroleum Exploration and Production Company)", «компания «Х» (X Holding Ltd)») names the
    same organisation: no party of its own."""
    dropped = {
        id(full)
        for short, full in pairwise(named)
        if short.kind == full.kind == "organisation"
        and short.code != full.code
        and re.fullmatch(r"[»\"”]?\s*\(\s*", text[short.end : full.start])
        and re.match(r"\s*\)", text[full.end :])
    }
    return [m for m in named if id(m) not in dropped] if dropped else named


def _without_described_parents(text: str, named: list[Mention]) -> list[Mention]:
    """ "NVVN, the power trading arm of India's NTPC", "the African Development Fund, the
    concessional window of the African Development Bank Group": the parent describes the
    company or the fund, which acts; it is no party of its own."""
    return [
        m
        for m in named
        if not (
            m.kind == "organisation"
            and _PARENT_BEFORE.search(text, max(0, m.start - _PARENT_REACH), m.start)
        )
    ]


# The words of an apposition that name a company's parent: ", the power trading arm of
# India's", ", a subsidiary of", ", filiale du groupe", ", filiale de l'américain", «, дочерняя
# компания»; a fund's window
# (", the concessional window of", ", le guichet concessionnel du")
_PARENT_REACH = 90
_PARENT_BEFORE = re.compile(
    r"(?:,|\(|—|–)\s*(?:(?:the|a|an|une?|la|le)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:arm|subsidiary|unit|affiliate|division|window|filiale|branche|guichet)\s+(?:of|de|du|d['’])\s+"
    r"(?:(?:the|la|le|l['’])\s*)?(?:groupe?\s+|group\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    # its home's adjective as a noun: ", filiale de l'américain"
    r"(?:[a-zà-ÿ-]+\s+)?$"
    r"|(?:,|\(|—|–)\s*дочерн\w*\s+(?:компани\w*|структур\w*|предприяти\w*)\s+[«\"]?$"
)


# A state's agency, ministry or authority, named by its nationality or its state's name
# before its short name in brackets («Боливийское агентство ядерной энергии (ABEN)», "the
# Ghana Revenue Authority (GRA)"): SPEC, a state's institution stands for its state, so the
# short name, wherever it signs later, is that state. A bank, a company's word or a fund
# keep their own readings (a commercial bank is a company; funds are `counterparts`').
_STATE_INSTITUTION_WORD = re.compile(
    r"(?i)\b(?:agenc\w*|агентств\w*|ministr\w*|minist[èe]re\w*|министерств\w*|authorit\w*"
    r"|autorit\w*|regulat\w*|r[ée]gulat\w*|регулятор\w*|commissions?|комисси\w*|служб\w*"
    r"|ведомств\w*|department|d[ée]partement|департамент\w*|directorate|direction|управлени\w*)"
)
# a board or a council of the state's: "the Export Development Board of Sri Lanka", «Совет по
# развитию экспорта Шри-Ланки» (a power utility's board is a company: `_UTILITY`)
_BOARD_WORD = re.compile(r"(?i)\b(?:boards?|councils?|conseils?|совет(?:а|у|ом|е|ы|ов)?)\b")
_COMPANY_HEAD_WORD = re.compile(
    r"(?i)\b(?:company|corporation|compagnie|soci[ée]t[ée]|entreprise|group|groupe|bank|banque"
    r"|fund|fonds|компани\w*|корпораци\w*|банк\w*|фонд\w*|обществ\w*|групп\w*)"
)
_INTRODUCED_BEFORE = re.compile(r"[^.;:()\n]{3,90}$")
# A state's power utility, named as an authority or a board ("the Nepal Electricity Authority",
# "the Ceylon Electricity Board", "Volta River Authority" is left): it generates and sells
# power, a company of the state (SPEC: a state-owned company is a party of its own), where
# a regulator of the trade names its regulating ("Electricity Regulatory Authority")
_UTILITY_WORDS = (
    r"(?:Electricity|Electric|Power)\s+(?:Supply\s+|Generation\s+|Distribution\s+)?"
    r"(?:Authority|Board)"
)
_UTILITY = re.compile(rf"\b{_UTILITY_WORDS}\s*$")
# the same named with its short name, which it signs by (`company_mentions`)
_UTILITY_NAMED = re.compile(
    rf"(?<![\w'’-])(?!(?:The|A|An)\s)(?P<name>(?:[A-Z][\w'’-]*\s+){{1,3}}{_UTILITY_WORDS})"
    r"\s*\((?P<short>[A-Z][A-Z0-9&.-]{1,11})\)"
)


def _institution_state(text: str, bracket: int, mentions: list[Mention], states) -> str | None:
    """The state whose institution the words before a bracket at `bracket` name ("the
    Uzbekistan Atomic Energy Agency (…)", "l'Agence nationale de l'aviation civile du Niger
    (…)"), as a state's name or adjective among them; None for a company's name or a utility
    ("the Nepal Electricity Authority (NEA)" sells power: a company)."""
    name = _INTRODUCED_BEFORE.search(text, max(0, bracket - 90), bracket)
    if (
        not name
        or _COMPANY_HEAD_WORD.search(name.group())
        or _UTILITY.search(name.group())
        or not (_STATE_INSTITUTION_WORD.search(name.group()) or _BOARD_WORD.search(name.group()))
    ):
        return None
    return next(
        (
            m.code
            for m in mentions
            if name.start() <= m.start
            and m.end <= bracket
            and m.code in states
            and m.kind in ("name", "adjective")
        ),
        None,
    )


# A short name in brackets, a word of its own rather than capitals, quoted or not: "(«Узатом»)",
# "(« Anac »)", "(Uzatom)"
_WORD_NAME_IN_BRACKETS = re.compile(
    r"\(\s*[«\"“]?\s*(?P<short>[A-ZА-ЯЁ][a-zа-яё]{2,}(?:-[A-ZА-ЯЁa-zа-яё]+)?)\s*[»\"”]?\s*\)"
)
# the case endings a Russian text puts on such a name: «директор «Узатома»», «с «Узатомом»»
_SHORT_NAME_ENDING = r"(?:а|у|ом|е|ой|ы|ам|ами|ах)?"


def _state_institutions_by_word_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A state's institution introduced with a short name in brackets that is a word, not
    capitals ("Агентство по развитию атомной энергетики при Министерстве энергетики
    Узбекистана («Узатом»)", "l'Agence nationale de l'aviation civile du Niger (Anac)"): each
    later mention of the short name is that state (SPEC: a state's institutions stand for it),
    where no other reading claims it. Short names in capitals are `company_mentions`' and
    `_state_institutions_by_short_name`'s."""
    states = state_codes()
    added: list[Mention] = []
    for bracket in _WORD_NAME_IN_BRACKETS.finditer(text):
        short = bracket.group("short")
        state = _institution_state(text, bracket.start(), mentions, states)
        if state is None:
            continue
        pattern = rf"(?<![\w-]){re.escape(short)}{_SHORT_NAME_ENDING}(?![\w-])"
        for match in re.finditer(pattern, text):
            if not any(m.start < match.end() and match.start() < m.end for m in mentions + added):
                added.append(Mention(state, match.start(), match.end(), match.group(), "name"))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


# A ministry's short name as the Russian press writes it («Минфин», «минфин», «Минэнерго»,
# «в Минпроме») and the words its full name or its minister's title go on with: the short name
# alone says no state; the text's own ministry of that portfolio, named with its state, does
_SHORT_MINISTRIES = (
    ("минфин", "финансов"), ("минэнерго", "энергетики"), ("минздрав", "здравоохранения"),
    ("минсельхоз", "сельского хозяйства"), ("минобороны", "обороны"), ("минюст", "юстиции"),
    ("минтранс", "транспорта"), ("минпром", "промышленности"), ("минэкономики", "экономики"),
    ("минобразования", "образования"), ("минкультуры", "культуры"), ("минтруд", "труда"),
    ("минстрой", "строительства"), ("минсвязи", "связи"),
)  # fmt: skip
_SHORT_MINISTRY = re.compile(
    r"(?<![\w-])(?P<short>" + "|".join(s for s, _ in _SHORT_MINISTRIES) + r")"
    r"(?:а|у|ом|е)?(?![\w-])",
    re.IGNORECASE,
)
_MINISTRY_IN_FULL = {
    short: re.compile(
        rf"(?<![\w-])(?:министерств[оаеу]\w*|министр\w*|{short}(?:а|у|ом|е)?)"
        rf"(?:\s+{full}(?:\s+и\s+\w+)*)?\s+",
        re.IGNORECASE,
    )
    for short, full in _SHORT_MINISTRIES
}


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def _short_ministries_of_a_state(text: str, mentions: list[Mention]) -> list[Mention]:
    """«Министерство финансов Таджикистана и АБР подписали … В тот же день минфин и ИсБР
    подписали …»: a ministry's short name with no state after it is the state whose ministry
    of that portfolio (or whose minister of it) an earlier sentence names (SPEC: a state's
    institutions stand for it), where those sentences name that portfolio with one state
    only; with none or several, the short name stays unread here."""
    if not _SHORT_MINISTRY.search(text):
        return mentions
    states = state_codes()
    starts = {m.start: m for m in mentions if m.code in states and m.kind == "name"}
    added: list[Mention] = []
    homes_of: dict[str, list[tuple[int, str]]] = {}
    for match in _SHORT_MINISTRY.finditer(text):
        short = match.group("short").lower()
        if match.end() + 1 in starts and text[match.end()] == " ":
            continue  # «Минфина Таджикистана»: named with its state already
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        if short not in homes_of:
            full = _MINISTRY_IN_FULL[short]
            full_word = dict(_SHORT_MINISTRIES)[short]
            homes_of[short] = [
                (f.end(), starts[f.end()].code)
                for f in full.finditer(text)
                if f.end() in starts
                and (full_word in f.group().lower() or f.group().lower().startswith(short))
            ]
        # named in full in an earlier sentence: «Минэнерго и Министерство энергетики Ганы
        # подписали …» names two ministries, Russia's and Ghana's
        homes = {
            code
            for end, code in homes_of[short]
            if end < match.start() and _SENTENCE_BREAK.search(text, end, match.start())
        }
        if len(homes) == 1:
            added.append(
                Mention(next(iter(homes)), match.start(), match.end(), match.group(), "name")
            )
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _known_names_glossed(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation the vocabularies know by capitals that the text gives in brackets
    after a state's institution spelled out ("Export Development Board of Sri Lanka (EDB)" is
    no Eurasian Development Bank): each mention of those capitals is that state (SPEC)."""
    states = state_codes()
    glossed: dict[str, str] = {}
    for m in mentions:
        if (
            m.kind == "organisation"
            and m.surface.isupper()
            and m.surface not in glossed
            and text[m.end : m.end + 1] == ")"
            and (bracket := text.rfind("(", max(0, m.start - 3), m.start)) >= 0
            and not text[bracket + 1 : m.start].strip()
            and (state := _institution_state(text, bracket, mentions, states))
        ):
            glossed[m.surface] = state
    if not glossed:
        return mentions
    return [
        Mention(glossed[m.surface], m.start, m.end, m.surface, "name")
        if m.kind == "organisation" and m.surface in glossed
        else m
        for m in mentions
    ]


def _state_institutions_by_short_name(
    text: str, mentions: list[Mention], companies: list[tuple[Mention, int]]
) -> list[tuple[Mention, int]]:
    """The companies read from a short name (`company_mentions`) that the text introduced in
    brackets after a state's institution: those are left out, and each mention of the short
    name joins `mentions` as that state."""
    states = state_codes()
    kept: list[tuple[Mention, int]] = []
    for company, cut in companies:
        short = company.surface
        state = None
        if " " not in short and len(short) <= 12:
            for bracket in re.finditer(rf"\(\s*{re.escape(short)}\s*\)", text):
                state = _institution_state(text, bracket.start(), mentions, states)
                if state:
                    break
        if state is None:
            kept.append((company, cut))
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            if not any(m.start < match.end() and match.start() < m.end for m in mentions):
                mentions.append(Mention(state, match.start(), match.end(), short, "name"))
    mentions.sort(key=lambda m: m.start)
    return kept


def _lenders_by_initials(
    text: str, companies: list[Mention], mentions: list[Mention]
) -> list[Mention]:
    """An organisation found by a lender's name shape (`_LENDER`: a Bank, Fund, Agency,
    Corporation … "the Caribbean Development Bank", "Botswana Power Corporation (BPC)") that
    the text then goes on naming by its initials alone ("projects the CDB has appraised", "BPC
    will sell") is that party by its initials, as one with its short name in brackets is ("the
    Pacific Regional Bank (PRB)": PRB), and as the banks the vocabularies know are (ADB)."""
    renamed: dict[str, str] = {}
    for c in companies:
        if c.code != c.surface or not _LENDER.fullmatch(c.surface):
            continue
        words = [w for w in c.surface.split() if w not in _PARTICLES]
        initials = "".join(w[0] for w in words)
        if len(words) >= 3 and any(m.code == c.code and m.surface == initials for m in mentions):
            renamed[c.code] = initials
    if not renamed:
        return mentions
    return [replace(m, code=renamed[m.code]) if m.code in renamed else m for m in mentions]


# Words that go on with a company's name after the name the vocabularies know: "AD Ports
# Group", "Orano Mining", "Uranium One Group", «Русал Груп». SPEC: a company is a party by its
# name as the text spells it, so the longer name is the party, not the known shorter one. A
# word of an event or a venue after them makes the whole another thing's name ("the Huawei
# International Forum").
_COMPANY_WORD = (
    r"\s+(?:Group|Holding|Holdings|Mining|Minerals|Resources|Corporation|Company|Energy"
    r"|Energies|Power|International|Technologies|Industries|Logistics|Petroleum|Overseas"
    r"|PJSC|JSC|OJSC|LLC|Ltd|Limited|Inc|SA|SAS|SARL|Plc|PLC|AG|GmbH|BV|NV|SpA"
    r"|Груп|Групп|Холдинг|Холдингс|Майнинг|Энерджи|Интернешнл|Оверсиз)"
)
_COMPANY_WORDS_AT_END = re.compile(rf"(?:{_COMPANY_WORD})+$")
_COMPANY_WORDS = re.compile(
    # one or two words of the subsidiary's own before them: "Adani Green Energy", "Orano
    # Uranium Mining" (a state's or another organisation's name there is left alone)
    rf"(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){{0,2}}?(?:{_COMPANY_WORD})+"
    r"(?![\w&'’-])(?!\s+(?:Forum|Summit|Week|Conference|Foundation|Award|Awards|Prize|Cup"
    r"|Centre|Center|Academy|University|School|Museum|Stadium|Форум\w*|Саммит\w*))"
)


# A region's name after a company the vocabularies know: "OCP Africa", "Huawei Middle East",
# "Orange Afrique". It names the company's regional subsidiary, a company of its own (SPEC: a
# company is a party by its own name), not the parent; an event's or a venue's word after it
# makes the whole another thing's name ("the Huawei Africa Forum").
_REGION_AFTER = re.compile(
    r"\s+(?:(?:West|East|North|South|Southern|Central|Sub-Saharan)\s+)?(?:Africa|Europe|Asia"
    r"|Middle East|Latin America|Eurasia|Afrique(?:\s+(?:de l['’]Ouest|de l['’]Est|du Nord"
    r"|centrale|australe))?|Asie|Moyen-Orient|Amérique latine)"
    r"(?![\w&'’-])(?!\s+(?:Forum|Summit|Week|Conference|Foundation|Award|Awards|Prize|Cup"
    r"|Centre|Center|Academy|University|School|Museum|Stadium|Day|Days|Tour|Форум\w*))"
)


def _regional_subsidiaries(text: str, mentions: list[Mention]) -> list[Mention]:
    """A known company's mention followed by a region's name (`_REGION_AFTER`) is the regional
    subsidiary, by that longer name; the company's other mentions stay the parent."""
    out = []
    for m in mentions:
        region = (
            _REGION_AFTER.match(text, m.end)
            if m.kind == "organisation"
            and m.code in _named_codes()
            and home_state(m.code) is not None
            and not _CYRILLIC.search(m.surface)
            else None
        )
        if region:
            name = text[m.start : region.end()]
            m = replace(m, code=" ".join(name.split()), end=region.end(), surface=name)
        out.append(m)
    return out


@cache
def _named_codes() -> frozenset[str]:
    """The codes of the organisations the vocabularies name (companies, mostly)."""
    return frozenset(data.LATIN_NAMES.get(n, n) for n in data.NAMED_ORGANISATIONS)


def _with_company_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """A known organisation named with words of a company's name after it ("AD Ports Group
    signed") is the party by that longer name, here and wherever the text names it short."""
    renamed: dict[str, str] = {}
    longer: dict[int, int] = {}  # a mention's start -> its name's end, the words included
    for m in mentions:
        if m.kind != "organisation" or m.code not in _named_codes():
            continue
        words = _COMPANY_WORDS.match(text, m.end)
        if not words or bool(_CYRILLIC.search(words.group())) != bool(_CYRILLIC.search(m.surface)):
            continue
        if any(m.end <= o.start < words.end() for o in mentions):
            continue  # "Huawei Kenya Limited": a state's name is no word of the company's
        short = _FIRST_WORDS_AFTER.match(text, words.end())
        if short and short.group("short") == m.surface:
            continue  # "Sinohydro Corporation Limited (Sinohydro)": it goes by the short name
        longer[m.start] = words.end()
        # in Latin script as the company writes itself: «Русал Груп» is Rusal Group
        spelled = (
            " ".join([m.code, *map(_latin_word, words.group().split())])
            if _CYRILLIC.search(m.surface)
            else text[m.start : words.end()]
        )
        renamed.setdefault(m.code, spelled)
    if not renamed:
        return mentions
    return [
        replace(
            m,
            code=renamed[m.code],
            end=longer.get(m.start, m.end),
            surface=text[m.start : longer.get(m.start, m.end)],
        )
        if m.code in renamed
        else m
        for m in mentions
    ]


_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
# The words between a parent organisation and its agency's own name: "the UN's refugee
# agency, UNHCR", "l'agence des Nations unies pour les réfugiés (HCR)", «агентство ООН по
# делам беженцев УВКБ». No coordination, no clause break: it describes the agency.
_AGENCY = (
    r"(?:agency|agence|programme|program|fund|fonds|organi[sz]ation|office|bureau"
    r"|агентств\w*|программ\w*|фонд\w*)"
)
_AGENCY_GAP = re.compile(rf"(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,5}}?{_AGENCY}[\s,(«\"]+")
# "l'agence des Nations unies pour les réfugiés (HCR)": the agency word before the parent
_AGENCY_BEFORE = re.compile(rf"(?i)\b{_AGENCY}\s+(?:[\w'’-]+\s+){{0,2}}$")
_DESCRIPTION_GAP = re.compile(r"(?:\s+[\w'’-]+){1,5}[\s(«\"]+")
_COORDINATING = re.compile(r"(?i)\b(?:and|et|и|with|avec|с|or|ou|или)\b")


_STATE_BANKS = {"Exim Bank", "Eximbank", "EXIM Bank", "Exim"}
_STATE_BEFORE = re.compile(r"(?:['’]s)?\s+")
# "the Exim Bank of India", "l'Exim Bank de l'Inde", "la Exim Bank de Chine", "… du Ghana"
_STATE_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|du\s+|d['’])")


def _state_banks(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "China's Exim Bank", "the Exim Bank of India", "l'Exim Bank de l'Inde": a state's
    export-import bank acts for its state (SPEC: a state-owned bank acting for the state is
    the state); the state named beside it is the side, the bank's name no party of its own."""
    dropped = set()
    for i, m in enumerate(mentions):
        if m.surface not in _STATE_BANKS:
            continue
        before = mentions[i - 1] if i else None
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        states = state_codes()
        if (
            before and before.code in states and _STATE_BEFORE.fullmatch(text, before.end, m.start)
        ) or (after and after.code in states and _STATE_AFTER.fullmatch(text, m.end, after.start)):
            dropped.add(i)
    return [m for i, m in enumerate(mentions) if i not in dropped] if dropped else mentions


def _without_parent_organisations(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the UN refugee agency UNHCR": the UN there describes the agency, which acts; the
    parent is no party of its own (SPEC names the agency, `UNHCR`)."""
    parents = set()
    for parent, agency in pairwise(mentions):
        if parent.kind != "organisation" or agency.kind != "organisation":
            continue
        if parent.code not in data.ORGANISATIONS or agency.code in data.ORGANISATIONS:
            continue  # a parent of SPEC's list before an agency outside it
        gap = text[parent.end : agency.start]
        described = (
            _AGENCY_GAP.fullmatch(gap)
            # "the UN Food and Agriculture Organization": the parent as the name's first word
            or gap == " "
            or (
                _DESCRIPTION_GAP.fullmatch(gap)
                and _AGENCY_BEFORE.search(text, max(0, parent.start - 40), parent.start)
            )
        )
        if described and not _COORDINATING.search(gap) and len(gap) <= 50:
            parents.add(parent)
    for agency, parent in pairwise(mentions):
        # "IFAD, a specialised UN agency,": the parent in the agency's apposition
        if (
            agency.kind == parent.kind == "organisation"
            and parent.code in data.ORGANISATIONS
            and agency.code not in data.ORGANISATIONS
            and _APPOSED_GAP.fullmatch(text, agency.end, parent.start)
            and (
                _AGENCY_AFTER.match(text, parent.end)
                or _AGENCY_BEFORE.search(text, agency.end, parent.start)
            )
        ):
            parents.add(parent)
    return [m for m in mentions if m not in parents] if parents else mentions


# An apposition after an agency's name: "IFAD, a specialised UN agency", "le FIDA, une agence
# des Nations unies", «МФСР, специализированное агентство ООН»
_APPOSED_GAP = re.compile(
    r"(?i)\s*,\s+(?:an?\s+|the\s+|une?\s+|l['’]|la\s+|le\s+)?(?:[\w'’-]+\s+){0,4}?"
)
_AGENCY_AFTER = re.compile(rf"(?i)\s+(?:[\w'’-]+\s+)?{_AGENCY}")


# A company's kind between its home's adjective and its name: "the Saudi wealth fund PIF",
# «катарский инвестиционный фонд QIA», "la société chinoise Sinohydro" (a few lower-case words).
_DESCRIBING_GAP = re.compile(r"(?:\s+[a-zà-ÿа-яё-]+){0,3}\s+[«\"“]?")


@cache
def _kind_words() -> frozenset[str]:
    """The words of the triggers that introduce a company ("fund", «фонд», "société")."""
    return frozenset(w for t in data.COMPANY_TRIGGERS for w in t.lower().split() if len(w) > 3)


def _describes(gap: str) -> bool:
    """Whether the words between a state's adjective and a company name the company's kind
    ("Saudi wealth fund PIF", «катарский инвестиционный фонд QIA», "chinoise Sinohydro"),
    not another thing ("the Russian side and Rosatom")."""
    if not _DESCRIBING_GAP.fullmatch(gap):
        return False
    words = re.findall(r"[\w-]+", gap.lower())
    return not words or any(word in _kind_words() for word in words)


# what a company is, said between its state's possessive and its name ("Namibia's state power
# utility NamPower", "Kenya's national carrier KQ", "Chile's copper miner Codelco")
_TRADE_KINDS = frozenset(
    {
        "utility",
        "utilities",
        "operator",
        "carrier",
        "producer",
        "miner",
        "generator",
        "distributor",
        "firm",
        "refiner",
        "shipper",
        "airline",
        "railway",
        "insurer",
    }
)


def _described_home(text: str, state: Mention, company: Mention) -> bool:
    """A state in the possessive, then words naming a company's kind, then a company the
    vocabularies do not place: the state is the company's home ("Namibia's state power utility
    NamPower"), no side of its own (SPEC), as for the companies they place (`home_state`).
    So is its adjective before such words («с эфиопским государственным предприятием Adama
    Motors», "la société publique ghanéenne …" aside), and a capitalised one that opens the
    company's name in the text's language before its own name in brackets («Кенийской
    корпорацией торговых предприятий (Kenya Trading Corporation)»)."""
    if company.kind != "organisation" or state.code not in state_codes():
        return False
    if company.code in data.ORGANISATIONS or company.code in data.SPELLED_ORGANISATIONS:
        return False
    gap = text[state.end : company.start]
    if state.kind == "adjective":
        rest = _ADJECTIVE_HOME_GAP.fullmatch(gap)
        if rest is None or (rest["bracket"] and not text[state.start].isupper()):
            return False
        words = rest["words"].lower().split()
    elif state.kind == "name" and _POSSESSIVE_GAP.match(gap):
        rest = " " + gap[_POSSESSIVE_GAP.match(gap).end() :]
        if _DESCRIBING_GAP.fullmatch(rest) is None:
            return False
        words = re.findall(r"[\w-]+", rest.lower())
    else:
        return False
    return any(word in _kind_words() or word in _TRADE_KINDS for word in words)


# A company's kind said in apposition after its name, the state's adjective among its words:
# "Nordwind Energy Ltd, a Danish firm, signed …", "X SA, une société danoise, …", «X, китайская
# компания, …»; the words after the adjective end at the apposition's comma or the verb
_APPOSED_HOME_BEFORE = re.compile(
    r"\s*,\s+(?:(?:an?|the|une?|la|le|l['’])\s+)?(?P<words>(?:[a-zà-ÿа-яё-]+\s+){0,2})"
)
_APPOSED_HOME_AFTER = re.compile(r"(?P<words>(?:\s+[a-zà-ÿа-яё-]+){0,2})\s*(?:,|$)")


def _apposed_home(text: str, company: Mention, state: Mention) -> bool:
    """A state's adjective in an apposition that names a company's kind just after the
    company's name ("Cobalt Ridge LLC, an American company, signed …") is the company's home,
    no side (SPEC), as the adjective before the name is (`_described_home`)."""
    if company.kind != "organisation" or state.kind != "adjective":
        return False
    if state.code not in state_codes() or company.code in state_codes():
        return False
    before = _APPOSED_HOME_BEFORE.fullmatch(text, company.end, state.start)
    after = _APPOSED_HOME_AFTER.match(text, state.end, min(len(text), state.end + 40))
    if before is None or after is None:
        return False
    words = (before["words"] + after["words"]).lower().split()
    return any(word in _kind_words() or word in _TRADE_KINDS for word in words)


# A state named just after a company's name as where it is from: "Kartal Yapi Ltd of Turkey",
# "Kartal Yapi Ltd (Turkey)", «компания Kartal Yapi из Турции»
_PLACED_GAP = re.compile(r"\s+of\s+(?:the\s+)?|\s*\(\s*|\s+из\s+")


def _placed_home(text: str, company: Mention, state: Mention) -> bool:
    """A state's name right after a company the vocabularies do not place, by "of", in
    brackets or by «из», says where the company is from: its home, no side (SPEC), as its
    adjective before the name is (`_described_home`)."""
    if company.kind != "organisation" or state.kind != "name":
        return False
    if state.code not in state_codes() or company.code in state_codes():
        return False
    if company.code in data.ORGANISATIONS or company.code in data.SPELLED_ORGANISATIONS:
        return False
    gap = _PLACED_GAP.fullmatch(text, company.end, state.start)
    if gap is None:
        return False
    return "(" not in gap.group() or text[state.end : state.end + 1] == ")"


# The words between a state's adjective and a company it is home to: up to three lower-case
# words, no conjunction, preposition or verb («российская сторона и компания X» names two
# sides), then the name, or its own name in brackets after a name in the text's language
_ADJECTIVE_HOME_GAP = re.compile(
    r"(?P<words>(?:\s+(?!(?:and|et|и|с|со|with|avec|a|ont|has|have|had|will|signe\w*"
    r"|sign\w*|conclu\w*|подпис\w*|заключ\w*)(?:\s|$))[a-zà-ÿа-яё-]+){1,3})"
    r"\s+(?:[«\"“]|(?P<bracket>\(\s*))?"
)


def _without_possessive_homes(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Algeria's Sonatrach", "Russia's Rosatom": a state in the possessive before a company
    it is home to describes the company; so does its adjective a few words before ("the Saudi
    wealth fund PIF"): it is no side of its own (SPEC)."""
    homes = set()
    for state, company in pairwise(mentions):
        if home_state(company.code) != state.code:
            continue
        # "Russia's Rosatom", "India's state-run trader NTPC": what the company is may come
        # between, in lower case
        possessive = state.kind == "name" and _POSSESSIVE_HOME.fullmatch(
            text, state.end, company.start
        )
        described = state.kind == "adjective" and _describes(text[state.end : company.start])
        if possessive or described:
            homes.add(state)
    return [m for m in mentions if m not in homes] if homes else mentions


def organisation_seats(mentions: list[Mention], titled: list[Mention]) -> list[Mention]:
    """ "Brussels" in a story of the EU that never names Belgium ("Brussels describes the new
    text as ...", "talks in Brussels") is the EU's seat, not a Belgian side: a capital that
    seats an organisation the text or its title names is that organisation unless its state
    is named too (by name, adjective or prefix)."""
    codes = {m.code for m in mentions + titled}
    states = {m.code for m in mentions + titled if m.kind != "seat"}
    swap = {
        state: organisation
        for state, organisation in data.ORGANISATION_SEATS.items()
        if organisation in codes and state not in states
    }
    if not swap:
        return mentions
    return [
        replace(m, code=swap[m.code]) if m.kind == "seat" and m.code in swap else m
        for m in mentions
    ]


def _shared_adjectives(mentions: list[Mention]) -> list[Mention]:
    """ "congolais" is the DRC's adjective, but in a story that names the Republic of the
    Congo (by name or seat) more often than the DRC it is Congo-Brazzaville's («с
    конголезским коллегой» beside a Congo named thrice and a DRC named once in passing)."""
    named = Counter(m.code for m in mentions if m.kind in ("name", "seat"))
    swap = {
        code: other for code, other in data.SHARED_ADJECTIVES.items() if named[other] > named[code]
    }
    if not swap:
        return mentions
    return [
        replace(m, code=swap[m.code]) if m.kind == "adjective" and m.code in swap else m
        for m in mentions
    ]


def _known_names(text: str, companies: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Every other mention of a company found by its shape, by the same name or by its short
    name: the one in brackets after it, or the initials of a name of three words or more
    ("Yacimientos de Litio Bolivianos" ... "the YLB-KABIL memorandum")."""
    found: list[Mention] = []
    whole = _whole_names(companies) | _glossed_names(text, companies)
    names = {(c.surface, whole.get(c.code, c.code)) for c in companies}
    names |= {(c.code, whole.get(c.code, c.code)) for c in companies}
    for c in companies:
        names |= {(short, whole.get(c.code, c.code)) for short in _short_names(text, c)}
    # the short name in brackets just after the name is that naming, not another mention
    brackets = [b.span() for c in companies if (b := _BRACKETED.match(text, c.end))]
    # longest first: "China Energy" inside "China Energy Engineering Corporation" is no mention;
    # a surface two companies' names give ("NCOC", found signing alone and in brackets after
    # "North Caspian Operating Company") goes to the whole name, as the brackets tell: the
    # order of a set is no rule (it changed with each process's hash seed)
    for surface, code in sorted(names, key=lambda name: (-len(name[0]), -len(name[1]), name)):
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(a <= match.start() < b for a, b in brackets):
                continue
            if any(m.start < match.end() and match.start() < m.end for m in [*taken, *found]):
                continue
            found.append(Mention(code, match.start(), match.end(), surface, "organisation"))
    return sorted(found, key=lambda m: m.start)


def as_whole_names(mentions: list[Mention], others: list[Mention]) -> list[Mention]:
    """The mentions (of a title, say) of a company by the first words of a whole name the
    other mentions (of the text) give, as that company: a title's "China Energy" is the
    text's "China Energy Engineering Corporation". A short name the vocabularies give
    another organisation's meaning, that the text gives its own ("la Banque asiatique de
    développement (BAD)", `_by_short_name`), has the text's in the title too ("Le Laos et la
    BAD signent …")."""
    names = {m.code for m in others if m.kind == "organisation"}
    as_in_text: dict[str, str] = {}
    for m in others:
        if m.kind == "organisation":
            as_in_text.setdefault(m.surface, m.code)
    return [
        Mention(longer[0], m.start, m.end, m.surface, m.kind)
        if m.kind == "organisation"
        and (
            longer := sorted(
                (n for n in names if n.startswith(m.code + " ")), key=lambda n: (len(n), n)
            )[-1:]
        )
        else replace(m, code=as_in_text[m.surface])
        if m.kind == "organisation"
        and _acronym(m.surface)
        and m.code != m.surface
        and m.surface in as_in_text
        else m
        for m in mentions
    ]


def by_title_acronyms(mentions: list[Mention], title: list[Mention], lang: str) -> list[Mention]:
    """The text's mentions of an organisation spelled out ("the Islamic Development Bank")
    whose acronym the title gives ("Saudi Fund, IsDB and ACWA Power sign …"), under that
    acronym: one party, named as the text names it where it names it short (`_as_spelled`
    prefers the acronym within the text; the title is read apart)."""
    acronyms = {
        _entry_code(m.surface, lang): m.code
        for m in title
        if m.kind == "organisation" and _acronym(m.surface)
    }
    acronyms.pop(None, None)
    if not acronyms:
        return mentions
    return [
        replace(m, code=acronyms[code])
        if m.kind == "organisation" and (code := _entry_code(m.surface, lang)) in acronyms
        else m
        for m in mentions
    ]


def _entry_code(surface: str, lang: str) -> str | None:
    """The vocabularies' code of a name as a whole (`index`), before any renaming."""
    key = tuple(word_key(t.group()) for t in _TOKEN.finditer(surface))
    entry = index(lang).get(key)
    return entry.code if entry is not None else None


def _whole_names(companies: list[Mention]) -> dict[str, str]:
    """A company found by its shape under the first words of another's whole name ("China
    Energy" where the text named "China Energy Engineering Corporation") is that company, by
    its whole name (SPEC: one party, named as the text spells it)."""
    codes = {c.code for c in companies}
    return {
        short: max(longer, key=lambda code: (len(code), code))
        for short in codes
        if (longer := [code for code in codes if code.startswith(short + " ")])
    }


def _glossed_names(text: str, companies: list[Mention]) -> dict[str, str]:
    """A company introduced by its short name, its full name in brackets just after
    ("государственная компания YLB (Yacimientos de Litio Bolivianos)", "BAPEX (Bangladesh
    Petroleum Exploration and Production Company)"), goes by the short name: the brackets
    gloss it, and the full name's initials said again are that short name too."""
    return {
        full.code: short.code
        for short, full in pairwise(sorted(companies, key=lambda c: c.start))
        if short.code != full.code
        and _acronym(short.surface)
        and re.fullmatch(r"[»\"”]?\s*\(\s*", text[short.end : full.start])
        and re.match(r"\s*\)", text[full.end :])
    }


_PARTICLES = {"de", "del", "da", "do", "dos", "das", "y", "e", "la", "las", "los", "and", "of"}


def _short_names(text: str, company: Mention) -> set[str]:
    """A company's short names: the one in brackets after its name ("Empresa Nacional de
    Electricidad (ENDE)"), and the initials of its words, particles left out, where they are
    three or more ("Yacimientos de Litio Bolivianos": YLB)."""
    shorts = set()
    bracketed = _BRACKETED.match(text, company.end)
    if bracketed and _acronym(bracketed.group("short")):
        shorts.add(bracketed.group("short"))
    words = [w for w in company.code.split() if w not in _PARTICLES]
    if len(words) >= 3 and all(w[:1].isupper() for w in words):
        shorts.add("".join(w[0] for w in words))
    return shorts


@cache
def _oblique_triggers() -> frozenset[str]:
    """The oblique cases of `COMPANY_TRIGGERS`' one-word Russian nouns that the list does not
    spell («с холдингом «…»», «корпорации «…»», «с концерном «…»»). They introduce a quoted
    name only: "председатель совета директоров корпорации Сун Хайлян" is its head, a person."""
    russian = [t for t in data.COMPANY_TRIGGERS if " " not in t and _CYRILLIC.search(t)]
    forms = {form for t in russian for form in russian_case_forms(t)}
    return frozenset(forms - set(data.COMPANY_TRIGGERS)) | _latin_only_triggers()


@cache
def _latin_only_triggers() -> frozenset[str]:
    """«группа» in its cases: a company's head word only before a name in Latin script
    («кубинской группой BioCubaFarma», «с группой Eramet»); before Cyrillic or quotes it is a
    working or expert group («рабочая группа «Россия – Африка»»). So is «оператор» («сетевого
    оператора Terna»; «оператор АО «KEGOC»» has its legal form after it)."""
    return frozenset(
        ["группа", *russian_case_forms("группа"), "оператор", *russian_case_forms("оператор")]
    )


@cache
def _company_pattern() -> re.Pattern[str]:
    words = set(data.COMPANY_TRIGGERS) | _oblique_triggers()
    # (the words sharing their beginnings: `re` compares a letter once for all of them)
    triggers = alternation(sorted(words, key=len, reverse=True), ignorecase=True)
    # the particles of Spanish and Portuguese names join their capitalised words ("state
    # lithium company Yacimientos de Litio Bolivianos", "miner Companhia Vale do Rio Doce")
    # so does an ampersand ("company Hyundai Engineering & Construction")
    name = (
        rf"[A-ZÀ-ÝА-ЯЁ][\w&'’-]+(?:\s+(?:&\s+|{_IBERIAN_PARTICLE}\s+)?[A-ZÀ-ÝА-ЯЁ][\w&'’-]+){{0,3}}"
    )
    # Up to two describing words may stand between ("le groupe nucléaire français Orano").
    # A verb or a preposition ends them: "the company said on Tuesday" names no "Tuesday".
    describing = (
        r"(?:(?!(?:de|du|des|la|le|les|et|en|of|the|and|и|с|on|in|at|to|for|by|from|with|said"
        r"|says|signed|has|have|had|is|was|will|would|a|ont|est|sont|sur|dans|pour|par|à|au"
        r"|aux|avec|в|на|по|для|заявил\w*|подписал\w*)\s)[a-zà-ÿа-яё’-]+\s+){0,2}"
    )
    # A name in quotes is the whole quoted span, lower-case words too («компания «Северный
    # ветер»», «компании «Газпром нефть»»): the quotes, not the capitals, bound it. A quote
    # with a sentence's punctuation ('the company said "We are proud, …"') is speech.
    quoted = r"[«\"“](?P<quoted>[A-ZÀ-ÝА-ЯЁ0-9][^«»\"“”\n.,;:!?]{1,58})[»\"”]"
    # the triggers' first letters looked ahead for first: the case-blind alternation is then
    # tried only where a trigger can start ("c" of "company"), not at every character
    firsts = "".join(sorted({re.escape(t[0]) for t in words}))
    return re.compile(
        rf"(?=(?i:[{firsts}]))(?P<trigger>(?i:{triggers}))\s+{describing}"
        rf"(?:{quoted}|(?P<name>{name}))"
    )


# French adjectives that follow "Société", "Compagnie" or "Banque" in a company's name and name
# nothing alone ("la Société Générale", "la Compagnie Fruitière"; a state's adjective too: "la
# Société Ivoirienne de Raffinage")
_NAME_OPENS_ON_TRIGGER = re.compile(
    r"(?:G[ée]n[ée]rale|Nationale|Commerciale|Africaine|Internationale|Industrielle|Mini[èe]re"
    r"|Financi[èe]re|Fruiti[èe]re|Foresti[èe]re|Agricole|Immobili[èe]re)\b"
)
_IBERIAN_PARTICLE = r"(?:de\s+la|de\s+las|de\s+los|de|del|da|do|dos|das|y|e)"
# A Spanish or Portuguese company by the head word that opens its name, where no trigger
# introduces it ("between Empresa Nacional de Electricidad and …", "avec Petróleos de
# Venezuela"): the name runs over its particles to its last capitalised word, a state inside
# it being its home (SPEC: the company signs, not its state).
_IBERIAN_COMPANY = re.compile(
    r"(?<![\w'’-])(?P<name>(?:Empresas?|Companhia|Compa[ñn][íi]a|Sociedade?|Corporaci[óo]n"
    r"|Corpora[çc][ãa]o|Yacimientos|Petr[óo]leos?|Electricidade?|Eletricidade|Centrais"
    r"|Industrias|Ind[úu]strias|Minera|Minera[çc][ãa]o"
    # a bank by a name of its own ("Banco Internacional de Comercio (BICSA)", "Banco Sol"); a
    # central or national bank, or one named by its state ("Banco Central de Chile", "Banco
    # Nacional de Angola", "Banco de Moçambique"), is the state's
    r"|Banco(?!\s+(?:Central|Nacional|" + _IBERIAN_PARTICLE + r")\s))"
    rf"(?:\s+(?:{_IBERIAN_PARTICLE}\s+)?[A-ZÀ-Ý][\w&'’-]*){{1,6}})(?![\w&'’-])"
)
# An Iberian legal form after a company's name, its short name in brackets next: ", E.P.
# (Sonangol)", " S.A. (Petrobras)", ", Lda. (X)"
_IBERIAN_FORM_BEFORE_SHORT = re.compile(
    r",?\s+(?:E\.\s?P\.|S\.\s?A\.|EP|SA|Lda\.?)(?=(?P<open>\s*\()\s*)"
)
_FUND_TRIGGER = re.compile(r"(?i)\b(?:fund|fonds|фонд\w*)\b")
_WORD_END = re.compile(r"\w*$")
_QUOTED_NAME_WORDS = 4  # «Объединённая горно-металлургическая компания» is the longest kind
_FORMS_ONLY = {"Limited", "Ltd", "Inc", "Group", "Holding", "Holdings", "Corporation", "SA"}
# A company named by its own form: capitalised words ending in a word companies take
# ("Qatar Airways", "China Road and Bridge Corporation", "Bio Farma Group"), a place's "of"
# among them ("Gulf of Guinea Shipping Company", "Bank of Africa Group").
_NAMED_COMPANY = re.compile(
    # "the Chile-Peru High-Level Security Group" is a format of governments: no company's name
    # holds "High-Level", nor starts after it
    # (after a French article's elision too: "l'Electricity Supply Corporation of Malawi")
    r"(?:(?<=\b[lLdD]['’])|(?<![\w&'’-]))(?<!High-Level\s)(?!(?:The|A|An|La|Le|Les|L'|High-Level)\s)"
    # a state's office and its portfolio are no company's first words ("the Ministry of
    # Energy and Kenya Pipeline Company")
    r"(?!(?:Ministry|Minister|Government|Department|Office|Republic|Embassy|Secretary)\s)"
    r"(?P<name>[A-Z][\w&'’-]*(?:(?:\s+of(?:\s+the)?)?\s+(?!High-Level\s)[A-Z][\w&'’-]*(?:\s+(?:and|&)\s+[A-Z][\w&'’-]*)?){0,5}?"
    # "the India-Egypt Joint Working Group", "the India-Bhutan Joint Group of Experts" are
    # bodies of two states, no company
    r"(?<!Working)(?<!Contact)(?<!Joint)\s+(?:Airways|Airlines|Corporation|Company|Group|Holding|Holdings"
    # a carrier named by its home's adjective and "Air" last ("Korean Air"; not "Royal Air
    # Force", "the Clean Air Act"; a carrier described before its name keeps that path:
    # «национальный перевозчик Бахрейна Gulf Air»)
    r"|(?:(?<=an\s)|(?<=ese\s)|(?<=ish\s))Air(?!\s+[A-Z])"
    # the firms building or running one work together ("the Rovuma Gas Consortium")
    r"|Consortium"
    # a trading floor run as a firm ("the Bharat Diamond Bourse")
    r"|Bourse"
    r"|Limited|Ltd|Inc"
    # the legal forms of other lands: "Sahel Forages SARL", "Okoumé Bois SAS", "Boskalis
    # Dredging BV", "Voltalia Energie AG", "Enel Green Power SpA"
    r"|PJSC|JSC|LLC|LLP|PLC|Plc|SA|S\.A\.|SARL|SAS|SASU|GmbH|AG|NV|N\.V\.|BV|B\.V\.|SpA"
    r"|S\.p\.A\."
    # Turkish ones: "Türkiye Petrolleri Anonim Ortaklığı", "Koç Holding A.Ş."
    r"|Anonim\s+Ortakl[ıi][ğg][ıi]|Anonim\s+[ŞS]irketi|A\.[ŞS]\.))(?![\w&'’-])"
)
# A company named by the trade that ends its name ("Kosmos Energy", "Kenya Power", "Ethiopian
# Electric Power", "Bolloré Africa Logistics"). These words also end the names of a state's
# bodies and programmes, so the name is not a ministry's portfolio ("Minister of Energy"),
# opens with no generic word ("Renewable Energy") and runs into no institution word
# ("Atomic Energy Commission", "West African Power Pool").
_TRADES = (
    r"Power|Energy|Electric|Logistics|Mining|Minerals|Resources|Petroleum|Motors"
    r"|Technologies|Industries|Telecom|Cement|Shipping"
    # carriers, builders and makers name themselves by their trade too ("Namib Desert
    # Railways", "Sahel Pipelines", "Kilimanjaro Breweries", "Atlas Steel")
    r"|Railways|Pipelines|Utilities|Steel|Textiles|Breweries|Pharma|Pharmaceuticals"
    r"|Chemicals|Fertilizers|Fertilisers|Telecoms|Construction|Engineering|Aviation"
    # mills and food makers too ("An Hoa Paper", "Nile Pulp", "Olam Foods", "Kenya Seafood")
    r"|Paper|Pulp|Foods|Beverages|Seafood"
    # works named by what they make ("Ural Turbine Works", "Minsk Tractor Works"; "Public
    # Works" opens with a generic word)
    r"|Works"
    # farms, single lines and terminals ("Baobab Agro", "Nacala Corridor Railway", "Abidjan
    # Terminal"), and the French trades that end a company's name the same way ("Atlantique
    # Logistique", "Sahara Énergie", "Congo Bois", "Faso Ciment", "Nouadhibou Pêche")
    r"|Agro|Railway|Terminal|Terminals|Ports|Airports|Automotive|Sugar|Cables|Farms"
    r"|Logistique|[ÉE]nergie|[ÉE]nergies|Bois|Ciment|Ciments|P[êe]che|Transports|T[ée]l[ée]com"
)
_GENERIC_FIRST = (
    r"(?:National|State|Renewable|Solar|Nuclear|Atomic|Electric|Electricity|Energy|Power|Oil"
    r"|Gas|Mining|Petroleum|Mineral|Minerals|Natural|Green|Clean|New|International|Regional"
    r"|Rural|Public|Federal|Ministry|Minister|Department|Global|World|Hydro|Thermal|Wind"
    r"|Sustainable|Affordable|Critical|Strategic|Digital|Mines|Industry|Trade|Finance|Civil"
    r"|Road|Roads|Building|Housing|Heavy|Chemical|Mechanical|Textile|Steel|Water)\b"
)
_INSTITUTION_AFTER = (
    r"(?:Commission|Agency|Authority|Board|Council|Ministry|Minister|Ministers|Sector|Week"
    r"|Summit|Forum|Conference|Plan|Programme|Program|Project|Policy|Strategy|Corridor|Pool"
    r"|Market|Act|Bill|Law|Compact|Initiative|Regulatory|Regulator|Department|Office|Institute"
    r"|Centre|Center|Fund|Facility|Transition|Security|Cooperation|Partnership|Dialogue"
    r"|Committee|Association|Chamber|Union|Community|Network|Alliance|Zone|Park|Stations?|Plants?"
    r"|Expo|Show|Award|Awards|Company|Corporation|Group|Holding|Limited|Ltd|Cabinet"
    r"|Secretariat|Secretary|Directorate|Division|Unit|Services|Service|Minister|Mix|Sources"
    r"|Storage|Supply|Access|Efficiency|Generation|Transmission|Distribution|Grid|Line|Lines"
    r"|Bank|Investment|Investments|Development)\b"
)
# A state's office, then "and" before a company's name: the office is a side of its own
# ("the Kenyan Ministry of Health and X Limited": the office may follow its state's
# adjective; "the Kenya Medical Supplies Authority and X Limited": an agency ends its name)
_OFFICE_AND = re.compile(
    r"(?:Ministry|Government|Department|Office|Embassy|Authority|Agency|Board)\b[^\n]*"
    r"\s(?:and|&)\s+(?=[A-Z])"
)
# "and" then a state's possessive inside what reads as one company's name
_AND_STATE_S = re.compile(
    r"\s(?:and|&)\s+(?P<home>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s)\s+(?=[A-Z])"
)


def _before_a_state_s(text: str, start: int, end: int) -> int:
    """Where a name read from `start` to `end` ends before "and" and a state's possessive
    ("Barqa Power and Ghana's National Grid Company": two companies); `end` if nowhere."""
    for home in _AND_STATE_S.finditer(text, start, end):
        if _state_possessive(home["home"]):
            return home.start()
    return end


_TRADE_NAMED = re.compile(
    r"(?<![\w&'’-])(?<!of )(?<!de )(?<!du )(?<!des )(?<!d')(?<!d’)(?!" + _GENERIC_FIRST + r")"
    # no article opens a name, but after a possessive no article can stand: "Vietnam's An
    # Hoa Paper" is a name's first word
    r"(?:(?<=['’]s\s)|(?!(?:The|A|An|La|Le|Les|L')\s))"
    # a line named by its two ends is a work, no company: "the Tanzania-Zambia Railway"
    r"(?![A-Z][\w'’]*-[A-Z][\w'’]*\s+(?:Railway|Terminal)\b)"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\s+(?:" + _TRADES + r"))"
    r"(?![\w&'’-])(?!\s+(?:" + _INSTITUTION_AFTER + "|" + _TRADES + r"))"
    # nor one that an institution's name goes on after "and": "the Ghana Ports and Harbours
    # Authority", "Kenya Railways and Roads Board"
    r"(?!\s+(?:and|&)\s+[A-Z][\w&'’-]*\s+" + _INSTITUTION_AFTER + r")"
    # a work the trade names, no company: "the Sahel Agro pipeline", "the Lobito Railway project"
    r"(?!\s+(?i:pipelines?|projects?|fields?|mines?|lines?|corridors?|hubs?|dams?|roads?|bridges?"
    r"|refinery|refineries|concessions?|licen[cs]es?|blocks?)\b)"
)
# The short name in brackets after a company's name: the name it goes by where the full
# one is cut short by a state's name in it ("… Company Niger (WAPCO-Niger)") or spelled in
# common words ("Compagnie ivoirienne d'électricité (CIE)"); a full proper name the text
# gives whole ("China Road and Bridge Corporation (CRBC)") stays the party's name.
_SHORT_NAME = re.compile(
    r"(?P<more>(?:\s+[A-Z][\w'’-]*){0,2})\s*\((?P<short>[A-Z][A-Z0-9&.]{1,11}(?:-[A-Z][\w]+)?)"
    r"(?:\s+(?:Ltd|Limited|PLC|Plc|SA|S\.A\.|Inc|LLC|JSC|PJSC|AG|GmbH))?\)"
)
_OPEN_BRACKET = re.compile(r"\s*\(")
_OF_BEFORE_STATE = re.compile(r"\s+of\s+(?:the\s+)?")
_ENGLISH_STATE_AFTER = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")


def _with_state_of_name(
    text: str, end: int, taken: list[Mention], short_needed: bool = True
) -> int:
    """ "the National Gas Company of Trinidad and Tobago (NGC)": a company's name that goes
    on with "of" and a state, then its short name in brackets, is named whole, the state
    being its home (the short name glosses the whole name, not a name cut before "of").
    Without `short_needed`, a name a trigger introduces goes on so without brackets too
    ("la société National Electric Grid of Kenya"): "of" and a state end no company's name."""
    if not short_needed and _ENDS_IN_FORM.search(text, max(0, end - 40), end):
        return end  # "Kartal Yapi Ltd of Turkey": after its legal form, a state is its home
    of = _OF_BEFORE_STATE.match(text, end)
    state = of and next(
        (m for m in taken if m.start == of.end() and m.kind == "name" and m.code in state_codes()),
        None,
    )
    if of and not state and not short_needed:
        # an English name in a French or Russian text: its state in English ("la société
        # National Electric Grid of Uzbekistan"), which that text's vocabulary lacks
        words = _ENGLISH_STATE_AFTER.match(text, of.end())
        for stop in range(len(words.group().split()), 0, -1) if words else ():
            surface = " ".join(words.group().split()[:stop])
            if _entry_code(surface, "en") in state_codes():
                return of.end() + words.group().index(surface) + len(surface)
    short = state and _SHORT_NAME.match(text, state.end)
    if state and not short_needed:
        return end if short and short.group("more") else state.end
    return state.end if short and not short.group("more") else end


# A company's registered name, ended by its legal form
_ENDS_IN_FORM = re.compile(
    r"\s(?:Limited|Ltd\.?|PLC|Plc|Inc\.?|LLC|S\.A\.|SA|SARL|AG|GmbH|Ortakl[ıi][ğg][ıi]|[ŞS]irketi|A\.[ŞS]\.)$"
)
# Capitalised words after a known name, then a short name in brackets (`company_mentions`)
_LONGER_NAME = re.compile(
    r"(?P<words>(?:\s+[A-Z][\w'’-]*){1,4})\s*\((?P<short>[A-Z][A-Z0-9&.-]{1,11})\)"
)
# A company's first words in brackets after its name and legal form, the name it goes by
# ("Tata Power Company Limited (Tata Power)", "Ethiopian Electric Power Corporation (Ethiopian
# Electric Power)")
_FIRST_WORDS_AFTER = re.compile(
    r"(?:\s+(?:Limited|Ltd\.?|PLC|Plc|Inc\.?|LLC|S\.A\.|SA|AG|GmbH))?\s*"
    r"\((?P<short>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\)"
)


# A company spelled out in French words, named by the short name after it: "la Compagnie
# ivoirienne d'électricité (CIE)", "la Société nationale d'opérations pétrolières (PETROCI)".
# A power utility named after its state by the word "Électricité" alone ("Électricité du
# Cambodge (EDC)", "Électricité de Guinée (EDG)") is one too; "l'Électricité" after an article
# is a ministry's field ("le ministère de l'Électricité (MEE)"), no company.
_SPELLED_OUT = re.compile(
    r"(?:(?:(?<=\b[lL]['’])|(?<![\w'’]))(?:Compagnie|Société|Societe|Entreprise|Groupe)"
    r"|(?<![\w'’])[ÉE]lectricit[ée](?=\s+d))\s+"
    r"[^()\n.;]{3,80}?"
    r"\s\([A-Z][A-Z0-9&.]{1,11}(?:-[A-Z][\w]+)?\)"
)
# A works or a factory named in full with its initials after it, in French and English as
# `_RU_WORKS` in Russian: "l'usine de tracteurs de Minsk (MTZ)", "the Minsk Automobile Plant
# (MAZ)", "the Kharkiv Tractor Works (KhTZ)": a company, by its initials (SPEC), the city or
# the state in its name its home
_WORKS_SPELLED_OUT = re.compile(
    r"(?:(?<=\b[lL]['’])|(?<![\w'’]))(?:[Uu]sines?|[Ff]abrique|[Mm]anufacture|[Cc]ombinat)\s+"
    r"[^()\n.;]{3,80}?\s\([A-Z][A-Za-z]{1,5}[A-Z]\)"
    r"|(?<![\w'’-])(?!(?:The|A|An)\s)(?:[A-Z][\w'’-]+\s+){1,4}(?:Works|Plant|Factory|Mill)"
    r"\s\([A-Z][A-Za-z]{1,5}[A-Z]\)"
)
# The same works described in lower case, its initials after the words, no brackets: "l'usine
# biélorusse de tracteurs MTZ", "the Belarusian tractor plant MTZ": a company by its initials
_WORKS_INITIALS_AFTER = re.compile(
    r"(?:(?<=\b[lL]['’])|(?<=\b[Tt]he\s))(?:usines?|fabrique|combinat|(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:plant|factory|works))\s+(?:[a-zà-ÿ-]+\s+){0,3}?(?P<short>[A-Z]{2,6})(?![\w'’-])"
)
# The same with a short name written as a word, not in capitals: "la Société mauritanienne
# d'électricité (Somelec)", "la Société nationale d'électricité et du gaz (Sonelgaz)". Only a
# short name built from the first letters of the name's words (`_abbreviates`) counts: "la
# Société X (Mali)" names a place in its brackets.
_SPELLED_OUT_WORD = re.compile(
    r"(?<![\w'’])(?:Compagnie|Société|Societe|Entreprise|Groupe)\s+[^()\n.;]{3,80}?"
    r"\s\((?P<short>[A-Z][a-zà-ÿ]{3,11})\)"
)
# A Russian works named in full with its initials after it: «Минский тракторный завод
# (МТЗ)», «Магнитогорским металлургическим комбинатом (ММК)»: a company, by its initials in
# Latin script (MTZ), whatever case the name is in
_RU_WORKS = re.compile(
    r"(?<![\w-])(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){0,3}?\s+(?:авто)?(?:завод|комбинат)\w{0,3})"
    r"\s\((?P<short>[А-ЯЁ]{2,6})\)"
)
# The same works named by its city's adjective without initials: «Минский тракторный завод
# заключил контракт», «с Уральским турбинным заводом»: a place's adjective (-ский, -цкий),
# adjectives of what it makes, then the works; a state's adjective there («Белорусский
# завод») is a state's mention and no company's name (`company_mentions.add`)
_RU_CITY_WORKS = re.compile(
    r"(?<![\w-])(?P<name>[А-ЯЁ][а-яё-]+(?:ск|цк)(?:ий|ого|ому|им|ом)"
    r"(?:\s+[а-яё-]+(?:ый|ий|ой|ого|ому|ым|ом)){0,3}\s+(?:авто)?(?:завод|комбинат)(?:а|у|ом|е)?)"
    r"(?![\w-])(?!\s*\()"
)
# A Russian company's name, its head word among lower-case adjectives and its state's
# genitive after it, glossed by the short name it goes by: «Национальная нефтяная
# корпорация Анголы (ANPC)», «Государственная горнорудная компания (SONAMINE)»: the company
# signs by that short name; a state inside the name is its home (SPEC: a company, even a
# state-owned one, is a party of its own)
# The head may be followed by the field the company works in («Южноафриканская корпорация по
# ядерной энергии (Necsa)», «Кенийская компания по производству электроэнергии (KenGen)»),
# and a Latin short name may be written in mixed case as its company writes it.
_RU_SPELLED_OUT = re.compile(
    r"(?<![\w-])(?P<name>[А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){0,4}?\s+"
    r"(?:корпораци|компани|концерн|холдинг|предприяти)[а-яё]*(?:\s+[А-ЯЁ][а-яё-]+){0,2}"
    r"(?:\s+по\s+[а-яё-]+(?:\s+[а-яё-]+){0,3}?)?)"
    r"\s\((?P<short>[A-Z][A-Z0-9&.-]{1,11}|[A-Z][a-z]*[A-Z]?[a-z]+[A-Z]?[a-z]*|[А-ЯЁ]{2,8})\)"
)
_NAME_FILLERS = frozenset(
    ["d", "de", "des", "du", "l", "la", "le", "les", "et", "and", "of", "the"]
)


def _own_short_name(short: re.Match, name: str, taken: list[Mention], start: int) -> bool:
    """Whether the capitals in brackets after a company's name (at `start`) are its own short
    name in another language: letters the name's words do not spell ("Turkish Petroleum
    Corporation (TPAO)", "German Development Company (DEG)"), of three or more, and no state
    or other organisation the vocabularies know (those are its home or its parent: "(PRC)",
    "(AFD)"). A name that holds its state's name ("the National Oil Company of Liberia
    (NOCAL)") is named whole, as `_with_state_of_name` tells."""
    letters = short.group("short")
    if short.group("more") or len(letters) < 3 or not letters.isalpha():
        return False
    if any(m.start == short.start("short") for m in taken):
        return False
    end = start + len(name)
    if any(start <= m.start < end and m.kind == "name" and m.code in state_codes() for m in taken):
        return False
    return not _abbreviates(letters, name)


def _abbreviates(short: str, name: str, every_word: bool = False) -> bool:
    """Whether `short` is made of the beginnings of `name`'s words, in order, the first
    word's included ("Somelec": Société mauritanienne d'électricité); with `every_word`, each
    word gives at least its first letter ("FAGACE": Fonds africain de garantie et de
    coopération économique), as initials do where one word gives two."""
    # a link word may give its letters too, or none ("Sonidep": Société nigérienne des
    # produits pétroliers, "de" from "des")
    folded = [w for w in re.split(r"[\s'’-]+", _strip_accents(name.lower())) if w and w.isalpha()]
    while folded and folded[0] in _NAME_FILLERS:
        folded.pop(0)
    target = _strip_accents(short.lower())

    def built(i: int, j: int) -> bool:
        if i == len(target):
            return not every_word or all(w in _NAME_FILLERS for w in folded[j:])
        if j == len(folded):
            return False
        word = folded[j]
        for k in range(min(len(word), len(target) - i), 0, -1):
            if target[i : i + k] == word[:k] and built(i + k, j + 1):
                return True
        skips = word in _NAME_FILLERS or (j > 0 and not every_word)
        return skips and built(i, j + 1)  # a word may give no letter

    return len([w for w in folded if w not in _NAME_FILLERS]) >= 2 and built(0, 0)


# An organisation of business, named by the short name in brackets after it: a chamber of
# commerce, an employers' or enterprises' confederation ("la Confédération générale des
# entreprises du Maroc (CGEM)", "the Tanzania Chamber of Commerce, Industry and Agriculture
# (TCCIA)"). SPEC: an organisation is a party in its own right, and the state in its name is
# its home, not a side; it is no institution of the state.
_BUSINESS_BODY = re.compile(
    r"(?<![\w'’])(?!(?:The|La|Le|Les|L)\b)(?:[A-Z][\w'’-]+\s+){0,3}"
    r"(?:(?:Chambre|Chamber|Conf[ée]d[ée]ration|Confederation|F[ée]d[ée]ration|Federation"
    r"|Association|Union|Groupement)\s"
    r"(?=[^()\n.;]{0,60}?(?:[Cc]ommerce|[Ii]ndustr|[Ee]ntreprise|[Ee]mployeur|[Pp]atronat"
    r"|[Aa]ffaires|[Bb]usiness|[Ee]mployers|[Ee]nterprises|[Mm]anufacturers|[Ee]ntrepreneurs))"
    # the employers' council names its business in its head: "le Conseil national du patronat
    # béninois (CNPB)"
    r"|Conseil national du patronat\s)"
    r"[^()\n.;]{3,90}?\s\([A-Z][A-Z0-9&.]{1,11}\)"
)
# The same bodies by their name's shape, no short name needed: a single state's employers or
# private sector ("the Kenya Private Sector Alliance", "the Nigeria Employers' Consultative
# Association", "the Ghana Manufacturers Association"), the state in the name its home; and a
# chamber by its French initials and its place ("la CCI Cameroun", "la CCIA du Bénin"). A
# council of two states' businesses ("the Kenya-Uganda Business Council") is a body, no side.
_BUSINESS_SHAPE = re.compile(
    r"(?<![\w'’-])(?P<name>(?!(?:The|La|Le|Les|L)\b)(?:[A-Z][\w'’]+\s+){0,3}"
    r"(?:Private\s+Sector|Employers['’]?|Manufacturers['’]?|Industrialists['’]?|Exporters['’]?)"
    r"(?:\s+[A-Z][\w'’]+){0,2}\s+(?:Alliance|Association|Federation|Confederation|Union)"
    r"|CCI[A-Z]{0,2}\s+(?:(?:du|de\s+la|de|des)\s+|d['’])?[A-ZÀ-Ý][\w'’]+(?:[\s-][A-ZÀ-Ý][\w'’]+)?)"
    r"(?![\w'’-])"
)
# A fund described as such in apposition after its name and short name: "the Indonesia
# Investment Authority (INA), the country's sovereign wealth fund, signed …", "le Fonds
# souverain d'investissements stratégiques (FONSIS), le fonds souverain du Sénégal". Like a
# fund introduced by its word ("le fonds souverain X", `COMPANY_TRIGGERS`), it signs as itself,
# by the short name, whatever institution word its name holds.
_FUND_IN_APPOSITION = re.compile(
    r"(?<![\w'’])(?!(?:The|La|Le|Les|L)\b)(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|de|d['’]\w+"
    r"|des|du)){0,6})\s*\([A-Z][A-Z0-9&.]{1,11}\),\s+(?:the|a|le|un)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:sovereign\s+(?:wealth\s+)?fund|wealth\s+fund|investment\s+fund|fonds\s+souverain"
    r"|fonds\s+d['’]investissement)\b"
)
# A regional or multilateral lender or body by its name's shape: capitalised words with a
# head word of such bodies (Bank, Fund, Agency, Alliance, Institute, Organisation,
# Corporation, Facility) and a word of a region or of many states ("the Trade and
# Development Bank (TDB)", "the Development Bank of Southern Africa", "the African Trade
# Insurance Agency (ATI)", "the International Solar Alliance (ISA)", "la Banque arabe …",
# "l'Agence panafricaine de la Grande Muraille verte (APGMV)"); it acts as itself (SPEC: an
# international organisation by its own name, the short name in brackets when the text gives
# one). A state inside the name makes it that state's body ("the Korea International
# Cooperation Agency"), and a central bank is a state's (both left out). A venue's head
# (Centre, Hall) is none: "the Kenyatta International Convention Centre" is where one signs.
_FRENCH_REGIONS = (
    r"ouest-africaine?|africaine?|arabe|islamique|internationale?|asiatique|europ[ée]en(?:ne)?"
    r"|r[ée]gionale?|panafricaine?|intergouvernementale?"
)
_LENDER = re.compile(
    r"(?:(?<=\b[lL]['’])|(?<![\w'’-]))(?!(?:The|La|Le|L)\b)(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){0,6}"
    r"(?:Bank|Fund|Agency|Alliance|Institute|Organi[sz]ation|Corporation|Facility)"
    r"(?:\s+(?:of|for)\s+(?:[A-Z][\w'’-]*(?:\s+(?:and|&|in)\s+|\s+)?){1,4})?"
    r"|(?:Banque|Fonds|Agence|Alliance|Institut|Organisation)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?i:" + _FRENCH_REGIONS + r")"
    # up to its short name in brackets when one follows ("… de la Grande Muraille verte
    # (APGMV)"), else its complements
    r"(?:\s+[^()\n.;,]{1,80}?(?=\s*\([A-Z][A-Za-z0-9]{1,9}\))"
    r"|(?:\s+(?:de|d['’]|du|des|pour\s+(?:le|la|les|l['’]))\s*[\w'’-]+){0,4}))"
    r"(?P<short>\s*\([A-Z][A-Za-z0-9]{1,9}\))?"
)
_REGION_WORDS = re.compile(
    r"\b(?:Africa|African|Arab|Islamic|Asian|Asia|Eastern|Southern|Western|Northern|International"
    r"|Nordic|European|Eurasian|Caribbean|Pacific|Latin|American|Trade\s+and\s+Development|Regional"
    r"|Pan-African|Intergovernmental|Multilateral"
    r"|(?i:" + _FRENCH_REGIONS + r"))\b"
)
# A bank or a fund by a name of its own, no state's nor a generic word's ("Savannah
# Commercial Bank", "the Savannah Growth Fund"): a company (SPEC), where a state's would
# be named for its state or its purpose ("the National Housing Fund", "Development Bank").
_OWN_BANK = re.compile(
    rf"(?!{_GENERIC_FIRST})(?!.*\b(?:Development|Cooperation|Economic|Commercial|Investment"
    r"|Investments|Export|Import|Exim|Agricultural|Cooperative|Postal|Savings|Reserve|People['’]s"
    r"|Sovereign|Solidarity|Social|Infrastructure|Climate|Peace|Guarantee|Monetary|Pension"
    r"|Pensions|Insurance|Trust|Road|Roads|Housing|Health|Education)\b)"
    # a river's bank is a place ("the East Bank road link")
    r"(?!(?:East|West|North|South|Eastern|Western|Northern|Southern|Left|Right|River|Upper"
    r"|Lower)\b)"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:Bank|Fund)"
)
# The same in French, the head word first: "la Banque Kora", "la Banque Sahélienne de
# Commerce", "le Fonds Baobab pour le Climat": capitalised words of its own after "Banque" or
# "Fonds" (a lower-case word is a description: "la banque centrale", "le fonds souverain"),
# none a state's or a generic lender's ("Banque Nationale", "Fonds Monétaire")
_OWN_BANQUE = re.compile(
    r"(?<![\w'’-])(?P<name>(?:Banque|Fonds)\s+(?!(?:Nationale?|Centrale?|Mondiale?|Africaine?"
    r"|Islamique|Arabe|Europ[ée]enne?|Ouest|Internationale?|Agricole|Populaire|Publique"
    r"|R[ée]gionale?|Commune|Mon[ée]taire|Souverain|Sp[ée]cial|Fiduciaire|Vert)\b)"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}"
    r"(?:\s+(?:de\s+la|de|du|des|pour\s+(?:le|la|les|l['’]))\s*[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]+)?|\s*d['’][A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)?)"
    r"(?![\w'’-])"
)
# A chamber of commerce by its name's shape, no short name needed ("the Kilimanjaro Chamber of
# Commerce", "the Chamber of Commerce of Arusha", "la Chambre de commerce de Lyon"): a body of
# business that signs as itself, as with its short name (`_BUSINESS_BODY`). A university is
# left: a state's public university stands for its state in the gold files, as its other
# institutions do (SPEC), which its name does not always tell.
_CHAMBER = re.compile(
    r"(?:(?<=\b[lL]['’])|(?<![\w'’-]))(?!(?:The|A|An|La|Le|Les|L|Our|Its|Their)\s)(?P<name>"
    r"(?:[A-Z][\w'’-]+\s+){1,3}Chamber\s+of\s+Commerce(?:\s+and\s+Industry)?"
    r"|Chamber\s+of\s+Commerce(?:\s+and\s+Industry)?\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"|Chambre\s+de\s+[Cc]ommerce(?:\s+et\s+d['’]\s*[Ii]ndustrie)?"
    r"(?:\s+(?:de\s+la|de|du|des)\s+|\s*d['’]\s*)[A-ZÀ-Ý][\w'’-]+"
    r"(?:[\s-]+[A-ZÀ-Ý][\w'’-]+){0,3})(?![\w'’-])"
)
# the seat may be several words: "Abu Dhabi-based", "Hong Kong-listed", "Ho Chi Minh City-owned"
_SEAT_WORD = re.compile(r"(?:[A-ZÀ-Ý][\w'’.]*\s+){0,3}\S+-(?:based|owned|listed|headquartered)\s+")
# A body of the states along a river, a lake, a basin or a sea, by its name's shape: "the
# Zambezi River Authority", "the Volta Basin Authority (VBA)", "the Lake Victoria Fisheries
# Organisation", "l'Autorité du bassin de la Volta": an international organisation, a party
# by its own name (the short name in brackets when one follows, as `_LENDER`). A state's
# own development authority for a region ("the Lake Basin Development Authority") is none.
_WATERS_HEAD = r"(?:Authority|Commission|Organi[sz]ation|Initiative)"
_WATERS_BODY = re.compile(
    r"(?=[A-Z])(?:(?<=\b[lL]['’])|(?<![\w'’-]))(?!(?:The|La|Le|L)\b)(?P<name>"
    r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,4}"
    r"(?:Basin|River|Lake|Lakes|Ocean|Gulf|Sea|Delta)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    + _WATERS_HEAD
    + r"|(?:Autorit[ée]|Commission|Organisation|Initiative)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+)(?:bassin|fleuve|lac|lacs|oc[ée]an|golfe|delta)\b"
    r"(?:\s+(?:du|de\s+la|de|des|d['’]|de\s+l['’]))*\s*[A-ZÀ-Ý][\w'’-]*)"
    r"(?P<short>\s*\([A-Z][A-Za-z0-9]{1,9}\))?"
)
_STATE_DEVELOPMENT = re.compile(r"(?i)\bdevelopment\s+authority|\bd[ée]veloppement\b")
# A legal form before a quoted name: «ПАО «КАМАЗ»», "JSC «Rosneft»"; two forms nest
# («АО «НК «Қазақстан темір жолы»»): the name is in the innermost quotes. So is it after
# the company's own initials in the outer quotes (АО "ОХК "Уралхим""), and a quote that a
# space comes before opens, closing nothing.
_FORMS = "|".join(sorted(_LEGAL_FORMS | {"АО"}, key=len, reverse=True))
_FORM_AND_NAME = re.compile(
    r"(?<!\w)(?:" + _FORMS + r")\s+[«\"“](?:(?:" + _FORMS + r"|[A-ZА-ЯЁ]{2,6})\s+[«\"“])?"
    r"(?P<name>[^«»\"”\n]{2,60})(?<!\s)[»\"”]"
)


# An organisation spelled out with the short name its words' initials make, where it signs:
# "with the Global Partnership for Education (GPE)", "avec l'Institut international
# d'agriculture tropicale (IITA)", "between Kenya and the Green Climate Fund (GCF)". The short name is the party (SPEC, gold: TCCIA, EDCL). The initials are those of
# the content words, function words left out; the name's first word is a capital.
_INITIALLED_SHORT = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]{1,7})\)")
_NAME_WORDS_BEFORE = re.compile(r"(?<![\w'’-])(?:[\w'’-]+\s+){0,11}[\w'’-]+$")
_FUNCTION_WORDS = {
    "of", "for", "and", "the", "on", "in", "to", "de", "du", "des", "la", "le", "les", "et",
    "pour", "en", "sur", "aux", "au", "&",
}  # fmt: skip
_ELIDED = re.compile(r"^[dlDL]['’]")
_LENDER_OR_COMPANY = re.compile(
    r"(?:Fonds|Fund|Banque|Bank|Caisse|Soci[ée]t[ée]|Compagnie|Company|Corporation)$"
)
_NAME_WORD = re.compile(r"[\w'’&-]+")
# where such a name signs: the one signed with or beside ("with the", "avec la", "and the",
# "entre le Niger et l'"), or the subject of a signing just after it
_SIGNING_PLACE_BEFORE = re.compile(
    r"(?:\b(?:with|avec|and|et|between|entre)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?)$"
)
_SIGNING_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|a|ont)\s+)?(?:signed|inked|sign[ée]e?s?)\b"
    # or the first of two subjects: "the Sahel Development Bank (SDB) and Niger signed", "la
    # Banque sahélienne de développement (BSD) et le Niger ont signé"
    r"|\s+(?:and|et)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:(?:have|had|also|ont)\s+)?(?:signed|inked|sign[ée]e?s?)\b"
)
# A state's institutions, events, projects and texts are named so too: none signs as itself
# ("the Ministry of Finance (MoF)", "the Joint Permanent Commission (JPC)", "le Projet … (PRI)").
_NOT_A_SIGNER = re.compile(
    r"(?i)\b(?:ministry|minist[eè]re|department|direction|national\w*|federal|f[ée]d[ée]ral\w*"
    r"|central\w*|revenue|authority|autorit[ée]|commission|committee|comit[ée]|council|conseil"
    r"|project|projet|programme|program|forum|summit|sommet|conference|conf[ée]rence|plan"
    r"|strat[ée]g\w*|week|semaine|expo|zone|corridor|corridors|act|agreement|accord|treaty"
    r"|trait[ée]|memorandum|framework|cadre|convention|protocol|protocole|charter|charte"
    r"|policy|politique|initiative|office|bureau|parliament|parlement|assembly|assembl[ée]e"
    r"|court|cour|tribunal|police|army|arm[ée]e|force|forces|government|gouvernement"
    # a person's office: "the Chief Executive Officer (CEO)", "le directeur général (DG)"
    r"|officer|executive|director\w*|directeur|chairman|chairperson|president|pr[ée]sident"
    r"|secretary|secr[ée]taire|minister|ministre|ambassador|ambassadeur|commissioner|governor"
    r"|gouverneur|manager|head|chief|chef)\b"
)


# A Latin-script name in a Russian sentence of signing is an organisation's own spelling
# (SPEC): «Монголия и Erdene Gold подписали …», «соглашение с Nova Resources о …». Only where
# it signs: after «с», «и», «между» and before a Russian word, or as the subject of the verb.
_LATIN_IN_RUSSIAN = re.compile(
    r"(?:(?<![\w-])(?:с|со|и|между)\s+|(?:^|(?<=[.!?]\s)))"
    r"(?P<name>[A-Z][\w&'’.-]*[\w](?:\s+[A-Z][\w&'’.-]*[\w]){0,3})"
    r"(?=[\s,]+(?:[а-яё]|подписал|заключил))"
)
_RUSSIAN_SIGNING = re.compile(r"подпис\w*|заключ\w*|парафир\w*")
_SENTENCE_END = re.compile(r"[.!?\n]")


# A company's local subsidiary, named by its brand and its state ("Vodafone Ghana", "Airtel
# Uganda", "Moov Niger"), where it signs: after with/avec/and/et/between/entre. The state is
# its home, no side (SPEC: a company signs as itself). An article, a region's or a title's
# word is no brand ("et Le Mali", "Northern Uganda", "President Uganda").
_BRAND_BEFORE_STATE = re.compile(
    r"\b(?:with|avec|and|et|between|entre)\s+(?P<brand>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+)?)"
    r"\s+(?=[A-ZÀ-Ý])"
)  # (a brand of two words: "et Royal Air Maroc", "and Orange Money Senegal")
_NO_BRAND = re.compile(
    r"(?:The|A|An|Le|La|Les|L|North|South|East|West|Northern|Southern|Eastern|Western|Central"
    r"|Upper|Lower|Greater|New|Republic|Democratic|United|Federal|Islamic|Arab|President"
    r"|Minister|Mr|Mrs|Ms|Dr|Prime|King|Queen|Sheikh|Emir|Nord|Sud|Est|Ouest|Haute?|Basse?"
    r"|Grand|Grande|Nouvelle?)$"
)


def _brand_and_state(text: str, taken: list[Mention]) -> list[tuple[int, int]]:
    """Spans of a brand and the state just after it where the pair signs."""
    states = {m.start: m for m in taken if m.kind == "name" and m.code in state_codes()}
    ends = {m.end for m in taken}
    spans = []
    for match in _BRAND_BEFORE_STATE.finditer(text):
        start, end = match.span("brand")
        state = states.get(match.end())
        if state is None or any(_NO_BRAND.match(word) for word in match.group("brand").split()):
            continue
        if end not in ends and start not in states:  # the brand is no name already read
            spans.append((start, state.end))
    return spans


def _latin_in_russian(text: str) -> list[tuple[int, int]]:
    """Spans of Latin-script names where they sign in a Russian sentence."""
    spans = []
    for match in _LATIN_IN_RUSSIAN.finditer(text):
        start, end = match.span("name")
        sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        next_end = _SENTENCE_END.search(text, end)
        sentence = text[sentence_start : next_end.start() if next_end else len(text)]
        if _CYRILLIC.search(sentence) and _RUSSIAN_SIGNING.search(sentence):
            spans.append((start, end))
    return spans


def _initials_of(words: list[str]) -> str:
    """The initials of a name's words, function words and elided articles left out
    ("Banque asiatique de développement": BAD); "ouest-africain" gives two letters (ROAS:
    Réseau ouest-africain des semences)."""
    content = [_ELIDED.sub("", w) for w in words if w.lower() not in _FUNCTION_WORDS]
    return "".join(
        _strip_accents(part[:1]).upper() for w in content for part in w.split("-") if part
    )


def _initialled(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name spelled out before its initials in brackets where it signs,
    the brackets included: the shortest run of words before them whose initials they are."""
    found = []
    for short in _INITIALLED_SHORT.finditer(text):
        words_before = _NAME_WORDS_BEFORE.search(text, max(0, short.start() - 160), short.start())
        if not words_before:
            continue
        spans = [(m.start(), m.group()) for m in _NAME_WORD.finditer(words_before.group())]
        letters = short.group("short").upper()
        for k in range(len(spans) - 1, -1, -1):
            words = [w for _, w in spans[k:]]
            content = [_ELIDED.sub("", w) for w in words if w.lower() not in _FUNCTION_WORDS]
            initials = _initials_of(content)
            if len(initials) > len(letters):
                break
            # initials, or, for a lender or a company, the words' first letters where one
            # gives more than its initial (a state's "Centre de promotion des exportations
            # (CEPEX)" stands for its state)
            spelled = initials == letters or (
                bool(content)  # "del Sur (CMS)": function words alone spell nothing
                and _LENDER_OR_COMPANY.match(content[0]) is not None
                and _abbreviates(letters, " ".join(content), every_word=True)
            )
            if not spelled or not words[0][:1].isupper() or len(content) < 2:
                continue
            start = words_before.start() + spans[k][0]
            elided = _ELIDED.match(words[0])
            start += elided.end() if elided else 0
            signs = _SIGNING_PLACE_BEFORE.search(text, max(0, start - 30), start) or (
                _SIGNING_AFTER.match(text, short.end())
            )
            if signs and not _NOT_A_SIGNER.search(text, start, short.start()):
                found.append((start, short.end()))
            break
    return found


def company_mentions(text: str, taken: list[Mention]) -> list[tuple[Mention, int]]:
    """Companies the text introduces as such ("la société Alport Conakry") or names by a
    company's form ("Qatar Airways", «ПАО «КАМАЗ»»), by their own name in Latin script
    (SPEC: «компания КАМАЗ» is KAMAZ); each with where the words describing it start."""
    found: list[tuple[Mention, int]] = []

    def add(
        start: int,
        end: int,
        cut: int,
        states_inside: bool,
        whole: bool = False,
        fund: bool = False,
        short_word: str | None = None,
    ) -> None:
        if any(m.start <= start and end <= m.end for m in taken):
            return  # "le Port autonome de Dakar et DP World": a place is no company
        for m in taken:
            overlaps = m.start < end and start < m.end and m.kind != "seat"
            home = states_inside and m.code in state_codes()
            # «ПАО «Газпром нефть»»: a name given whole after its legal form is the company,
            # not the shorter known name inside it (Gazprom is another company)
            longer = whole and m.kind == "organisation" and end - start > m.end - m.start
            if overlaps and not ((home or longer) and start <= m.start and m.end <= end):
                return
        if any(c.start < end and start < c.end for c, _ in found):
            return
        name = text[start:end]
        quoted = text[start - 1 : start] in ("«", '"', "“")
        head = bool(_HEAD_BEFORE.search(text, max(0, cut - 100), cut))
        switch = None if quoted else _LATIN_THEN_CYRILLIC.fullmatch(name)
        if switch:
            # «глава компании STEG Файсал Тарифа»: the company's Latin name, then its head's
            # Cyrillic name, which is no part of it
            end = start + switch.end("company")
            name = text[start:end]
            if any(c.start < end and start < c.end for c, _ in found):
                return
        if not quoted and _person_like(
            name, head
        ):  # «генеральный директор компании Павел Маринычев»
            return  # (a name in quotes is a company's: «Банк «Алтын Кредит»»)
        if not quoted and head and _LOWER_ARTICLE_AFTER.match(text, end):
            # «генеральный директор фонда Султан аль-Маршад»: a given name, then the family
            # name with its article in lower case, which no company's name is cut before
            return
        if _IN_PORTFOLIO.search(text, max(0, start - 120), start):
            return  # "Minister for Energy, Water Resources and Irrigation X": a role and its holder
        if not quoted and _TITLE_BEFORE.search(text, max(0, start - 30), start):
            return  # "ZCCM-IH chief executive Mwape Mulenga and Jiangxi Copper": a title's holder
        if name in _FORMS_ONLY:  # "Essential Drugs Company Limited": "Limited" names nothing
            return
        code = latin_name(name, quoted=quoted)
        short = _SHORT_NAME.match(text, end)
        # "la compagnie Indústrias Nucleares do Brasil S.A. (INB)", «компания … S.A. (INB)»: a
        # legal form the name's words left out, between the name and its short name
        formed = not short and (form := _IBERIAN_FORM_BEFORE_SHORT.match(text, end)) is not None
        if formed:
            short = _SHORT_NAME.match(text, form.end())
            formed = short is not None and not short.group("more")
        known = short and next(
            (m for m in taken if m.start == short.start("short") and m.kind == "organisation"),
            None,
        )
        if not short and (bracket := _OPEN_BRACKET.match(text, end)):
            # "Petróleo Brasileiro S.A. (Petrobras)": a known name in brackets, in any case
            known = next(
                (
                    m
                    for m in taken
                    if m.start == bracket.end()
                    and m.kind == "organisation"
                    and text[m.end : m.end + 1] == ")"
                ),
                None,
            )
            short = known and _SHORT_NAME.match("")  # no "more": a name for both
        if known and not (short and short.group("more")):
            # "China National Petroleum Corporation (CNPC)": a company the vocabularies know
            # by its short name is that party, one name for both
            code = known.code
        elif short and (short.group("more") or fund or formed or _ENDS_IN_FORM.search(name)):
            # "… Company Niger (WAPCO-Niger)": a name cut short; "le fonds souverain X (FSX)":
            # a fund signs by its short name (as `_FUND_IN_APPOSITION`); "Energy Fiji Limited
            # (EFL)": a registered name, legal form and all, then the name it goes by
            code, end = short.group("short"), short.end()
        elif short and _own_short_name(short, name, taken, start):
            # "the Turkish Petroleum Corporation (TPAO)": a name put into the text's language,
            # then the company's own (Türkiye Petrolleri Anonim Ortaklığı), which it goes by
            code, end = short.group("short"), short.end()
        elif short := _SHORT_NAME.fullmatch(name, name.rfind(" (")):
            code = short.group("short")
        elif (first_words := _FIRST_WORDS_AFTER.match(text, end)) and name.startswith(
            f"{first_words.group('short')} "
        ):
            # "Tata Power Company Limited (Tata Power)": the name it goes by, its first words
            code = first_words.group("short")
        elif short_word:
            code = short_word
        found.append((Mention(code, start, end, name, "organisation"), cut))

    for m in taken:
        # "NTPC Vidyut Vyapar Nigam (NVVN)": a known company's name opens a longer one, which
        # its short name in brackets abbreviates whole: another company (a subsidiary), which
        # goes by that short name as a name cut short does ("… Company Niger (WAPCO-Niger)")
        if m.kind != "organisation" or home_state(m.code) is None:
            continue
        longer = _LONGER_NAME.match(text, m.end)
        if longer and longer.group("short") != m.code:
            whole_name = text[m.start : longer.end("words")]
            if _abbreviates(longer.group("short"), whole_name, every_word=True):
                add(
                    m.start,
                    longer.end("words"),
                    m.start,
                    states_inside=True,
                    whole=True,
                    short_word=longer.group("short"),
                )
    for match in _UTILITY_NAMED.finditer(text):
        add(
            *match.span("name"),
            match.start("name"),
            states_inside=True,
            whole=True,
            short_word=match.group("short"),
        )
    # "la Compagnie ivoirienne d'électricité (CIE)", "l'usine de tracteurs de Minsk (MTZ)"
    for pattern in (_SPELLED_OUT, _BUSINESS_BODY, _WORKS_SPELLED_OUT):
        for match in pattern.finditer(text):
            add(match.start(), match.end(), match.start(), states_inside=True)
    for match in _WORKS_INITIALS_AFTER.finditer(text):
        add(*match.span("short"), match.start(), states_inside=False)
    for match in _SPELLED_OUT_WORD.finditer(text):
        short_word = match.group("short")
        if _abbreviates(short_word, text[match.start() : match.start("short") - 2]):
            add(
                match.start(), match.end(), match.start(), states_inside=True, short_word=short_word
            )
    for match in _RU_WORKS.finditer(text):
        initials = "".join(w[0] for w in re.split(r"[\s-]+", match.group("name"))).upper()
        if initials == match.group("short"):
            short = _transliterated(match.group("short").lower()).upper()
            add(match.start(), match.end(), match.start(), states_inside=True, short_word=short)
    for match in _RU_SPELLED_OUT.finditer(text):
        short = match.group("short")
        if _CYRILLIC.search(short):
            short = _transliterated(short.lower()).upper()
        add(match.start(), match.end(), match.start(), states_inside=True, short_word=short)
    for match in _RU_CITY_WORKS.finditer(text):
        add(*match.span("name"), match.start(), states_inside=False)
    for match in _LENDER.finditer(text):
        name = match.group("name").strip()
        start = match.start("name")
        if seat := _SEAT_WORD.match(name):  # "the Nairobi-based Baobab Capital Bank"
            name, start = name[seat.end() :], start + seat.end()
        region = _REGION_WORDS.search(name) or _OWN_BANK.fullmatch(name)
        if not region or _CENTRAL_BANK.search(name):
            continue
        name = _without_place_after(name, start, taken)
        name = _without_partner_after(name, start, taken)
        end = match.end("short") if match.group("short") else start + len(name)
        cut, start = _after_a_home(text, start, end, taken)  # "Kenya's Equity Bank"
        tail = None if match.group("short") else _bank_tail(text, end, taken)
        add(start, tail or end, cut, states_inside=tail is not None)
    for match in _CHAMBER.finditer(text):
        # one with a state's name ("la Chambre de commerce … du Mali") may sign for its
        # state ("pour la partie malienne"): left; a city's or a region's signs as itself
        cut, start = _after_a_home(text, match.start("name"), match.end("name"), taken)
        add(start, match.end("name"), cut, states_inside=False)
    for match in _BUSINESS_SHAPE.finditer(text):
        cut, start = _after_a_home(text, match.start("name"), match.end("name"), taken)
        add(start, match.end("name"), cut, states_inside=True)
    for match in _OWN_BANQUE.finditer(text):
        add(*match.span("name"), match.start("name"), states_inside=False)
    for match in _WATERS_BODY.finditer(text):
        if not _STATE_DEVELOPMENT.search(match.group("name")):
            start = match.start("name")
            # one holding a state's name is left ("the Indian Ocean Commission"): a story's
            # states decide whether an alliance's members sign (`sides.story_sides`)
            add(start, match.end(), start, states_inside=False)
    for match in _FUND_IN_APPOSITION.finditer(text):
        start = match.start("name")
        add(start, text.index(")", start) + 1, start, states_inside=True)
    for match in _APPOSED_COMPANY.finditer(text):
        # "a Chinese contractor, China Energy Engineering Corporation", "a Turkish textile
        # group, Ayka": the name after the comma is the company, the state describing it its home
        add(*match.span("name"), match.start(), states_inside=True, whole=True)
    for match in _ADJECTIVE_NAMED.finditer(text):
        # "l'américain Energy Fuels", "le kazakh KEGOC", «американская Energy Fuels»: the
        # state's adjective, as a noun, says the company's home
        adjective = "fr" if match.group("fr") else "ru"
        if any(m.kind == "adjective" and (m.start, m.end) == match.span(adjective) for m in taken):
            add(*match.span("name"), match.start(adjective), states_inside=True, whole=True)
    named = {
        m.start("name"): _before_a_state_s(text, *m.span("name"))
        for m in _NAMED_COMPANY.finditer(text)
    }
    for match in _company_pattern().finditer(text):
        if _inside_a_name(match.start(), taken):
            continue  # "the Gates Foundation signed on Tuesday": the trigger ends a known name
        quoted = match.group("quoted")
        if quoted and len(quoted.split()) > _QUOTED_NAME_WORDS:
            continue  # 'the company said "We will build the plant"': speech, no name
        trigger = match.group("trigger").lower()
        name_read = match.group("name") or ""
        if latin := _LATIN_THEN_CYRILLIC.fullmatch(name_read):
            name_read = latin.group("company")  # «оператора Terna Джузеппина Ди Фоджа»
        if trigger in _oblique_triggers() and (
            trigger in _latin_only_triggers() if quoted else _CYRILLIC.search(name_read)
        ):
            # «председатель совета директоров корпорации Сун Хайлян» is its head, a person;
            # a name in Latin script («с холдингом Kalyon», «группой BioCubaFarma») is no
            # Russian person's, the company's own spelling (SPEC)
            continue
        if match.group("trigger") in ("Group", "GROUP"):
            # "Qatar Airways Group chief executive X": the end of a name, no trigger (in a
            # title in capitals too: "DEAL WITH AD PORTS GROUP AND AFREXIMBANK")
            continue
        start, end = match.span("quoted" if quoted else "name")
        first = text[start:end].split()[0] if not quoted else ""
        if first and (
            _NAME_OPENS_ON_TRIGGER.match(first) or kind_of_word(first, "fr") == "adjective"
        ):
            # "la Société Générale Cameroun": the capitalised trigger noun opens the name when
            # what follows it is an adjective that names nothing alone
            noun = match.group("trigger").split()[-1]
            if noun[:1].isupper() and noun.lower() in ("société", "compagnie", "banque"):
                start = match.end("trigger") - len(noun)
        # a trigger ending a word ("drugmaker", «госкомпания») describes from the word's start
        word_start = match.start() - len(
            _WORD_END.search(text, max(0, match.start() - 30), match.start()).group()
        )
        cut = _home_before(text, word_start, taken)
        end = max(end, named.get(start, end))
        if not quoted:  # "l'opérateur public Electricity Generating Authority of Kenya"
            end = _with_state_of_name(text, end, taken, short_needed=False)
        # «компания Гвинеи SOGUIPAMI»: a state in the genitive before the name is its home
        lead = next((m for m in taken if m.start == start and m.end < end), None)
        if lead and _CYRILLIC.search(lead.surface) and text[lead.end : end][:1].isspace():
            rest = text[lead.end : end]
            if rest.strip()[:1].isupper() and not _CYRILLIC.search(rest):
                start = lead.end + len(rest) - len(rest.lstrip())
        # "la compagnie Air Sénégal": a state inside a longer name is its home; a name that
        # is a state's only ("le groupe Mali") is no company
        whole = any(m.start <= start and end <= m.end for m in taken)
        if not whole:
            # the name a trigger introduces is the company's whole name, a known shorter one
            # inside it included ("miner Companhia Vale do Rio Doce" is not Vale)
            fund = _FUND_TRIGGER.search(text, match.start(), start) is not None
            add(start, end, cut, states_inside=True, whole=True, fund=fund)
    for match in _IBERIAN_COMPANY.finditer(text):
        start, end = match.span("name")
        if text[end - 2 : end + 3] == " S.A.":  # "Petróleo Brasileiro S.A.": its legal form
            end += 3
        elif (form := _IBERIAN_FORM_BEFORE_SHORT.match(text, end)) and any(
            m.start == form.end("open") and m.kind == "organisation" for m in taken
        ):
            # "Sociedade Nacional de Combustíveis de Angola, E.P. (Sonangol)": the legal form
            # stands between the name and the known short name it goes by
            end = form.end()
        add(start, end, match.start("name"), states_inside=True, whole=True)
    for pattern in (_NAMED_COMPANY, _TRADE_NAMED, _FORM_AND_NAME):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            cut = start
            if pattern is not _FORM_AND_NAME:
                start = _after_a_person(text, start, end)
                cut, start = _after_a_home(text, start, end, taken)
                if seat := _SEAT_WORD.match(text, start, end):  # "Istanbul-based X Ltd"
                    start = seat.end()
                if office := _OFFICE_AND.search(text, start, end):
                    # "Malawi's Ministry of Health and Orion Pharma GmbH": two sides
                    cut = start = office.end()
                if (before := _before_a_state_s(text, start, end)) < end:
                    # "Barqa Power and Ghana's National Grid Company": a state in the
                    # possessive after "and" opens the next company's name, two sides
                    home = _AND_STATE_S.match(text, before)
                    cut, start = home.start("home"), home.end()
                # a state's possessive before it ("Vietnam's An Hoa Paper") says a company,
                # whatever given name its words hold
                if pattern is _TRADE_NAMED and (
                    (cut == start and _no_trade_name(text[start:end]))
                    or _title_case_line(text, start)
                ):
                    continue
            if pattern is _NAMED_COMPANY:  # "the Electricity Supply Corporation of Malawi"
                end = _with_state_of_name(text, end, taken, short_needed=False)
            if not any(m.surface == text[start:end] for m in taken):
                add(start, end, cut, states_inside=True, whole=pattern is _FORM_AND_NAME)
    # after the companies' own shapes, which keep a company's full name ("China Road and
    # Bridge Corporation (CRBC)" is named whole)
    for start, end in _initialled(text) + _latin_in_russian(text):
        add(start, end, start, states_inside=False)
    for start, end in _head_companies(text):  # "le PDG de Bolloré": no person's name
        spans = [(m.start, m.end) for m in taken] + [(c.start, c.end) for c, _ in found]
        if not any(a < end and start < b for a, b in spans):
            name = text[start:end]
            found.append((Mention(latin_name(name), start, end, name, "organisation"), start))
    for start, end in _brand_and_state(text, taken):
        add(start, end, start, states_inside=True)
    # capitals alone where they sign ("signed with Algeria's SONELGAZ", «между «ОМК» и»),
    # none the vocabularies know, nor the first word of a headline in Title Case ("KENTRO
    # Signs Power Deal"); a state describing them is their home, no side
    for start, end in acronyms.candidates(text):
        start = _quoted_whole(text, start, end)
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip(' «"“') and _title_case_line(text, start):
            continue
        cut = _home_before(text, start, taken)
        if _unknown_acronym(text[start:end]) and acronyms.signs(text, cut, start, end):
            if spelled := acronyms.spelled_company_end(text, end):
                # "la CBG (Compagnie des bauxites de Guinée)": one mention, by its capitals,
                # the state in the brackets its home
                add(start, spelled, cut, states_inside=True, short_word=text[start:end])
            else:
                add(start, end, cut, states_inside=False)
    for start, end, told_end in _told_companies(text, taken, found):
        cut = _home_before(text, start, taken)
        if _PREPOSITION_BETWEEN.search(text, cut, start):
            cut = start  # "the Gambian government on Monday": no home describes "Monday"
        if seat := _SEAT_PHRASE.search(text, max(0, start - 60), start):
            cut = min(cut, seat.start())  # "with Ho Chi Minh City-based Imexpharm"
        if acronyms.signs(text, cut, start, told_end, company=True):
            add(start, end, cut, states_inside=False)
    # "RwandAir and Qatar Airways signed", «компании «ЛУКОЙЛ» и ACWA Power»: a name
    # coordinated with a company is a company too (a state there is in `taken`)
    known = [m for m in taken if home_state(m.code) is not None]
    for company in [c for c, _ in found] + known:
        for start, end in _coordinated(text, company):
            add(start, end, start, states_inside=False)
    return found


# A name the vocabularies lack ("Telvora", "Atlantic Crest", "Savane Solaire"), told to be a
# company by what the text says of it: a listing just after it ("Marlowe (NYSE: MRW)"), or,
# in its sentence or the next, the kind of firm it is ("The operator expects …", "L'entreprise
# versera …", "its chief executive said", ", a limited company"). Where it stands in a signing
# side's place (`acronyms.signs`), it signs as itself (SPEC); a state, a known name or a
# state's office inside the capitalised words is none of it.
_PLAIN_NAME = re.compile(
    r"(?<![\w'’&.-])[A-ZÀ-Ý][\w'’-]*[^\W\d_]"
    r"(?:\s+(?:(?:et|and|&)\s+)?[A-ZÀ-Ý][\w'’-]*[^\W\d_]){0,3}(?![\w'’-])"
)
_LISTING = re.compile(
    r"\s*\(\s*(?:NYSE|NASDAQ|Nasdaq|TSX(?:-?V)?|LSE|AIM|ASX|JSE|BRVM|NSE|BSE|HKEX|SGX|Euronext"
    r"|MOEX|KASE)\s*:\s*[A-Z][A-Z0-9.]*\s*\)"
)
_FIRM_NOUN = (
    r"(?:company|firm|operator|explorer|developer|utility|miner|conglomerate|refiner|drugmaker"
    r"|soci[ée]t[ée]|compagnie|firme|entreprise|op[ée]rateur|exploitant|groupe)(?![\w'’-])"
)
_HEAD_NOUN = (
    r"(?:chief\s+executive|managing\s+director|directeur\s+g[ée]n[ée]ral"
    r"|directrice\s+g[ée]n[ée]rale|PDG)\b"
)
# the next sentence opens on it ("The operator expects …", "L'entreprise versera …", "Son
# directeur général a annoncé …"), or an apposition follows the name (", a privately held
# company,", ", une société de droit sénégalais,"), or its head speaks in its sentence ("…,
# its chief executive said"); a firm named further on in a sentence may be another's ("un
# vice-président du groupe", "for the Bhutanese company")
_FIRM_OPENS = re.compile(
    rf"(?i)(?:(?:the|this|la|cette|le|cet)\s+|l['’]\s*)(?:[\w'’-]+\s+){{0,2}}?{_FIRM_NOUN}"
    rf"|(?:its|son|sa)\s+{_HEAD_NOUN}"
)
_FIRM_APPOSED = re.compile(rf"(?i),\s+(?:an?|une?)\s+(?:[\w'’-]+\s+){{0,3}}?{_FIRM_NOUN}")
_HEAD_SPEAKS = re.compile(rf"(?i),\s+(?:its|son|sa)\s+{_HEAD_NOUN}")
# the name's head or owners spoken of anywhere in the text: "Telvora chief executive Ana
# Reyes", "Telvora's managing director", "le directeur général de Sahelor", "les actionnaires
# de Sahelor"
_CAPITAL_WORDS = r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:et|and|&)\s+)?[A-ZÀ-Ý][\w'’-]*){0,3}"
_HEAD_AFTER = (
    r"(?:(?:['’]s)?\s+(?:chief\s+executive|CEO|managing\s+director|chief\s+operating\s+officer"
    r"|founder|shareholders)"
    # a head by a title states' officers bear too, only after the possessive: "Telvora's
    # regional president", "Atlantic Crest's chairman" ("Senate President X" is no firm's)
    r"|['’]s\s+(?:(?:regional|global|group|executive|deputy|country)\s+)?(?:president|chairman"
    r"|chairwoman|chairperson|vice-president|general\s+manager))\b"
)
_HEAD_BEFORE_NAME = (
    r"\b(?:directeur\s+g[ée]n[ée]ral|directrice\s+g[ée]n[ée]rale|PDG|fondateur|fondatrice"
    r"|actionnaires)\s+(?:de\s+|d['’]|du\s+)"
)


_POSSESSIVE_END = re.compile(r"['’]s$")
_HEADED_NAME = re.compile(rf"(?P<name>{_CAPITAL_WORDS}){_HEAD_AFTER}")
_NAME_HEADED = re.compile(rf"{_HEAD_BEFORE_NAME}(?P<name>{_CAPITAL_WORDS})")


def _headed_names(text: str) -> set[str]:
    """The names, and their shorter ends, whose head or owners the text speaks of (read
    once a text: "Telvora chief executive" gives "Telvora")."""
    names = set()
    for match in _HEADED_NAME.finditer(text):
        # "Telvora's managing director": the name without its possessive
        words = _POSSESSIVE_END.sub("", match.group("name")).split()
        names.update(" ".join(words[i:]) for i in range(len(words)))
    for match in _NAME_HEADED.finditer(text):
        words = match.group("name").split()
        names.update(" ".join(words[:i]) for i in range(1, len(words) + 1))
    return names


# a person's title or office just before a name: "son homologue Phosay Sayasone", "Senior
# Secretary Farzana Mamtaz"
_TITLE_BEFORE = re.compile(
    r"(?i)(?:homologue|counterpart|minist\w+|secretary|secr[ée]taire|president|pr[ée]sident"
    r"|ambassad\w+|director|directeur|directrice|CEO|chairman|governor|gouverneur|adviser"
    r"|conseiller|envoy|envoy[ée]|executive|(?:directeur|directrice|secr[ée]taire)\s+g[ée]n[ée]rale?)"
    r"\s+$"
)
_NOT_PLAIN_NAME = re.compile(
    r"(?:The|A|An|La|Le|Les|L|Un|Une|At|In|On|And|But|Both|Et|Mais|Mr|Mrs|Ms|Dr|M|Mme)\b"
)
_PREPOSITION_BETWEEN = re.compile(r"\b(?:on|in|at|for|to|by|from|en|au|à|pour|par|de)\b")
_AND_AFTER = re.compile(r"\s+(?:et|and|&)\s+")
_AND_BEFORE = re.compile(r"\s+(?:et|and|&)\s+$")
_SENTENCE_STOP = re.compile(r"[.!?]+(?=\s+[A-ZÀ-ÝА-ЯЁ«\"“])\s*|\n+")
_SENTENCE_REACH = 400  # characters of the rest of a sentence, at most
# a company's seat told before its name: "Lagos-based", "Dubai-headquartered"
_SEATED_NAME = re.compile(r"[\w'’]-(?:based|headquartered)\s+(?=[A-ZÀ-Ý])")
_SEAT_BEFORE = re.compile(r"[\w'’]-(?:based|headquartered)\s+$")
_SEAT_PHRASE = re.compile(
    r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w'’.]*\s+){0,3}[A-ZÀ-Ý][\w'’.]*-(?:based|headquartered)\s+$"
)


def _told_companies(
    text: str, taken: list[Mention], found: list[tuple[Mention, int]]
) -> list[tuple[int, int, int]]:
    """(start, end, end with its listing) of the capitalised names told to be companies."""
    known = sorted([(m.start, m.end) for m in taken] + [(c.start, c.end) for c, _ in found])
    starts = [s for s, _ in known]
    longest = max((e - s for s, e in known), default=0)
    headed = _headed_names(text)
    spans = []
    for match in _PLAIN_NAME.finditer(text):
        start, end = match.span()
        while _NOT_PLAIN_NAME.match(text, start) and " " in text[start:end]:
            start = text.index(" ", start) + 1  # "The Telvora …": the article is none of it
        if _NOT_PLAIN_NAME.fullmatch(text, start, end):
            continue
        # "Ho Chi Minh City-based Imexpharm", "a Lagos-based Dana Air": a seat before the name
        # says an organisation, whose name is what follows the seat
        seated = _SEATED_NAME.search(text, start, end)
        if seated:
            start = seated.end()
        elif _SEAT_BEFORE.search(text, max(0, start - 30), start):
            seated = True
        if start >= end:
            continue
        # "Le Bénin et Savane Solaire", "Atlantic Crest and Ghana": a known name before or
        # after an "and" is another side; one just after the words ends a longer name
        # ("Vanille Export Madagascar"), left to the names' own shapes
        near = known[bisect_left(starts, start - longest) : bisect_left(starts, end)]
        ahead = [e for s, e in near if s <= start < e]
        if ahead and (joint := _AND_AFTER.match(text, max(ahead))) and joint.end() < end:
            start = joint.end()
        inside = [s for s, e in near if start < e and s < end]
        if inside:
            first = min(inside)
            if first <= start or not _AND_BEFORE.search(text, start, first):
                continue
            end = _AND_BEFORE.search(text, start, first).start()
        if start >= end or _NOT_A_SIGNER.search(text, start, end):
            continue
        if text[start:end].isupper():
            continue  # capitals are `acronyms`' (one introduced in brackets is its name's)
        if any(kind_of_word(word, "") in ("adjective", "name") for word in text[start:end].split()):
            continue  # "the Gambian government": a state's word describes, and names no firm
        if _NAME_TAIL.search(text, max(0, start - 6), start):
            continue  # "the Ministry of Mines": the tail of an office's name
        listing = _LISTING.match(text, end)
        told_end = listing.end() if listing else end
        if _TITLE_BEFORE.search(text, max(0, start - 30), start):
            continue
        stop = _SENTENCE_STOP.search(text, told_end, told_end + _SENTENCE_REACH)
        told = (
            listing
            or seated
            or text[start:end] in headed
            or _FIRM_APPOSED.match(text, told_end)
            or _HEAD_SPEAKS.search(text, told_end, stop.start() if stop else told_end)
            or (stop and _FIRM_OPENS.match(text, stop.end()))
        )
        if told:
            spans.append((start, end, told_end))
    return spans


# «Интер РАО», "Inter RAO": capitalised words before the capitals, inside the same quotes
_QUOTED_HEAD = re.compile(r"[«\"“](?P<head>(?:[A-ZА-ЯЁ][\w-]*\s){1,3})$")


# What may end a bank's name after its head word: its reach or its legal form ("Coris Bank
# International", "Equity Bank Limited")
_BANK_TAIL = re.compile(r"\s+(?:International|Plc|PLC|Limited|Ltd)(?![\w'’-])")
_STATE_TAIL = re.compile(r"[ \t]+(?=[A-Z])")


def _bank_tail(text: str, end: int, taken: list[Mention]) -> int | None:
    """Where a bank's name ends when words of its own follow its head word: its reach or legal
    form, or the state of a subsidiary ("Stanbic Bank Zambia", "Equity Bank Uganda Limited"),
    that state its home inside the name, no side beside it. None when nothing follows."""
    at = None
    if gap := _STATE_TAIL.match(text, end):
        state = next(
            (
                m
                for m in taken
                if m.start == gap.end() and m.kind == "name" and m.code in state_codes()
            ),
            None,
        )
        # a state then a verb, not a name's end: "Equity Bank Uganda signed" and "Fidelity
        # Bank Ghana." both end on the state; "the bank Ghana chose" is no bank of Ghana
        if state and not re.match(r"\s+(?:and|et)\s", text[state.end : state.end + 6]):
            at = state.end
    if more := _BANK_TAIL.match(text, at or end):
        at = more.end()
    return at


def _quoted_whole(text: str, start: int, end: int) -> int:
    """Where the quoted name the capitals at `start`-`end` close starts («Интер РАО»: the
    company, not «РАО» alone), or `start` when the capitals are the name on their own."""
    head = _QUOTED_HEAD.search(text, max(0, start - 60), start)
    if head and text[end : end + 1] in ("»", '"', "”"):
        return head.start("head")
    return start


def _unknown_acronym(name: str) -> bool:
    """Capitals that are no state's or known organisation's code (their names in the text's
    language are read already, so capitals there overlap a mention and are not added)."""
    return name not in state_codes() and name not in _named_codes()


def _inside_a_name(at: int, taken: list[Mention]) -> bool:
    """Whether an offset falls inside an organisation's known name, past its first letter: a
    trigger there ("Foundation" of "Gates Foundation", "Investment Fund" of "Public
    Investment Fund") is the name's own word, introducing nothing after it."""
    return any(m.kind == "organisation" and m.start < at < m.end for m in taken)


_PLACE_AFTER = re.compile(r"\s+in\s+(?P<place>[A-Z][\w'’-]*)$")
# A state's central bank stands for its state ("the Central Bank of Nigeria", "la Banque
# centrale du Congo"); a region's bank named "Central" is a lender of its own ("the Central
# American Bank for Economic Integration").
_CENTRAL_BANK = re.compile(r"(?i)\bcentral\s+bank|\bbanque\s+centrale|\bcentral\s*$")
_PARTNER_AFTER = re.compile(r"\s+(?:and|&)\s+")


def _without_partner_after(name: str, start: int, taken: list[Mention]) -> str:
    """ "the Development Bank of Latin America and Mali signed": a state named after an "and"
    in a lender's complement is its partner, not the name's end (a name's own "and" stays:
    "the Arab Fund for Economic and Social Development")."""
    for joint in _PARTNER_AFTER.finditer(name):
        at = start + joint.end()
        if any(m.start == at and m.kind == "name" for m in taken):
            return name[: joint.start()]
    return name


def _without_place_after(name: str, start: int, taken: list[Mention]) -> str:
    """ "the Development Bank of Latin America in Bamako": a seat or a state after the last
    "in" of a lender's name is where things happen, not the name's end ("… Development in
    Africa" keeps its continent, no state)."""
    place = _PLACE_AFTER.search(name)
    if place and any(m.start == start + place.start("place") for m in taken):
        return name[: place.start()]
    return name


_HEAD_AND = re.compile(r"\s+(?:and|&)\s+")
_TITLE_ACRONYMS = {"CEO", "MD", "CFO", "COO", "GM", "Minister", "President", "Chairman"}


def _after_a_person(text: str, start: int, end: int) -> int:
    """ "CEO Allan Kilavuka and Qatar Airways": the company starts after the "and" when
    what precedes it is a title or a first name, a person beside the company."""
    conjunction = _HEAD_AND.search(text, start, end)
    if not conjunction:
        return start
    from suivi.reading.english_names import first_names

    head = text[start : conjunction.start()].split()
    # "Allan Kilavuka"; not a state's name or adjective that is also a given name ("the
    # Georgian Oil and Gas Corporation", "Jordan Phosphate and Mines Company")
    named = (
        len(head) >= 2
        and head[-2].lower() in first_names()
        and kind_of_word(head[-2], "en") is None
    )
    if named or any(w in _TITLE_ACRONYMS for w in head):
        return conjunction.end()
    return start


def _after_a_home(text: str, start: int, end: int, taken: list[Mention]) -> tuple[int, int]:
    """ "Oman's Asyad Group": a state's possessive before a company's name says whose it is
    and is no part of the name; the company (from its `start`) is described from the state
    on (its home, no side beside it). Returns (where its description starts, its start)."""
    for m in taken:
        if m.start == start and m.kind == "name" and m.code in state_codes():
            possessive = _POSSESSIVE_NAME.match(text, m.end, end)
            if possessive:
                return m.start, possessive.end()
        # "Bhutan's state-owned Druk Green Power Corporation", "Kenya's national carrier Kenya
        # Airways": what the company is, in lower case, between its home's possessive and it
        if (
            m.kind == "name"
            and m.end < start
            and m.code in state_codes()
            and _POSSESSIVE_HOME.fullmatch(text, m.end, start)
        ):
            return m.start, start
    if named := _RUSSIAN_NAME_BEFORE.search(text, max(0, start - 120), start):
        # «Китайская энергетическая корпорация (China Energy Corporation)»: the Russian
        # name the Latin one glosses, its state adjective included, describes the company
        return named.start(), start
    return start, start


# A company's name in Russian, glossed by its own Latin name in brackets just after it: a
# capitalised word, lower-case ones, and a word for a company
_RUSSIAN_NAME_BEFORE = re.compile(
    r"(?<![\w-])[А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){0,5}?\s+"
    r"(?:корпораци|компани|групп|концерн|холдинг)[а-яё]*\s*\($"
)


def _title_case_line(text: str, at: int) -> bool:
    """A headline in Title Case ("Ghana Moves To Boost Renewable Energy"): its capitals say
    nothing of names."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else None].rstrip()
    words = re.findall(r"[^\W\d_]{4,}", line)
    share = 0.6 if not line.endswith((".", "»", '"', "”")) else 0.85  # a sentence ends in "."
    return len(words) >= 4 and sum(w[0].isupper() for w in words) > share * len(words)


def _no_trade_name(name: str) -> bool:
    """ "Argentina's Energy" (a trade alone), "Samantha Power" (a given name and a surname,
    "Kenya" being a state first): no company named by its trade."""
    from suivi.reading.english_names import first_names

    words = name.split()
    if len(words) < 2:
        return True
    if words[-1].endswith("s"):
        return False  # a plural trade is nobody's surname: "Savanna Foods", "Grace Minerals"
    given = words[-2]  # "USAID Administrator Samantha Power": a person's names end it
    return given.lower() in first_names() and kind_of_word(given, "any") is None


_POSSESSIVE_NAME = re.compile(r"['’]s\s+(?=[A-Z])")


# A minister's portfolio so far, up to a span: "Minister for Energy, " before "Water Resources".
_IN_PORTFOLIO = re.compile(
    r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+"
    r"(?:(?:[A-Z][\w'’-]*|and|of|for|the|&)(?:\s*,\s*|\s+))*$"
)
# A title, then two capitalised words: a person named with his office, never a company.
_TITLED_NAME = re.compile(
    r"(?<!\w)(?:Minister|President|Ambassador|Secretary|Governor|Senator|Ministre|Président"
    # a company's heads too: "ZESCO Managing Director Justin Mulenga and ACWA Power"
    r"|Ambassadeur|Director|Directeur|Directrice|Chairman|Chairwoman|Chairperson|CEO"
    r"|Commissioner|Mayor)\s+[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+"
)


# A company's head right before the words that introduce the company, within its phrase:
# "the chairman of the Uzbek railway company X", "le président de la compagnie ferroviaire
# X", «председатель правления узбекской железнодорожной компании X».
_HEAD_BEFORE = re.compile(
    r"(?i:\b(?:chair(?:man|woman|person)?|president|director|ceo|head|chief|manager"
    r"|pr[ée]sidente?|directeur|directrice|pdg|chef|dirigeante?"
    r"|председател\w*|(?:ген)?директор\w*|глав[аыуе]|руководител\w*|президент\w*)\b"
    r"[^.;:«»\"“”()]{0,80}$)"
)


# A company's name in Latin script run into a person's in Cyrillic: «STEG Файсал Тарифа»
_LATIN_THEN_CYRILLIC = re.compile(
    r"(?P<company>[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*)*)"
    r"(?P<person>(?:\s+(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?|Ди|Де|Да|Ван|Фон|Аль|аль|де|ди|ван|фон))"
    r"{2,3})"
)


def _person_like(name: str, head_before: bool = False) -> bool:
    """A Russian first name and a surname («Павел Маринычев»): a person a company's
    head introduces («директор компании Павел Маринычев»), not a company; a name after a
    title ("Energy Minister Jurabek Mirzamakhmudov"), which a company beside it in a pair of
    signers would otherwise make one. Where a head stands before the company's words
    (`head_before`), a first name the dictionaries only guess («Хусниддин Хайдаров», an
    Uzbek name: a guessed given name, then a surname) or a Latin first name ("the chairman
    of the company Rustam Azimov") names the head too."""
    if _TITLED_NAME.search(name):  # "Energy Minister Jurabek Mirzamakhmudov and ACWA Power"
        return True
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if not _CYRILLIC.search(words[0]):
        # "la fondation Aga Khan": Latin first names are company names too, unless a head
        # of the company stands before them
        from suivi.reading.english_names import first_names

        return head_before and words[0].lower() in first_names()
    from suivi.reading.nlp import russian_parses

    first = russian_parses(words[0])
    if any({"Name"} in p.tag and p.is_known for p in first):
        return True
    if not head_before:
        return False
    if _ARABIC_ARTICLE.match(words[-1]):
        # an Arabic family name with its article after a given name the dictionary has not
        # got or reads as a name («Фейсал Аль-Кахтани»), not after a noun («Фонд Аль-Агаль»)
        return not all(p.is_known for p in first) or any({"Name"} in p.tag for p in first)
    return any({"Name"} in p.tag for p in first) and any(
        {"Surn"} in p.tag for p in russian_parses(words[-1])
    )


# The article of an Arabic family name as Russian spells it: «Аль-Кахтани», «аль-Мансури»,
# «Эль-Сиси», «Ас-Сабах», «Абу-Бакр», «Бен-Али».
_ARABIC_ARTICLE = re.compile(r"(?i:аль|эль|ал|эл|ас|аш|ад|ар|ан|ат|аз|абу|бен|бин|ибн)-[А-ЯЁ]")
# The same article written in lower case right after a capitalised word («Султан аль-Маршад»,
# «Халид бен Сальман»): the rest of a person's name.
_LOWER_ARTICLE_AFTER = re.compile(
    r"\s+(?:аль|эль|ал|эл|ас|аш|ад|ар|ан|ат|аз|абу|бен|бин|ибн)(?:-|\s+)[А-ЯЁ]"
)


# A Latin-script proper name of one to four capitalised words ("ACWA Power", "RwandAir").
_PROPER = r"[A-Z][\w&'’.-]*[\w](?:\s+[A-Z][\w&'’.-]*[\w]){0,3}"
_AND = r"\s+(?:and|et|и|&)\s+"
_CLOSE = r"[»\"”]?"
# (a company's status in brackets after its name: "PT Pertamina (Persero) and TIMOR GAP")
_COORDINATED_AFTER = re.compile(
    rf"{_CLOSE}(?:\s*\([A-Z][\w.&]{{1,12}}\))?{_AND}(?:[«\"“])?(?P<name>{_PROPER})(?![\w'’])"
)
_COORDINATED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_PROPER}){_AND}[«\"“]?$")
# Words that open a sentence or a phrase and are no name ("At the same ceremony, And Qatar").
_NOT_NAMES = {"The", "A", "An", "La", "Le", "Les", "L", "At", "In", "On", "And", "But", "Both"}


# A company introduced by what it is, then named after a comma: "a Chinese contractor, China
# Energy Engineering Corporation", "a Turkish textile group, Ayka", "un groupe textile turc,
# Ayka". The indefinite article and the comma make it an apposition; the name ends the phrase.
_APPOSED_COMPANY = re.compile(
    r"(?<![\w'’-])(?:an?|un|une)\s+(?:[\wÀ-ÿ'’-]+\s+){0,3}?"
    r"(?:company|firm|group|contractor|developer|utility|operator|conglomerate|lender|miner"
    r"|maker|producer|carrier|airline|consortium|société|entreprise|groupe|opérateur"
    r"|consortium|compagnie)(?:\s+[a-zà-ÿ'’-]+){0,2},\s+"
    r"(?P<name>[A-Z][\w&'’.-]*[\w](?:\s+[A-Z][\w&'’.-]*[\w]){0,4})(?=\s*(?:[,.;(]|$))"
)


# A company named by its home's adjective alone, used as a noun: the French masculine article
# before it ("l'américain Energy Fuels", "le chinois Huawei"), or a Russian adjective before a
# name in Latin script («американская Energy Fuels»)
_ADJECTIVE_NAMED = re.compile(
    r"(?:(?<![\w'’])(?:[Ll]e\s+|[Ll]['’])(?P<fr>[a-zà-ÿ-]+)|(?<![\w-])(?P<ru>[а-яё-]+))\s+"
    rf"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:{_IBERIAN_PARTICLE}\s+)?[A-Z][\w&'’-]*){{0,3}})"
    r"(?![\w&'’-])"
)


# A company named by the title of its head, who signs for it: "signé par le ministre X et le
# PDG de Bolloré", "the chief executive of Sinohydro", "le directeur général de Perenco". The
# name follows "de"/"of" with no article (an article brings a portfolio or a body: "le
# directeur général des Douanes", "the chairman of the Commission"), and nobody heads a
# person, so a given name opening it ("Savannah Energy") is no person's. A name holding a
# state's or an institution's word is left to the rest of the gazetteer (a state's office).
_HEAD_OF_COMPANY = re.compile(
    r"(?<![\w'’-])(?:PDG|P\.?-?D\.?G\.?|(?i:pr[ée]sident[- ]directeur g[ée]n[ée]ral"
    r"|directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|administrateur directeur g[ée]n[ée]ral"
    r"|chief executive(?: officer)?|managing director)|CEO)"
    r"\s+(?:de|d['’]|of)\s*(?P<name>[A-ZÀ-Ý][\w&'’-]+(?:\s+[A-ZÀ-Ý][\w&'’-]+){0,3})(?![\w'’-])"
)
_NOT_A_COMPANY_WORD = re.compile(
    r"\b(?:Authority|Agency|Board|Office|Commission|Council|Ministry|Department|Directorate"
    r"|Institute|University|Bureau|Service|Services|Autorit[ée]|Agence|Direction|Conseil"
    r"|Minist[èe]re|Universit[ée]|Institut|Tr[ée]sor|Douanes?|Port|Ports|R[ée]publique"
    r"|Republic|Government|Gouvernement|State|[ÉE]tat|Treasury|Exchequer)\b"
)


def _head_companies(text: str) -> list[tuple[int, int]]:
    """The spans of the companies named by their head's title (`_HEAD_OF_COMPANY`)."""
    return [
        m.span("name")
        for m in _HEAD_OF_COMPANY.finditer(text)
        if not _NOT_A_COMPANY_WORD.search(m.group("name"))
    ]


def _coordinated(text: str, company: Mention) -> list[tuple[int, int]]:
    """Spans of the proper names joined to a company by "and"/"et"/«и», either side."""
    spans = []
    after = _COORDINATED_AFTER.match(text, company.end)
    if after:
        spans.append(after.span("name"))
    before = _COORDINATED_BEFORE.search(text[max(0, company.start - 60) : company.start])
    if before:
        offset = max(0, company.start - 60)
        spans.append((offset + before.start("name"), offset + before.end("name")))
    return [
        (start, end)
        for start, end in spans
        if text[start:end].split()[0] not in _NOT_NAMES
        and len(text[start:end]) > 2
        # "the Ministry and OCP Group", "le Gouvernement et Orange": an office's word alone,
        # capitalised as a state's offices are, names the state's office, no company
        and not _NOT_A_COMPANY_WORD.fullmatch(text[start:end])
        # "Uzbekistan's Ministry of Energy and Masdar": the tail of an office's name is no name
        and not _NAME_TAIL.search(text, max(0, start - 6), start)
        # "Masdar and Colombian oil company Ecopetrol": a state's adjective describes the next
        # company, it names none
        and kind_of_word(text[start:end], "") != "adjective"
        # "Masdar and Indonesia's state electricity company PT PLN": a state in the
        # possessive is the next company's home, no company of its own
        and not _state_possessive(text[start:end])
        # "Egypt's Nuclear Power Plants Authority and Atomstroyexport": a state's possessive
        # before a name that ends in an office's word names the state's office, no company
        # (a power utility's "Authority" or "Board" sells power: `_UTILITY`)
        and not (
            _OFFICE_LAST.search(text, start, end)
            and not _UTILITY.search(text, start, end)
            and _POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
            and _state_possessive(_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)[1])
        )
    ]


# an office's word ending a name, and the state's possessive just before the name
_OFFICE_LAST = re.compile(
    r"\b(?:Authority|Agency|Office|Commission|Ministry|Department|Directorate|Bureau)$"
)
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s)\s+$")


def _state_possessive(name: str) -> bool:
    """Whether `name` is a state's (or its seat's) name in the English possessive."""
    stem = re.sub(r"['’]s$", "", name)
    entry = index("").get(_keys(stem)) if stem != name else None
    return entry is not None and entry.code in state_codes()


# A connective inside a longer name just before a span ("Ministry of Energy", "ministère de
# l'Énergie"): the span ends that name and is no name of its own.
_NAME_TAIL = re.compile(r"(?<![\w'’-])(?:of|for|de|du|des|d['’]|l['’])\s*$")


# "эмиратский инвестиционный фонд Mubadala", "Chinese company X": a state adjective just
# before the word that introduces a company (one describing word between at most) is
# the company's home, not a side of its own (SPEC). A verb or a preposition between says
# the state acts beside the company ("le gouvernement guinéen a signé avec le consortium
# X"): then it is a side.
_BETWEEN_HOME = re.compile(
    r"\s+(?:(?!(?:a|ont|avec|with|and|et|и|с|со|has|have|had|will|signe\w*|sign\w*"
    r"|conclu\w*|подпис\w*|заключ\w*)\s)[a-zà-ÿа-яё-]+\s+){0,3}"
)


def _home_before(text: str, trigger: int, taken: list[Mention]) -> int:
    for m in taken:
        if not (m.end <= trigger and trigger - m.end < 50):
            continue
        between = text[m.end : trigger]
        if (m.kind == "adjective" and _BETWEEN_HOME.fullmatch(between)) or (
            m.kind == "name" and _POSSESSIVE_HOME.fullmatch(between)
        ):
            return m.start
    return trigger


# "Paraguay's national electricity company ANDE": the state whose company it is
# (a coordinating word ends the description: "Mali's agriculture ministry and Baobab Agro" are
# two sides, the ministry no word describing the company)
_POSSESSIVE_HOME = re.compile(r"['’]s\s+(?:(?!(?:and|or|with)\s)[a-z-]+\s+){0,3}")


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
# Letters of the other Cyrillic alphabets of the former USSR (Kazakh, Uzbek, Kyrgyz, Tajik)
# that companies of Central Asia keep in their names («Қазақстан темір жолы», «Ўзбекистон»):
# as the Russian letters they sound like, so no Cyrillic is left in a Latin name.
_TRANSLIT |= dict(zip("әғқңөұүһіўҳҷӣӯ", ["a", "g", "k", "ng", "o", "u", "u", "h", "i", "u", "h", "j", "i", "u"], strict=True))  # fmt: skip


def latin_name(name: str, quoted: bool = False) -> str:
    """An organisation's name in Latin script: its known spelling, else a transliteration
    («КАМАЗ» -> KAMAZ, «Уралхим» -> Uralkhim); a Latin name is returned as it is. A name in
    quotes («АО «Русатом Хэлскеа»») is given in the nominative whatever its case around."""
    if name in data.LATIN_NAMES:
        return data.LATIN_NAMES[name]
    if not _CYRILLIC.search(name):
        return name
    nominative = name if quoted else russian_nominative(name)
    if nominative in data.LATIN_NAMES:
        return data.LATIN_NAMES[nominative]
    lemma = " ".join(russian_lemma(w) if not w.isupper() else w for w in name.split())
    if lemma in _latin_by_lemma():  # «Газпром нефти», «Норильского никеля»
        return _latin_by_lemma()[lemma]
    if name.isupper():
        return "".join(_TRANSLIT.get(c.lower(), c).replace("_", "").upper() for c in name)
    words = ["-".join(_latin_word(part) for part in word.split("-")) for word in nominative.split()]
    return " ".join(w if w[:1].isupper() else w.capitalize() for w in words)


@cache
def _latin_by_lemma() -> dict[str, str]:
    """LATIN_NAMES keyed by the lemmas of their Russian words."""
    return {
        " ".join(russian_lemma(w) if not w.isupper() else w for w in name.split()): latin
        for name, latin in data.LATIN_NAMES.items()
    }


def _latin_word(word: str) -> str:
    """One word of a Russian name: a known company's Latin name («Лукойл-Оверсиз» ->
    Lukoil-Overseas), an English word given back, else its transliteration."""
    if word in data.LATIN_NAMES:
        return data.LATIN_NAMES[word]
    if word.lower() in _ENGLISH_WORDS:
        return _ENGLISH_WORDS[word.lower()]
    latin = _transliterated(word.lower())
    if len(word) > 1 and word.isupper():
        return latin.upper()  # «Восток СМК»: capitals stay capitals (Vostok SMK)
    return latin.capitalize() if word[:1].isupper() else latin


def _transliterated(word: str) -> str:
    latin = "".join(_TRANSLIT.get(c, c).replace("_", "") for c in word)
    return re.sub(r"(?<=[a-z])kholding", "holding", latin)  # «Трансмашхолдинг»


# English words of company names written in Cyrillic («Кама Энерджи», «Сибирь Майнинг
# Групп»): the company writes them in English, so SPEC's Latin name has them back.
_ENGLISH_WORDS = {
    "энерджи": "Energy", "пауэр": "Power", "групп": "Group", "груп": "Group",
    "холдинг": "Holding", "холдингс": "Holdings", "инвест": "Invest",
    "интернешнл": "International", "интернэшнл": "International", "корпорейшн": "Corporation",
    "текнолоджис": "Technologies", "текнолоджи": "Technology", "майнинг": "Mining",
    "ресорсиз": "Resources", "голд": "Gold", "ойл": "Oil", "лимитед": "Limited",
    "компани": "Company", "партнерс": "Partners", "партнёрс": "Partners", "капитал": "Capital",
    "глобал": "Global", "солар": "Solar", "электрик": "Electric", "моторс": "Motors",
    "трейдинг": "Trading", "девелопмент": "Development", "системс": "Systems",
    "солюшнс": "Solutions", "индастриз": "Industries", "логистикс": "Logistics",
    "эйрлайнс": "Airlines", "эйрвейз": "Airways", "оверсиз": "Overseas",
    "хэлскеа": "Healthcare", "хелскеа": "Healthcare", "инжиниринг": "Engineering",
    "сервисез": "Services", "сервисиз": "Services", "интернейшнл": "International",
}  # fmt: skip


_AGREEING = {"ADJF", "PRTF", "NUMR"}
_BARE_STEM = re.compile(r"(?<!о|е|ы|и|а|я)[бвгджзклмнпрстфхцчшщ]$|(?<=о|е)[бвгджзклнпрстфхцчшщ]$")


def russian_nominative(name: str) -> str:
    """A Russian name put in the nominative, as a name is given: the words that agree with
    its first one, up to and with the head noun («Азиатским банком развития» -> «Азиатский
    банк развития»); the genitive after the head stays («развития»). Lemmas would not do:
    «Объединённая» is a participle of «объединить», «развития» a form of «развитие»."""
    from suivi.reading.nlp import russian_parses

    words = name.split()
    first = [p for p in russian_parses(words[0]) if p.tag.case]
    # a name in the nominative is taken as given; one ending in a hard consonant but no
    # case ending is («Амкодор», not the genitive plural of «амкодора»)
    if not first or first[0].tag.case == "nomn" or _BARE_STEM.search(words[0]):
        return name
    for case in dict.fromkeys(p.tag.case for p in first):  # the likeliest case first
        out = []
        for word in words:
            parse = (
                None
                if word.isupper()
                else next((p for p in russian_parses(word) if p.tag.case == case), None)
            )
            inflected = parse.inflect({"nomn"}) if parse else None
            if inflected is None:
                break
            out.append(inflected.word.capitalize() if word[:1].isupper() else inflected.word)
            if parse.tag.POS not in _AGREEING:  # the head noun ends the agreeing words
                return " ".join(out + words[len(out) :])
    return name


@cache
def state_codes() -> frozenset[str]:
    """Every state's ISO alpha-3 code (pycountry), to tell states from organisations."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


@lru_cache(maxsize=4096)
def home_state(company: str) -> str | None:
    """The state a company belongs to, when known (its agreements do not bind that state);
    a known company named with more words of its name ("AD Ports Group") is still its."""
    known = data.COMPANY_STATES.get(company)
    if known is None and (words := _COMPANY_WORDS_AT_END.search(company)):
        return data.COMPANY_STATES.get(company[: words.start()])
    return known


# "US$250 million", "US dollars", "Canadian dollars": a currency, not a state.
_CURRENCY = re.compile(r"\$|\s+dollars?\b", re.IGNORECASE)
# The United States named after its currency's word in Russian, «долларов США»: the amount of
# a loan, not a side. Not the French "dollars des États-Unis" nor "dollars of the United
# States": those may say whose money it is ("un don de 5 millions de dollars des États-Unis"),
# and reading them as the currency cost the blind split three agreements (session 21).
_CURRENCY_BEFORE = re.compile(r"(?i)(?<!\w)доллар\w*\s+$")


def _is_currency(text: str, mention: Mention) -> bool:
    """A state's name that is part of its currency's name, on either side of the word."""
    return bool(
        _CURRENCY.match(text, mention.end)
        or (
            mention.code == "USA"
            and _CURRENCY_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        )
    )


# The Russian demonstrative «тот» shares its forms with an indeclinable state's name: «Того»
# is Togo, but also the pronoun's genitive («Того же дня», «Того, что …»), and the lemmatiser
# takes «Тот», «Тому» for forms of «Того». A state's indeclinable name has one form only.
_PRONOUN_FORMS = frozenset(
    {"тот", "та", "то", "те", "той", "тому", "тем", "тех", "теми", "ту", "том"}
)
_PRONOUN_AFTER = re.compile(r"\s+же\b|\s*,\s*(?:что|чтобы|как|кто|который|которая|которое)\b")


def _is_pronoun(text: str, mention: Mention) -> bool:
    """A capitalised form of the Russian pronoun «тот» read as a state's name («Тот же
    министр», «Того же дня»)."""
    word = mention.surface.lower()
    if not _CYRILLIC.search(word) or " " in word:
        return False
    return word in _PRONOUN_FORMS or (
        word == "того" and bool(_PRONOUN_AFTER.match(text, mention.end))
    )


# "latino-américaine", "Latin American", "sud-américain", "Central American": the adjective of
# a part of the Americas, not of the United States («латиноамериканский» is one word already)
_PART_OF_THE_AMERICAS = re.compile(
    r"(?i)(?<![\w-])(?:latino|latin|sud|nord|centro|centre|south|north|central|pan)[\s‐-]*$"
)


def _of_a_continent(text: str, mention: Mention) -> bool:
    """An adjective of the United States that names a part of the Americas with the word
    before it (SPEC: a party is a state; a continent or a region is none)."""
    return (
        mention.code == "USA"
        and mention.kind == "adjective"
        and bool(_PART_OF_THE_AMERICAS.search(text, max(0, mention.start - 12), mention.start))
    )


# (English joins the adjective to its noun by a hyphen: "Portuguese-language culture",
# "French-speaking countries" are a language's, not the state's)
_LANGUAGE_WORDS = {
    "langue", "langues", "language", "languages", "язык", "version", "versions", "speaking",
}  # fmt: skip
_NEXT_WORD = re.compile(r"[\s,\-‐‑]*([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[\s,]*(?:(?:et|and|и)\s+)?$")
_IN_LANGUAGE = re.compile(r"(?:\ben|\bin)\s+$")  # "rédigé en français", "written in French"


# organisations known by one acronym in every language (their key is among their acronyms)
_INTERNATIONAL_ACRONYMS = frozenset(
    code for code, entry in data.SPELLED_ORGANISATIONS.items() if code in entry["acronyms"]
)


def _as_spelled(mentions: list[Mention], spelled: set[int]) -> list[Mention]:
    """Organisations outside SPEC's list (those starting at `spelled`: by offset, as the
    filters before may drop mentions) under the name the text gives them, one per text.

    "le Programme alimentaire mondial (PAM)" is `WFP` throughout: an international
    organisation named by an acronym goes by the one it is known by in every language, as
    SPEC's own list does ("ECOWAS (CEDEAO)") and the annotated splits do (`AfDB` for "BAD",
    `IsDB` for "BID", `WFP` for "PAM" in French texts); an acronym the vocabularies do not
    know stays as the text spells it. Without an acronym, the shortest name the text uses,
    the one the organisation goes by once spelled out ("the OPEC Fund for International
    Development ... the OPEC Fund" is `OPEC Fund`), else the one it goes by in `LATIN_NAMES`
    ("African Development Bank" is `AfDB`).
    """
    if not spelled:
        return mentions
    chosen: dict[str, str] = {}
    named = [m for m in mentions if m.start in spelled]
    for mention in sorted(named, key=lambda m: (not _acronym(m.surface), len(m.surface))):
        surface = mention.surface
        # SPEC: in Latin script as the organisation writes itself; «ФАО», «ВОЗ» are FAO,
        # WHO (the key is the English acronym)
        if _CYRILLIC.search(surface):
            name = data.LATIN_NAMES.get(surface, mention.code)
        elif (
            _acronym(surface)
            and mention.code in _INTERNATIONAL_ACRONYMS
            # a short form of the acronym ("NEPAD" of AUDA-NEPAD) is the text's own choice
            and surface not in mention.code.split("-")
        ):
            name = mention.code
        else:
            name = data.LATIN_NAMES.get(surface, surface)
        chosen.setdefault(mention.code, name)
    return [replace(m, code=chosen[m.code]) if m.start in spelled else m for m in mentions]


_BRACKETED = re.compile(r"\s*\(\s*(?P<short>[A-Z][A-Za-z0-9&.-]{1,11})\s*\)")
# The short name first, the name spelled out after it in brackets, after a dash as some
# lenders style themselves, or in an apposition that says it is the same body: "CAF, formally
# the Development Bank of Latin America", "la CAF – Banque de développement de l'Amérique
# latine", "la CAF, officiellement la Banque de développement …", «CAF (Банк развития
# Латинской Америки)»
_SHORT_BEFORE = re.compile(
    r"(?<![\w&'’.-])(?P<short>[A-Z][A-Za-z0-9&.-]{1,11})"
    r"(?:\s*\(|\s+[–—-]|\s*,\s*(?:formally|officially|formerly|also\s+known\s+as|known\s+as"
    r"|officiellement|anciennement|[ée]galement\s+appel[ée]e?|официально|ранее)\s+)\s*"
    r"(?:(?:the|la|le|les)\s+|l['’])?$"
)


def _by_short_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation the vocabularies know by a spelled-out name, with its short name in
    brackets after it ("la Banque arabe pour le développement économique en Afrique (BADEA)",
    "… de la CEDEAO (BIDC)") or before it, the name in brackets, after a dash or in an
    apposition ("CAF, formally the Development Bank of Latin America", "la CAF – Banque de
    développement de l'Amérique latine"), is one party named by that short name, as the text
    goes by it (not two, the name and the acronym); the short name alone, where no other name
    is read, is that party too ("Ecuador and CAF have a long history"), an acronym the
    vocabularies leave out for another body's (CAF) being the text's own. Companies keep the
    name the text gives them (`company_mentions`); SPEC's own codes (AU, ECOWAS) are kept.

    The text's own short name wins over the vocabularies' meaning of it: "la Banque
    asiatique de développement (BAD)" makes every "BAD" of the text the Asian bank, not the
    African one the French press more often means, where the short name is the initials of
    the name's words."""
    renamed: dict[str, str] = {}
    defined: dict[str, str] = {}
    for m in mentions:
        if m.kind != "organisation" or _acronym(m.surface):
            continue
        short = _BRACKETED.match(text, m.end)
        if short is None and (before := _SHORT_BEFORE.search(text, max(0, m.start - 40), m.start)):
            short = before if _acronym(before.group("short")) else None  # not "Bank ("
        if not short:
            continue
        spelled = data.LATIN_NAMES.get(m.surface) if _CYRILLIC.search(m.surface) else m.surface
        if m.code == spelled and home_state(m.code) is None and short.group("short") != m.code:
            renamed.setdefault(m.code, short.group("short"))
        if _initials_of(m.surface.split()) == short.group("short").upper():
            defined.setdefault(short.group("short"), renamed.get(m.code, m.code))
    if not renamed and not defined:
        return mentions
    mentions = [
        replace(m, code=defined[m.surface])
        if m.surface in defined and m.kind == "organisation"
        else replace(m, code=renamed[m.code])
        if m.code in renamed
        else m
        for m in mentions
    ]
    added = [
        Mention(short, match.start(), match.end(), short, "organisation")
        for short in renamed.values()
        for match in re.finditer(rf"(?<![\w&'’.-]){re.escape(short)}(?![\w&'’-])", text)
        if not any(m.start < match.end() and match.start() < m.end for m in mentions)
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# The head word an alliance's name opens with, by which the text goes on naming it: "the
# Confederation of Sahel States ... dialogue between Russia and the Confederation", «
# Конфедерации государств Сахеля … диалог между Россией и Конфедерацией», "l'Alliance".
_HEADS = {"confederation", "alliance", "конфедерация", "альянс"}
_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-ZÀ-ÝА-ЯЁ][\w-]+")
# another name goes on after the word ("the Alliance for Sahel Development", «Альянс за …»)
_NAME_GOES_ON = re.compile(
    r"\s+(?:[A-ZÀ-ÝА-ЯЁ]|(?:of|for|des?|du|d['’]|pour|за|по|государств)\b)", re.IGNORECASE
)


def _head_key(word: str) -> str:
    key = word_key(word)
    return russian_lemma(word) if re.match(r"[а-яё]", key) else key


def _by_head_word(text: str, mentions: list[Mention]) -> list[Mention]:
    """An alliance named in full, then by its head word alone, capitalised ("the
    Confederation", «Конфедерацией»): the same party, named again."""
    heads: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "organisation" and " " in m.surface:
            key = _head_key(m.surface.split()[0])
            if key in _HEADS:
                heads.setdefault(key, m)
    if not heads:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for word in _CAPITALISED_WORD.finditer(text):
        named = heads.get(_head_key(word.group()))
        if (
            named is None
            or word.start() < named.end
            or _NAME_GOES_ON.match(text, word.end())
            or any(a <= word.start() < b for a, b in taken)
        ):
            continue
        extra.append(Mention(named.code, word.start(), word.end(), word.group(), "organisation"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _acronym(surface: str) -> bool:
    """ "PNUD", "IsDB", "AfDB": one word with two capitals or more, an organisation's acronym."""
    return " " not in surface and sum(c.isupper() for c in surface) >= 2


def _is_language(text: str, mention: Mention) -> bool:
    """ "en langue française", "in French", «на русском языке»: a language, not a state."""
    after = _NEXT_WORD.match(text, mention.end)
    before = _PREVIOUS_WORD.search(text[max(0, mention.start - 40) : mention.start])
    if after and word_key(after.group(1)) in _LANGUAGE_WORDS:
        return True
    if before and word_key(before.group(1)) in _LANGUAGE_WORDS:
        return True
    previous = text[max(0, mention.start - 4) : mention.start]
    ends_phrase = not after or text[mention.end : after.start(1)].strip() != ""
    return bool(_IN_LANGUAGE.search(previous)) and (ends_phrase or after.group(1) in ("et", "and"))


def _joined(text: str, window: list[tuple[int, int, str]]) -> bool:
    """Whether the tokens of a window form one phrase, not split by a comma or a full stop."""
    return all(_JOINERS.fullmatch(text[a[1] : b[0]]) for a, b in pairwise(window))
