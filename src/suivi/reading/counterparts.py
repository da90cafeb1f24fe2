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
from suivi.reading.gazetteer import latin_name
from suivi.reading.gazetteer_data import STATE_MEDIA

_SIGN = r"(?:sign\w*|conclu\w*|ink\w*|подпис\w*|заключ\w*)"
# The verb, not its noun: "X and Y witnessed the signing" has no signing subject
_SIGN_VERB = (
    r"(?:sign(?:ed|s|e|ent|era|eront|eraient)?\b|sign[ée]e?s?\b|conclu\w*|ink(?:ed|s)\b"
    r"|подписал\w*|подпиш\w*|подписыва\w*|заключил\w*|заключ[иа]т\w*)"
)
# "X signed", "X a signé", "X, opérateur de ..., ont signé", «X подписал»
# "X and the state miner Y also signed": the first of two coordinated subjects too
_SUBJECT = re.compile(
    rf"[»\"”]?\s*(?:,[^,.;]{{0,80}},\s*|\s+(?:and|et|и)\s+(?P<partner>[^,.;]{{1,60}}?)\s+)?"
    rf"(?:(?:a|ont|have|has|had|also|on \w+)\s+)*{_SIGN_VERB}",
    re.IGNORECASE,
)
# "signed ... with the X", «подписал ... с X», "between X and", "entre X et"
_WITH = re.compile(
    rf"{_SIGN}[^.;]{{0,100}}\b(?:with|avec|с|со)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?[«\"“]?$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"\b(?:between|entre|между)\s+(?:[^.;]{1,80}\s+(?:and|et|и)\s+)?"
    r"(?:the\s+|la\s+|le\s+|l['’]|les\s+)?[«\"“]?$",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"minist|министер|government|gouvernement|правительств|agenc|агентств|central|центральн|office"
    r"|direction|council|conseil|совет|commission|комисси|department|d[ée]partement|embass"
    r"|ambassad|посольств|parliament|parlement|парламент|assembl|ассамбле|national|национальн"
    r"|state|[ée]tat|государств|board|authority|autorit|администрац|administration|presiden"
    r"|пр[еи]зидент|universit|университет|institut|ministry|служб|service|republic|r[ée]publique"
    r"|республик|kremlin|кремл|élysée|дум[аеуы]\b|duma|senate|s[ée]nat|сенат|congress|congr[èe]s"
    r"|конгресс|knesset|majlis|меджлис|rada|рада\b|sejm|bundestag|бундестаг"
    # the state's forces, courts, services and local governments: "the Kenya Defence Forces",
    # "la Gendarmerie nationale", «Пограничная служба», "the Treasury", "County"
    r"|forces|army|arm[ée]e|police|полици|gendarmerie|customs|douane|таможн|navy|coast ?guard"
    r"|garde|guard|пограничн|вооруж[её]нн|court|cour\b|tribunal|суд\b|суда\b|prosecut|procureur"
    r"|прокуратур|treasury|tr[ée]sor|казначейств|directorate|bureau|secretariat|secr[ée]tariat"
    r"|inspectorate|inspection|chamber|chambre|палат|county|comt[ée]|province|governorate"
    r"|gouvernorat|région|region|област|municipal|мэри|city of|ville de",
    re.IGNORECASE,
)
# A Russian federal body named by its short form: «Минэнерго», «Росстат», «Роспотребнадзор»
_RUSSIAN_BODY = re.compile(
    r"^(?:Мин[а-яё]{2,}|Рос(?:стат|архив|гидромет|стандарт|рыболовств|авиаци|морречфлот|таможн)"
    r"|[А-ЯЁ][а-яё]*надзор)",
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
# Banks by their name or a state bank's short form («Сбербанк», "Banque Atlantique", «ВТБ»):
# SPEC makes a state-owned bank acting for its state that state, and a signing subject rarely
# says who owns it; banks the vocabularies know (Afreximbank, BOAD) are parties of their own.
_BANK = re.compile(r"bank|банк|banque|banco|^(?:ВТБ|ВЭБ|VTB|VEB|ПСБ|РСХБ)\b", re.IGNORECASE)
_MAX_WORDS = 6
_NEGATION = re.compile(r"\b(?:no|not|never|ne|n['’]|pas|aucun\w*|не|ни)\b", re.IGNORECASE)
_ACRONYM = re.compile(r"\s*\(\s*([^\s()]+)\s*\)")


def mentions(text: str, orgs: list[tuple[int, int]], taken: list[Mention]) -> list[Mention]:
    """Organisation mentions for the NER's ORG spans that sign, and their later mentions."""
    found: list[Mention] = []
    media: list[Mention] = []
    for start, end in orgs:
        name = text[start:end].strip(' «»"“”')
        start = text.find(name, start)
        end = start + len(name)
        if name in STATE_MEDIA and not any(m.start < end and start < m.end for m in taken):
            if _SUBJECT.match(text, end) or _WITH.search(text[max(0, start - 160) : start]):
                media.append(Mention(STATE_MEDIA[name], start, end, name, "name"))
            continue
        if not _plausible(name) or any(m.start < end and start < m.end for m in taken):
            continue
        if _INSTITUTION_BEFORE.search(text, max(0, start - 60), start) or _introduced_institution(
            text, name
        ):
            continue  # SPEC: a state's institution stands for its state
        if _BANK.search(name) and _SUBJECT.match(text, end):
            continue  # a bank that signs for its state is the state (SPEC), whose bank we cannot tell
        # "Banque ouest-africaine de développement (BOAD)": named by a known acronym
        acronym = _ACRONYM.match(text, end)
        if acronym and any(m.start == acronym.start(1) for m in taken):
            continue
        before = text[max(0, start - 160) : start]
        signs = _SUBJECT.match(text, end) or _WITH.search(before) or _BETWEEN.search(before)
        if (
            signs
            and signs.string is before
            and _NEGATION.search(before[max(0, signs.start() - 40) :])
        ):
            continue  # "No agreement was signed with CARICOM"
        if signs and signs.string is text and not _partner_read(text, signs, start, orgs, taken):
            continue  # "KenGen and UEGCL signed": one of two subjects alone would mix the sides
        if signs and not any(m.surface == name for m in found):
            found.append(Mention(latin_name(name), start, end, name, "organisation"))
    later = []
    for mention in found:
        for match in re.finditer(rf"(?<!\w){re.escape(mention.surface)}(?!\w)", text):
            spans = taken + found + later
            if not any(m.start < match.end() and match.start() < m.end for m in spans):
                later.append(
                    Mention(
                        mention.code, match.start(), match.end(), mention.surface, "organisation"
                    )
                )
    return found + later + media


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


def _introduced_institution(text: str, acronym: str) -> bool:
    """Whether an acronym was introduced after an institution's name or a state's name ("the
    Rwanda Development Board (RDB)", «Министерство энергетики (Минэнерго)»): later, alone, it
    still stands for its state."""
    for found in re.finditer(rf"([^.;()]{{3,80}})\(\s*{re.escape(acronym)}\s*\)", text):
        if _INSTITUTION.search(found.group(1)[-50:]):
            return True
    return False


def _plausible(name: str) -> bool:
    """A proper name of an organisation that is not one of a state's institutions."""
    words = name.split()
    if any(w in ("et", "and", "и", "&") for w in words):  # "Fada N'Gourma et Téra": two places
        return False
    if not words or len(words) > _MAX_WORDS or not name[0].isupper() or len(name) < 3:
        return False
    return not _INSTITUTION.search(name) and not _RUSSIAN_BODY.match(name)
