"""Organisations named only by an acronym the vocabularies lack, where they sign.

The press names a state company or agency by its capitals and nothing else ("signed with
SONELGAZ", "entre la SNIM et …", «между КТЖ и …»). Read nowhere, such a side left the
agreement to a state named elsewhere in the text. SPEC: a company signs as itself, by its
name as the text spells it. Capitals are also a text's kind (MoU, EPC, PPA), a currency
or a unit (USD, FCFA, MW), an office (CEO, PM) or a headline's word, so only an acronym in
the place of a signing side, and none of those, is taken.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pycountry

from suivi.reading.gazetteer_data import RUSSIAN_STATE_BODY, STATE_MEDIA
from suivi.reading.sectors import KIND_PATTERNS, SECTOR_PATTERNS, TEXT_ACRONYMS, fold

# Two to eight capitals (Latin or Cyrillic, digits after the first), maybe two parts joined by
# a hyphen ("ENH-EP"), in quotes or not, neither part of a longer word nor of a longer name.
_CAPITALS = re.compile(
    r"(?<![\w&'’.-])[«\"“]?(?P<name>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,7}(?:-[A-ZА-ЯЁ0-9]{1,7})?)"
    r"[»\"”]?(?![\w&'’-])"
)
# One word with capitals inside it, as companies write their names ("KenGen", "PetroSA",
# "RwandAir", "MultiChoice"); not a surname's prefix before its capital ("McDonald",
# "DeSantis", "MacArthur", "LeBlanc", "AlNahyan").
_CAMEL = re.compile(
    r"(?<![\w&'’.-])[«\"“]?(?P<name>(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Al|El|Abu|Ben|Bin)"
    r"[A-Z])[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)[»\"”]?(?![\w&'’-])"
)
# Capitals that name no side: units, offices, legal forms, what a text or a project is.
_UNITS = "MW MWH GW GWH KW KWH TW TWH KV KM MT KT BCM TCF MMBTU BPD BBL CO2 AM PM GMT UTC"
_CURRENCY_WORDS = "FCFA CFA"  # as the press writes them beside the ISO codes
_OFFICES = "CEO CFO COO CTO MD DG PDG SG VP MP GM HE HRH"
_FORMS = "SA SAS SARL SPA AG BV NV LLC LLP LTD PLC JSC PJSC OJSC INC CO GMBH ПАО ОАО ЗАО ООО АО НАО ГК АК"
# what a text, a project or a field is; «РФ», "RF": the Russian Federation's initials
_THINGS = (
    "EPC EPCF JV HOA SEZ PPP FDI GDP SME SMES LPG CNG IT AI ICT NGO NGOS ONG ONGS OK TV ID РФ RF"
)
_NOT_SIDES = frozenset(
    word for words in (_UNITS, _CURRENCY_WORDS, _OFFICES, _FORMS, _THINGS) for word in words.split()
)
_ROMAN = re.compile(r"[IVXLC]+")
# Cyrillic capitals each with a one-letter Latin spelling: «ОМК» is OMK as the company
# writes itself; «КТЖ» (KTZ? KTZh?) is not spelled cleanly, so left alone.
_CLEAN_CYRILLIC = set("АБВГДЕЗИКЛМНОПРСТУФ")
_CYRILLIC = re.compile(r"[А-ЯЁ]")

_SIGN = r"(?:sign\w*|conclu\w*|ink(?:ed|s)?\b|подпис\w*|заключ\w*|парафир\w*)"
_SIGN_VERB = (
    r"(?:sign(?:ed|s|e|ent|era|eront|eraient)?\b|sign[ée]e?s?\b|conclu\w*|ink(?:ed|s)\b"
    r"|подписал\w*|подпиш\w*|подписыва\w*|заключил\w*|заключ[иа]т\w*)"
)
_ARTICLE = r"(?:the\s+|la\s+|le\s+|l['’]|les\s+)?[«\"“]?"
# where the clause before the acronym makes it a side: "signed … with", "a signé avec",
# «подписал … с», "between", "entre", «между», "between X and", "entre X et", «между X и»
_SIDE_BEFORE = re.compile(
    rf"(?:{_SIGN}[^.;!?]{{0,100}}\b(?:with|avec|с|со)"
    r"|\b(?:between|entre|между)(?:\s+[^.;!?]{1,80}\s+(?:and|et|и))?)"
    rf"\s+{_ARTICLE}$",
    re.IGNORECASE,
)
# a text's kind, then its partner: "a memorandum of understanding with", "un contrat avec",
# «контракт с»
_TEXT_WITH_BEFORE = re.compile(
    r"(?:agreement|accord|memorand\w*|\bmou|contract|contrat|convention|protocol\w*|deal"
    r"|соглашени\w*|меморандум\w*|договор\w*|контракт\w*)"
    rf"(?:\s+(?:of|on|d['’]|de)\s+(?:understanding|entente|intention|intent))?\s+"
    rf"(?:with|avec|с|со)\s+{_ARTICLE}$",
    re.IGNORECASE,
)
# the acronym as (one of) the subjects of the verb: "X signed", "X a signé", «X подписал»,
# "X and Niger signed", "X et le Mali ont signé", «X и Казахстан подписали»; the second of
# two subjects ("Niger and X signed") is followed by the verb as well
_SUBJECT_AFTER = re.compile(
    rf"[»\"”]?(?:\s+(?:and|et|и)\s+[^,.;!?]{{1,60}}?)?\s+"
    rf"(?:(?:a|ont|have|has|had|also|will|on\s+\w+)\s+)*{_SIGN_VERB}",
    re.IGNORECASE,
)
# an officer of the organisation signs for it: "KenGen managing director Peter Njenga (and …)
# signed", "le directeur général de la SNIM, Ahmed Salem, a signé", «гендиректор КТЖ Нурлан
# Сауранбаев подписал»: the office after the name or before it, then the officer's name
_OFFICE = (
    r"(?i:(?:(?:managing|executive|general|regional|country|deputy)\s+)?"
    r"(?:director(?:[- ]general)?|chairman|chairperson|chief\s+executive(?:\s+officer)?|ceo"
    r"|president|head|manager|directeur(?:\s+g[ée]n[ée]ral)?|directrice(?:\s+g[ée]n[ée]rale)?"
    r"|pdg|pr[ée]sidente?|генеральн\w+\s+директор\w*|гендиректор\w*|глав[аеыу]"
    r"|председател\w*(?:\s+правления)?))"
)
_PERSON = r"(?:[A-ZА-ЯЁ][\w'’.-]+\s+){0,3}[A-ZА-ЯЁ][\w'’-]+"
_OFFICER_AFTER = re.compile(rf"\s+{_OFFICE}\s+{_PERSON}(?=\s)")
_OFFICE_BEFORE = re.compile(
    rf"{_OFFICE}\s+(?:of\s+(?:the\s+)?|de\s+la\s+|du\s+|de\s+l['’]|de\s+)?[«\"“]?$"
)
_OFFICER_NAMED = re.compile(rf"[»\"”]?\s*,?\s+{_PERSON}(?:\s*,(?=\s))?")
# a clause of texts: "between X and Y" binds only where something is signed or agreed there
_TEXT_CLAUSE = re.compile(
    rf"{_SIGN}|agreement|accord|memorand|\bmou|contract|contrat|convention|protoco|deal"
    r"|соглашени|меморандум|договор|контракт|протокол",
    re.IGNORECASE,
)
# what describes the name as a state's institution between the signing's word and itself
# ("Algeria's power regulator ARPE", "entre les deux agences de presse officielles, APS et
# TAP"): SPEC, it stands for its state
_INSTITUTION = re.compile(
    r"(?i)\b(?:agenc\w*|агентств\w*|ministr\w*|minist[èe]re\w*|министерств\w*|authorit\w*"
    r"|autorit\w*|regulat\w*|r[ée]gulat\w*|регулятор\w*|boards?|offices?|banks?|banques?"
    r"|банк\w*|commissions?|комисси\w*|councils?|conseils?|служб\w*|ведомств\w*)\b"
)
_PARTNER_BEFORE = re.compile(rf"(?:[^,;:]{{1,70}}\s(?:and|et|и)\s+{_ARTICLE})?$", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:no|not|never|ne|n['’]|pas|aucun\w*|не|ни)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?\n]")
_BRACKETED = re.compile(r"\(\s*([^\s()]{2,17})\s*\)")
# the acronym first, its company's name spelled out after it in brackets: "la SMB (Société
# minière de Boké)", "NPC (National Power Company)", «ОМК («Объединённая металлургическая
# компания»)»: the brackets tell a company, which signs as itself beside a ministry
_COMPANY_SPELLED = re.compile(
    r"[»\"”]?\s*\(\s*[«\"“]?(?:(?:la|le|l['’]|the)\s+)?"
    r"(?:(?i:soci[ée]t[ée]|compagnie|entreprise|groupe|company|corporation|компания|общество)"
    r"\b[^()\n.;!?]{0,80}"
    r"|[^()\n.;!?]{0,80}\b(?:Company|Corporation|Corp|Limited|Ltd|компания|корпорация))"
    r"[»\"”]?\s*\)"
)
_REACH = 160
_HEADLINE = 200  # characters of a headline, at most, either side of a word


@cache
def _currencies() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@lru_cache(maxsize=4096)
def _names_none(name: str) -> bool:
    """Capitals that are no organisation's name: a unit, a currency, an office, a legal
    form, a state's press agency or a Russian federal body («ФТС»: they stand for their
    state), a Roman numeral, a text's kind or a field's acronym (MOU, PPA, LNG)."""
    if name in _NOT_SIDES or name in STATE_MEDIA or RUSSIAN_STATE_BODY.fullmatch(name):
        return True
    if name in _currencies() or _ROMAN.fullmatch(name):
        return True
    if _CYRILLIC.search(name) and not set(name.replace("-", "")) <= _CLEAN_CYRILLIC:
        return True
    folded = fold(name)
    if folded in TEXT_ACRONYMS or folded.removesuffix("s") in TEXT_ACRONYMS:
        return True
    return any(p.fullmatch(folded) for p, _ in KIND_PATTERNS + SECTOR_PATTERNS)


def _capitals_line(text: str, start: int) -> bool:
    """A short line mostly in capitals ("GHANA AND SONELGAZ SIGN DEAL"): a headline, whose
    capitals say nothing of a name (a paragraph is no headline, nor scanned whole)."""
    line_start = text.rfind("\n", max(0, start - _HEADLINE), start) + 1
    line_end = text.find("\n", start, start + _HEADLINE)
    if (line_start == 0 and start > _HEADLINE) or (line_end < 0 and len(text) > start + _HEADLINE):
        return False
    words = re.findall(r"[^\W\d_]{3,}", text[line_start : line_end if line_end >= 0 else None])
    return sum(w.isupper() for w in words) * 2 > len(words)


# capitalised at a sentence's start, no part of a name: "La SOMILO et le Mali"
_ARTICLES = {"The", "A", "An", "La", "Le", "Les", "Un", "Une", "Both", "And", "Et", "И", "Но"}


def _in_a_longer_name(text: str, start: int, end: int) -> bool:
    """ "Kankou Gold SA", "KABIL Resources": capitals beside a capitalised word are a part of
    a longer name, which the companies' own shapes read (an article opening the sentence
    and a state's possessive, "Algeria's SONELGAZ", are none)."""
    before = text[max(0, start - 30) : start].rstrip(' «"“')
    after = text[end : end + 30].lstrip(' »"”«“')
    word_before = before.split()[-1] if before.split() and before[-1:].isalnum() else ""
    word_after = after.split()[0] if after.split() and after[:1].isalnum() else ""
    part = word_before not in _ARTICLES and not word_before.endswith(("'s", "’s"))
    return (word_before[:1].isupper() and part) or word_after[:1].isupper()


def candidates(text: str) -> list[tuple[int, int]]:
    """Spans of the capitals that may be an organisation's name (its quotes left out): an
    acronym, or one word with capitals inside it."""
    spans = []
    # "la Société nationale industrielle et minière (SNIM)": introduced after a spelled-out
    # name, which the name's own shapes read (an institution's stands for its state)
    introduced = set(_BRACKETED.findall(text))
    matches = sorted([*_CAPITALS.finditer(text), *_CAMEL.finditer(text)], key=lambda m: m.start())
    for match in matches:
        start, end = match.span("name")
        name = match.group("name")
        if name in introduced or sum(c.isalpha() for c in name) < 2 or _names_none(name):
            continue
        if _capitals_line(text, start):
            continue
        # «глава ОМК Иван Петров»: an office before the capitals, its holder's name after them
        if _in_a_longer_name(text, start, end) and not _OFFICE_BEFORE.search(
            text, max(0, start - 40), start
        ):
            continue
        spans.append((start, end))
    return spans


def spelled_company_end(text: str, end: int) -> int | None:
    """Where the company's name spelled out in brackets after the acronym ending at `end`
    closes ("la CBG (Compagnie des bauxites de Guinée)"), or None: a state in it is the
    company's home, no side of its own."""
    spelled = _COMPANY_SPELLED.match(text, end)
    return spelled.end() if spelled else None


def signs(text: str, cut: int, start: int, end: int, company: bool = False) -> bool:
    """Whether the name at `start`-`end`, described from `cut` on ("Algeria's SONELGAZ"),
    stands in the place of a signing side of its clause, unnegated, and is not described as
    a state's institution there (unless the text tells it a `company` otherwise: then a
    ministry beside it is its partner, not its kind)."""
    if spelled := spelled_company_end(text, end):
        end, company = spelled, True
    before = text[max(0, cut - _REACH) : cut]
    stop = list(_CLAUSE_END.finditer(before))
    before = before[stop[-1].end() :] if stop else before
    after_stop = _CLAUSE_END.search(text, end, end + _REACH)
    after = text[end : after_stop.start() if after_stop else end + _REACH]
    side = _SIDE_BEFORE.search(before)
    if side and not _TEXT_CLAUSE.search(before + after):
        side = None
    if not side:
        # "- a memorandum of understanding with GE Vernova for …": a text's partner, in a
        # list whose verb was told before it
        side = _TEXT_WITH_BEFORE.search(before)
    subject = _SUBJECT_AFTER.match(after)
    officer = _OFFICER_AFTER.match(after) or (
        _OFFICE_BEFORE.search(before) and _OFFICER_NAMED.match(after)
    )
    if not subject and officer:
        subject = _SUBJECT_AFTER.match(after, officer.end())
    if not (side or subject):
        return False
    # the words describing it, and the other subject beside it ("COCOBOD and the Conseil du
    # Café-Cacao signed"): two of one kind sign, and a state's institution is its state
    described = side.group() if side else (subject.group() + _PARTNER_BEFORE.search(before)[0])
    if company:
        return not _NEGATION.search(before)
    return not _INSTITUTION.search(described + text[cut:start]) and not _NEGATION.search(before)
