"""Organisations no vocabulary or NER knows, read where a signing clause puts its sides.

"Zesco and Tanesco signed a memorandum", "Camtel a signé avec Trafigura un contrat", «Казахтелеком
и Huawei подписали меморандум», "the deal between Ethio Telecom and Safaricom": a capitalised
name in a side's place (subject of the signing verb, its "with"/"avec"/«с» object, either name of
"between X and Y") is a side of its own. Without it the reader puts a state named elsewhere in
the story in its place, and SPEC makes the company the party, not its state.

An unknown capitalised word may be a person or a place as well, so the place alone is not enough:
a name is left alone when anything says it is a person (a title before it, a given name opening
it, a surname of a known office-holder or of a person the text names in full, a Russian name
pymorphy knows as one), a place (a city of the list, a word the text puts after "in"/"à"/«в», a
Russian place name), a date word, a common word opening the sentence, a state's institution or a
text's own name. The NER's labels are no evidence either way: the small models label unknown
one-word companies PERSON, MISC or PER as readily as ORG.
"""

from __future__ import annotations

import re
from functools import cache

from suivi.reading import nlp
from suivi.reading.context import Mention, Sentence
from suivi.reading.counterparts import INSTITUTION, SIGN_VERB, SUPPLIED_BEFORE, plausible
from suivi.reading.dates import MONTHS, WEEKDAYS
from suivi.reading.english_names import first_names
from suivi.reading.gazetteer import kind_of_word, latin_name
from suivi.reading.gazetteer_data import RUSSIAN_STATE_BODY
from suivi.reading.office_holders import HOLDERS, fold_name
from suivi.reading.people_roles import ROLE_HEAD, TITLE_WORDS
from suivi.reading.places import is_city

# A capitalised name of up to four words ("Ethio Telecom", "Tema Oil Refinery", «Казахтелеком»)
_WORD = r"[A-ZÀ-ÞА-ЯЁ][\w&'’.-]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_ARTICLE = r"(?:(?:the|la|le|les)\s+|l['’])?[«\"“]?"
_CLOSE = r"[»\"”]?"
_AND = r"\s+(?:and|et|и)\s+"
# "Zesco and Tanesco signed", "Camtel a signé", «Казахтелеком и Huawei подписали»: the names
# right before the verb, a sentence's start, a comma or a conjunction before them
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?,;:(\n])\s*(?:(?i:and|but|et|mais|и|а)\s+)?)"
    rf"{_ARTICLE}(?P<a>{_NAME}){_CLOSE}(?:{_AND}{_ARTICLE}(?P<b>{_NAME}){_CLOSE})?"
    rf"\s+(?:(?:a|ont|have|has|had|will|would|shall|also|aussi|également|va|vont|on\s+\w+|today"
    rf"|hier|сегодня|также)\s+)*$"
)
# "signed ... with Vitol", "a signé avec Trafigura", «подписал ... с Билайн»
_WITH = re.compile(
    rf"\b(?:with|avec|с|со)\s+{_ARTICLE}(?P<a>{_NAME}){_CLOSE}"
    rf"(?:{_AND}{_ARTICLE}(?P<b>{_NAME}){_CLOSE})?"
)
# the agent after the verb: "was signed by Zesco and Tanesco", "signé par Camtel et Trafigura";
# a Russian subject after its verb: «Меморандум подписали Казахтелеком и Huawei»
_AGENT = re.compile(
    rf"\s+(?P<by>(?:by|par)\s+)?{_ARTICLE}(?P<a>{_NAME}){_CLOSE}"
    rf"(?:{_AND}{_ARTICLE}(?P<b>{_NAME}){_CLOSE})?"
)
# "with" of another relation than signing: "in line with", "together with", "en partenariat
# avec", «совместно с» (a helper, a witness or a plan, no side)
_ALONG = re.compile(
    r"\b(?:line|accordance|consistent|compliance|conformity|along|together|cooperation"
    r"|collaboration|partnership|partenariat|conformément|совместно|вместе|соответствии"
    r"|сотрудничестве|участием)\s+$",
    re.IGNORECASE,
)
# "between Ethio Telecom and Safaricom", "entre Somagep et Sinotruk", «между X и Y»
_BETWEEN = re.compile(
    rf"\b(?:between|entre|между)\s+{_ARTICLE}(?P<a>{_NAME}){_CLOSE}{_AND}{_ARTICLE}"
    rf"(?P<b>{_NAME}){_CLOSE}"
)
# "between" names sides right after a text or its signing ("the deal between X and Y",
# "signed on Monday between X and Y"); after another noun it names places or people ("joint
# patrols between Paga and Dakola", "a transmission line between Olkaria and Suswa")
_TEXT_BEFORE = re.compile(
    rf"(?:agreements?|deals?|accords?|contracts?|contrats?|memorand\w*|mous?|protocol\w*"
    rf"|conventions?|partnerships?|partenariats?|соглашени\w*|договор\w*|меморандум\w*|контракт\w*"
    rf"|протокол\w*|{SIGN_VERB})\s+(?:[\w'’]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# a name followed by its complement is a longer one ("the Export-Import Bank of China")
_COMPLEMENT_AFTER = re.compile(r"\s+(?:of|de|du|des|d['’])\b", re.IGNORECASE)
_SIGNING = re.compile(SIGN_VERB, re.IGNORECASE)
# A lower-case noun of a state after capitalised words: they describe a state the story names
# elsewhere ("the North African kingdom", "the Gulf state", "the Horn of Africa nation"), no
# organisation of their own.
_STATE_NOUN_AFTER = re.compile(
    r"\s+(?:kingdom|state|nation|country|republic|emirate|sultanate|monarchy|neighbou?r"
    r"|island\s+nation|archipelago)s?\b"
)
# a preposition of place before the name elsewhere: "talks in Kisumu", "à Kribi", «в Актау»
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|à|au|en|de|в|во|из)\s+$", re.IGNORECASE)
# words that make a capitalised run no organisation's name: a text's own ("the Lobito Corridor
# Agreement"), a meeting's, a period's
_NOT_ORGANISATION = re.compile(
    r"(?i)\b(?:agreement|accord|memorand|protocol|treaty|trait[ée]|convention|charter|charte"
    r"|declaration|d[ée]claration|programme|program|plan|initiative|framework|roadmap|contract"
    r"|contrat|summit|sommet|forum|session|conference|conf[ée]rence|visit|visite|week|semaine"
    r"|соглашени|меморандум|договор|протокол|программ|саммит|форум|визит)"
)
_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
# a text's capitalised title running up to the names: "the Agreement on Economic, Trade,
# Investment and Technical Cooperation signed in 2019", "l'Accord de Commerce et
# d'Investissement signé": the names are the title's own words, the verb its participle
_TITLE_RUNNING = re.compile(
    r"\b(?:Agreement|Accord|Convention|Memorandum|Protocol|Treaty|Trait[ée]|Programme|Program"
    r"|Framework|Charter|Charte)\s+(?:on|of|for|sur|de|du|des|d['’]|relatif\s+à|relative\s+à)\s*"
    r"(?:(?:[A-ZÀ-Þ][\w’'-]*|and|et|of|de|des|du|d['’]|la|le|les|l['’])(?:\s*,\s*|\s+|(?<=['’])))*$"
)
_STOP_WORDS = {
    "en": "the a an this that these those both all some our their its his her they we it "
    "officials delegates ministers leaders parties sides countries governments companies "
    "negotiators representatives participants authorities partners investors lenders donors "
    "firms banks together separately meanwhile",
    "fr": "le la les un une ce cette ces ils elles nous leurs deux tous les responsables "
    "délégations parties ministres pays gouvernements sociétés entreprises partenaires "
    "bailleurs investisseurs autorités représentants négociateurs",
    "ru": "стороны они мы компании страны министры правительства",
}


def with_named(
    text: str,
    lang: str,
    sentences: list[Sentence],
    taken: list[Mention],
    persons: list[tuple[int, int, str]],
) -> list[Mention]:
    """`taken` with the organisations named in a signing side's place and known nowhere, and
    their later mentions under the same spelling, in text order."""
    named = _named_surnames(text, persons)
    found: list[Mention] = []
    for sentence in sentences:
        for group, nominative in _side_names(text, sentence):
            names = []
            for start, end in group:
                start, end = _trimmed(text, start, end, lang)
                if end > start and not any(m.start < end and start < m.end for m in taken + found):
                    names.append((start, end, _what_else(text, start, end, lang, named)))
            # "Mombasa and Kisumu signed", "Ablakwa and Dussey": one person or place, both;
            # "KenGen and UEGCL signed": one of two alone would mix the sides
            if any(kind is not None for *_, kind in names):
                continue
            for start, end, kind in names:
                code = latin_name(text[start:end], quoted=nominative)
                if kind is None and code[:1].isupper() and all(m.code != code for m in found):
                    found.append(Mention(code, start, end, text[start:end], "organisation"))
    if not found:
        return taken
    spans = taken + found
    for mention in list(found):
        for match in re.finditer(rf"(?<!\w){re.escape(mention.surface)}(?!\w)", text):
            if not any(m.start < match.end() and match.start() < m.end for m in spans):
                later = Mention(
                    mention.code, match.start(), match.end(), mention.surface, "organisation"
                )
                spans.append(later)
                found.append(later)
    return sorted(taken + found, key=lambda m: m.start)


def _side_names(text: str, sentence: Sentence) -> list[tuple[list[tuple[int, int]], bool]]:
    """The names in a side's place of a signing clause of the sentence, as offsets grouped
    by the words that coordinate them, each group with whether it is a subject (in the
    nominative: a Russian name is taken as written)."""
    words = sentence.text
    if _title_case(words):
        return []  # "Kenya, Uganda Sign Deal With Safaricom Over Data": a headline's capitals
    signings = list(_SIGNING.finditer(words))
    found: list[tuple[re.Match, bool]] = []
    for verb in signings:
        subject = _SUBJECT.search(words, max(0, verb.start() - 120), verb.start())
        if subject and not _TITLE_RUNNING.search(
            words, max(0, subject.start() - 200), subject.start("a")
        ):
            found.append((subject, True))
        agent = _AGENT.match(words, verb.end())
        if agent and (agent.group("by") or _CYRILLIC.match(verb.group())):
            found.append((agent, not agent.group("by")))
        following = _WITH.search(words, verb.end(), min(len(words), verb.end() + 100))
        if (
            following
            and not _ALONG.search(words, max(0, following.start() - 20), following.start())
            and not SUPPLIED_BEFORE.search(words, max(0, following.start() - 60), following.start())
        ):
            found.append((following, False))
    for between in _BETWEEN.finditer(words):
        if _TEXT_BEFORE.search(words, max(0, between.start() - 40), between.start()):
            found.append((between, False))
    return [
        ([_stripped(words, sentence.start, *m.span(g)) for g in "ab" if m.group(g)], nominative)
        for m, nominative in found
    ]


def _title_case(words: str) -> bool:
    """Whether most words of four letters or more are capitalised: a headline's line."""
    long = re.findall(r"\b[^\W\d_]{4,}", words)
    return len(long) >= 3 and sum(w[0].isupper() for w in long) > 0.6 * len(long)


def _stripped(words: str, offset: int, start: int, end: int) -> tuple[int, int]:
    """A name's offsets in the text, without the stop that ends its sentence."""
    return offset + start, offset + start + len(words[start:end].rstrip(".'’-"))


# the owner or seat before a company: "Dubai's DP World", "Lagos-based Seplat"
_OWNER = re.compile(r"\S+(?:['’]s|-based|-owned|-listed|-headquartered)(?=\s)")


def _trimmed(text: str, start: int, end: int, lang: str) -> tuple[int, int]:
    """The name without the common and date words that open it ("On Monday Zesco" -> Zesco)
    and without its owner or seat ("Dubai's DP World" -> DP World); a title opening it keeps it
    whole (a person, rejected later)."""
    stops = _stop_words(lang)
    owned = [w.end() for w in _OWNER.finditer(text[start:end])]
    first = start + owned[-1] if owned else start
    for word in re.finditer(r"\S+", text[first:end]):
        bare = word.group().lower().strip(",.")
        if bare in stops or bare in MONTHS or bare in WEEKDAYS:
            continue
        return first + word.start(), end
    return end, end


def _what_else(text: str, start: int, end: int, lang: str, named: frozenset) -> str | None:
    """What the name is rather than an organisation, if anything says so: "person",
    "place", or "word" (a common word, a state's institution, a text's own name)."""
    name = text[start:end]
    words = name.split()
    folded = [fold_name(w) for w in words]
    before = text[max(0, start - 30) : start].split()
    if (before and fold_name(before[-1]) in TITLE_WORDS) or folded[0] in TITLE_WORDS:
        return "person"  # "President Ruto", "M. Diop"
    if ROLE_HEAD.fullmatch(words[0]):
        return "person"  # "signé par le Directeur général de la X": an office, no company
    if len(words) > 1 and words[0].lower() in first_names():
        return "person"  # "John Mbadi"
    if any(_surname(w, named) or _surname(w, _holders_surnames()) for w in folded):
        return "person"  # "Ruto and Museveni signed": surnames of people
    if is_city(name) or _after_place_preposition(text, name):
        return "place"  # "Mombasa", "talks in Kisumu ... Kisumu and"
    if _CYRILLIC.search(name) and (russian := _russian_person_place_or_word(words)):
        return russian
    if not plausible(name) or INSTITUTION.search(name) or _NOT_ORGANISATION.search(name):
        return "word"
    if any(kind_of_word(w, lang) for w in words):
        return "word"  # "with the Chinese company CRBC": a state's word describes, names none
    if all(w.isupper() for w in words) or RUSSIAN_STATE_BODY.fullmatch(name):
        return "word"  # acronyms are read by their own rules; «Минфин» is Russia's
    if _COMPLEMENT_AFTER.match(text, end):
        return "word"  # a longer name the gazetteer reads, or an institution
    if _STATE_NOUN_AFTER.match(text, end):
        return "word"  # "with the North African kingdom", "the Gulf state": a state described
    opening = text[:start].rstrip(' «"“')
    if (not opening or opening[-1] in ".!?:\n") and len(words) == 1:
        return "word" if _common_word(name, text, lang) else None
    return None


def _surname(word: str, surnames: frozenset[str]) -> bool:
    """Whether a folded word is one of the surnames, or one in a Russian case («бектеновым»
    of «бектенов»)."""
    return word in surnames or any(word[:-k] in surnames for k in (1, 2, 3) if len(word) - k >= 4)


def _after_place_preposition(text: str, name: str) -> bool:
    """Whether the text names it as a place somewhere: "in Kisumu", "à Kribi", «в Актау»."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        if _PLACE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            return True
    return False


def _russian_person_place_or_word(words: list[str]) -> str | None:
    """What pymorphy knows a Russian name's words as: a person's or a place's name, or (a
    one-word name) a word of the language («Стороны», «Компания»)."""
    for word in words:
        if not _CYRILLIC.search(word):
            continue
        parses = nlp.russian_parses(word)
        grammemes = set().union(*(p.tag.grammemes for p in parses))
        if "Geox" in grammemes:
            return "place"
        if {"Name", "Surn", "Patr"} & grammemes:
            return "person"
        if all(p.is_known for p in parses) and len(words) == 1:
            return "word"
    return None


def _common_word(word: str, text: str, lang: str) -> bool:
    """A capitalised word opening a sentence that is a word of the language: a stop word or
    actors' plural ("Both", "Officials", "Les"), or one the text writes in lower case too."""
    lower = word.lower()
    if lower in _stop_words(lang):
        return True
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) is not None


def _named_surnames(text: str, persons: list[tuple[int, int, str]]) -> frozenset[str]:
    """The words of the people the text names in full ("William Ruto" -> ruto): said alone
    later, they are the person ("Ruto and Museveni signed")."""
    words = set()
    for start, end, label in persons:
        parts = text[start:end].split()
        if label != "MISC" and len(parts) > 1 and all(p[:1].isupper() for p in parts):
            words.update(fold_name(p) for p in parts)
    return frozenset(words)


@cache
def _holders_surnames() -> frozenset[str]:
    """The last words of the office-holders' names ("ruto", "museveni", «лавров»)."""
    names = (n.strip(" ^") for names in HOLDERS.values() for n in names.split(";"))
    return frozenset(fold_name(n).split()[-1] for n in names if n.strip())


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """Words that open a sentence or a name and name nothing: spaCy's stop words of the
    language ("On", "In", "Les") and the plural actors that sign ("Officials")."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH
    from spacy.lang.ru.stop_words import STOP_WORDS as RUSSIAN

    spacy_words = {"en": ENGLISH, "fr": FRENCH, "ru": RUSSIAN}.get(lang, set())
    return frozenset(spacy_words) | frozenset(_STOP_WORDS.get(lang, "").split())
