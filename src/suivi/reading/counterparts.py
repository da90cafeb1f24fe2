"""Organisations the vocabularies do not know, found by the NER where they sign.

The NER (spaCy ORG, natasha ORG) finds organisation names of any kind; only those in
the place of a signing side become parties: the subject of "signed"/"a signé"/
«подписал», the complement of "signed ... with"/"avec"/«с», either name of "between X
and Y". SPEC: a state's institutions (ministries, agencies, central banks, boards) stand
for their state, so a name with an institution word or a state's name inside is left
to the gazetteer; a Cyrillic name gets its Latin spelling.
"""

from __future__ import annotations

import re

from suivi.reading.context import Mention
from suivi.reading.gazetteer import latin_name, state_codes
from suivi.reading.gazetteer_data import RUSSIAN_STATE_BODY, STATE_MEDIA
from suivi.reading.parties import SITE_TOURED_BEFORE, site_toured
from suivi.reading.sectors import sectors_of
from suivi.reading.signing_words import SIGNING
from suivi.reading.text_kinds import TEXT_KIND

_SIGN = rf"(?:{SIGNING})"
# The verb, not its noun: "X and Y witnessed the signing" has no signing subject
SIGN_VERB = (
    r"(?:sign(?:ed|s|e|ent|era|eront|eraient)?\b|sign[ée]e?s?\b|conclu\w*|ink(?:ed|s)\b"
    r"|подписал\w*|подпиш\w*|подписыва\w*|заключил\w*|заключ[иа]т\w*)"
)
# "X signed", "X a signé", "X, opérateur de ..., ont signé", «X подписал»
# "X and the state miner Y also signed": the first of two coordinated subjects too
_SUBJECT = re.compile(
    rf"[»\"”]?\s*(?:,[^,.;]{{0,80}},\s*|\s+(?:and|et|и)\s+(?P<partner>[^,.;]{{1,60}}?)\s+)?"
    rf"(?:(?:a|ont|have|has|had|also|on \w+)\s+)*{SIGN_VERB}",
    re.IGNORECASE,
)
# "signed ... with the X", «подписал ... с X», "between X and", "entre X et"
_WITH = re.compile(
    rf"{_SIGN}[^.;]{{0,100}}\b(?:with|avec|с|со)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?[«\"“]?$",
    re.IGNORECASE,
)
# "signed an agreement in 2008, and Brazil has supplied Indonesia with Super Tucano
# aircraft": a verb of supplying governs the "with" after it, whose object is the thing
# supplied, no side. SUPPLIED_BEFORE ends where the "with" starts.
SUPPLIED_BEFORE = re.compile(
    r"(?i:\b(?:suppl(?:ies|ied|ying)|provid(?:e|es|ed|ing)|equip(?:s|ped|ping)"
    r"|furnish(?:es|ed|ing)|arm(?:ed|ing))\s+"
    # the verb's object, no text's name: "a supply agreement with X" is a side's
    r"(?:(?!(?:agreements?|contracts?|deals?|accords?|memorand\w*|mous?|pacts?|treat\w*)\s)"
    r"[^\s.;,]+\s+){0,4}?$)"
)
_SUPPLIED_WITH = re.compile(rf"{SUPPLIED_BEFORE.pattern[:-2]}with\s+(?:the\s+)?[«\"“]?$)")
_BETWEEN = re.compile(
    r"\b(?:between|entre|между)\s+(?:[^.;]{1,80}\s+(?:and|et|и)\s+)?"
    r"(?:the\s+|la\s+|le\s+|l['’]|les\s+)?[«\"“]?$",
    re.IGNORECASE,
)
INSTITUTION = re.compile(
    r"minist|министер|government|gouvernement|правительств|agenc|агентств|central|центральн|office"
    r"|direction|council|conseil|совет|commission|комисси|department|d[ée]partement|департамент|embass"
    r"|ambassad|посольств|parliament|parlement|парламент|assembl|ассамбле|national|национальн"
    r"|state|[ée]tat|государств|board|authority|autorit|администрац|administration|presiden"
    r"|пр[еи]зидент|universit|университет|institut|ministry|служб|service|republic|r[ée]publique"
    r"|республик|kremlin|кремл|élysée|дум[аеуы]\b|duma|senate|s[ée]nat|сенат|congress|congr[èe]s"
    r"|конгресс|knesset|majlis|меджлис|rada|рада\b|sejm|bundestag|бундестаг"
    # the state's forces, courts, services and local governments: "the Kenya Defence Forces",
    # "la Gendarmerie nationale", «Пограничная служба», "the Treasury", "County"
    r"|forces|army|arm[ée]e|арми|police|полици|gendarmerie|customs|douane|таможн|navy|coast ?guard"
    r"|garde|guard|пограничн|вооруж[её]нн|court|cour\b|tribunal|суд\b|суда\b|prosecut|procureur"
    r"|прокуратур|treasury|tr[ée]sor|казначейств|directorate|bureau|secretariat|secr[ée]tariat"
    r"|inspectorate|inspection|chamber|chambre|палат|county|comt[ée]|province|governorate"
    r"|gouvernorat|région|region|област|municipal|мэри|city of|ville de|управлени|ведомств"
    # a government by its cabinet («Кабинетом министров Кыргызской Республики»)
    r"|кабинет",
    re.IGNORECASE,
)
# What describes a name as a state's institution just before it: "Brazil's state development
# bank BNDES", "l'agence nigérienne ANPE", «российский госбанк ВЭБ.РФ», "the regulator EPRA"
# ("Egypt's state-owned Arab Contractors" is a company: SPEC, a company signs as itself)
_INSTITUTION_BEFORE = re.compile(
    r"(?:(?:development|state|public|national|central|export-import|exim|policy)\s+bank"
    r"|banque\s+(?:publique|centrale|nationale|de\s+d[ée]veloppement)|госбанк\w*|банк\w*\s+развития"
    r"|agency|agence|агентств\w*|ministry|minist[èe]re|министерств\w*|regulator|r[ée]gulateur"
    r"|регулятор\w*|authority|autorit[ée]|board|office|office\s+national|служб\w*|ведомств\w*)"
    r"(?:\s+[\w'’-]+){0,2}\s+[«\"“]?$",
    re.IGNORECASE,
)
# the end of a ministry's list of portfolios, which the NER may cut from its head ("the
# Ministry of Industries, Mines and Energy", "le ministère des Mines, du Pétrole et de
# l'Énergie", «Министерство промышленности, торговли и энергетики»): part of the ministry
_PORTFOLIO_BEFORE = re.compile(
    r"(?:ministry|department|minist[èe]re|министерств\w*)\s+(?:(?:of|for|de|des|du|de\s+la)\s+)?"
    r"(?:(?:[\w'’-]+|d['’]|de\s+la|de\s+l['’]|du|des|et|and|и|&)(?:\s*,\s*|\s+|(?<=['’])))+$",
    re.IGNORECASE,
)
# a minister's title after the portfolio it names: "Energy Minister", "Trade Secretary"
_OFFICE_AFTER = re.compile(
    r"\s+(?:(?:Deputy|Vice|Junior|State)\s+)?(?:Minister|Ministry|Secretary|Commissioner)\b"
)
# Banks by their name or a state bank's short form («Сбербанк», "Banque Atlantique", «ВТБ»):
# SPEC makes a state-owned bank acting for its state that state, and a signing subject rarely
# says who owns it; banks the vocabularies know (Afreximbank, BOAD) are parties of their own.
_BANK = re.compile(r"bank|банк|banque|banco|^(?:ВТБ|ВЭБ|VTB|VEB|ПСБ|РСХБ)\b", re.IGNORECASE)
_MAX_WORDS = 6
# a kind of organisation alone, the capital of a longer name in lower-case words ("avec le
# Port autonome de Lomé", "avec la Société …"): it names no one by itself
_KIND_ONLY = re.compile(
    r"(?i)port|ports|soci[ée]t[ée]|compagnie|banque|caisse|groupe|fonds|entreprise|firme"
    r"|bank|fund|company|group|corporation|holding|firm|порт|компания|банк|фонд|холдинг"
)
_TEXT_WORD = re.compile(rf"(?i){TEXT_KIND}")
_NEGATION = re.compile(r"\b(?:no|not|never|ne|n['’]|pas|aucun\w*|не|ни)\b", re.IGNORECASE)
_ACRONYM = re.compile(r"\s*\(\s*([^\s()]+)\s*\)")


# "Egypt's state-owned Arab Contractors", "Brazil's state development bank BNDES": a state
# in the possessive (or its adjective) and up to four describing words before the name
# (no verb, preposition or conjunction among them: "le gouvernement guinéen a signé avec la
# société X" names two sides)
_DESCRIBED = re.compile(
    r"(?:['’]s)?\s+(?P<words>(?:(?!(?:a|ont|avec|with|and|et|и|с|со|has|have|had|will|of|de|du"
    r"|des|la|le|les|the|by|par|signe\w*|sign\w*|conclu\w*|подпис\w*|заключ\w*)\s)"
    r"[a-zà-ÿа-яё-]+\s+){0,4})[«\"“]?$"
)
# describing words that make the name one of the state's institutions (SPEC: they stand for
# their state): "state development bank", "space agency", "sovereign fund"
_INSTITUTION_WORDS = re.compile(
    r"\b(?:bank|banque|банк\w*|agency|agence|агентств\w*|fund|fonds|фонд\w*|ministry"
    r"|ministère|министерств\w*|authority|autorité|regulator|régulateur|board|office"
    r"|university|université|университет\w*|institute|institut\w*|council|conseil)\b",
    re.IGNORECASE,
)


def with_signing(text: str, orgs: list[tuple[int, int]], taken: list[Mention]) -> list[Mention]:
    """`taken` with the organisations that sign (`mentions`) added, in text order, less the
    states named as their homes just before them ("Egypt's state-owned Arab Contractors":
    SPEC, a company's agreement binds the company, not its state)."""
    found = mentions(text, orgs, taken)
    if not found:
        return taken
    homes = {id(home) for m in found if (home := _home(text, m, taken)) is not None}
    # "ArcelorMittal Liberia": a state inside the name is the company's home
    homes |= {id(m) for m in taken for o in found if o.start <= m.start and m.end <= o.end}
    # "national carrier of Bahrain Gulf Air": the state in the company's description
    for o in found:
        described = o.kind == "organisation" and _company_described(text, o.start)
        if described:
            homes |= {id(m) for m in taken if described.start() <= m.start and m.end <= o.start}
    kept = [m for m in taken if id(m) not in homes]
    return sorted(kept + found, key=lambda m: m.start)


def _home(text: str, org: Mention, taken: list[Mention]) -> Mention | None:
    """The state named just before an organisation as whose it is, if one is."""
    if org.kind != "organisation":
        return None
    for m in taken:
        if m.end <= org.start and org.start - m.end < 60 and m.code in state_codes():
            gap = _DESCRIBED.fullmatch(text, m.end, org.start)
            possessive = text[m.end : m.end + 2] in ("'s", "’s")
            if gap and (possessive or m.kind == "adjective"):
                return m
    return None


def _in_portfolios(text: str, start: int, name: str) -> bool:
    """Whether a name at `start` ends a ministry's list of portfolios in its sentence
    (`_PORTFOLIO_BEFORE`), the list joined by commas and "and", or is the portfolio before a
    minister's title ("Energy Minister Inés Manzano", "the Mines and Energy Secretary"): a
    name whose every word names an area ("Energy", "Mines and Energy"; not "the Ministry of
    Trade and KenGen")."""
    words = [w for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in ("and", "et", "и")]
    if not words or not all(sectors_of(w) for w in words):
        return False
    if _OFFICE_AFTER.match(text, start + len(name)):
        return True
    clause = max(text.rfind(mark, 0, start) for mark in (".", ";", ":", "\n"))
    before = text[max(clause + 1, start - 100) : start]
    found = _PORTFOLIO_BEFORE.search(before)
    return bool(found and re.search(r"(?:,|\band|\bet|\bи|&)\s*\S*\s*$", found.group()))


# A state's export-import or development bank named by its state after it: "the
# Export-Import Bank of Korea", "la Banque d'export-import de Corée", "la Banque de
# développement du Mali"
_STATE_BANK_NAME = re.compile(r"(?i)export-import|\bexim|d[ée]velopp?ement|экспортно-импорт")
_OF_STATE = re.compile(r"\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|du\s+|d['’])")


def _institution_of_a_state(text: str, start: int, end: int, taken: list[Mention]) -> bool:
    """ "Brazil's state development bank BNDES": a state's possessive or adjective and an
    institution word before the name make it the state's own institution; so does the state
    named after a bank of export-import or development ("la Banque d'export-import de
    Corée")."""
    states = state_codes()
    for m in taken:
        if m.end <= start and start - m.end < 60 and m.code in states:
            gap = _DESCRIBED.fullmatch(text, m.end, start)
            if gap and _INSTITUTION_WORDS.search(gap.group("words")):
                return True
        if (
            m.start >= end
            and m.code in states
            and m.kind == "name"
            and _OF_STATE.fullmatch(text, end, m.start)
            and _BANK.search(text[start:end])
            and _STATE_BANK_NAME.search(text[start:end])
        ):
            return True
    return False


def _spelled_out(text: str, start: int, end: int, named: list[Mention]) -> bool:
    """Whether a name stands in brackets right after an organisation's name: its full name
    ("BAPEX (Bangladesh Petroleum Exploration and Production Company)", «компания BAPEX
    (Bangladesh …)»), the same organisation, no side of its own."""
    opening = re.search(r"\(\s*$", text[max(0, start - 3) : start])
    if opening is None or not re.match(r"\s*\)", text[end:]):
        return False
    bracket = start - (len(text[max(0, start - 3) : start]) - opening.start())
    return any(
        m.kind == "organisation" and re.fullmatch(r"[»\"”]?\s*", text[m.end : bracket])
        for m in named
    )


def mentions(text: str, orgs: list[tuple[int, int]], taken: list[Mention]) -> list[Mention]:
    """Organisation mentions for the NER's ORG spans that sign, and their later mentions."""
    found: list[Mention] = []
    media: list[Mention] = []
    for start, end in orgs:
        name = text[start:end].strip(' «»"“”')
        # "The Abu Dhabi Fund for Development" opening a sentence: the article is no part of
        # the name (which may be a state's institution the gazetteer knows)
        name = re.sub(r"^The\s+(?=[A-Z])", "", name)
        if SITE_TOURED_BEFORE.search(text, max(0, start - 160), start):
            # "visited the X Company's facilities": the NER's span with its article and its
            # possessive, neither part of the name
            name = re.sub(r"['’]s$", "", re.sub(r"^the\s+(?=[A-Z])", "", name))
        start = text.find(name, start)
        end = _name_end(text, start, start + len(name), taken)
        name = text[start:end]
        if name in STATE_MEDIA and not any(m.start < end and start < m.end for m in taken):
            if _SUBJECT.match(text, end) or _WITH.search(text[max(0, start - 160) : start]):
                media.append(Mention(STATE_MEDIA[name], start, end, name, "name"))
            continue
        if not plausible(name) or _homes_inside(text, name, start, end, taken) is None:
            continue
        if _SEAT_AFTER.match(text, end):
            continue  # "Accra-based Tobinco Pharma": the NER's ORG is the company's seat
        if _tail_of_institution(text, start, end):
            continue  # "… Drug Administration and Control (NAFDAC)": a state's agency's last word
        state = _state_fund(text, name, taken) or _fund_by_nationality(text, start, end, taken)
        if state:
            if not any(m.surface == name for m in found):
                found.append(Mention(state, start, end, name, "name"))
            continue
        if (
            _INSTITUTION_BEFORE.search(text, max(0, start - 60), start)
            or _in_portfolios(text, start, name)
            or _introduced_institution(text, name)
        ):
            continue  # SPEC: a state's institution stands for its state
        if _BANK.search(name) and _SUBJECT.match(text, end):
            continue  # a bank that signs for its state is the state (SPEC), whose bank we cannot tell
        # "Banque ouest-africaine de développement (BOAD)": named by a known acronym
        acronym = _ACRONYM.match(text, end)
        if acronym and any(m.start == acronym.start(1) for m in taken):
            continue
        if _institution_of_a_state(text, start, end, taken):
            continue
        if _spelled_out(text, start, end, [*taken, *found]):
            continue  # "BAPEX (Bangladesh Petroleum Exploration and Production Company)"
        before = text[max(0, start - 160) : start]
        supplied = _SUPPLIED_WITH.search(before)  # "supplied Indonesia with X": no side
        signs = (None if supplied else _WITH.search(before)) or _BETWEEN.search(before)
        if not signs and site_toured(text, start, end):
            signs = SITE_TOURED_BEFORE.search(before)  # its site toured, it hosts (SPEC: receive)
        if not signs and _vouched_for(text, name, start, end, taken):
            signs = _SUBJECT.match(text, end)
        if (
            signs
            and signs.string is before
            and _NEGATION.search(before[max(0, signs.start() - 40) :])
        ):
            continue  # "No agreement was signed with CARICOM"
        if signs and signs.string is text and not _partner_read(text, signs, start, orgs, taken):
            continue  # "KenGen and UEGCL signed": one of two subjects alone would mix the sides
        if signs and not any(m.surface == name for m in found):
            if RUSSIAN_STATE_BODY.fullmatch(name):  # «Минэнерго», «ФТС», «Росрыболовство»
                found.append(Mention(_ministry_state(taken), start, end, name, "name"))
            else:
                found.append(Mention(latin_name(name), start, end, name, "organisation"))
    later = []
    for mention in found:
        for match in re.finditer(rf"(?<!\w){re.escape(mention.surface)}(?!\w)", text):
            spans = found + later
            if _homes_inside(
                text, mention.surface, match.start(), match.end(), taken
            ) is not None and not any(
                m.start < match.end() and match.start() < m.end for m in spans
            ):
                later.append(
                    Mention(mention.code, match.start(), match.end(), mention.surface, mention.kind)
                )
    return found + later + media


# the states whose Russian-language press names its own ministries as Russia's does
# («Минфин», «Минэнерго»): in a Dushanbe or Tashkent story that never names Russia, «глава
# Минфина» is the finance minister of the state the story is about
_RUSSIAN_SPEAKING_PRESS = frozenset(("BLR", "KAZ", "KGZ", "TJK", "UZB", "ARM", "AZE", "TKM", "MDA"))


def _ministry_state(taken: list[Mention]) -> str:
    """The state a ministry's Russian short name stands for: Russia, unless the text names no
    Russia and is about a state whose press writes Russian the same way."""
    codes = [m.code for m in taken]
    if "RUS" in codes:
        return "RUS"
    home = [c for c in codes if c in _RUSSIAN_SPEAKING_PRESS]
    return max(set(home), key=home.count) if home else "RUS"


# A place with "-based" after it is where a company sits ("with Accra-based Tobinco Pharma")
_SEAT_AFTER = re.compile(r"-(?:based|headquartered)\b")


# "X and" just before a subject: the first of two coordinated subjects
_PARTNER_BEFORE = re.compile(
    r"(?:^|[,.;:\n]\s*)(?P<partner>[^,.;:\n]{1,70}?)\s+(?:and|et|и)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?[«\"“]?$",
    re.IGNORECASE,
)


def _partner_read(
    text: str, signs: re.Match, start: int, orgs: list[tuple[int, int]], taken: list[Mention]
) -> bool:
    """Whether the other of two coordinated subjects ("X and Y signed") is read as a party too
    (a known mention or an ORG span): both are sides of one kind, and one of them alone would
    mix an organisation with the states the story guesses. True when there is no other."""
    partner = signs.span("partner") if signs.group("partner") else None
    if partner is None:
        before = _PARTNER_BEFORE.search(text, max(0, start - 90), start)
        partner = before.span("partner") if before else None
    if partner is None:
        return True
    a, b = partner
    return any(m.start < b and a < m.end for m in taken) or any(s < b and a < e for s, e in orgs)


# The words an acronym's letters may skip inside the name it shortens
_ACRONYM_LINKS = frozenset(
    [
        "and",
        "for",
        "of",
        "the",
        "on",
        "in",
        "to",
        "de",
        "du",
        "des",
        "la",
        "le",
        "l",
        "d",
        "et",
        "en",
        "pour",
        "sur",
        "а",
        "и",
        "по",
        "для",
        "при",
    ]
)
# "Control (NAFDAC", "Control (NAFDAC)": an acronym in brackets opening at the name's end
_ACRONYM_AT = re.compile(r"\s*\(\s*(?P<acronym>[A-ZА-ЯЁ]{3,10})\s*\)?")


def _acronym_start(text: str, end: int, acronym: str) -> int | None:
    """Where the name an acronym shortens starts, the name ending at `end` ("National Agency
    for Food and Drug Administration and Control" before "(NAFDAC)"): the capitalised words
    back from `end` whose initials spell the acronym, link words skipped; None if none do."""
    words = list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s'’]", text[max(0, end - 160) : end]))
    letters = acronym.upper()
    spelled = ""
    for word in reversed(words):
        token = word.group()
        if token.lower() in _ACRONYM_LINKS:
            continue
        if not token[0].isupper():
            return None
        spelled = token[0].upper() + spelled
        if spelled == letters:
            return max(0, end - 160) + word.start()
        if not letters.endswith(spelled):
            return None
    return None


def _tail_of_institution(text: str, start: int, end: int) -> bool:
    """Whether the NER's name is only the last words of a state institution's longer name
    whose acronym follows it in brackets ("between Nigeria's National Agency for Food and
    Drug Administration and Control (NAFDAC)", "l'Autorité de régulation et de Contrôle
    (ARC)"): the words before the "and" belong to the same name, an institution's (SPEC: a
    state's institution stands for its state)."""
    name = text[start:end]
    bracket = name.find("(")
    if bracket > 0:  # the NER ran into the bracket: "Control (NAFDAC"
        end = start + len(name[:bracket].rstrip())
    found = _ACRONYM_AT.match(text, end)
    if not found:
        return False
    head = _acronym_start(text, end, found.group("acronym"))
    return head is not None and head < start and bool(INSTITUTION.search(text[head:end]))


def _introduced_institution(text: str, acronym: str) -> bool:
    """Whether an acronym was introduced after an institution's name or a state's name ("the
    Rwanda Development Board (RDB)", «Министерство энергетики (Минэнерго)»): later, alone, it
    still stands for its state."""
    return any(
        INSTITUTION.search(text[max(a, b - 50) : b]) for a, b in _introductions(text, acronym)
    )


def _introductions(text: str, acronym: str) -> list[tuple[int, int]]:
    """The spans of the names an acronym is introduced after: "Fonds X (FX)"."""
    # The name is the 3-80 characters before the bracket, back to a stop or a bracket, each
    # text span read once (`[^.;()]{3,80}\(ACRONYM\)` searched over the whole text tried 80
    # characters at every offset). A bracket read as an introduction starts the next search
    # after it.
    bracket = re.compile(rf"\(\s*{re.escape(acronym)}\s*\)")
    spans = []
    searched_from = 0
    at = text.find("(")
    while at != -1:
        introduced = bracket.match(text, at)
        name = _STOPS.split(text[max(searched_from, at - 80) : at])[-1] if introduced else ""
        if len(name) >= 3:
            spans.append((at - len(name), at))
            searched_from = introduced.end()
        at = text.find("(", at + 1)
    return spans


# A state's development fund, named by its nationality: "le Fonds saoudien pour le
# développement", "the Kuwait Fund", «Фонд развития Абу-Даби» is an institution of its state
_FUND = re.compile(r"\b(?:[Ff]onds|[Ff]und|[Фф]онд)\b")


def _state_fund(text: str, acronym: str, taken: list[Mention]) -> str | None:
    """The state whose fund an acronym was introduced as ("le Fonds saoudien pour le
    développement (FSD)"): SPEC, a state's funds stand for their state, so the acronym later
    is that state, not an organisation of its own."""
    for a, b in _introductions(text, acronym):
        if _FUND.search(text, a, b):
            for m in taken:
                if a <= m.start and m.end <= b and m.code in state_codes():
                    return m.code
    return None


# the words between a fund's word and the state that names it: "le Fonds koweïtien", "le
# Fonds d'Abou Dhabi", «Фонд развития Абу-Даби», "Kuwait Fund", «Абу-Дабийский фонд»
_FUND_AND_STATE = re.compile(r"\s*(?:d['’]|de\s+l['’]|de|du|of|for|развития)?\s*")


def _fund_by_nationality(text: str, start: int, end: int, taken: list[Mention]) -> str | None:
    """The state of a fund named by its nationality, the state just beside the fund's word
    in the signing name ("le Fonds koweïtien", "le Fonds saoudien de développement"): SPEC,
    a state's fund stands for its state (as `_state_fund` for one introduced by an acronym)."""
    for word in _FUND.finditer(text, start, end):
        for m in taken:
            if not (start <= m.start and m.end <= end) or m.code not in state_codes():
                continue
            after = _FUND_AND_STATE.fullmatch(text, word.end(), m.start)
            before = _FUND_AND_STATE.fullmatch(text, m.end, word.start())
            if after or before:
                return m.code
    return None


_STOPS = re.compile(r"[.;()]")


# A company's own word heading its name: "Société nationale des chemins de fer du Sénégal"
# is a company (SPEC: even a state-owned one), whatever state word follows.
_COMPANY_HEAD = re.compile(
    r"(?:Soci[ée]t[ée]|Compagnie|Entreprise|Groupe|Company|Corporation|Empresa|Compa[ñn][íi]a)\b"
)
_STATE_WORDS = re.compile(r"\b(?:nationale?s?|national|state|d['’][ée]tat)\b", re.IGNORECASE)
_OF_AT_END = re.compile(r"\b(?:of|de|du|des|d['’]|of the)\s*$", re.IGNORECASE)


def _homes_inside(
    text: str, name: str, start: int, end: int, taken: list[Mention]
) -> list[Mention] | None:
    """The states named inside an organisation's name as its home ("ArcelorMittal Liberia",
    "Société nationale des chemins de fer du Sénégal"); None when something named inside
    it is no home, so the name is not taken ("Bank of Ghana" is Ghana's own bank)."""
    inside = [m for m in taken if m.start < end and start < m.end]
    if not inside:
        return []
    states = state_codes()
    if not all(start < m.start and m.end <= end and m.code in states for m in inside):
        return None
    if _COMPANY_HEAD.match(name):
        return inside
    last = inside[-1]
    if len(inside) == 1 and last.end == end and not _OF_AT_END.search(text[start : last.start]):
        return inside
    return None


# The subject of the text after its signer, which the NER may run into the signer's name:
# "avec la Compagnie sahélienne des transports | sur le transport", "… Bank | on trade".
# (Russian «о» is left out: «Организация Договора о коллективной безопасности» is a name.)
_TOPIC = re.compile(r"\s+(?:sur|on|about|concerning|concernant|relatif|relative)\s")


def _name_end(text: str, start: int, end: int, taken: list[Mention]) -> int:
    """Where a name the NER cut after its last preposition ends: over the state named
    right after it ("Société nationale d'électricité du | Sénégal"), else before it; a
    name the NER ran into the text's subject ends before it (`_TOPIC`)."""
    if topic := _TOPIC.search(text, start, end):
        end = topic.start()
    cut = _OF_AT_END.search(text, start, end)
    if not cut:
        return end
    after = next((m for m in taken if m.start in (end, end + 1)), None)
    if after and after.code in state_codes() and not text[end : after.start].strip():
        return after.end
    return start + len(text[start : cut.start()].rstrip())


# A company's kind said just before its name, with at most its state between: "national
# carrier of Bahrain Gulf Air", "la compagnie aérienne Air Sénégal", «национальный перевозчик
# Бахрейна Gulf Air», «авиакомпания Azman Air» (SPEC: a company, even a state's own carrier,
# is a party of its own; the state named in the description is its home, not a side).
_COMPANY_BEFORE = re.compile(
    r"(?<!\w)(?:carrier|airline|operator|shipping\s+line|compagnie(?:\s+a[ée]rienne)?"
    r"|transporteur|op[ée]rateur|перевозчик\w*|авиакомпани\w*|авиаперевозчик\w*|оператор\w*)"
    r"(?:\s+(?:of|de|du|d['’])?\s*[\w'’-]+){0,2}?,?\s+[«\"“]?$",
    re.IGNORECASE,
)


def _company_described(text: str, start: int) -> re.Match | None:
    """The description of a company's kind just before `start`, if there is one."""
    return _COMPANY_BEFORE.search(text, max(0, start - 60), start)


def _vouched_for(text: str, name: str, start: int, end: int, taken: list[Mention]) -> bool:
    """Whether a signing subject the parser alone reads as an organisation is one: a span it
    tags ORG before "signed" is too often a person, a place or a state's own body, so only a
    name that says what it is counts: a Russian federal body, a company's own head word, a
    state inside the name or named as its owner just before it ("Egypt's state-owned Arab
    Contractors", "ArcelorMittal Liberia")."""
    if RUSSIAN_STATE_BODY.fullmatch(name) or _COMPANY_HEAD.match(name):
        return True
    if _company_described(text, start):
        return True
    if _homes_inside(text, name, start, end, taken):
        return True
    org = Mention(name, start, end, name, "organisation")
    return _home(text, org, taken) is not None


def plausible(name: str) -> bool:
    """A proper name of an organisation that is not one of a state's institutions."""
    words = name.split()
    if any(w in ("et", "and", "и", "&") for w in words):  # "Fada N'Gourma et Téra": two places
        return False
    if _TEXT_WORD.fullmatch(name) or _KIND_ONLY.fullmatch(name):
        return False  # "Modi and Ruto signed five MoUs": the text, no signer
    headed = bool(_COMPANY_HEAD.match(name))  # its own word says how long it runs
    if not words or len(words) > _MAX_WORDS + 4 * headed or not name[0].isupper() or len(name) < 3:
        return False
    if headed:
        name = _STATE_WORDS.sub("", name)
    return not INSTITUTION.search(name)
